import { afterEach, describe, expect, it } from 'vitest';
import { addBusinessDays, isWorkDay, nextWorkDay, workWeekOf } from '../../src/core/dates/workWeek';
import { clock, COUNTS, DAY_NAMES, dayIn, landing, MON_TO_FRI, WORK_WEEK_TABLES, ZONED_WEEKS } from './weekTables';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

/** A local time, month 1-12. Build it after setting TZ. */
const local = (year: number, month: number, date: number, hours = 0, minutes = 0) =>
  new Date(year, month - 1, date, hours, minutes);
const iso = (date: Date) => date.toISOString();

const SUN_TO_THU = [0, 1, 2, 3, 4];

describe('addBusinessDays (Europe/Berlin, Mon–Fri)', () => {
  // 23-27 Nov 2026 is Monday to Friday.
  it('counts the days after `from`, skipping the weekend', () => {
    expect(addBusinessDays(local(2026, 11, 25, 9), 1)).toEqual(local(2026, 11, 26, 9)); // Wed → Thu
    expect(addBusinessDays(local(2026, 11, 27, 9), 1)).toEqual(local(2026, 11, 30, 9)); // Fri → Mon
    expect(addBusinessDays(local(2026, 11, 27, 9), 5)).toEqual(local(2026, 12, 4, 9)); // Fri → next Fri
  });

  it('lands on the right weekday when starting on a weekend', () => {
    expect(addBusinessDays(local(2026, 11, 28, 9), 1)).toEqual(local(2026, 11, 30, 9)); // Sat → Mon
    expect(addBusinessDays(local(2026, 11, 29, 9), 1)).toEqual(local(2026, 11, 30, 9)); // Sun → Mon
    expect(addBusinessDays(local(2026, 11, 28, 9), 3)).toEqual(local(2026, 12, 2, 9)); // Sat → Wed
  });

  it('keeps the local time of day', () => {
    expect(addBusinessDays(local(2026, 11, 27, 14, 37), 2)).toEqual(local(2026, 12, 1, 14, 37));
  });

  it('returns a copy of `from` for 0, even on a weekend', () => {
    const saturday = local(2026, 11, 28, 9);
    const result = addBusinessDays(saturday, 0);
    expect(result).toEqual(saturday);
    expect(result).not.toBe(saturday);
  });

  it('jumps whole weeks for large counts without losing a day', () => {
    // 260 business days are exactly 52 weeks.
    expect(addBusinessDays(local(2026, 11, 23, 9), 260)).toEqual(local(2027, 11, 22, 9));
    expect(addBusinessDays(local(2026, 11, 23, 9), 259)).toEqual(local(2027, 11, 19, 9));
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses %s business days, saying why', (n) => {
    expect(() => addBusinessDays(local(2026, 11, 23), n)).toThrow(new RangeError(`business days must be a whole number >= 0, got ${n}`));
  });

  it('refuses a count that runs past the end of the calendar, saying why', () => {
    const n = Number.MAX_SAFE_INTEGER;
    expect(() => addBusinessDays(local(2026, 11, 23), n)).toThrow(new RangeError(`${n} business days is beyond the calendar`));
  });

  it('keeps 09:00 local across the end of summer time (25 Oct 2026)', () => {
    const friday = new Date('2026-10-23T07:00:00Z'); // 09:00 CEST
    expect(iso(addBusinessDays(friday, 1))).toBe('2026-10-26T08:00:00.000Z'); // Monday 09:00 CET
  });
});

describe.each(ZONED_WEEKS)('addBusinessDays from every day of $name', (week) => {
  describe.each(WORK_WEEK_TABLES)('$name', ({ workDays, from }) => {
    it.each(DAY_NAMES)('from %s: lands on the table\'s day, at the same local time', (day) => {
      const start = dayIn(week, day, 17, 30);
      const results = COUNTS.map((n) => addBusinessDays(start, n, workDays));
      expect(results.map((result) => landing(start, result))).toEqual(from[day]);
      expect(results.map(clock)).toEqual(COUNTS.map(() => '17:30'));
    });

    it.each(DAY_NAMES)('nextWorkDay from %s is one business day on', (day) => {
      const start = dayIn(week, day, 8, 15);
      expect(landing(start, nextWorkDay(start, workDays))).toBe(from[day][0]);
    });
  });

  it.each(DAY_NAMES)('counts Monday to Friday when given no work days, from %s', (day) => {
    const start = dayIn(week, day, 23, 59);
    expect(COUNTS.map((n) => landing(start, addBusinessDays(start, n)))).toEqual(MON_TO_FRI.from[day]);
  });
});

