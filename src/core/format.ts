/** How dates read to the user, in their time zone. Pure; locale and zone are parameters for tests. */

export interface FormatOptions {
  locale?: string;
  timeZone?: string;
}

// Building an Intl.DateTimeFormat costs far more than using one; a list of
// thousands of rows must not build one per row.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * "Tue 1 Dec, 09:00" in en-GB, "Tue, Dec 1, 9:00 AM" in en-US: the day, then the time with the
 * 12- or 24-hour clock of the user's locale. The one format for a due time in Gmail, the popup,
 * the options page and notifications. The year shows when it is not `now`'s.
 */
export function formatDueDate(epochMs: number, options: FormatOptions & { now?: number } = {}): string {
  const { locale, timeZone, now = Date.now() } = options;
  const year = sameYear(epochMs, now, timeZone) ? undefined : 'numeric';
  const day = formatter(locale, { weekday: 'short', day: 'numeric', month: 'short', year, timeZone }).format(epochMs);
  return `${day}, ${formatTime(epochMs, options)}`;
}

/** "09:00" in en-GB, "9:00 AM" in en-US: a time of day as the user's locale writes it. */
export function formatTime(epochMs: number, { locale, timeZone }: FormatOptions = {}): string {
  return formatter(locale, { timeStyle: 'short', timeZone }).format(epochMs);
}

function sameYear(a: number, b: number, timeZone: string | undefined): boolean {
  // The runtime's own zone needs no formatter: a list paints its first rows sooner without one.
  if (timeZone === undefined) return new Date(a).getFullYear() === new Date(b).getFullYear();
  const year = formatter('en', { year: 'numeric', timeZone });
  return year.format(a) === year.format(b);
}

/** "Mon 7 Dec": a day, without a time (a return from leave). */
export function formatDayDate(epochMs: number, { locale, timeZone }: FormatOptions = {}): string {
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(epochMs);
}

/** "Nov 20" or "Nov 20, 2025" when not this year. */
export function formatShortDate(epochMs: number, now: number, { locale, timeZone }: FormatOptions = {}): string {
  const year = sameYear(epochMs, now, timeZone) ? undefined : 'numeric';
  return formatter(locale, { day: 'numeric', month: 'short', year, timeZone }).format(epochMs);
}

/**
 * Gmail's own date text for a reply ("Fri, Nov 20, 2026 at 9:14 AM"), shown
 * short ("Nov 20") when the browser can read it, else as Gmail wrote it.
 */
export function formatEvidenceDate(dateText: string, now: number, options: FormatOptions = {}): string {
  const parsed = parseGmailDate(dateText);
  return parsed === null ? dateText : formatShortDate(parsed, now, options);
}

/**
 * Gmail's date text as a time, when the browser can read it (English: "Fri, Nov 20, 2026 at
 * 9:14 AM"); null otherwise (other languages). Read as the wall-clock time Gmail wrote.
 */
export function parseGmailDate(dateText: string): number | null {
  const parsed = Date.parse(dateText.replace(/\s+at\s+/, ' '));
  return Number.isNaN(parsed) ? null : parsed;
}
