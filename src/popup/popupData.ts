/**
 * What the popup reads, straight from the database (it re-reads live). Every
 * read is an index range, so the first rows cost the same with 10 or 10,000
 * follow-ups stored; only a search or an account filter walks the range,
 * and stops as soon as a page is full.
 */
import { Dexie } from 'dexie';
import { ACTIVE_STATUSES, type FollowUp, type FollowUpStatus } from '../core/followUp';
import { threadNotes, type ThreadNote } from '../core/noteHistory';
import type { FollowthroughDb } from '../storage/db';
import { followUpsOfThread } from '../storage/followUps';
import { filterPredicate, type ActivePage, type HistoryPage, type PopupFilter } from './listQuery';

/** Replies are "recent" while their follow-up was due in the last 30 days or is still ahead. */
export const RECENT_REPLY_DAYS = 30;
export const RECENT_REPLIES_SHOWN = 10;
const DAY = 86_400_000;

function byStatusAndDue(db: FollowthroughDb, status: FollowUpStatus, from: number | typeof Dexie.minKey = Dexie.minKey) {
  return db.followUps.where('[status+dueAt]').between([status, from], [status, Dexie.maxKey], true, true);
}

export function readActivePage(db: FollowthroughDb, filter: PopupFilter, limit: number): Promise<ActivePage> {
  // One transaction for every read: each one costs Chromium a round trip to its database process.
  return db.transaction('r', db.followUps, async () => {
    const matches = filterPredicate(filter);
    // One more than a page tells whether there is more, without counting the rest.
    const [accounts, ...perStatus] = await Promise.all([
      accountsWithFollowUps(db),
      ...ACTIVE_STATUSES.map((status) => {
        const range = byStatusAndDue(db, status);
        return (matches ? range.filter(matches) : range).limit(limit + 1).toArray();
      }),
    ]);
    const merged = perStatus.flat().sort((a, b) => a.dueAt - b.dueAt);
    return { rows: merged.slice(0, limit), more: merged.length > limit, accounts };
  });
}

/** Recently replied follow-ups matching the filter, latest reply first. */
export async function readRecentReplies(db: FollowthroughDb, filter: PopupFilter, now: number): Promise<FollowUp[]> {
  const matches = filterPredicate(filter);
  const range = byStatusAndDue(db, 'replied', now - RECENT_REPLY_DAYS * DAY);
  const replied = await (matches ? range.filter(matches) : range).toArray();
  return replied
    .sort((a, b) => (b.replyCheck?.checkedAt ?? b.updatedAt) - (a.replyCheck?.checkedAt ?? a.updatedAt))
    .slice(0, RECENT_REPLIES_SHOWN);
}

/** Statuses of follow-ups that have ended: the history's. */
export const ENDED_STATUSES: readonly FollowUpStatus[] = ['replied', 'done', 'cancelled'];

/**
 * The history: ended follow-ups, newest first by due time — the order an index range gives, so a
 * page costs the same however long the history is.
 */
export function readHistoryPage(db: FollowthroughDb, filter: PopupFilter, limit: number): Promise<HistoryPage> {
  return db.transaction('r', db.followUps, async () => {
    const matches = filterPredicate(filter);
    const perStatus = await Promise.all(
      ENDED_STATUSES.map((status) => {
        const range = byStatusAndDue(db, status).reverse();
        return (matches ? range.filter(matches) : range).limit(limit + 1).toArray();
      }),
    );
    const merged = perStatus.flat().sort((a, b) => b.dueAt - a.dueAt);
    return { rows: merged.slice(0, limit), more: merged.length > limit };
  });
}

/**
 * The distinct accounts, by skipping through the [account+threadId] index:
 * one read per account, however many follow-ups each has.
 */
async function accountsWithFollowUps(db: FollowthroughDb): Promise<string[]> {
  const accounts: string[] = [];
  let next = await db.followUps.orderBy('[account+threadId]').first();
  while (next) {
    accounts.push(next.account);
    next = await db.followUps.where('[account+threadId]').above([next.account, Dexie.maxKey]).first();
  }
  return accounts;
}

/** Every note of the follow-up's thread, newest first (noteHistory.ts); its own alone when it has no thread id yet. */
export async function readThreadNotes(db: FollowthroughDb, id: string): Promise<ThreadNote[]> {
  const followUp = await db.followUps.get(id);
  if (!followUp) return [];
  return threadNotes(followUp.threadId ? await followUpsOfThread(db, followUp.account, followUp.threadId) : [followUp]);
}
