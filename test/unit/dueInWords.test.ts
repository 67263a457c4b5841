import { afterEach, describe, expect, it } from 'vitest';
import { dueInWords } from '../../src/popup/dueInWords';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Wednesday 18 Nov 2026, 17:00 in Berlin. */
const NOW = Date.parse('2026-11-18T17:00:00+01:00');
const words = (dueAt: number, now = NOW) => dueInWords(dueAt, now, 'en');

describe('due in words', () => {
  it('counts calendar days ahead, as people do', () => {
    expect(words(Date.parse('2026-11-20T09:00:00+01:00'))).toBe('Due in 2 days'); // Friday, seen Wednesday evening
    expect(words(Date.parse('2026-11-19T09:00:00+01:00'))).toBe('Due tomorrow'); // 16 hours away, but tomorrow
    expect(words(Date.parse('2026-11-25T09:00:00+01:00'))).toBe('Due in 7 days');
  });

  it('uses hours later today and minutes within the hour', () => {
    expect(words(NOW + 3 * HOUR)).toBe('Due in 3 hours');
    expect(words(NOW + 2 * HOUR - 10 * MINUTE)).toBe('Due in 2 hours');
    expect(words(NOW + HOUR)).toBe('Due in 1 hour');
    expect(words(NOW + 45 * MINUTE)).toBe('Due in 45 minutes');
    // Just before midnight, a time 40 minutes on is minutes away, not "tomorrow".
    const lateEvening = Date.parse('2026-11-18T23:50:00+01:00');
    expect(words(lateEvening + 40 * MINUTE, lateEvening)).toBe('Due in 40 minutes');
  });

  it('says how long overdue, in elapsed time under a day and in calendar days beyond', () => {
    expect(words(NOW - 30 * MINUTE)).toBe('30 minutes overdue');
    expect(words(NOW - 5 * HOUR)).toBe('5 hours overdue');
    // Due at 23:00, seen at 01:00: two hours, though it was "yesterday".
    expect(words(Date.parse('2026-11-17T23:00:00+01:00'), Date.parse('2026-11-18T01:00:00+01:00'))).toBe('2 hours overdue');
    expect(words(Date.parse('2026-11-17T09:00:00+01:00'))).toBe('1 day overdue');
    expect(words(Date.parse('2026-11-15T09:00:00+01:00'))).toBe('3 days overdue');
  });

  it('says "now" within a minute either way', () => {
    expect(words(NOW)).toBe('Due now');
    expect(words(NOW + 59_000)).toBe('Due now');
    expect(words(NOW - 59_000)).toBe('Due now');
  });

  it('counts days in the runtime zone: the same instants read differently in New York', () => {
    process.env.TZ = 'America/New_York';
    // 17:00 Berlin is 11:00 in New York; Thursday 09:00 Berlin is 03:00 there, still tomorrow.
    expect(words(Date.parse('2026-11-19T09:00:00+01:00'))).toBe('Due tomorrow');
    // 05:00 Berlin on Thursday is 23:00 Wednesday in New York: later today there.
    expect(words(Date.parse('2026-11-19T05:00:00+01:00'))).toBe('Due in 12 hours');
  });

  it('is not thrown off by a daylight-saving change', () => {
    process.env.TZ = 'Europe/Berlin';
    // Clocks went back on Sunday 25 Oct 2026: Saturday 09:00 to Monday 09:00 is 49 hours, still 2 days.
    const saturday = Date.parse('2026-10-24T09:00:00+02:00');
    expect(words(Date.parse('2026-10-26T09:00:00+01:00'), saturday)).toBe('Due in 2 days');
  });
});
