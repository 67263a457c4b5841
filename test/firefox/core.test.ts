/**
 * The core paths in real Firefox ESR with the Firefox build (dist-firefox/), on the Gmail replica:
 * the Follow up control on a thread and beside Send, the follow-up it sets, the popup's list, and
 * the engine closing a follow-up whose thread got a reply (Firefox's alarm, its event page's
 * fetch of the print view). The tests share one Firefox; each installs the extension afresh.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dueAtForPreset } from '../../src/core/dueDate';
import { formatDueDate } from '../../src/core/format';
import type { FollowUp } from '../../src/core/followUp';
import { sampleReplica, SAMPLE } from '../replica';
import { launchFirefox, type FirefoxSession } from '../support/firefox';
import {
  badgeText,
  baselineRecorded,
  FirefoxCompose,
  FirefoxGmail,
  openPopup,
  popupRows,
  sendFromExtensionPage,
  shownNotifications,
  storedFollowUps,
} from '../support/firefoxPages';

const THREAD = SAMPLE.account0.unansweredThread;
const DANA = { name: 'Dana Whitfield', email: 'dana@northwind.example' };
const DAY = 86_400_000;
// Firefox's alarms fire about on time, but the engine then fetches and parses: leave room.
const ENGINE_WAIT = { timeout: 30_000, interval: 250 };

let session: FirefoxSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(): Promise<FirefoxSession> {
  session = await launchFirefox({ replica: sampleReplica() });
  return session;
}

/** How many times the thread's print view was fetched (by the background: no page asks for it). */
function printViewChecks(s: FirefoxSession): number {
  const printView = new URL(s.replica.printUrl(0, THREAD));
  return s.replica.requests.filter(({ url }) => {
    const { pathname, searchParams } = new URL(url);
    return pathname === printView.pathname && searchParams.get('view') === 'pt' && searchParams.get('permthid') === printView.searchParams.get('permthid');
  }).length;
}

/** A due time as the page writes it: in the browser's own locale and zone. */
async function formatIn(gmail: FirefoxGmail): Promise<(ms: number) => string> {
  const { locale, timeZone } = await gmail.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions());
  expect(timeZone).toBe(process.env.TZ);
  return (ms) => formatDueDate(ms, { locale, timeZone });
}

/** Sets "tomorrow" on the thread in Gmail, waits for its record of the thread, and closes Gmail. */
async function setAndLeave(s: FirefoxSession): Promise<FollowUp> {
  const gmail = await FirefoxGmail.open(s, '/mail/u/0/#sent');
  await gmail.openThreadFromList('sent', THREAD);
  await gmail.choose('tomorrow');
  const set = await baselineRecorded(s);
  await gmail.page.close();
  return set;
}

