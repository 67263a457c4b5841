/**
 * When the engine next has work for a follow-up. Pure: `now` is an argument.
 *
 * A follow-up that fires only if nobody replied is checked for a reply a day
 * before it comes due, again closer to it, and once more at the due time —
 * so a reply is found early (the popup shows it) and the due moment itself
 * rarely needs a request to Gmail. One that fires "always" has work only at
 * its due time.
 */
import type { FollowUp } from './followUp';
import { isActive, looksAtThread } from './followUp';

const HOUR = 3_600_000;

/** How long before the due time each pre-check runs, farthest first. */
export const CHECKS_BEFORE_DUE = [24 * HOUR, 8 * HOUR, 2 * HOUR] as const;

/** After a reminder fired, keep looking for a late reply this often, for this long. */
export const OVERDUE_CHECK_INTERVAL = 6 * HOUR;
export const OVERDUE_CHECK_WINDOW = 14 * 24 * HOUR;

/**
 * A new follow-up's baseline (what the thread held when it was set) is recorded as soon as
 * the thread is known: at once, then every minute while Gmail may still be sending the
 * message (Undo send holds it up to 30 s), then hourly.
 */
export const BASELINE_RETRY_SOON = 60_000;
export const BASELINE_RETRY_LATER = HOUR;
export const BASELINE_SOON_WINDOW = 10 * 60_000;

type Scheduling = Pick<FollowUp, 'status' | 'dueAt' | 'condition' | 'firedAt'> &
  Partial<Pick<FollowUp, 'unshown' | 'tracking' | 'baseline' | 'threadPermId' | 'replyCheck' | 'createdAt' | 'setElsewhere'>>;

/** The next moment to check or fire this follow-up, or undefined when there is nothing left to do. */
export function nextCheckAt(followUp: Scheduling, now: number): number | undefined {
  const regular = regularCheckAt(followUp, now);
  const baseline = baselineAt(followUp, now);
  return regular === undefined || baseline === undefined ? regular : Math.min(regular, baseline);
}

/** When to try to record the baseline; undefined when there is none to record, or no hurry (follow-ups from before v3). */
function baselineAt(followUp: Scheduling, now: number): number | undefined {
  if (!followUp.tracking || followUp.baseline || !followUp.threadPermId || !looksAtThread(followUp.condition)) return undefined;
  if (!recordsBaselineHere(followUp)) return undefined;
  const tried = followUp.replyCheck?.checkedAt;
  if (tried === undefined) return now;
  const soon = tried - (followUp.createdAt ?? tried) < BASELINE_SOON_WINDOW;
  return tried + (soon ? BASELINE_RETRY_SOON : BASELINE_RETRY_LATER);
}

function regularCheckAt(followUp: Scheduling, now: number): number | undefined {
  if (!isActive(followUp)) return undefined;
  if (followUp.firedAt !== undefined) {
    // Fired, but the worker stopped before it was shown: the next run shows it. Queued at its
    // due time, not its firing time, so a clock set back since still finds it owed.
    if (followUp.unshown) return Math.min(followUp.dueAt, followUp.firedAt);
    // Fired and not yet answered: a late reply (theirs, or the user's to a reply-by) should still close it.
    if (!looksAtThread(followUp.condition)) return undefined;
    const next = now + OVERDUE_CHECK_INTERVAL;
    return next - followUp.firedAt <= OVERDUE_CHECK_WINDOW ? next : undefined;
  }
  if (followUp.condition === 'always') return followUp.dueAt;
  const preCheck = CHECKS_BEFORE_DUE.map((lead) => followUp.dueAt - lead).find((at) => at > now);
  return preCheck ?? followUp.dueAt;
}

/**
 * Whether this computer may record what the thread held when the follow-up was set. Not for one
 * set on a thread on another computer: everything the thread holds counts as "before", so a
 * record made here later would take a reply that came since for part of the thread. (Set from
 * compose, the place is the sent message itself, found the same from anywhere.)
 */
export function recordsBaselineHere(followUp: Pick<FollowUp, 'tracking' | 'setElsewhere'>): boolean {
  return !(followUp.setElsewhere && followUp.tracking?.kind === 'thread');
}

/** Fired and still open, but not shown yet: the engine owes the user this reminder. */
export function awaitsShowing(followUp: Scheduling): boolean {
  return isActive(followUp) && followUp.firedAt !== undefined && followUp.unshown === true;
}

/** Due and not yet fired: the reminder should go out now. */
export function shouldFire(followUp: Scheduling, now: number): boolean {
  return isActive(followUp) && followUp.firedAt === undefined && followUp.dueAt <= now;
}
