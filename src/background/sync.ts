/**
 * Carries out sync passes (core/sync/syncPass.ts): reads storage.sync, merges it with this
 * computer's follow-ups in one database transaction, then writes what changed back.
 *
 * A pass runs at start, after every change here (a second later, so a burst of changes makes
 * one write) and whenever storage.sync changes (another computer's write, as the browser's sync
 * delivers it: a tenth of a second later). Our own writes come back as changes too; they are what
 * the pass left as its shadows, and make no pass: each would spend one of the minute's passes.
 * Passes run one at a time, at most PASSES_PER_MINUTE in any minute, which keeps within
 * storage.sync's 120 writes a minute and 1,800 an hour with the settings' writes beside them: a
 * pass writes at most twice (a set and a remove), so even passes without pause come to 1,440
 * writes an hour. A pass stopped midway leaves nothing half done: the database part is one
 * transaction, and a later pass writes to storage.sync whatever it still lacks (the shadows only
 * decide which side changed a group).
 */
import { isActive } from '../core/followUp';
import { log } from '../core/log';
import { DEFAULT_BUDGET, planPass, type PassPlan } from '../core/sync/syncPass';
import { canonical, SYNC_KEY_PREFIX, syncKey } from '../core/sync/syncRecord';
import { writeFailure, type WriteFailure } from '../settings/settingsWriter';
import type { FollowthroughDb } from '../storage/db';
import { MAX_ONLY_HERE_IDS, type SyncState } from '../storage/syncState';
import { oneAtATime } from './oneAtATime';
import { countActive, listActiveByDue, scheduled } from '../storage/followUps';
import { hexToPermId } from '../gmail/ids';

export const PASSES_PER_MINUTE = 12;
export const GATHER_MS = 1_000;
/** Another computer's changes arrive together (one storage.sync change): no need to wait for more. */
const INCOMING_GATHER_MS = 100;
const MINUTE = 60_000;
/** After storage.sync refused a write, the next try: its per-minute window is free again by then. */
export const RETRY_AFTER_MS = 60_000;

export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface SyncDeps {
  db: FollowthroughDb;
  now: () => number;
  area: SyncArea;
  enabled: () => Promise<boolean>;
  /** Follow-ups changed here by a pass: `ended` are the ones that were active and no longer are. */
  changedHere: (ended: string[]) => void;
  saveState: (state: SyncState) => Promise<void>;
  setTimer?: (run: () => void, ms: number) => void;
}

export interface Sync {
  /** A pass soon: after `gather` ms (GATHER_MS), or once the last minute has had fewer than PASSES_PER_MINUTE. */
  soon(gather?: number): void;
  /** A pass now (or right after the one running), resolved when it is done. */
  now(): Promise<void>;
  /** storage.sync changed (storage.onChanged): a pass soon, unless every change is our own write. */
  incoming(changes: Record<string, { newValue?: unknown }>): Promise<void>;
  /** Sync was turned off: our records leave storage.sync; every follow-up stays where it is. */
  turnedOff(): Promise<void>;
}

export function createSync(deps: SyncDeps): Sync {
  const setTimer = deps.setTimer ?? ((run, ms) => void setTimeout(run, ms));
  let timerSet = false;
  /** When the passes of the last minute started, oldest first. */
  const recent: number[] = [];

  const now = oneAtATime(async () => {
    recent.push(deps.now());
    while (recent.length > 0 && recent[0]! <= deps.now() - MINUTE) recent.shift();
    const failure = await pass(deps).catch((error: unknown) => log.error('sync pass failed', error));
    // Refused (too many writes, most likely): tried again once the quota's window has passed.
    if (failure) setTimer(() => void now(), RETRY_AFTER_MS);
  });

  function soon(gather = GATHER_MS) {
    if (timerSet) return;
    timerSet = true;
    const full = recent.length >= PASSES_PER_MINUTE ? recent[recent.length - PASSES_PER_MINUTE]! + MINUTE - deps.now() : 0;
    const wait = Math.max(gather, full);
    setTimer(() => {
      timerSet = false;
      void now();
    }, wait);
  }

  async function turnedOff() {
    const keys = Object.keys(await deps.area.get(null)).filter((key) => key.startsWith(SYNC_KEY_PREFIX));
    if (keys.length > 0) await deps.area.remove(keys);
    await deps.db.syncShadows.clear();
  }

  async function incoming(changes: Record<string, { newValue?: unknown }>) {
    const keys = Object.keys(changes).filter((key) => key.startsWith(SYNC_KEY_PREFIX));
    if (keys.length === 0) return;
    const shadows = await deps.db.syncShadows
      .bulkGet(keys.map((key) => key.slice(SYNC_KEY_PREFIX.length)))
      .catch((error: unknown) => log.error('reading the sync shadows failed', error));
    // A record as the last pass left it (or gone, as it left it) is our own write coming back;
    // Chrome hands it back with its keys sorted, hence the canonical form.
    const ours = shadows !== undefined && keys.every((key, i) => canonical(changes[key]?.newValue) === canonical(shadows[i]?.record));
    if (!ours) soon(INCOMING_GATHER_MS);
  }

  return { soon, now, incoming, turnedOff };
}

