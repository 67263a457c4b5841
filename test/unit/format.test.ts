import { describe, expect, it } from 'vitest';
import { formatDueDate, formatEvidenceDate, formatShortDate } from '../../src/core/format';

describe('date formatting', () => {
  const due = Date.parse('2026-12-01T08:00:00Z');

  it('shows a due date as weekday, day, month and 24-hour time in the user zone', () => {
    expect(formatDueDate(due, { locale: 'en-GB', timeZone: 'Europe/Berlin' })).toBe('Tue 1 Dec, 09:00');
    expect(formatDueDate(due, { locale: 'en-GB', timeZone: 'America/New_York' })).toBe('Tue 1 Dec, 03:00');
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

  it('shortens the date of a reply as Gmail wrote it, or keeps the text when it cannot be read', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    const utc = { locale: 'en-US', timeZone: 'UTC' };
    expect(formatEvidenceDate('Fri, Nov 20, 2026 at 9:14 AM', now, utc)).toBe('Nov 20');
    expect(formatEvidenceDate('20. Nov. 2026 um 09:14', now, utc)).toBe('20. Nov. 2026 um 09:14');
  });
});