describe('in Firefox, on a thread', () => {
  it('sets a follow-up from the Follow up control, shows the thread tracked and lists it in the popup', async () => {
    const s = await start();
    const gmail = await FirefoxGmail.open(s, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', THREAD);
    await expect.poll(() => gmail.controlText()).toBe('Follow up');
    // In the thread toolbar, like Gmail's own actions, and only once.
    expect(await gmail.page.$$('[gh=mtb] [data-followthrough=thread-control]')).toHaveLength(1);

    const before = Date.now();
    await gmail.choose('in-3-business-days');
    const stored = await baselineRecorded(s);
    const thread = s.replica.thread(0, THREAD)!;
    const last = thread.messages.at(-1)!;
    expect(stored).toMatchObject({
      account: SAMPLE.account0.email,
      threadId: THREAD,
      threadPermId: `thread-f:${BigInt(`0x${THREAD}`)}`,
      messageId: last.legacyId,
      subject: thread.subject,
      recipients: last.to.map(({ email }) => expect.objectContaining({ email })),
      condition: 'if-no-reply',
      status: 'pending',
    });
    expect(stored.dueAt).toBeGreaterThan(before + 2 * DAY);
    expect(stored.dueAt).toBeLessThan(before + 6 * DAY);
    // The record of the thread came from its print view, fetched by Firefox's event page.
    expect(printViewChecks(s)).toBeGreaterThan(0);

    const format = await formatIn(gmail);
    await expect.poll(() => gmail.controlText()).toBe(`Follow-up ${format(stored.dueAt)} · if no reply`);

    const popup = await openPopup(s);
    await expect.poll(() => popupRows(popup, 'upcoming')).toEqual([
      { id: stored.id, subject: thread.subject, due: expect.stringMatching(/^Due in \d days$/), title: `Due ${format(stored.dueAt)}` },
    ]);
    expect(s.pageErrors).toEqual([]);
  });

  it('closes the follow-up when it comes due and the print view holds a reply', async () => {
    const s = await start();
    // Nothing but the engine may find the reply: no Gmail tab is open.
    const set = await setAndLeave(s);

    s.replica.addReply(0, THREAD, { from: DANA, body: 'Hi Alex, yes, let us start on the 1st.' });
    const checksBefore = printViewChecks(s);
    const moved = await sendFromExtensionPage(s, { type: 'followUp.move', payload: { id: set.id, dueAt: Date.now() + 2_000 } });
    expect(moved).toMatchObject({ ok: true });

    await expect.poll(async () => (await storedFollowUps(s))[0]?.status, ENGINE_WAIT).toBe('replied');
    expect((await storedFollowUps(s))[0]?.replyCheck).toMatchObject({ outcome: 'replied', evidence: { by: DANA }, messageCount: 2 });
    expect(printViewChecks(s)).toBeGreaterThan(checksBefore);
    expect(await shownNotifications(s)).toEqual({});
    expect(await badgeText(s)).toBe('');
  });
});

describe('in Firefox, when a follow-up comes due', () => {
  it('reminds of it with a notification and the badge, even after Firefox stopped the event page', async () => {
    const s = await start();
    const set = await setAndLeave(s);
    const moved = await sendFromExtensionPage(s, { type: 'followUp.move', payload: { id: set.id, dueAt: Date.now() + 3_000 } });
    expect(moved).toMatchObject({ ok: true });

    // Stopped, as when idle: only its alarm can start it again in time.
    await s.stopBackground();
    await expect.poll(() => shownNotifications(s), ENGINE_WAIT).toEqual({ [`followup:${set.id}`]: set.subject });
    await expect.poll(() => badgeText(s)).toBe('1');
    expect((await storedFollowUps(s))[0]).toMatchObject({ status: 'pending', replyCheck: { outcome: 'no-reply' } });
  });
});

describe('in Firefox, while writing', () => {
  it('has the Follow up control beside Send, and sending the message sets the follow-up', async () => {
    const s = await start();
    const gmail = await FirefoxGmail.open(s, '/mail/u/0/#inbox');
    const compose = await FirefoxCompose.open(gmail.page);
    await expect.poll(() => compose.controlText()).toBe('Follow up');
    await compose.write({ to: [DANA.email], subject: 'Proposal for the pilot', body: 'Hi Dana, the proposal is attached.' });
    await compose.choose('in-2-business-days');
    expect(await compose.controlText()).toBe('In 2 business days');

    const before = Date.now();
    await compose.send();
    await gmail.page.waitForSelector('#link_undo'); // Gmail's "Message sent" toast
    await expect.poll(async () => (await storedFollowUps(s)).length).toBe(1);
    const [followUp] = await storedFollowUps(s);
    expect(followUp).toMatchObject({
      account: SAMPLE.account0.email,
      subject: 'Proposal for the pilot',
      recipients: [{ email: DANA.email }],
      condition: 'if-no-reply',
      status: 'pending',
      tracking: { kind: 'compose' },
    });
    expect(followUp!.sentAt).toBeGreaterThanOrEqual(before);
    expect(followUp!.dueAt).toBe(dueAtForPreset('in-2-business-days', followUp!.sentAt));

    // Gmail names the new thread once it shows it: the follow-up gets its thread id then.
    await gmail.page.evaluate(() => void (location.hash = '#sent'));
    await expect.poll(async () => (await storedFollowUps(s))[0]?.threadId).toMatch(/^[0-9a-f]{16}$/);
    const [resolved] = await storedFollowUps(s);
    expect(s.replica.thread(0, resolved!.threadId)?.subject).toBe('Proposal for the pilot');
    expect(s.pageErrors).toEqual([]);
  });
});
