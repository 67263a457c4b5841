/**
 * Firefox closed for days: when it opens again, the engine checks each follow-up that came due
 * in its thread's print view. One nobody answered is shown (notification and badge) and its
 * notification opens the thread with the reply; one that got a reply meanwhile is closed.
 * The clock is moved by support/clockShim.c (faketime hangs Firefox).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleReplica, SAMPLE } from '../replica';
import { launchFirefox, type FirefoxSession } from '../support/firefox';
import { badgeText, baselineRecorded, FirefoxGmail, openPopup, popupRows, shownNotifications, storedFollowUps } from '../support/firefoxPages';

const { unansweredThread, followedUpThread } = SAMPLE.account0;
const MORGAN = { name: 'Morgan Lee', email: 'morgan@brightline.example' };
const DAY = 86_400_000;
const ENGINE_WAIT = { timeout: 30_000, interval: 250 };

let session: FirefoxSession | undefined;
let profileDir: string | undefined;
afterEach(async () => {
  await session?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  session = profileDir = undefined;
});

describe('in Firefox, after the browser was closed for days', () => {
  it('reminds of the follow-up nobody answered, opens its thread from the reminder, and closes the answered one', async () => {
    const replica = sampleReplica();
    profileDir = mkdtempSync(join(tmpdir(), 'followthrough-firefox-restart-'));

    session = await launchFirefox({ replica, profileDir });
    const gmail = await FirefoxGmail.open(session, '/mail/u/0/#sent');
    for (const thread of [unansweredThread, followedUpThread]) {
      await gmail.openThreadFromList('sent', thread);
      await gmail.choose('tomorrow');
    }
    await expect.poll(async () => (await storedFollowUps(session!)).length).toBe(2);
    for (const { id } of await storedFollowUps(session)) await baselineRecorded(session, id);
    const set = await storedFollowUps(session);
    const byThread = (hex: string) => set.find((f) => f.threadId === hex)!;
    await session.close();

    // While Firefox is closed, Morgan answers one of them.
    replica.addReply(0, followedUpThread, { from: MORGAN, body: 'Thanks for the nudge, Alex. Yes, we are in.' });

    // Three days later Firefox opens again; nothing but the extension's own start-up runs.
    session = await launchFirefox({ replica, profileDir, clockAhead: '+3d' });
    expect(await session.inExtension(() => Date.now())).toBeGreaterThan(Date.now() + 3 * DAY - 60_000);
    const due = byThread(unansweredThread);
    await expect.poll(() => shownNotifications(session!), ENGINE_WAIT).toEqual({ [`followup:${due.id}`]: expect.any(String) });
    await expect.poll(() => badgeText(session!), ENGINE_WAIT).toBe('1');
    const after = await storedFollowUps(session);
    expect(after.find((f) => f.id === byThread(followedUpThread).id)).toMatchObject({
      status: 'replied',
      replyCheck: { outcome: 'replied', evidence: { by: { email: MORGAN.email } } },
    });
    const fired = after.find((f) => f.id === due.id)!;
    expect(fired).toMatchObject({ status: 'pending', replyCheck: { outcome: 'no-reply' } });
    expect(fired.firedAt).toBeGreaterThan(fired.dueAt);

    // A click on the reminder: its thread in a new Gmail tab, with the reply open to follow up.
    const title = (await shownNotifications(session))[`followup:${due.id}`]!;
    const opened = session.browser.waitForTarget((target) => target.url().includes(unansweredThread), { timeout: 20_000 });
    expect(await session.clickNotification(title)).toBe(true);
    const tab = (await (await opened).page())!;
    await tab.waitForSelector(`h2.hP[data-legacy-thread-id="${unansweredThread}"]`);
    await tab.waitForSelector('.ip.adB div.M9 [data-followthrough=compose-control]');
    await expect.poll(() => shownNotifications(session!)).toEqual({});

    // The popup lists it as overdue.
    const popup = await openPopup(session);
    await expect.poll(() => popupRows(popup, 'overdue')).toEqual([expect.objectContaining({ id: due.id, subject: due.subject })]);
  });
});
