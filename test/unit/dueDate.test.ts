import { afterEach, describe, expect, it } from 'vitest';
import { dueAtForChoice, dueAtForPreset, PRESETS } from '../../src/core/dueDate';
import { clock, COUNTS, DAY_NAMES, dayIn, landing, MON_TO_FRI, tomorrowFrom, WORK_WEEK_TABLES, ZONED_WEEKS } from './weekTables';

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
    expect(iso(dueAtForPreset('in-2-business-days', now))).toBe('2026-11-24T08:00:00.000Z');
    expect(iso(dueAtForPreset('in-3-business-days', now))).toBe('2026-11-25T08:00:00.000Z');
    expect(iso(dueAtForPreset('in-1-week', now))).toBe('2026-11-29T08:00:00.000Z');
    expect(iso(dueAtForPreset('in-2-weeks', now))).toBe('2026-12-06T08:00:00.000Z');
  });

  it('uses the reminder hour it is given', () => {
    expect(iso(dueAtForPreset('tomorrow', now, { reminderHour: 14 }))).toBe('2026-11-23T13:00:00.000Z');
  });

  it('skips days off, with the work days it is given', () => {
    const friday = Date.parse('2026-11-27T10:00:00Z');
    expect(iso(dueAtForPreset('in-2-business-days', friday))).toBe('2026-12-01T08:00:00.000Z'); // Tuesday
    // A Sunday-to-Thursday week: from Friday, two business days are Sunday and Monday.
    expect(iso(dueAtForPreset('in-2-business-days', friday, { workDays: [0, 1, 2, 3, 4] }))).toBe(
      '2026-11-30T08:00:00.000Z',
    );
  });

  it('counts from a scheduled send, not from now', () => {
    const scheduled = Date.parse('2026-11-30T07:00:00Z'); // Monday 08:00 Berlin
    expect(iso(dueAtForChoice({ kind: 'preset', preset: 'in-1-week' }, scheduled))).toBe('2026-12-07T08:00:00.000Z');
  });

  it('keeps an exact choice as it is', () => {
    const at = Date.parse('2026-12-01T15:30:00Z');
    expect(dueAtForChoice({ kind: 'at', dueAt: at }, now)).toBe(at);
  });

  it('keeps 09:00 local across the end of summer time (25 Oct 2026)', () => {
    const beforeChange = Date.parse('2026-10-23T10:00:00Z'); // Friday, UTC+2
    expect(iso(dueAtForPreset('in-1-week', beforeChange))).toBe('2026-10-30T08:00:00.000Z'); // Friday, UTC+1
  });

  it.each([-1, 24, 8.5, Number.NaN])('refuses reminder hour %s instead of guessing, saying why', (hour) => {
    expect(() => dueAtForPreset('tomorrow', now, { reminderHour: hour })).toThrow(new RangeError(`reminder hour must be 0-23, got ${hour}`));
  });

  it('takes the first and the last hour of the day', () => {
    expect(iso(dueAtForPreset('tomorrow', now, { reminderHour: 0 }))).toBe('2026-11-22T23:00:00.000Z'); // Monday 00:00
    expect(iso(dueAtForPreset('tomorrow', now, { reminderHour: 23 }))).toBe('2026-11-23T22:00:00.000Z'); // Monday 23:00
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
    expect(iso(dueAtForPreset('in-2-business-days', friday))).toBe('2026-03-10T13:00:00.000Z'); // Tuesday 09:00 EDT
  });
});

describe('any number of business days (the default for new messages)', () => {
  it('counts work days from the send and comes due at the reminder hour', () => {
    const thursday = new Date(2026, 10, 26, 16, 30).getTime();
    expect(dueAtForChoice({ kind: 'business-days', days: 5 }, thursday)).toBe(new Date(2026, 11, 3, 9).getTime());
    expect(dueAtForChoice({ kind: 'business-days', days: 1 }, thursday, { reminderHour: 14 })).toBe(new Date(2026, 10, 27, 14).getTime());
    expect(dueAtForChoice({ kind: 'business-days', days: 30 }, thursday)).toBe(new Date(2027, 0, 7, 9).getTime());
  });

  it('skips the user’s own days off', () => {
    const friday = new Date(2026, 10, 27, 10).getTime();
    // A Sunday–Thursday week: one business day after Friday is Sunday.
    expect(dueAtForChoice({ kind: 'business-days', days: 1 }, friday, { workDays: [0, 1, 2, 3, 4] })).toBe(new Date(2026, 10, 29, 9).getTime());
  });
});

describe.each(ZONED_WEEKS)('from every day of $name', (week) => {
  it.each(DAY_NAMES)('presets sent on %s evening: tomorrow is the next calendar day, business days skip the weekend', (day) => {
    const sent = dayIn(week, day, 17, 30);
    const dues = PRESETS.map((preset) => dueAtForPreset(preset, sent.getTime()));
    const [, twoDays, threeDays] = MON_TO_FRI.from[day];
    expect(dues.map((due) => landing(sent, due))).toEqual([tomorrowFrom(day), twoDays, threeDays, `${day} +7`, `${day} +14`]);
    expect(dues.map(clock)).toEqual(PRESETS.map(() => '09:00'));
  });

  it.each(DAY_NAMES)('presets sent on %s follow the work days they are given, tomorrow included', (day) => {
    const sent = dayIn(week, day, 7, 0);
    for (const { workDays, from } of WORK_WEEK_TABLES) {
      const [, twoDays, threeDays] = from[day];
      expect(landing(sent, dueAtForPreset('tomorrow', sent.getTime(), { workDays }))).toBe(tomorrowFrom(day));
      expect(landing(sent, dueAtForPreset('in-2-business-days', sent.getTime(), { workDays }))).toBe(twoDays);
      expect(landing(sent, dueAtForPreset('in-3-business-days', sent.getTime(), { workDays }))).toBe(threeDays);
    }
  });

  describe.each(WORK_WEEK_TABLES)('$name', ({ workDays, from }) => {
    it.each(DAY_NAMES)('any number of business days from %s, at the reminder hour', (day) => {
      const sent = dayIn(week, day, 16, 45);
      const dues = COUNTS.map((days) => dueAtForChoice({ kind: 'business-days', days }, sent.getTime(), { workDays, reminderHour: 14 }));
      expect(dues.map((due) => landing(sent, due))).toEqual(from[day]);
      expect(dues.map(clock)).toEqual(COUNTS.map(() => '14:00'));
    });
  });
});
