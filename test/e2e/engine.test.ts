/**
 * The engine in real Chromium: a follow-up set in Gmail is moved to come due
 * in a few seconds; the real alarm wakes the worker, which fetches the
 * thread's print view from the replica (context.route catches the worker's
 * fetches) and decides.
 */
import type { Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { sampleReplica, SAMPLE } from '../replica';
import { PopupPage } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';
import {
  badgeText,
  baselineRecorded,
  currentWorker,
  GmailPage,
  notificationIds,
  sendFromExtensionPage,
  stopServiceWorker,
  storedFollowUps,
} from '../support/pages';

const THREAD = SAMPLE.account0.unansweredThread;
/** The engine's alarm (ALARM in src/background/toolbar.ts, which cannot be loaded outside a browser). */
const ENGINE_ALARM = 'followthrough-next';
// Alarms for an unpacked extension fire a few seconds after `when`; leave room.
const ALARM_WAIT = { timeout: 30_000, interval: 250 };

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Sets a follow-up on the unanswered thread in Gmail, then moves it to come due in `seconds`. */
async function followUpDueIn(seconds: number, { closeGmail = false } = {}): Promise<FollowUp> {
  session = await launchExtension({ replica: sampleReplica() });
  const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
  await gmail.openThreadFromList('sent', THREAD);
  await gmail.choose('tomorrow');
  const created = await baselineRecorded(session);
  if (closeGmail) await gmail.page.close();
  const reply = (await sendFromExtensionPage(session, {
    type: 'followUp.move',
    payload: { id: created!.id, dueAt: Date.now() + seconds * 1000 },
  })) as { ok: boolean; value: FollowUp };
  expect(reply.ok).toBe(true);
  return reply.value;
}

async function stored(id: string): Promise<FollowUp | undefined> {
  return (await storedFollowUps(session!)).find((f) => f.id === id);
}

describe('before a follow-up comes due', () => {
  it('closes it as replied as soon as the user opens the thread and the reply is there', async () => {
    session = await launchExtension({ replica: sampleReplica() });
    const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', THREAD);
    await gmail.choose('in-1-week');
    await baselineRecorded(session);
    session.replica.addReply(0, THREAD, {
      from: { name: 'Dana Whitfield', email: 'dana@northwind.example' },
      body: 'Hi Alex, the 1st works for us.',
    });
    await gmail.openThreadFromList('inbox', THREAD); // the reply is in the inbox now
    await gmail.page.locator('div.adn, div.adf').nth(1).waitFor();
    const [stored] = await storedFollowUps(session);
    await expect.poll(async () => (await storedFollowUps(session!))[0]?.status, ALARM_WAIT).toBe('replied');
    expect((await storedFollowUps(session))[0]?.replyCheck).toMatchObject({
      outcome: 'replied',
      evidence: { by: { email: 'dana@northwind.example' } },
      messageCount: 2,
    });
    expect(stored?.dueAt).toBeGreaterThan(Date.now() + 5 * 86_400_000); // long before it was due

    // Back in the thread, the control shows who replied instead of a pending follow-up.
    await gmail.openThreadFromList('sent', SAMPLE.account0.htmlSubjectThread);
    await gmail.openThreadFromList('inbox', THREAD);
    const replied = gmail.control.locator('button.ft-button[data-state=replied]');
    await expect.poll(() => replied.textContent()).toMatch(/^Dana Whitfield replied \w{3} \d{1,2}$/);

    // Following up again on the answered thread is its next step: recorded as its outcome, and set.
    await gmail.openMenu();
    expect(await gmail.control.locator('.ft-menu-heading').allTextContents()).toEqual([
      'How did it go?',
      'Next step: remind me if nothing new by',
      expect.any(String), // the plans
    ]);
    await gmail.pick('in-2-business-days');
    await expect.poll(async () => (await storedFollowUps(session!)).length).toBe(2);
    const [answered, next] = [...(await storedFollowUps(session))].sort((a, b) => a.createdAt - b.createdAt);
    expect(answered).toMatchObject({ status: 'replied', outcome: { kind: 'next-step', nextId: next!.id } });
    expect(next).toMatchObject({ status: 'pending', threadId: THREAD, tracking: { kind: 'thread' }, condition: 'if-no-reply' });
    expect(session.pageErrors).toEqual([]);
  });
});

describe('when a follow-up comes due', () => {
  it('notifies once and counts it on the badge when nobody replied', async () => {
    const f = await followUpDueIn(2);
    await expect.poll(() => notificationIds(session!), ALARM_WAIT).toEqual([`followup:${f.id}`]);
    // The reminder is shown as soon as it fires; the badge follows when the run ends.
    await expect.poll(() => badgeText(session!)).toBe('1');
    expect(await stored(f.id)).toMatchObject({ status: 'pending', replyCheck: { outcome: 'no-reply' } });
    expect((await stored(f.id))?.firedAt).toBeGreaterThan(0);
    const printViews = session!.replica.requests.filter((r) => r.url.includes('view=pt'));
    expect(printViews.length).toBeGreaterThanOrEqual(1);
    expect(printViews[0]!.url).toContain('ik=a1b2c3d4e5');
  });

  it('takes the reminder away when a late reply closes the follow-up', async () => {
    const f = await followUpDueIn(2);
    await expect.poll(() => notificationIds(session!), ALARM_WAIT).toEqual([`followup:${f.id}`]);
    // Headless Chromium drops a shown notification by itself after a few seconds: watch the clear call instead.
    await currentWorker(session!).evaluate(() => {
      const g = globalThis as unknown as { __cleared: string[] };
      g.__cleared = [];
      const clear = chrome.notifications.clear.bind(chrome.notifications);
      chrome.notifications.clear = ((id: string) => (g.__cleared.push(id), clear(id))) as typeof chrome.notifications.clear;
    });
    session!.replica.addReply(0, THREAD, {
      from: { name: 'Dana Whitfield', email: 'dana@northwind.example' },
      body: 'Sorry for the delay, Alex: yes, go ahead.',
    });
    // The user opens the thread: it shows a message the last check did not see, so it is checked now.
    const gmail = new GmailPage(session!.context.pages().find((p) => p.url().startsWith('https://mail.google.com/'))!);
    await gmail.openThreadFromList('inbox', THREAD);
    await expect.poll(async () => (await stored(f.id))?.status, ALARM_WAIT).toBe('replied');
    await expect
      .poll(() => currentWorker(session!).evaluate(() => (globalThis as unknown as { __cleared: string[] }).__cleared))
      .toEqual([`followup:${f.id}`]);
    await expect.poll(() => notificationIds(session!)).toEqual([]);
  });

  it('closes it as replied, with who and when, and stays quiet, when a reply arrived', async () => {
    const f = await followUpDueIn(2);
    session!.replica.addReply(0, THREAD, {
      from: { name: 'Dana Whitfield', email: 'dana@northwind.example' },
      body: 'Hi Alex, yes, let us start on the 1st.',
    });
    await expect.poll(async () => (await stored(f.id))?.status, ALARM_WAIT).toBe('replied');
    expect((await stored(f.id))?.replyCheck?.evidence?.by).toEqual({
      name: 'Dana Whitfield',
      email: 'dana@northwind.example',
    });
    expect(await notificationIds(session!)).toEqual([]);
    expect(await badgeText(session!)).toBe('');
  });

  it('still fires on an out-of-office auto-reply, recording it', async () => {
    const f = await followUpDueIn(2);
    session!.replica.addReply(0, THREAD, {
      from: { name: 'Dana Whitfield', email: 'dana@northwind.example' },
      body: 'Automatic reply: I am out of the office until December 1 with limited access to email.',
    });
    await expect.poll(() => notificationIds(session!), ALARM_WAIT).toEqual([`followup:${f.id}`]);
    expect((await stored(f.id))?.replyCheck).toMatchObject({
      outcome: 'no-reply',
      autoReplies: [{ by: { email: 'dana@northwind.example' } }],
    });
  });

  it('still fires, with the reply status unknown, when Gmail is signed out', async () => {
    const f = await followUpDueIn(2);
    session!.replica.signedOut = true;
    await expect.poll(() => notificationIds(session!), ALARM_WAIT).toEqual([`followup:${f.id}`]);
    expect((await stored(f.id))?.replyCheck).toMatchObject({ outcome: 'unknown', reason: 'signed out of Gmail' });
  });

  it('fires even after the service worker was stopped', async () => {
    const f = await followUpDueIn(4);
    const { restarted } = await stopServiceWorker(session!);
    await restarted; // nothing but the alarm wakes it
    await expect.poll(() => notificationIds(session!), ALARM_WAIT).toEqual([`followup:${f.id}`]);
    expect(await stored(f.id)).toMatchObject({ id: f.id, subject: f.subject, replyCheck: { outcome: 'no-reply' } });
  });

  it('fires even when the worker was stopped in the middle of checking the thread', async () => {
    session = await launchExtension({ replica: sampleReplica() });
    const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', THREAD);
    await gmail.choose('tomorrow');
    const f = await baselineRecorded(session);
    // Gmail does not answer the check, as on a slow network: the run is midway when the worker stops.
    let checking = () => {};
    const asked = new Promise<void>((resolve) => (checking = resolve));
    const hold = (_route: Route) => {
      checking();
      return new Promise<void>(() => {}); // never answered; the stopped worker drops it
    };
    await session.context.route(/view=pt/, hold);
    await sendFromExtensionPage(session, { type: 'followUp.move', payload: { id: f.id, dueAt: Date.now() + 1_000 } });
    await asked;
    const { restarted } = await stopServiceWorker(session);
    await session.context.unroute(/view=pt/, hold);
    await restarted; // nothing but the alarm left by the stopped run wakes it
    await expect.poll(() => notificationIds(session!), { timeout: 45_000, interval: 250 }).toEqual([`followup:${f.id}`]);
  });
});

describe('when the alarm was lost', () => {
  it('shows the reminder that came due meanwhile as soon as the popup opens', async () => {
    // No Gmail tab: nothing but the popup may wake the engine.
    const f = await followUpDueIn(3, { closeGmail: true });
    const alarms = () => currentWorker(session!).evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name));
    await expect.poll(alarms).toEqual([ENGINE_ALARM]); // the move armed it...
    await currentWorker(session!).evaluate(() => chrome.alarms.clearAll()); // ...and it is gone, as Chrome may do on a restart
    await expect.poll(() => Date.now(), { timeout: 10_000, interval: 250 }).toBeGreaterThan(f.dueAt);
    expect(await alarms()).toEqual([]);
    expect(await notificationIds(session!)).toEqual([]);

    await PopupPage.open(session!);
    await expect.poll(() => notificationIds(session!), ALARM_WAIT).toEqual([`followup:${f.id}`]);
    await expect.poll(alarms).toEqual([ENGINE_ALARM]); // re-armed, for the late-reply check
  });
});
