import { beforeEach, describe, expect, it } from 'vitest';
import type { FetchResult } from '../../src/background/politeFetch';
import { checkThreadForReply } from '../../src/background/replyCheck';
import type { FollowUp } from '../../src/core/followUp';
import { bodyKey } from '../../src/core/replies/fingerprint';
import { hexToPermId } from '../../src/gmail/ids';
import type { FollowthroughDb } from '../../src/storage/db';
import { createFollowUp } from '../../src/storage/followUps';
import { sampleReplica, SAMPLE, type GmailReplica } from '../replica';
import { freshDb, newFollowUp, NOW } from './fixtures';

const THREAD = SAMPLE.account0.unansweredThread;
let db: FollowthroughDb;
let replica: GmailReplica;
let followUp: FollowUp;
const requested: string[] = [];

/** The replica's request handler stands in for Gmail, as context.route does in the browser. */
const fetchPage = async (url: string): Promise<FetchResult> => {
  requested.push(url);
  const response = replica.handle({ method: 'GET', url });
  return { ok: true, status: response.status, text: response.body };
};
const checkResult = (f = followUp) => checkThreadForReply(db, f, fetchPage, () => NOW);
const check = async (f = followUp) => (await checkResult(f)).check;
/** Checks, keeping the baseline the check recorded, as the engine does. */
async function checkAndKeep(): Promise<FollowUp['replyCheck']> {
  const result = await checkResult();
  if (result.baseline) followUp = { ...followUp, baseline: result.baseline };
  return result.check;
}
const DANA = { name: 'Dana Whitfield', email: 'dana@northwind.example' };
/** What the user sent in the sample thread, as the compose window read it. */
const SENT_TEXT = () => replica.thread(0, THREAD)!.messages[0]!.body;

beforeEach(async () => {
  db = freshDb();
  replica = sampleReplica({ now: () => NOW });
  requested.length = 0;
  followUp = await createFollowUp(
    db,
    newFollowUp({ threadId: THREAD, threadPermId: hexToPermId(THREAD)!, tracking: { kind: 'compose', from: '', body: bodyKey(SENT_TEXT()) } }),
    NOW,
  );
  await db.accounts.put({ email: SAMPLE.account0.email, index: 0, ik: SAMPLE.account0.ik, seenAt: NOW });
});

