/**
 * How far away a due time is, in words: "Due in 3 hours", "Due tomorrow",
 * "Due in 2 days", "3 days overdue". Days are calendar days in the runtime's
 * zone, the way people count them ("due Friday" seen on Wednesday evening is
 * "in 2 days"); under a day, whole hours (rounded); under an hour, minutes. Overdue counts
 * elapsed time first, so a follow-up due at 23:00 is "2 hours overdue" at
 * 01:00, not "1 day". Pure but for `t()`; `now` and the locale are arguments.
 */
import { differenceInCalendarDays } from 'date-fns';
import { t } from '../ui/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'minute' | 'hour' | 'day';

// One formatter per locale and unit: a list of thousands of rows must not build one per row.
const relative = new Map<string, Intl.RelativeTimeFormat>();
const durations = new Map<string, Intl.NumberFormat>();

function inTime(amount: number, unit: Unit, locale: string): string {
  let format = relative.get(locale);
  if (!format) relative.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format.format(amount, unit);
}

function duration(amount: number, unit: Unit, locale: string): string {
  const key = `${locale} ${unit}`;
  let format = durations.get(key);
  if (!format) durations.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })));
  return format.format(amount);
}

export function dueInWords(dueAt: number, now: number, locale: string): string {
  const ahead = dueAt - now;
  if (Math.abs(ahead) < MINUTE) return t('popupDueNow');
  if (ahead > 0) {
    const days = differenceInCalendarDays(dueAt, now);
    if (ahead < HOUR) return t('popupDueIn', inTime(Math.floor(ahead / MINUTE), 'minute', locale));
    if (days === 0) return t('popupDueIn', inTime(Math.round(ahead / HOUR), 'hour', locale));
    return t('popupDueIn', inTime(days, 'day', locale));
  }
  const late = -ahead;
  if (late < HOUR) return t('popupOverdue', duration(Math.floor(late / MINUTE), 'minute', locale));
  if (late < DAY) return t('popupOverdue', duration(Math.round(late / HOUR), 'hour', locale));
  return t('popupOverdue', duration(differenceInCalendarDays(now, dueAt), 'day', locale));
}
