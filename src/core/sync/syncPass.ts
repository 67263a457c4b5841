/**
 * One pass of sync, decided without touching anything: from this computer's follow-ups, the
 * records it last agreed on (shadows) and what storage.sync holds now, what to change here and
 * what to write there. Pure; the background carries it out (background/sync.ts).
 *
 * storage.sync is a replica of the follow-ups that matter on every computer, within its quotas
 * (about 100 KB, 8 KB an item, 512 items): the active ones, soonest due first, as many as fit
 * in what the settings leave; an ended or deleted one for two weeks after, so that the others
 * hear of it. What does not fit stays on this computer, and the pass says which.
 */
import { isActive, type FollowUp } from '../followUp';
import { applyRecord, lastChange, mergeRecords } from './mergeRecords';
import { canonical, encodeRecord, GROUP_NAMES, isDeleted, parseSyncRecord, recordBytes, sameGroup, type LiveRecord, type SyncRecord } from './syncRecord';

/** storage.sync's quotas (Chrome's; Firefox's are the same). */
export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8_192;
export const MAX_ITEMS = 512;
/** What the settings may take at their largest (settings/settings.ts), and room to spare. */
export const SETTINGS_RESERVE_BYTES = 42_400;
export const SETTINGS_RESERVE_ITEMS = 12;
/** An ended or deleted follow-up stays in the synced set this long, for computers that were off. */
export const KEEP_ENDED_MS = 14 * 24 * 3_600_000;

export interface PassInput {
  /** This computer's follow-ups that may take part: the active ones and those with a shadow or a record. */
  local: ReadonlyMap<string, FollowUp>;
  shadows: ReadonlyMap<string, SyncRecord>;
  /** storage.sync's values under our keys, by follow-up id, as read (not yet checked). */
  remote: ReadonlyMap<string, unknown>;
  now: number;
  budget?: { bytes: number; items: number };
}

export interface PassPlan {
  /** Follow-ups to store here, each as the version it replaces (`before`, undefined for new). */
  store: Array<{ before: FollowUp | undefined; after: FollowUp }>;
  /** Follow-ups to delete here: deleted on another computer, or the duplicate of a thread's one. */
  remove: FollowUp[];
  /** Records to write to storage.sync, by id. */
  write: Map<string, SyncRecord>;
  /** Ids whose records leave storage.sync. */
  drop: string[];
  /** The shadows from now on (an id absent from it is forgotten). */
  shadows: Map<string, SyncRecord>;
  /** Active follow-ups in the synced set, and those only on this computer (no room). */
  synced: string[];
  onlyHere: string[];
  /** Records in storage.sync that could not be read (another version, damage): left alone. */
  unreadable: string[];
}

export const DEFAULT_BUDGET = { bytes: QUOTA_BYTES - SETTINGS_RESERVE_BYTES, items: MAX_ITEMS - SETTINGS_RESERVE_ITEMS };

export function planPass({ local, shadows, remote, now, budget = DEFAULT_BUDGET }: PassInput): PassPlan {
  const plan: PassPlan = { store: [], remove: [], write: new Map(), drop: [], shadows: new Map(), synced: [], onlyHere: [], unreadable: [] };
  const merged = new Map<string, SyncRecord>();
  const mineById = new Map<string, SyncRecord>();
  const ids = new Set([...local.keys(), ...shadows.keys(), ...remote.keys()]);
  for (const id of ids) {
    const here = local.get(id);
    const shadow = shadows.get(id);
    const raw = remote.get(id);
    const there = raw === undefined ? undefined : parseSyncRecord(raw);
    if (raw !== undefined && !there) plan.unreadable.push(id);
    const mine = ours(here, shadow, now);
    if (mine) mineById.set(id, mine);
    const record = mine && there ? mergeRecords(mine, there) : (mine ?? there);
    if (record) merged.set(id, record);
  }
  dropDuplicates(merged, local, now);

  for (const [id, record] of merged) {
    const here = local.get(id);
    if (isDeleted(record)) {
      if (here) plan.remove.push(here);
    } else if (!here || !holds(mineById.get(id), record)) {
      plan.store.push({ before: here, after: applyRecord(id, here, record, now) });
    }
    plan.shadows.set(id, record);
  }

  const chosen = choose(merged, shadows, remote, now, budget);
  for (const [id, record] of chosen) {
    // Another version's record is not ours to overwrite, even with our copy of that follow-up.
    if (plan.unreadable.includes(id)) continue;
    if (remote.get(id) === undefined || canonical(remote.get(id)) !== canonical(record)) plan.write.set(id, record);
  }
  for (const id of remote.keys()) if (!chosen.has(id) && !plan.unreadable.includes(id)) plan.drop.push(id);
  for (const [id, record] of merged) {
    if (isDeleted(record) || !isActive({ status: record.s.status! })) continue;
    (chosen.has(id) ? plan.synced : plan.onlyHere).push(id);
  }
  // A shadow outlives its record's two weeks only while the follow-up is here and active.
  for (const [id, record] of plan.shadows) {
    if (!chosen.has(id) && !(local.has(id) && isActive(local.get(id)!)) && now - changedAt(record) > KEEP_ENDED_MS) plan.shadows.delete(id);
  }
  return plan;
}

