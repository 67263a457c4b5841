/**
 * "Did they reply?" end to end, in real Chromium with the extension loaded, on threads shaped as
 * real Gmail renders them: a long thread whose earlier messages are collapsed or hidden behind
 * the "older messages" bar, a thread sent from a send-as address, and a reply carrying
 * Gmail-like markup. The worker decides from the replica's print view (docs/reply-rules.md).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { sampleReplica, SAMPLE } from '../replica';
import type { Person } from '../replica/types';
import { Compose } from '../support/compose';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { baselineRecorded, GmailPage, notificationIds, sendFromExtensionPage, storedFollowUps } from '../support/pages';

// Alarms for an unpacked extension fire a few seconds after `when`; leave room.
const ALARM_WAIT = { timeout: 30_000, interval: 250 };
const SAM: Person = { name: 'Sam Whitaker', email: 'sam.whitaker@acmelogistics.example' };
const HARPER: Person = { name: 'Harper Quinn', email: 'harper@quinnandco.example' };

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function open(account: 0 | 1, folder: 'inbox' | 'sent', thread: string): Promise<GmailPage> {
  session = await launchExtension({ replica: sampleReplica() });
  const gmail = await GmailPage.open(session, `/mail/u/${account}/#${folder}`);
  await gmail.openThreadFromList(folder, thread);
  return gmail;
}

/** Moves the follow-up to come due in two seconds: the engine checks the thread and decides. */
async function dueNow(id: string): Promise<void> {
  const reply = (await sendFromExtensionPage(session!, {
    type: 'followUp.move',
    payload: { id, dueAt: Date.now() + 2_000 },
  })) as { ok: boolean };
  expect(reply.ok).toBe(true);
}

async function decided(id: string): Promise<FollowUp> {
  let found: FollowUp | undefined;
  await expect
    .poll(async () => {
      found = (await storedFollowUps(session!)).find((f) => f.id === id);
      return found?.status === 'replied' || found?.firedAt !== undefined;
    }, ALARM_WAIT)
    .toBe(true);
  return found!;
}

describe('a long thread, its earlier messages collapsed and hidden', () => {
  const THREAD = SAMPLE.account0.olderMessagesThread;

  it('records all nine messages from the print view, though Gmail shows four, and finds the reply after them', async () => {
    const gmail = await open(0, 'inbox', THREAD);
    expect(await gmail.page.locator('div.adn, div.adf').count()).toBeLessThan(9); // the rest hide behind the bar
    await gmail.choose('in-1-week');
    const set = await baselineRecorded(session!);
    expect(set.baseline?.messages).toHaveLength(9);
    expect(set.baseline?.tracked).toBe(8); // Alex's latest message, the last of the nine
    expect(set.baseline?.addressees).toEqual([SAM.email]);

    session!.replica.addReply(0, THREAD, { from: SAM, body: 'Tuesday 10:00 works for the sign-off call.' });
    await dueNow(set.id);
    expect(await decided(set.id)).toMatchObject({
      status: 'replied',
      replyCheck: { outcome: 'replied', evidence: { by: SAM } },
    });
  });

  it('set from an inline reply: the message sent is the tracked one, wherever it lands', async () => {
    const gmail = await open(0, 'inbox', THREAD);
    const reply = await Compose.reply(gmail.page);
    await reply.write({ body: 'One more thing: the scanners arrive Monday.' });
    await reply.choose('tomorrow');
    await reply.sendWith('click');
    const set = await baselineRecorded(session!);
    expect(set.tracking).toMatchObject({ kind: 'compose' });
    expect(set.baseline?.messages).toHaveLength(10);
    expect(set.baseline?.tracked).toBe(9);

    // Alex nudges once more: the user's own message is never the answer.
    session!.replica.addReply(0, THREAD, { from: { name: 'Alex Rivera', email: SAMPLE.account0.email }, body: 'Any news?' });
    await dueNow(set.id);
    expect(await decided(set.id)).toMatchObject({ status: 'pending', replyCheck: { outcome: 'no-reply' } });
    await expect.poll(() => notificationIds(session!), ALARM_WAIT).toEqual([`followup:${set.id}`]);
  });
});

