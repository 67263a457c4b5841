import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { filterPredicate, NO_FILTER } from '../../src/popup/listQuery';
import { readActivePage, readHistoryPage, readRecentReplies } from '../../src/popup/popupData';
import type { FollowthroughDb } from '../../src/storage/db';
import { createFollowUp, endFollowUp } from '../../src/storage/followUps';
import { DAY, freshDb, newFollowUp, NOW } from './fixtures';

const OTHER = 'alex@rivera-studio.example';

/** Stores follow-ups due 1, 2, 3… days from NOW, one thread each. */
async function stored(db: FollowthroughDb, overrides: Array<Parameters<typeof newFollowUp>[0]>): Promise<FollowUp[]> {
  const out = [];
  for (const [i, o] of overrides.entries()) {
    out.push(await createFollowUp(db, newFollowUp({ threadId: (0x100 + i).toString(16), dueAt: NOW + (i + 1) * DAY, ...o }), NOW));
  }
  return out;
}

describe('popup data', () => {
  it('reads a page of active follow-ups, soonest first, and tells whether more exist', async () => {
    const db = freshDb();
    const [a, b, c] = await stored(db, [{ dueAt: NOW + 3 * DAY }, { dueAt: NOW + DAY }, { dueAt: NOW + 2 * DAY }]);
    await db.followUps.update(c!.id, { status: 'snoozed' });
    const page = await readActivePage(db, NO_FILTER, 2);
    expect(page.rows.map((f) => f.id)).toEqual([b!.id, c!.id]);
    expect(page.more).toBe(true);
    expect((await readActivePage(db, NO_FILTER, 3)).more).toBe(false);
    await endFollowUp(db, a!.id, 'done', NOW);
    expect((await readActivePage(db, NO_FILTER, 5)).rows.map((f) => f.id)).toEqual([b!.id, c!.id]);
  });

  it('lists each account with follow-ups once, whatever their status', async () => {
    const db = freshDb();
    expect((await readActivePage(db, NO_FILTER, 10)).accounts).toEqual([]);
    const [, , other] = await stored(db, [{}, {}, { account: OTHER }]);
    await endFollowUp(db, other!.id, 'done', NOW);
    expect((await readActivePage(db, NO_FILTER, 10)).accounts).toEqual(['alex.rivera@example.com', OTHER]);
  });

  it('filters by words in the subject or a recipient, and by account', async () => {
    const db = freshDb();
    const [pricing, northwind, studio] = await stored(db, [
      { subject: 'Pricing for Q1', recipients: [{ name: 'Jordan Lee', email: 'jordan@client.example' }] },
      { subject: 'Northwind pilot', recipients: [{ name: 'Dana Whitfield', email: 'dana@northwind.example' }] },
      { subject: 'Pricing for the studio', account: OTHER, recipients: [{ name: '', email: 'olivia@harbor.example' }] },
    ]);
    const ids = async (search: string, account = '') =>
      (await readActivePage(db, { search, account }, 10)).rows.map((f) => f.id);
    expect(await ids('pricing')).toEqual([pricing!.id, studio!.id]);
    expect(await ids('  PRICING   studio ')).toEqual([studio!.id]);
    expect(await ids('whitfield')).toEqual([northwind!.id]);
    expect(await ids('harbor.example')).toEqual([studio!.id]);
    expect(await ids('pricing', OTHER)).toEqual([studio!.id]);
    expect(await ids('', OTHER)).toEqual([studio!.id]);
    expect(await ids('nothing like this')).toEqual([]);
    expect(filterPredicate({ search: '   ', account: '' })).toBeNull();
  });

  it('reads the history: every ended follow-up, latest due first, a page at a time, filtered like the list', async () => {
    const db = freshDb();
    const [a, b, c, waiting] = await stored(db, [{}, { subject: 'Lumen renewal' }, {}, {}]);
    await endFollowUp(db, a!.id, 'done', NOW);
    await endFollowUp(db, b!.id, 'cancelled', NOW);
    await db.followUps.update(c!.id, { status: 'replied' });
    const page = await readHistoryPage(db, NO_FILTER, 2);
    expect(page.rows.map((f) => f.id)).toEqual([c!.id, b!.id]);
    expect(page.more).toBe(true);
    const all = await readHistoryPage(db, NO_FILTER, 10);
    expect(all).toEqual({ rows: [c, b, a].map((f) => expect.objectContaining({ id: f!.id })), more: false });
    expect(all.rows.map((f) => f.id)).not.toContain(waiting!.id);
    expect((await readHistoryPage(db, { ...NO_FILTER, search: 'lumen' }, 10)).rows.map((f) => f.id)).toEqual([b!.id]);
  });

  it('shows recent replies, latest reply first, and leaves out old ones', async () => {
    const db = freshDb();
    const [old, earlier, latest] = await stored(db, [{ dueAt: NOW - 40 * DAY }, { dueAt: NOW - 2 * DAY }, { dueAt: NOW + 2 * DAY }]);
    const replied = (checkedAt: number) => ({
      status: 'replied' as const,
      replyCheck: { checkedAt, outcome: 'replied' as const, evidence: { by: { name: 'Dana', email: 'dana@x.example' }, dateText: '' } },
    });
    await db.followUps.update(old!.id, replied(NOW - 39 * DAY));
    await db.followUps.update(earlier!.id, replied(NOW - 3 * DAY));
    await db.followUps.update(latest!.id, replied(NOW - DAY));
    expect((await readRecentReplies(db, NO_FILTER, NOW)).map((f) => f.id)).toEqual([latest!.id, earlier!.id]);
    expect((await readActivePage(db, NO_FILTER, 10)).rows).toEqual([]);
  });
});