describe('checking a thread for a reply', () => {
  it('finds no reply on a thread nobody answered, asking the right account with its ik', async () => {
    expect(await check()).toEqual({ checkedAt: NOW, outcome: 'no-reply', messageCount: 1 });
    expect(requested).toEqual([
      `https://mail.google.com/mail/u/0/?ik=${SAMPLE.account0.ik}&view=pt&search=all&permthid=thread-f%3A${BigInt(`0x${THREAD}`)}`,
    ]);
  });

  it('records, at the first look, what the thread held: the message sent from compose and whom it was written to', async () => {
    const result = await checkResult();
    expect(result.baseline).toMatchObject({ recordedAt: NOW, tracked: 0, addressees: ['dana.whitfield@northwind.example'] });
    expect(result.baseline?.messages).toHaveLength(1);
    followUp = { ...followUp, baseline: result.baseline! };
    expect((await checkResult()).baseline).toBeUndefined(); // recorded once
  });

  it('finds the reply, with who and when', async () => {
    await checkAndKeep();
    replica.addReply(0, THREAD, { from: DANA, body: 'Yes!' });
    expect(await checkAndKeep()).toMatchObject({ outcome: 'replied', evidence: { by: DANA, dateText: expect.any(String) } });
  });

  it('counts a reply that came before the first look, set from compose: however soon it came', async () => {
    replica.addReply(0, THREAD, { from: DANA, body: 'Got it, yes.' });
    expect(await checkAndKeep()).toMatchObject({ outcome: 'replied', evidence: { by: DANA } });
  });

  it('set on a thread view: what the thread held then is before; only what arrives later is a reply', async () => {
    replica.addReply(0, THREAD, { from: DANA, body: 'Will look next week.' });
    followUp = { ...followUp, tracking: { kind: 'thread' } };
    expect(await checkAndKeep()).toMatchObject({ outcome: 'no-reply' });
    replica.addReply(0, THREAD, { from: DANA, body: 'Approved.' });
    expect(await checkAndKeep()).toMatchObject({ outcome: 'replied', evidence: { by: DANA } });
  });

  it('set on a thread view on another computer: never records the thread itself, answers unknown until that record arrives', async () => {
    replica.addReply(0, THREAD, { from: DANA, body: 'Approved, go ahead.' });
    followUp = { ...followUp, tracking: { kind: 'thread' }, setElsewhere: true };
    expect(await checkResult()).toEqual({
      check: { checkedAt: NOW, outcome: 'unknown', reason: 'set on another computer; its record of the thread has not arrived' },
    });
    expect(requested).toEqual([]);
    // Set from compose, the place is the sent message, found the same from anywhere.
    followUp = { ...followUp, tracking: { kind: 'compose', from: '', body: bodyKey(SENT_TEXT()) } };
    expect(await check()).toMatchObject({ outcome: 'replied', evidence: { by: DANA } });
  });

  it('answers unknown, not "no reply", while the sent message is not in the thread yet', async () => {
    followUp = { ...followUp, tracking: { kind: 'compose', from: '', body: bodyKey('Something not sent yet') } };
    expect(await checkResult()).toEqual({
      check: { checkedAt: NOW, outcome: 'unknown', reason: 'the message you sent is not in the thread yet', messageCount: 1 },
    });
  });

  it('answers unknown when the followed-up message was deleted since', async () => {
    await checkAndKeep();
    replica.addReply(0, THREAD, { from: DANA, body: 'Ok' });
    replica.thread(0, THREAD)!.messages.shift();
    expect(await checkAndKeep()).toMatchObject({ outcome: 'unknown', reason: 'the message you followed up is no longer in the thread' });
  });

  it('reads out-of-office answers as no reply, and keeps them as evidence', async () => {
    await checkAndKeep();
    replica.addReply(0, THREAD, {
      from: DANA,
      body: 'Thank you for your email. I am out of the office until Monday, December 7 with no access to email.',
    });
    expect(await checkAndKeep()).toMatchObject({
      outcome: 'no-reply',
      autoReplies: [{ by: DANA, reason: 'out-of-office', backOn: expect.any(Number) }],
    });
  });

  it("counts the account's send-as addresses as the user", async () => {
    await checkAndKeep();
    replica.addReply(0, THREAD, { from: { name: 'Alex Rivera', email: 'alex@rivera-studio.example' }, body: 'Bump' });
    expect(await checkAndKeep()).toMatchObject({ outcome: 'replied' });
    await db.accounts.update(SAMPLE.account0.email, { sendAs: ['alex@rivera-studio.example'] });
    expect(await checkAndKeep()).toMatchObject({ outcome: 'no-reply' });
  });

  it('does not count the user’s own follow-up message', async () => {
    await checkAndKeep();
    replica.addReply(0, THREAD, { from: { name: 'Alex Rivera', email: SAMPLE.account0.email }, body: 'Bumping this.' });
    expect(await checkAndKeep()).toMatchObject({ outcome: 'no-reply' });
  });

  it.each<[string, () => Promise<unknown>, string]>([
    ['the account was never seen in a tab', () => db.accounts.clear(), 'account not seen in a Gmail tab yet'],
    ['the ik is unknown', () => db.accounts.update(SAMPLE.account0.email, { ik: '' }), "Gmail's ik key not known yet"],
    ['Gmail is signed out', async () => (replica.signedOut = true), 'signed out of Gmail'],
    [
      'the index now points at another account, which lacks the thread',
      () => db.accounts.update(SAMPLE.account0.email, { index: 1, ik: SAMPLE.account1.ik }),
      'print view not recognized: no table.message',
    ],
  ])('answers unknown, with a reason, when %s', async (_, arrange, reason) => {
    await arrange();
    expect(await checkResult()).toEqual({ check: { checkedAt: NOW, outcome: 'unknown', reason } });
  });

  it('answers unknown when the print view it got belongs to another account', async () => {
    // The sign-in order changed and the other mailbox happens to hold a thread with that id.
    const other = SAMPLE.account1.unansweredThread;
    await db.accounts.update(SAMPLE.account0.email, { index: 1, ik: SAMPLE.account1.ik });
    expect(await check({ ...followUp, threadId: other, threadPermId: hexToPermId(other)! })).toMatchObject({
      outcome: 'unknown',
      reason: 'print view shows another account',
    });
  });

  it("counts the user's other addresses from settings as the user", async () => {
    await checkAndKeep();
    replica.addReply(0, THREAD, { from: { name: 'Alex Rivera', email: 'alex@rivera-studio.example' }, body: 'Bump' });
    expect(await check()).toMatchObject({ outcome: 'replied' });
    expect((await checkThreadForReply(db, followUp, fetchPage, () => NOW, ['alex@rivera-studio.example'])).check).toMatchObject({
      outcome: 'no-reply',
    });
  });

  it('answers unknown when the thread has no id yet, without asking Gmail', async () => {
    expect(await check({ ...followUp, threadPermId: '' })).toMatchObject({ outcome: 'unknown', reason: 'thread not identified yet' });
    expect(requested).toEqual([]);
  });

  it('answers unknown when the request failed', async () => {
    const failing = async (): Promise<FetchResult> => ({ ok: false, reason: 'HTTP 503 after 3 attempts' });
    expect((await checkThreadForReply(db, followUp, failing, () => NOW)).check).toMatchObject({
      outcome: 'unknown',
      reason: 'HTTP 503 after 3 attempts',
    });
  });
});
