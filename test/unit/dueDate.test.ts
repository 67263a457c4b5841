import { afterEach, describe, expect, it } from 'vitest';
import { dueAtForPreset } from '../../src/core/dueDate';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

const iso = (ms: number) => new Date(ms).toISOString();

describe('preset due dates (Europe/Berlin)', () => {
  // Sunday 22 Nov 2026, 18:30 in Berlin (UTC+1).
  const now = Date.parse('2026-11-22T17:30:00Z');

  it('comes due at the reminder hour, local time', () => {
    expect(iso(dueAtForPreset('tomorrow', now))).toBe('2026-11-23T08:00:00.000Z');
    expect(iso(dueAtForPreset('in-3-days', now))).toBe('2026-11-25T08:00:00.000Z');
    expect(iso(dueAtForPreset('in-1-week', now))).toBe('2026-11-29T08:00:00.000Z');
    expect(iso(dueAtForPreset('in-2-weeks', now))).toBe('2026-12-06T08:00:00.000Z');
  });

  it('uses the reminder hour it is given', () => {
    expect(iso(dueAtForPreset('tomorrow', now, 14))).toBe('2026-11-23T13:00:00.000Z');
  });

  it('keeps 09:00 local across the end of summer time (25 Oct 2026)', () => {
    const beforeChange = Date.parse('2026-10-23T10:00:00Z'); // Friday, UTC+2
    expect(iso(dueAtForPreset('in-3-days', beforeChange))).toBe('2026-10-26T08:00:00.000Z'); // Monday, UTC+1
  });

  it.each([-1, 24, 8.5, Number.NaN])('refuses reminder hour %s instead of guessing', (hour) => {
    expect(() => dueAtForPreset('tomorrow', now, hour)).toThrow(RangeError);
  });

  it('is always in the future, even just before midnight', () => {
    const lateNight = Date.parse('2026-11-22T22:59:59Z'); // 23:59:59 in Berlin
    expect(dueAtForPreset('tomorrow', lateNight)).toBeGreaterThan(lateNight);
    expect(iso(dueAtForPreset('tomorrow', lateNight))).toBe('2026-11-23T08:00:00.000Z');
  });
});

describe('preset due dates (America/New_York)', () => {
  it('keeps 09:00 local across the start of daylight time (8 Mar 2026)', () => {
    process.env.TZ = 'America/New_York';
    const friday = Date.parse('2026-03-06T15:00:00Z'); // 10:00 EST
    expect(iso(dueAtForPreset('in-3-days', friday))).toBe('2026-03-09T13:00:00.000Z'); // 09:00 EDT
  });
});
