/**
 * Turns a user's choice ("in 3 days") into a due time. Pure: `now` is an
 * argument, and the time zone is the runtime's (tests pin TZ).
 */
import { addDays, addWeeks, set } from 'date-fns';

export const DEFAULT_REMINDER_HOUR = 9;

export const PRESETS = ['tomorrow', 'in-3-days', 'in-1-week', 'in-2-weeks'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * A preset names a day, not an instant: the follow-up comes due at the
 * user's reminder hour on that day, in their time zone — the moment they
 * would sit down to work through replies.
 */
export function dueAtForPreset(preset: Preset, now: number, reminderHour = DEFAULT_REMINDER_HOUR): number {
  if (!Number.isInteger(reminderHour) || reminderHour < 0 || reminderHour > 23) {
    throw new RangeError(`reminder hour must be 0-23, got ${reminderHour}`);
  }
  const day = presetDay(preset, new Date(now));
  return set(day, { hours: reminderHour, minutes: 0, seconds: 0, milliseconds: 0 }).getTime();
}

function presetDay(preset: Preset, today: Date): Date {
  switch (preset) {
    case 'tomorrow':
      return addDays(today, 1);
    case 'in-3-days':
      return addDays(today, 3);
    case 'in-1-week':
      return addWeeks(today, 1);
    case 'in-2-weeks':
      return addWeeks(today, 2);
  }
}
