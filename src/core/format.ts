/** How dates read to the user, in their time zone. Pure; locale and zone are parameters for tests. */

export interface FormatOptions {
  locale?: string;
  timeZone?: string;
}

/** "Tue 1 Dec, 09:00" — weekday, day, month and a 24-hour time (en-GB order). */
export function formatDueDate(epochMs: number, { locale, timeZone }: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(epochMs);
}

/** "Nov 20" or "Nov 20, 2025" when not this year. */
export function formatShortDate(epochMs: number, now: number, { locale, timeZone }: FormatOptions = {}): string {
  const sameYear =
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(epochMs) ===
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(now);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone,
  }).format(epochMs);
}
