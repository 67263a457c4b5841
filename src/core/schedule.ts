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
import { isActive } from './followUp';

const HOUR = 3_600_000;

/** How long before the due time each pre-check runs, farthest first. */
export const CHECKS_BEFORE_DUE = [24 * HOUR, 8 * HOUR, 2 * HOUR] as const;

/** After a reminder fired, keep looking for a late reply this often, for this long. */
export const OVERDUE_CHECK_INTERVAL = 6 * HOUR;
export const OVERDUE_CHECK_WINDOW = 14 * 24 * HOUR;

type Scheduling = Pick<FollowUp, 'status' | 'dueAt' | 'condition' | 'firedAt'>;

/** The next moment to check or fire this follow-up, or undefined when there is nothing left to do. */
export function nextCheckAt(followUp: Scheduling, now: number): number | undefined {
  if (!isActive(followUp)) return undefined;
  if (followUp.firedAt !== undefined) {
    // Fired and not yet answered: a late reply should still close it.
    if (followUp.condition !== 'if-no-reply') return undefined;
    const next = now + OVERDUE_CHECK_INTERVAL;
    return next - followUp.firedAt <= OVERDUE_CHECK_WINDOW ? next : undefined;
  }
  if (followUp.condition === 'always') return followUp.dueAt;
  const preCheck = CHECKS_BEFORE_DUE.map((lead) => followUp.dueAt - lead).find((at) => at > now);
  return preCheck ?? followUp.dueAt;
}

/** Due and not yet fired: the reminder should go out now. */
export function shouldFire(followUp: Scheduling, now: number): boolean {
  return isActive(followUp) && followUp.firedAt === undefined && followUp.dueAt <= now;
}
