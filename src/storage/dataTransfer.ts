/**
 * "Your data" on the options page: everything out (export), a file in
 * (import), everything gone (delete all). The options page writes here
 * directly — a file's worth of follow-ups is one transaction, not thousands
 * of messages — and then tells the background (`data.changed`) to re-arm.
 *
 * Import decisions, beyond those of core/exportFormat.ts (merge by id, newer
 * copy wins, a bad row skipped with its reason, a bad file refused whole):
 * - One active follow-up per thread, as everywhere else in the app. A row
 *   that would give an account's thread a second active follow-up is not
 *   imported, and the preview names it: what the user tracks now is current,
 *   so a stored active follow-up wins; among the file's own rows for one
 *   thread, the most recently updated wins (then the lower id, so the outcome
 *   does not depend on the file's order).
 * - The plan is made again inside the write transaction: the preview may be
 *   stale by the time the user confirms (the engine may have closed a
 *   follow-up meanwhile), and a stale "update" would overwrite newer work.
 * - Any error rolls the whole transaction back: nothing changes.
 */
import { parseImport, type ImportError, type ImportPlan } from '../core/exportFormat';
import { isActive, type FollowUp } from '../core/followUp';
import type { FollowthroughDb } from './db';
import { storeFollowUps } from './followUps';

export interface PlannedImport extends ImportPlan {
  /** Valid rows left out because their thread would have two active follow-ups. */
  conflicts: FollowUp[];
}

export function allFollowUps(db: FollowthroughDb): Promise<FollowUp[]> {
  return db.followUps.toArray();
}

/** What importing `text` would change now; writes nothing. */
export function planImport(db: FollowthroughDb, text: string): Promise<PlannedImport | ImportError> {
  return db.transaction('r', db.followUps, async () => plan(text, await db.followUps.toArray()));
}

/** Imports `text` in one transaction; returns what it did. Nothing changes when the file is refused or a write fails. */
export function importFollowUps(db: FollowthroughDb, text: string, now: number): Promise<PlannedImport | ImportError> {
  return db.transaction('rw', db.followUps, async () => {
    const planned = plan(text, await db.followUps.toArray());
    if (planned.ok) await storeFollowUps(db, [...planned.add, ...planned.update], now);
    return planned;
  });
}

/** Deletes every follow-up and every account seen; settings stay. Returns how many follow-ups there were. */
export function deleteAllData(db: FollowthroughDb): Promise<number> {
  return db.transaction('rw', db.followUps, db.accounts, async () => {
    const count = await db.followUps.count();
    await Promise.all([db.followUps.clear(), db.accounts.clear()]);
    return count;
  });
}

function plan(text: string, stored: FollowUp[]): PlannedImport | ImportError {
  const existing = new Map(stored.map((f) => [f.id, f]));
  const parsed = parseImport(text, existing);
  return parsed.ok ? withOneActivePerThread(parsed, existing) : parsed;
}

/** The plan less the rows that would give a thread a second active follow-up (see the decisions above). */
export function withOneActivePerThread(plan: ImportPlan, existing: ReadonlyMap<string, FollowUp>): PlannedImport {
  const incoming = new Map([...plan.add, ...plan.update].map((f) => [f.id, f]));
  // Every thread's active follow-ups as they would be after the import.
  const threads = new Map<string, FollowUp[]>();
  const track = (f: FollowUp) => {
    if (!f.threadId || !isActive(f)) return;
    const key = `${f.account} ${f.threadId}`;
    threads.set(key, [...(threads.get(key) ?? []), f]);
  };
  for (const f of existing.values()) if (!incoming.has(f.id)) track(f);
  incoming.forEach(track);

  const storedActive = (f: FollowUp) => {
    const stored = existing.get(f.id);
    return stored !== undefined && isActive(stored);
  };
  const outranks = (a: FollowUp, b: FollowUp) =>
    storedActive(a) !== storedActive(b)
      ? storedActive(a)
      : a.updatedAt !== b.updatedAt
        ? a.updatedAt > b.updatedAt
        : a.id < b.id;

  const left = new Set<string>();
  for (const group of threads.values()) {
    if (group.length < 2) continue;
    const keep = group.reduce((best, f) => (outranks(f, best) ? f : best));
    for (const f of group) if (f !== keep && incoming.has(f.id)) left.add(f.id);
  }
  const kept = (f: FollowUp) => !left.has(f.id);
  return {
    ...plan,
    add: plan.add.filter(kept),
    update: plan.update.filter(kept),
    conflicts: [...incoming.values()].filter((f) => !kept(f)),
  };
}
