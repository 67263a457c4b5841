/**
 * Turns a user's choice ("in 3 business days", "next Tuesday") into a due
 * time. Pure: the base time is an argument, and the time zone is the
 * runtime's (tests pin TZ).
 */
import { addDays, addWeeks, set } from 'date-fns';
import { addBusinessDays, DEFAULT_WORK_DAYS } from './dates/workWeek';

export const DEFAULT_REMINDER_HOUR = 9;

export const PRESETS = ['tomorrow', 'in-2-business-days', 'in-3-business-days', 'in-1-week', 'in-2-weeks'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * What the user picked: a preset counted from the send time, any number of business days (the
 * default for new messages, 1–30 in the options), or an exact time (typed phrase, date picker).
 */
export type Choice =
  | { kind: 'preset'; preset: Preset }
  | { kind: 'business-days'; days: number }
  | { kind: 'at'; dueAt: number };

export interface DueOptions {
  reminderHour?: number;
  workDays?: readonly number[];
}

/**
 * A preset names a day, not an instant: the follow-up comes due at the
 * user's reminder hour on that day, in their time zone — the moment they
 * would sit down to work through replies. `base` is when the message goes
 * out: now, or the time a scheduled send is due.
 */
export function dueAtForPreset(preset: Preset, base: number, options: DueOptions = {}): number {
  return atReminderHour(presetDay(preset, new Date(base), options.workDays ?? DEFAULT_WORK_DAYS), options);
}

export function dueAtForChoice(choice: Choice, base: number, options: DueOptions = {}): number {
  switch (choice.kind) {
    case 'at':
      return choice.dueAt;
    case 'preset':
      return dueAtForPreset(choice.preset, base, options);
    case 'business-days':
      return atReminderHour(addBusinessDays(new Date(base), choice.days, options.workDays ?? DEFAULT_WORK_DAYS), options);
  }
}

/** The user's reminder hour on that day, in their time zone. */
export function atReminderHour(day: Date, { reminderHour = DEFAULT_REMINDER_HOUR }: DueOptions): number {
  if (!Number.isInteger(reminderHour) || reminderHour < 0 || reminderHour > 23) {
    throw new RangeError(`reminder hour must be 0-23, got ${reminderHour}`);
  }
  return set(day, { hours: reminderHour, minutes: 0, seconds: 0, milliseconds: 0 }).getTime();
}

function presetDay(preset: Preset, from: Date, workDays: readonly number[]): Date {
  switch (preset) {
    case 'tomorrow':
      return addDays(from, 1);
    case 'in-2-business-days':
      return addBusinessDays(from, 2, workDays);
    case 'in-3-business-days':
      return addBusinessDays(from, 3, workDays);
    case 'in-1-week':
      return addWeeks(from, 1);
    case 'in-2-weeks':
      return addWeeks(from, 2);
  }
}
