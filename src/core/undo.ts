/**
 * Undo of a user's action, as a record of what the action did rather than a
 * copy of the whole follow-up: undo puts back only those fields, and only
 * while the follow-up still is as the action left it. Pure rules, no storage.
 *
 * "As the action left it" compares the action's fields, not updatedAt: other
 * writes that leave them alone (a note set in another window, the engine
 * recording a reply check that found nothing) must not block the undo, and
 * the undo keeps them. A write to those fields (a reply closed it, the
 * reminder fired, another window snoozed it) does block it.
 */
import type { FollowUp } from './followUp';

/**
 * The fields the undoable actions (done, snooze, reschedule) change. `unshown` goes with
 * `firedAt`: undoing the snooze of a reminder that was owed but never shown owes it again;
 * `promisedAt` with `dueAt`: undoing a reschedule puts back the time it was promised for.
 */
export type Footprint = Pick<FollowUp, 'status' | 'dueAt' | 'promisedAt' | 'firedAt' | 'unshown'>;

export type Undo =
  /** A change in place: the footprint before and after the action. */
  | { kind: 'edit'; id: string; before: Footprint; after: Footprint }
  /** A deletion: the follow-up as it was, without the engine's queue position (recomputed when it comes back). */
  | { kind: 'recreate'; followUp: FollowUp };

/** `changed`: it is no longer as the action left it; `exists`: a deleted one is there again, or its thread has an active one. */
export type UndoOutcome = 'undone' | 'changed' | 'exists';

export function footprint({ status, dueAt, promisedAt, firedAt, unshown }: FollowUp): Footprint {
  return {
    status,
    dueAt,
    ...(promisedAt === undefined ? {} : { promisedAt }),
    ...(firedAt === undefined ? {} : { firedAt }),
    ...(unshown ? { unshown } : {}),
  };
}

export function editUndo(before: FollowUp, after: FollowUp): Undo {
  return { kind: 'edit', id: after.id, before: footprint(before), after: footprint(after) };
}

export function recreateUndo(deleted: FollowUp): Undo {
  const { nextCheckAt: _queue, ...followUp } = deleted;
  return { kind: 'recreate', followUp };
}

export function stillAsLeft(current: FollowUp, after: Footprint): boolean {
  return (
    current.status === after.status &&
    current.dueAt === after.dueAt &&
    current.promisedAt === after.promisedAt &&
    current.firedAt === after.firedAt &&
    current.unshown === after.unshown
  );
}

/** The current follow-up with the action's fields put back, everything else (a newer note, checks) kept. */
export function withFootprint(current: FollowUp, before: Footprint): FollowUp {
  const { promisedAt: _promised, firedAt: _fired, unshown: _owed, ...rest } = current;
  return { ...rest, ...before };
}

/**
 * An undo is a new change: updatedAt moves forward, never back to the old copy's, so a stale
 * engine decision based on the version before the undo can never apply (applyIfUnchanged).
 */
export function undoneAt(previous: number, now: number): number {
  return Math.max(now, previous + 1);
}
