import { beforeEach, describe, expect, it } from 'vitest';
import type { FetchResult } from '../../src/background/politeFetch';
import { checkThreadForReply } from '../../src/background/replyCheck';
import type { FollowUp } from '../../src/core/followUp';
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
const check = (f = followUp) => checkThreadForReply(db, f, fetchPage, () => NOW);

beforeEach(async () => {
  db = freshDb();
  replica = sampleReplica({ now: () => NOW });
  requested.length = 0;
  followUp = await createFollowUp(
    db,
    newFollowUp({ threadId: THREAD, threadPermId: hexToPermId(THREAD)!, trackedIndex: 0 }),
    NOW,
  );
  await db.accounts.put({ email: SAMPLE.account0.email, index: 0, ik: SAMPLE.account0.ik, seenAt: NOW });
});

describe('checking a thread for a reply', () => {
  it('finds no reply on a thread nobody answered, asking the right account with its ik', async () => {
    expect(await check()).toEqual({ checkedAt: NOW, outcome: 'no-reply', autoReplies: [], messageCount: 1 });
    expect(requested).toEqual([
      `https://mail.google.com/mail/u/0/?ik=${SAMPLE.account0.ik}&view=pt&search=all&permthid=thread-f%3A${BigInt(`0x${THREAD}`)}`,
    ]);
  });

  it('finds the reply, with who and when', async () => {
    replica.addReply(0, THREAD, { from: { name: 'Dana Whitfield', email: 'dana@northwind.example' }, body: 'Yes!' });
    expect(await check()).toMatchObject({
      outcome: 'replied',
      evidence: { by: { name: 'Dana Whitfield', email: 'dana@northwind.example' }, dateText: expect.any(String) },
    });
  });

  it('does not count the user’s own follow-up message', async () => {
    replica.addReply(0, THREAD, { from: { name: 'Alex Rivera', email: SAMPLE.account0.email }, body: 'Bumping this.' });
    expect(await check()).toMatchObject({ outcome: 'no-reply' });
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
    expect(await check()).toEqual({ checkedAt: NOW, outcome: 'unknown', reason });
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
    replica.addReply(0, THREAD, { from: { name: 'Alex Rivera', email: 'alex@rivera-studio.example' }, body: 'Bump' });
    expect(await check()).toMatchObject({ outcome: 'replied' });
    expect(await checkThreadForReply(db, followUp, fetchPage, () => NOW, ['alex@rivera-studio.example'])).toMatchObject({
      outcome: 'no-reply',
    });
  });

  it('answers unknown when the thread has no id yet, without asking Gmail', async () => {
    expect(await check({ ...followUp, threadPermId: '' })).toMatchObject({ outcome: 'unknown', reason: 'thread not identified yet' });
    expect(requested).toEqual([]);
  });

  it('answers unknown when the request failed', async () => {
    const failing = async (): Promise<FetchResult> => ({ ok: false, reason: 'HTTP 503 after 3 attempts' });
    expect(await checkThreadForReply(db, followUp, failing, () => NOW)).toMatchObject({
      outcome: 'unknown',
      reason: 'HTTP 503 after 3 attempts',
    });
  });
});
