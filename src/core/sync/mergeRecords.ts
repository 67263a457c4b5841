/**
 * The rules by which two computers' versions of a follow-up become one. Pure.
 *
 * - The latest change wins, group by group (syncRecord.ts): a note written on the laptop and a
 *   snooze on the desktop both stay.
 * - An end (done, replied, cancelled) is not undone by a change made on a computer that had not
 *   heard of it: snoozing there, offline, after it was marked done here, leaves it done. A change
 *   made knowing of the end (undo, on either computer) wins as the latest.
 * - A deletion wins over every change made before it, and loses to one made after.
 * - Equal times are settled by the content, so both computers settle them the same way.
 * The merge gives the same result on both computers whatever order the versions arrive in.
 */
import { isActive, MAX_MADE, type FollowUp } from '../followUp';
import { withNote } from '../noteHistory';
import {
  canonical,
  GROUP_NAMES,
  GROUPS,
  isDeleted,
  joinMade,
  type GroupName,
  type DeletedRecord,
  type GroupValue,
  type LiveRecord,
  type SyncRecord,
  SYNCED_MADE,
} from './syncRecord';

export function mergeRecords(a: SyncRecord, b: SyncRecord): SyncRecord {
  if (isDeleted(a) || isDeleted(b)) {
    if (isDeleted(a) && isDeleted(b)) return a.deleted >= b.deleted ? a : b;
    const [gone, live] = (isDeleted(a) ? [a, b] : [b, a]) as [DeletedRecord, LiveRecord];
    return lastChange(live) > gone.deleted ? live : gone;
  }
  const s = mergeState(a.s, b.s);
  return {
    i: later(a.i, b.i),
    s: withMade(s, joinMade(a.s.made, b.s.made)?.slice(-SYNCED_MADE)),
    n: later(a.n, b.n),
    c: later(a.c, b.c),
    o: later(a.o, b.o),
  };
}

/** When the follow-up last changed, by any group. */
export function lastChange(record: LiveRecord): number {
  return Math.max(...GROUP_NAMES.map((name) => record[name].t));
}

function withMade(state: GroupValue<'s'>, made: GroupValue<'s'>['made']): GroupValue<'s'> {
  const { made: _made, ...rest } = state;
  return made ? { ...rest, made } : rest;
}

function later<T extends { t: number }>(a: T, b: T): T {
  if (a.t !== b.t) return a.t > b.t ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

const ended = (state: GroupValue<'s'>) => !isActive({ status: state.status! });

function mergeState(a: GroupValue<'s'>, b: GroupValue<'s'>): GroupValue<'s'> {
  const newer = later(a, b);
  const older = newer === a ? b : a;
  if (ended(older) && !ended(newer) && newer.b < older.t) return older;
  return newer;
}

/**
 * The local follow-up with the record's groups in place: a new one when there was none here
 * (`setElsewhere`; its `threadPermId`, derived from the thread id, is the caller's to set). What stays local is kept; a reminder fired elsewhere counts as shown here; a
 * note replaced joins the note history. `updatedAt` becomes `now`, so an engine decision made on
 * the version before is not applied over it.
 */
export function applyRecord(id: string, local: FollowUp | undefined, record: LiveRecord, now: number): FollowUp {
  let next: FollowUp = local
    ? { ...local }
    : ({ id, note: '', threadPermId: '', setElsewhere: true } as unknown as FollowUp);
  for (const name of ['i', 's', 'c', 'o'] as const satisfies readonly GroupName[]) {
    next = withGroup(next, name, record[name], local);
  }
  // The note goes through the history, so the words it replaces are kept.
  next = withNote(next, record.n.note ?? '', record.n.noteAt ?? now);
  if (record.n.noteAt === undefined) delete next.noteAt;
  else next.noteAt = record.n.noteAt;
  // A reminder fired elsewhere was shown there; one fired here is still owed here until shown.
  if (next.firedAt === undefined || next.firedAt !== local?.firedAt) delete next.unshown;
  next.made = joinMade(local?.made, next.made)?.slice(-MAX_MADE);
  if (!next.made) delete next.made;
  next.updatedAt = Math.max(now, local ? local.updatedAt + 1 : now);
  return next;
}

function withGroup<G extends GroupName>(followUp: FollowUp, name: G, value: GroupValue<G>, local: FollowUp | undefined): FollowUp {
  const next = { ...followUp } as Record<string, unknown>;
  const fields = value as Record<string, unknown>;
  for (const field of GROUPS[name]) {
    if (field === 'baseline' && keepLocalBaseline(local, fields.baseline as FollowUp['baseline'])) continue;
    // This computer's own checks stay; only the answer that ended it comes with the state.
    if (field === 'replyCheck' && fields.replyCheck === undefined) continue;
    if (fields[field] === undefined) delete next[field];
    else next[field] = fields[field];
  }
  return next as unknown as FollowUp;
}

/** The same place in the thread, recorded here in full: the travelled tail adds nothing. */
function keepLocalBaseline(local: FollowUp | undefined, remote: FollowUp['baseline']): boolean {
  return !!local?.baseline && !!remote && local.baseline.recordedAt === remote.recordedAt;
}