describe('addBusinessDays with other work weeks', () => {
  it('Sunday to Thursday: the weekend is Friday and Saturday', () => {
    expect(addBusinessDays(local(2026, 11, 26, 9), 1, SUN_TO_THU)).toEqual(local(2026, 11, 29, 9)); // Thu → Sun
    expect(addBusinessDays(local(2026, 11, 27, 9), 1, SUN_TO_THU)).toEqual(local(2026, 11, 29, 9)); // Fri → Sun
    expect(addBusinessDays(local(2026, 11, 28, 9), 2, SUN_TO_THU)).toEqual(local(2026, 11, 30, 9)); // Sat → Mon
  });

  it('Monday, Wednesday, Friday', () => {
    expect(addBusinessDays(local(2026, 11, 23, 9), 1, [1, 3, 5])).toEqual(local(2026, 11, 25, 9));
    expect(addBusinessDays(local(2026, 11, 27, 9), 2, [1, 3, 5])).toEqual(local(2026, 12, 2, 9));
    expect(addBusinessDays(local(2026, 11, 23, 9), 7, [1, 3, 5])).toEqual(local(2026, 12, 9, 9));
  });

  it('keeps 09:00 local across the start of daylight time in New York (8 Mar 2026)', () => {
    process.env.TZ = 'America/New_York';
    const friday = new Date('2026-03-06T14:00:00Z'); // 09:00 EST
    expect(iso(addBusinessDays(friday, 1))).toBe('2026-03-09T13:00:00.000Z'); // Monday 09:00 EDT
  });
});

describe('isWorkDay and nextWorkDay', () => {
  it('tells work days from days off', () => {
    expect(isWorkDay(local(2026, 11, 23))).toBe(true); // Monday
    expect(isWorkDay(local(2026, 11, 28))).toBe(false); // Saturday
    expect(isWorkDay(local(2026, 11, 22), SUN_TO_THU)).toBe(true); // Sunday
    expect(isWorkDay(local(2026, 11, 27), SUN_TO_THU)).toBe(false); // Friday
  });

  it('nextWorkDay is the first work day strictly after', () => {
    expect(nextWorkDay(local(2026, 11, 25, 9))).toEqual(local(2026, 11, 26, 9)); // Wed → Thu
    expect(nextWorkDay(local(2026, 11, 27, 9))).toEqual(local(2026, 11, 30, 9)); // Fri → Mon
    expect(nextWorkDay(local(2026, 11, 26, 9), SUN_TO_THU)).toEqual(local(2026, 11, 29, 9)); // Thu → Sun
  });

  it.each([
    [[], 'work days must not be empty'],
    [[7], 'work days are 0-6 (Sunday-Saturday), got 7'],
    [[-1], 'work days are 0-6 (Sunday-Saturday), got -1'],
    [[1.5], 'work days are 0-6 (Sunday-Saturday), got 1.5'],
    [[1, Number.NaN], 'work days are 0-6 (Sunday-Saturday), got NaN'],
  ])('refuses work days %j, saying why', (workDays: number[], message) => {
    const monday = local(2026, 11, 23);
    const refusal = new RangeError(message);
    expect(() => isWorkDay(monday, workDays)).toThrow(refusal);
    expect(() => nextWorkDay(monday, workDays)).toThrow(refusal);
    expect(() => addBusinessDays(monday, 1, workDays)).toThrow(refusal);
    expect(() => workWeekOf(monday, workDays)).toThrow(refusal);
  });
});

describe('workWeekOf', () => {
  it('is Monday to Friday of the week a work day is in', () => {
    expect(workWeekOf(local(2026, 11, 25, 9))).toEqual({ first: local(2026, 11, 23, 9), last: local(2026, 11, 27, 9) });
    expect(workWeekOf(local(2026, 11, 27, 9))).toEqual({ first: local(2026, 11, 23, 9), last: local(2026, 11, 27, 9) });
  });

  it('puts the weekend with the coming week', () => {
    expect(workWeekOf(local(2026, 11, 28))).toEqual({ first: local(2026, 11, 30), last: local(2026, 12, 4) }); // Sat
    expect(workWeekOf(local(2026, 11, 22))).toEqual({ first: local(2026, 11, 23), last: local(2026, 11, 27) }); // Sun
  });

  it('starts a Sunday-to-Thursday week on Sunday', () => {
    expect(workWeekOf(local(2026, 11, 22), SUN_TO_THU)).toEqual({ first: local(2026, 11, 22), last: local(2026, 11, 26) });
    expect(workWeekOf(local(2026, 11, 27), SUN_TO_THU)).toEqual({ first: local(2026, 11, 29), last: local(2026, 12, 3) });
  });

  it('keeps days off inside the week in that week', () => {
    expect(workWeekOf(local(2026, 11, 24), [1, 3, 5])).toEqual({ first: local(2026, 11, 23), last: local(2026, 11, 27) });
  });

  it('starts after the longest run of days off, even when that is not the first day off', () => {
    // Saturday, Monday and Tuesday: three days off (Wed-Fri) come before Saturday, one before Monday.
    const satToTue = [1, 2, 6];
    expect(workWeekOf(local(2026, 11, 25), satToTue)).toEqual({ first: local(2026, 11, 28), last: local(2026, 12, 1) }); // Wed
    expect(workWeekOf(local(2026, 11, 30), satToTue)).toEqual({ first: local(2026, 11, 28), last: local(2026, 12, 1) }); // Mon
  });

  it('starts a seven-day week on Monday and never rolls forward', () => {
    const all = [0, 1, 2, 3, 4, 5, 6];
    expect(workWeekOf(local(2026, 11, 22), all)).toEqual({ first: local(2026, 11, 16), last: local(2026, 11, 22) });
  });
});
