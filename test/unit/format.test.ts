import { describe, expect, it } from 'vitest';
import { formatDueDate, formatEvidenceDate, formatShortDate, formatTime } from '../../src/core/format';

describe('date formatting', () => {
  const due = Date.parse('2026-12-01T08:00:00Z');

  const now = Date.parse('2026-11-22T12:00:00Z');

  it('shows a due date as weekday, day, month and time in the user zone', () => {
    expect(formatDueDate(due, { locale: 'en-GB', timeZone: 'Europe/Berlin', now })).toBe('Tue 1 Dec, 09:00');
    expect(formatDueDate(due, { locale: 'en-GB', timeZone: 'America/New_York', now })).toBe('Tue 1 Dec, 03:00');
  });

  it("writes the time with the locale's own clock, 12 or 24 hours, as the options page does", () => {
    expect(formatDueDate(due, { locale: 'en-US', timeZone: 'America/New_York', now })).toBe('Tue, Dec 1, 3:00 AM');
    expect(formatDueDate(due, { locale: 'de-DE', timeZone: 'Europe/Berlin', now })).toBe('Di., 1. Dez., 09:00');
    expect(formatTime(due, { locale: 'en-US', timeZone: 'UTC' })).toBe('8:00 AM');
    expect(formatTime(due, { locale: 'en-GB', timeZone: 'UTC' })).toBe('08:00');
  });

  it('names the year of a due date only when it is not this year', () => {
    const far = Date.parse('2028-01-15T13:30:00Z');
    expect(formatDueDate(far, { locale: 'en-GB', timeZone: 'UTC', now })).toBe('Sat, 15 Jan 2028, 13:30');
    expect(formatDueDate(far, { locale: 'en-GB', timeZone: 'UTC', now: far })).toBe('Sat 15 Jan, 13:30');
  });

  it('omits the year of a date in the current year and shows it otherwise', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    expect(formatShortDate(Date.parse('2026-11-20T12:00:00Z'), now, { locale: 'en-US', timeZone: 'UTC' })).toBe(
      'Nov 20',
    );
    expect(formatShortDate(Date.parse('2025-11-20T12:00:00Z'), now, { locale: 'en-US', timeZone: 'UTC' })).toBe(
      'Nov 20, 2025',
    );
  });

  it("counts the year in the runtime's zone when no zone is given (the pages'; tests run in Berlin)", () => {
    // 23:30 on 31 Dec in Berlin is still 2026 there, though 2027 is 30 minutes old in Helsinki.
    const newYearsEve = Date.parse('2026-12-31T22:30:00Z');
    const newYear = Date.parse('2026-12-31T23:30:00Z');
    expect(formatShortDate(newYearsEve, newYear, { locale: 'en-US' })).toBe('Dec 31, 2026');
    expect(formatShortDate(newYearsEve, Date.parse('2026-12-31T12:00:00Z'), { locale: 'en-US' })).toBe('Dec 31');
    expect(formatShortDate(newYearsEve, newYear, { locale: 'en-US', timeZone: 'Europe/Helsinki' })).toBe('Jan 1');
  });

  it('shortens the date of a reply as Gmail wrote it, or keeps the text when it cannot be read', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    const utc = { locale: 'en-US', timeZone: 'UTC' };
    expect(formatEvidenceDate('Fri, Nov 20, 2026 at 9:14 AM', now, utc)).toBe('Nov 20');
    expect(formatEvidenceDate('20. Nov. 2026 um 09:14', now, utc)).toBe('20. Nov. 2026 um 09:14');
  });
});
