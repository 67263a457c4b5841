/**
 * Repository functions for follow-ups. Each takes the database and "now" as
 * arguments, so tests run them on fake-indexeddb with a fixed clock.
 */
import { Dexie } from 'dexie';
import {
  ACTIVE_STATUSES,
  isActive,
  normalizeSubject,
  type FollowUp,
  type FollowUpStatus,
  type NewFollowUp,
} from '../core/followUp';
import type { FollowthroughDb } from './db';

/**
 * Creates the thread's follow-up, or — when the thread already has an active
 * one — moves that one to the new choice: a thread has one promise at a time.
 */
export async function createFollowUp(db: FollowthroughDb, input: NewFollowUp, now: number): Promise<FollowUp> {
  return db.transaction('rw', db.followUps, async () => {
    const existing = input.threadId
      ? (await followUpsOfThread(db, input.account, input.threadId)).find(isActive)
      : undefined;
    if (existing) {
      const changes = { dueAt: input.dueAt, condition: input.condition, status: 'pending' as const, updatedAt: now };
      await db.followUps.update(existing.id, changes);
      return { ...existing, ...changes };
    }
    const followUp: FollowUp = {
      ...input,
      id: crypto.randomUUID(),
      subject: normalizeSubject(input.subject),
      note: input.note ?? '',
      status: 'pending',
      createdAt: now,
      updatedAt: now,
    };
    await db.followUps.add(followUp);
    return followUp;
  });
}

/** The thread's active follow-up if any, else its most recently updated one. */
export async function getFollowUpForThread(
  db: FollowthroughDb,
  account: string,
  threadId: string,
): Promise<FollowUp | undefined> {
  const all = await followUpsOfThread(db, account, threadId);
  return all.find(isActive) ?? all.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

function followUpsOfThread(db: FollowthroughDb, account: string, threadId: string): Promise<FollowUp[]> {
  return db.followUps.where('[account+threadId]').equals([account, threadId]).toArray();
}

/** One status's follow-ups in due order: a range of the [status+dueAt] index, never a table scan. */
function byDue(db: FollowthroughDb, status: FollowUpStatus) {
  return db.followUps.where('[status+dueAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]);
}

/** Active follow-ups ordered by due time: the first `limit` of each active status, merged. */
export async function listActiveByDue(db: FollowthroughDb, limit = Infinity): Promise<FollowUp[]> {
  const perStatus = await Promise.all(ACTIVE_STATUSES.map((status) => byDue(db, status).limit(limit).toArray()));
  return perStatus
    .flat()
    .sort((a, b) => a.dueAt - b.dueAt)
    .slice(0, limit);
}

export async function countActive(db: FollowthroughDb): Promise<number> {
  const counts = await Promise.all(ACTIVE_STATUSES.map((status) => byDue(db, status).count()));
  return counts.reduce((sum, n) => sum + n, 0);
}

export async function setFollowUpStatus(
  db: FollowthroughDb,
  id: string,
  status: FollowUpStatus,
  now: number,
): Promise<FollowUp | undefined> {
  return db.transaction('rw', db.followUps, async () => {
    const followUp = await db.followUps.get(id);
    if (!followUp) return undefined;
    const updated = { ...followUp, status, updatedAt: now };
    await db.followUps.put(updated);
    return updated;
  });
}