/** What this computer says of a follow-up: its version, a deletion since it last agreed, or nothing. */
function ours(here: FollowUp | undefined, shadow: SyncRecord | undefined, now: number): SyncRecord | undefined {
  if (here) return encodeRecord(here, shadow && !isDeleted(shadow) ? shadow : undefined);
  if (shadow && !isDeleted(shadow)) return { deleted: now };
  return shadow;
}

/** Whether this computer's own version already holds every group of the record (a note too long to travel stays as it is here). */
function holds(mine: SyncRecord | undefined, record: LiveRecord): boolean {
  return !!mine && !isDeleted(mine) && GROUP_NAMES.every((name) => sameGroup(record[name], mine[name]));
}

const changedAt = (record: SyncRecord) => (isDeleted(record) ? record.deleted : lastChange(record));

/**
 * Two computers that each set a follow-up on one thread: the thread keeps one promise, the one
 * set last (equal times: the larger id, so both computers keep the same one). The other is deleted
 * everywhere. Two that are both here already (an import can bring them) are not sync's to judge:
 * they stay.
 */
function dropDuplicates(merged: Map<string, SyncRecord>, local: ReadonlyMap<string, FollowUp>, now: number): void {
  const byThread = new Map<string, string>();
  for (const [id, record] of merged) {
    if (isDeleted(record) || !record.i.threadId || !isActive({ status: record.s.status! })) continue;
    const thread = `${record.i.account}/${record.i.threadId}`;
    const other = byThread.get(thread);
    if (other === undefined) {
      byThread.set(thread, id);
      continue;
    }
    if (local.has(id) && local.has(other)) continue;
    const otherRecord = merged.get(other) as LiveRecord;
    const keep = otherRecord.i.createdAt! > record.i.createdAt! || (otherRecord.i.createdAt === record.i.createdAt && other > id) ? other : id;
    const lose = keep === id ? other : id;
    byThread.set(thread, keep);
    merged.set(lose, { deleted: Math.max(now, lastChange(merged.get(lose) as LiveRecord) + 1) });
  }
}

/** The records storage.sync should hold: ends and deletions first (small, and they stop reminders), then the active ones soonest due, within the budget. */
function choose(
  merged: ReadonlyMap<string, SyncRecord>,
  shadows: ReadonlyMap<string, SyncRecord>,
  remote: ReadonlyMap<string, unknown>,
  now: number,
  budget: { bytes: number; items: number },
): Map<string, SyncRecord> {
  const endings: Array<[string, SyncRecord]> = [];
  const active: Array<[string, LiveRecord]> = [];
  for (const [id, record] of merged) {
    if (!isDeleted(record) && isActive({ status: record.s.status! })) active.push([id, record]);
    // Others never heard of one that was never synced: it need not travel.
    else if (now - changedAt(record) <= KEEP_ENDED_MS && (shadows.has(id) || remote.has(id))) endings.push([id, record]);
  }
  endings.sort(([, a], [, b]) => changedAt(b) - changedAt(a));
  active.sort(([a, x], [b, y]) => x.s.dueAt! - y.s.dueAt! || (a < b ? -1 : 1));
  const chosen = new Map<string, SyncRecord>();
  let bytes = 0;
  for (const [id, record] of [...endings, ...active]) {
    const size = recordBytes(id, record);
    if (size > QUOTA_BYTES_PER_ITEM || bytes + size > budget.bytes || chosen.size >= budget.items) continue;
    chosen.set(id, record);
    bytes += size;
  }
  return chosen;
}