describe('a thread sent from a send-as address', () => {
  const THREAD = SAMPLE.account1.sendAsThread;

  it('shows the control once Gmail’s From field has named the address, and never takes the user’s own nudge for a reply', async () => {
    session = await launchExtension({ replica: sampleReplica() });
    const gmail = await GmailPage.open(session, '/mail/u/1/#sent');
    // Opening a compose shows Gmail's From field: that is where the send-as address is read.
    const compose = await Compose.open(gmail.page);
    await compose.discard();
    await gmail.openThreadFromList('sent', THREAD);
    await expect.poll(() => gmail.controlButton.textContent()).toBe('Follow up');
    await gmail.choose('in-1-week');
    const set = await baselineRecorded(session);
    expect(set.baseline?.tracked).toBe(0);
    expect(set.baseline?.addressees).toEqual([HARPER.email]);

    session.replica.addReply(1, THREAD, { from: SAMPLE.account1.sendAs, to: [HARPER], body: 'Just checking in on this.' });
    await dueNow(set.id);
    expect(await decided(set.id)).toMatchObject({ status: 'pending', replyCheck: { outcome: 'no-reply' } });

    session.replica.addReply(1, THREAD, { from: HARPER, body: 'Yes, let’s talk in January.' });
    await dueNow(set.id);
    await expect.poll(async () => (await storedFollowUps(session!))[0]?.status, ALARM_WAIT).toBe('replied');
  });
});

describe('what does not count as the answer', () => {
  const THREAD = SAMPLE.account0.unansweredThread;
  const DANA: Person = { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example' };

  async function followUpWith(reply: { from: Person; body: string }): Promise<{ gmail: GmailPage; followUp: FollowUp }> {
    const gmail = await open(0, 'sent', THREAD);
    await gmail.choose('in-1-week');
    const set = await baselineRecorded(session!);
    session!.replica.addReply(0, THREAD, { ...reply, to: [{ name: 'Alex Rivera', email: SAMPLE.account0.email }] });
    await dueNow(set.id);
    return { gmail, followUp: await decided(set.id) };
  }

  it('a colleague who was not on the mail: reminded, and the colleague named', async () => {
    const colleague = { name: 'Priya Natarajan', email: 'priya@example.com' }; // the account's own company domain
    const { gmail, followUp } = await followUpWith({ from: colleague, body: 'Dana called me: she needs another week.' });
    expect(followUp).toMatchObject({ status: 'pending', replyCheck: { outcome: 'no-reply', colleagues: [{ by: colleague }] } });
    await gmail.openThreadFromList('inbox', THREAD);
    await gmail.openMenu();
    expect(await gmail.control.locator('.ft-evidence').textContent()).toBe(
      'Priya Natarajan (your colleague) wrote — not the answer you are waiting for',
    );
  });

  it('an out-of-office with a return date: reminded, with the day they are back and a way to move it there', async () => {
    const { gmail, followUp } = await followUpWith({
      from: DANA,
      body: 'Thank you for your email. I am out of the office until Friday, January 15, 2027 and will reply when I return.',
    });
    const backOn = new Date(2027, 0, 16).getTime();
    expect(followUp).toMatchObject({
      status: 'pending',
      replyCheck: { outcome: 'no-reply', autoReplies: [{ by: DANA, reason: 'out-of-office', backOn }] },
    });
    await gmail.openThreadFromList('inbox', THREAD);
    await gmail.openMenu();
    await gmail.control.locator('[data-action=move-to-return]').click();
    const monday = new Date(2027, 0, 18, 9).getTime(); // Sat 16 Jan → the first work day, at the reminder hour
    await expect.poll(async () => (await storedFollowUps(session!))[0]?.dueAt).toBe(monday);
  });

  it('a read receipt: reminded, saying only a receipt came', async () => {
    const { followUp } = await followUpWith({
      from: DANA,
      body: 'Your message\n\nTo: Dana Whitfield\nSubject: Northwind pilot\n\nwas read on Tuesday, December 1, 2026 10:12 AM.',
    });
    expect(followUp).toMatchObject({
      status: 'pending',
      replyCheck: { outcome: 'no-reply', autoReplies: [{ by: DANA, reason: 'read-receipt' }] },
    });
    await expect.poll(() => notificationIds(session!), ALARM_WAIT).toEqual([`followup:${followUp.id}`]);
  });

  it('a real answer in the same shape of thread does count', async () => {
    const { followUp } = await followUpWith({ from: DANA, body: 'Hi Alex, yes: we start on the 1st.' });
    expect(followUp).toMatchObject({ status: 'replied', replyCheck: { evidence: { by: DANA } } });
  });
});

describe('a reply that carries Gmail-like markup', () => {
  it('is read as mail: the thread’s control and ids come from Gmail’s own elements, not from the body', async () => {
    const gmail = await open(0, 'sent', SAMPLE.account0.unansweredThread);
    await expect.poll(() => gmail.control.count()).toBe(1); // the controls are loaded and working
    await gmail.openThreadFromList('inbox', SAMPLE.account0.hostileBodyThread);
    // The last message is Kai's, whose body fakes one of Alex's: it is not the user's turn, so the
    // control offers a reply-by, as on any thread someone else wrote last.
    await expect.poll(() => gmail.control.count()).toBe(1);
    await gmail.openMenu();
    expect(await gmail.control.locator('[data-condition=until-i-reply]').getAttribute('aria-checked')).toBe('true');
    expect(session!.pageErrors).toEqual([]);
    expect(await storedFollowUps(session!)).toEqual([]);
  });
});
