/**
 * Did the user follow through? Follow-ups made when promised, and how follow-ups turned out,
 * month by month. Pure; `now` is an argument; days and months are the runtime's local ones.
 *
 * - made: a follow-up the user made for a reminder (`FollowUp.made`: a message in the thread
 *   after the reminder came, or a step by hand marked done), with the time the reminder was set
 *   for. Snoozing does not move that time; setting or rescheduling a reminder does.
 * - on time: made by the end of the day it was promised for (a reminder at 9:00 answered that
 *   afternoon was on time), or before. Follow-ups made before this was kept have no promise
 *   on record and are not counted at all: unknown, not late.
 * - outcomes by month: the outcomes the user recorded (outcome.ts), by the month of recording.
 */
import { addMonths, endOfDay, startOfMonth } from 'date-fns';
import type { FollowUp } from './followUp';
import { OUTCOME_KINDS, type OutcomeKind } from './outcome';

export interface PromisesKept {
  made: number;
  onTime: number;
  /** onTime / made, or null before any was made. */
  rate: number | null;
}

export function promisesKept(followUps: ReadonlyArray<Pick<FollowUp, 'made'>>): PromisesKept {
  let made = 0;
  let onTime = 0;
  for (const f of followUps) {
    for (const entry of f.made ?? []) {
      made += 1;
      if (entry.at <= endOfDay(entry.promisedAt).getTime()) onTime += 1;
    }
  }
  return { made, onTime, rate: made === 0 ? null : onTime / made };
}

export const MONTHS_SHOWN = 6;

export interface MonthOutcomes {
  /** The 1st, 00:00 local. */
  monthStart: number;
  counts: Record<OutcomeKind, number>;
}

/** The last MONTHS_SHOWN months including `now`'s, oldest first, months with none included. */
export function outcomesByMonth(followUps: ReadonlyArray<Pick<FollowUp, 'outcome'>>, now: number): MonthOutcomes[] {
  const first = addMonths(startOfMonth(now), -(MONTHS_SHOWN - 1));
  const months = Array.from({ length: MONTHS_SHOWN }, (_, i) => ({
    monthStart: addMonths(first, i).getTime(),
    counts: Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, 0])) as Record<OutcomeKind, number>,
  }));
  for (const { outcome } of followUps) {
    if (!outcome) continue;
    const month = months.findLast((m) => m.monthStart <= outcome.at);
    // Older than the months shown, or recorded in a month ahead of the clock: not in this view.
    if (month && outcome.at < addMonths(month.monthStart, 1).getTime()) month.counts[outcome.kind] += 1;
  }
  return months;
}