/** One pass; returns why storage.sync refused its write, if it did. */
async function pass(deps: SyncDeps): Promise<WriteFailure | undefined> {
  if (!(await deps.enabled())) return undefined;
  const items = await deps.area.get(null);
  const remote = new Map(
    Object.entries(items)
      .filter(([key]) => key.startsWith(SYNC_KEY_PREFIX))
      .map(([key, value]) => [key.slice(SYNC_KEY_PREFIX.length), value]),
  );
  const now = deps.now();
  const { db } = deps;
  const plan = await db.transaction('rw', db.followUps, db.syncShadows, async () => {
    const shadows = new Map((await db.syncShadows.toArray()).map((shadow) => [shadow.id, shadow.record]));
    // The active ones that could fit, soonest due first, and every one sync knows of.
    const local = new Map((await listActiveByDue(db, DEFAULT_BUDGET.items)).map((f) => [f.id, f]));
    const known = [...new Set([...shadows.keys(), ...remote.keys()])].filter((id) => !local.has(id));
    for (const f of await db.followUps.bulkGet(known)) if (f) local.set(f.id, f);
    const decided = planPass({ local, shadows, remote, now });
    // The thread's other id is derived here, never taken from the record (gmail/ids.ts).
    await db.followUps.bulkPut(decided.store.map(({ after }) => scheduled({ ...after, threadPermId: hexToPermId(after.threadId) ?? '' }, now)));
    await db.followUps.bulkDelete(decided.remove.map((f) => f.id));
    await db.syncShadows.clear();
    await db.syncShadows.bulkPut([...decided.shadows].map(([id, record]) => ({ id, record })));
    // Only the first of the active ones were read: the rest are only here too.
    return { ...decided, onlyHereCount: (await countActive(db)) - decided.synced.length };
  });
  if (plan.unreadable.length > 0) log.warn(`sync: ${plan.unreadable.length} records could not be read and were left alone`);
  const failure = await write(deps.area, plan);
  await deps.saveState({
    at: now,
    synced: plan.synced.length,
    onlyHere: plan.onlyHereCount,
    onlyHereIds: plan.onlyHere.slice(0, MAX_ONLY_HERE_IDS),
    unreadable: plan.unreadable.length,
    ...(failure ? { failure } : {}),
  });
  const ended = [
    ...plan.store.filter(({ before, after }) => before && isActive(before) && !isActive(after)).map(({ after }) => after.id),
    ...plan.remove.filter(isActive).map((f) => f.id),
  ];
  if (plan.store.length > 0 || plan.remove.length > 0) deps.changedHere(ended);
  return failure;
}

/** Writes the pass's records; returns why storage.sync refused, if it did. */
async function write(area: SyncArea, plan: PassPlan): Promise<WriteFailure | undefined> {
  try {
    if (plan.write.size > 0) await area.set(Object.fromEntries([...plan.write].map(([id, record]) => [syncKey(id), record])));
    if (plan.drop.length > 0) await area.remove(plan.drop.map(syncKey));
    return undefined;
  } catch (error) {
    const failure = writeFailure(error);
    log.warn(`sync: storage.sync refused a write (${failure})`);
    return failure;
  }
}
