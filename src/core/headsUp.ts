/**
 * The heads-up before a step of a plan: for steps that need preparation (a call, a meeting, a
 * proposal to revise), a notice the work day before, at the time the step comes due. The user
 * turns it on per plan in the options. Pure: `now` and the settings are arguments.
 *
 * It is a courtesy, never the reminder: it says what comes tomorrow, changes nothing, and a
 * heads-up missed (the browser was closed) is not shown late once the step itself is due.
 */
import { subDays } from 'date-fns';
import { isActive, type FollowUp } from './followUp';
import { DEFAULT_WORK_DAYS, isWorkDay } from './dates/workWeek';

export interface HeadsUpOptions {
  /** Plans whose steps get a heads-up, by id. */
  headsUpPlans: readonly string[];
  workDays?: readonly number[];
}

/**
 * Steps due within this time are looked at for a heads-up: the work day before a step is never
 * more than a week back. While any plan has heads-ups on, the engine looks again at least every
 * HEADS_UP_LOOK_EVERY, so every step is seen well before its heads-up.
 */
export const HEADS_UP_HORIZON = 8 * 86_400_000;
export const HEADS_UP_LOOK_EVERY = 86_400_000;

/** The work day before `dueAt`, at the same time of day. */
export function headsUpAt(dueAt: number, workDays: readonly number[] = DEFAULT_WORK_DAYS): number {
  let day = subDays(new Date(dueAt), 1);
  for (let i = 0; i < 7 && !isWorkDay(day, workDays); i++) day = subDays(day, 1);
  return day.getTime();
}

type Candidate = Pick<FollowUp, 'status' | 'dueAt' | 'firedAt' | 'plan' | 'headsUpFor'>;

/** A step of a plan with heads-up on, not yet due, whose heads-up has not been given. */
function wantsHeadsUp(followUp: Candidate, now: number, options: HeadsUpOptions): boolean {
  return (
    isActive(followUp) &&
    followUp.firedAt === undefined &&
    followUp.plan !== undefined &&
    options.headsUpPlans.includes(followUp.plan.planId) &&
    followUp.headsUpFor !== followUp.dueAt &&
    followUp.dueAt > now
  );
}

/** Whether its heads-up is owed now. */
export function headsUpOwed(followUp: Candidate, now: number, options: HeadsUpOptions): boolean {
  return wantsHeadsUp(followUp, now, options) && headsUpAt(followUp.dueAt, options.workDays) <= now;
}

/** When the next heads-up among these is owed: `now` when one already is; undefined when none will be. */
export function nextHeadsUpAt(followUps: readonly Candidate[], now: number, options: HeadsUpOptions): number | undefined {
  const times = followUps.filter((f) => wantsHeadsUp(f, now, options)).map((f) => headsUpAt(f.dueAt, options.workDays));
  return times.length === 0 ? undefined : Math.max(now, Math.min(...times));
}
