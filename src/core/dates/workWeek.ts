/**
 * Work days and work weeks, in the runtime's local time zone. Days are
 * numbered like Date#getDay: 0 = Sunday … 6 = Saturday. Every function keeps
 * the local time of day of the date it is given (date-fns moves by calendar
 * days, so a DST change does not shift 09:00 to 08:00).
 */
import { addDays } from 'date-fns';

export const DEFAULT_WORK_DAYS: readonly number[] = [1, 2, 3, 4, 5];

/** The first and last work day of one work week. */
export interface WorkWeek {
  first: Date;
  last: Date;
}

export function isWorkDay(date: Date, workDays: readonly number[] = DEFAULT_WORK_DAYS): boolean {
  return workDaySet(workDays).has(date.getDay());
}

/** The first work day strictly after `from`'s day. */
export function nextWorkDay(from: Date, workDays: readonly number[] = DEFAULT_WORK_DAYS): Date {
  return addBusinessDays(from, 1, workDays);
}

/**
 * `n` work days after `from` (days off are skipped, `from` itself never
 * counts): 1 business day from a Friday or a Saturday is the Monday.
 * 0 returns `from` unchanged.
 */
export function addBusinessDays(from: Date, n: number, workDays: readonly number[] = DEFAULT_WORK_DAYS): Date {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`business days must be a whole number >= 0, got ${n}`);
  const days = workDaySet(workDays);
  if (n === 0) return new Date(from.getTime());
  // Any 7 consecutive days hold each work day once, so whole weeks are one
  // jump; the walk that follows is at most 7 days, however large n is.
  const wholeWeeks = Math.floor((n - 1) / days.size);
  let date = addDays(from, 7 * wholeWeeks);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${n} business days is beyond the calendar`);
  for (let left = n - wholeWeeks * days.size; left > 0; ) {
    date = addDays(date, 1);
    if (days.has(date.getDay())) left--;
  }
  return date;
}

/**
 * The work week `date` belongs to. A week begins on the first work day after
 * the longest run of days off (Monday for Mon–Fri, Sunday for Sun–Thu). Days
 * off after a week's last work day already belong to the coming week: said
 * on a Sunday, "this week" means the days ahead, not the ones just finished.
 */
export function workWeekOf(date: Date, workDays: readonly number[] = DEFAULT_WORK_DAYS): WorkWeek {
  const days = workDaySet(workDays);
  const start = weekStartDay(days);
  const offsetOf = (day: number) => (day - start + 7) % 7;
  const lastOffset = Math.max(...[...days].map(offsetOf));
  const offset = offsetOf(date.getDay());
  const first = addDays(date, offset > lastOffset ? 7 - offset : -offset);
  return { first, last: addDays(first, lastOffset) };
}

function weekStartDay(days: ReadonlySet<number>): number {
  let best = -1;
  let bestGap = -1;
  // Monday first, so ties (and a seven-day week) start on Monday.
  for (const day of [1, 2, 3, 4, 5, 6, 0]) {
    if (!days.has(day)) continue;
    let gap = 0;
    while (gap < 6 && !days.has((day - gap + 6) % 7)) gap++;
    if (gap > bestGap) {
      best = day;
      bestGap = gap;
    }
  }
  return best;
}

function workDaySet(workDays: readonly number[]): ReadonlySet<number> {
  if (workDays.length === 0) throw new RangeError('work days must not be empty');
  for (const day of workDays) {
    if (!Number.isInteger(day) || day < 0 || day > 6) {
      throw new RangeError(`work days are 0-6 (Sunday-Saturday), got ${day}`);
    }
  }
  return new Set(workDays);
}
