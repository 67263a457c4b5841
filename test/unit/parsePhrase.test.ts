import { afterEach, describe, expect, it } from 'vitest';
import { parsePhrase, type PhraseOptions, type PhraseResult } from '../../src/core/dates/parsePhrase';
import { dueRefusalText } from '../../src/ui/dueRefusalText';
import { clock, COUNTS, DAY_NAMES, dayIn, landing, tomorrowFrom, WORK_WEEK_TABLES, ZONED_WEEKS } from './weekTables';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

// Sunday 22 Nov 2026, 18:30 in Berlin (UTC+1): 09:00 local is 08:00Z.
const SUNDAY_EVENING = Date.parse('2026-11-22T17:30:00Z');
const SUN_TO_THU = [0, 1, 2, 3, 4];

/** The due time as an ISO string, or the refusal reason. */
function due(text: string, options: Partial<PhraseOptions> = {}): string {
  const result = parsePhrase(text, { now: SUNDAY_EVENING, ...options });
  return result.ok ? new Date(result.dueAt).toISOString() : result.reason;
}

function ok(result: PhraseResult) {
  if (!result.ok) throw new Error(`expected a date, got ${result.reason}: ${dueRefusalText(result)}`);
  return result;
}

describe('business days', () => {
  it.each([
    ['in 3 business days', '2026-11-25T08:00:00.000Z'], // Wednesday
    ['in three working days', '2026-11-25T08:00:00.000Z'],
    ['2 business days', '2026-11-24T08:00:00.000Z'],
    ['in one business day', '2026-11-23T08:00:00.000Z'],
    ['in ten business days', '2026-12-04T08:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it('skips the weekend from a Friday', () => {
    const friday = Date.parse('2026-11-27T09:00:00Z');
    expect(due('in 1 business day', { now: friday })).toBe('2026-11-30T08:00:00.000Z');
  });

  it('follows the configured work days', () => {
    const thursday = Date.parse('2026-11-26T09:00:00Z');
    expect(due('in 1 business day', { now: thursday, workDays: SUN_TO_THU })).toBe('2026-11-29T08:00:00.000Z');
  });

  it('reads "in 0 business days" as today at the reminder hour, refused once that has passed', () => {
    const earlyMonday = Date.parse('2026-11-23T06:00:00Z'); // 07:00
    expect(due('in 0 business days', { now: earlyMonday })).toBe('2026-11-23T08:00:00.000Z');
    expect(due('in 0 business days')).toBe('past');
  });

  it('says what it understood', () => {
    expect(ok(parsePhrase('in 3 business days', { now: SUNDAY_EVENING }))).toEqual({
      ok: true,
      dueAt: Date.parse('2026-11-25T08:00:00Z'),
      matched: 'in 3 business days',
      hadTime: false,
    });
  });
});

describe('weeks', () => {
  it('end of this/next week is the last work day at the reminder hour', () => {
    expect(due('end of this week')).toBe('2026-11-27T08:00:00.000Z');
    expect(due('end of the week')).toBe('2026-11-27T08:00:00.000Z');
    expect(due('end of next week')).toBe('2026-12-04T08:00:00.000Z');
    expect(due('end of this week', { workDays: SUN_TO_THU })).toBe('2026-11-26T08:00:00.000Z');
  });

  it('"end of week" needs no "this"', () => {
    expect(due('end of week')).toBe('2026-11-27T08:00:00.000Z');
  });

  it('end of this week, on its last day once the reminder hour has passed, is the end of that work day', () => {
    const fridayNoon = Date.parse('2026-11-27T11:00:00Z');
    expect(due('end of this week', { now: fridayNoon })).toBe('2026-11-27T16:00:00.000Z'); // 17:00
    expect(due('end of this week', { now: Date.parse('2026-11-27T16:30:00Z') })).toBe('past'); // 17:30
    expect(due('end of this week', { now: fridayNoon, reminderHour: 18 })).toBe('2026-11-27T17:00:00.000Z');
  });

  it.each([
    ['Thursday next week', '2026-12-03T08:00:00.000Z'],
    ['next week Thursday', '2026-12-03T08:00:00.000Z'],
    ["next week's Thursday", '2026-12-03T08:00:00.000Z'],
    ['Thursday of next week', '2026-12-03T08:00:00.000Z'],
    ['Thursday this week', '2026-11-26T08:00:00.000Z'],
    ['a week from Friday', '2026-12-04T08:00:00.000Z'],
    ['two weeks from Monday', '2026-12-07T08:00:00.000Z'],
    ['3 days after tomorrow', '2026-11-26T08:00:00.000Z'],
    ['a week from Friday at 3pm', '2026-12-04T14:00:00.000Z'],
    ['Friday week', '2026-12-04T08:00:00.000Z'],
    ['the week after next', '2026-12-07T08:00:00.000Z'],
    ['in a fortnight', '2026-12-06T08:00:00.000Z'],
    ['early next week', '2026-11-30T08:00:00.000Z'],
    ['mid next week', '2026-12-02T08:00:00.000Z'],
    ['late next week', '2026-12-04T08:00:00.000Z'],
    ['towards the end of next week', '2026-12-04T08:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(due(text)).toBe(expected);
    expect(ok(parsePhrase(text, { now: SUNDAY_EVENING })).matched).toBe(text);
  });

  it('next week is the first work day of next week', () => {
    expect(due('next week')).toBe('2026-11-30T08:00:00.000Z');
    expect(due('next week', { now: Date.parse('2026-11-25T09:00:00Z') })).toBe('2026-11-30T08:00:00.000Z');
    // Sunday is the first work day of this Sunday-to-Thursday week.
    expect(due('next week', { workDays: SUN_TO_THU })).toBe('2026-11-29T08:00:00.000Z');
  });

  it('"next Tuesday" is Tuesday of next week — on a Sunday, not the day after tomorrow', () => {
    expect(due('next Tuesday')).toBe('2026-12-01T08:00:00.000Z');
    expect(due('next Monday')).toBe('2026-11-30T08:00:00.000Z');
    expect(due('next tues', { now: Date.parse('2026-11-25T09:00:00Z') })).toBe('2026-12-01T08:00:00.000Z');
    expect(due('next Tuesday', { now: Date.parse('2026-11-27T09:00:00Z') })).toBe('2026-12-01T08:00:00.000Z');
  });

  it('"next" days off are those of next week too, after its work days', () => {
    // On a Sunday the coming week (23-29 Nov) is "this week".
    expect(due('next Saturday')).toBe('2026-12-05T08:00:00.000Z');
    expect(due('next Sunday')).toBe('2026-12-06T08:00:00.000Z');
  });

  it('the week of a date is the first work day of its work week', () => {
    // Chrono reads "Aug 22" forward to Sunday 22 Aug 2027; that Sunday
    // belongs to the work week starting Monday 23 Aug (09:00 CEST).
    const result = ok(parsePhrase('the week of Aug 22', { now: SUNDAY_EVENING }));
    expect(new Date(result.dueAt).toISOString()).toBe('2027-08-23T07:00:00.000Z');
    expect(result.matched).toBe('the week of Aug 22');
    expect(due('week of Aug 22')).toBe('2027-08-23T07:00:00.000Z');
    expect(due('week of Dec 2')).toBe('2026-11-30T08:00:00.000Z');
  });

  it('refuses "week of" with an unreadable date instead of reading "the week" alone', () => {
    expect(due('the week of asdf')).toBe('unparseable');
    expect(due('the week of asdf Dec 2')).toBe('unparseable'); // the date must follow "of"
    expect(due('the week of 3pm')).toBe('unparseable'); // a time is not a week
  });
});

describe('months', () => {
  it('end of the month is its last work day', () => {
    expect(due('end of the month')).toBe('2026-11-30T08:00:00.000Z'); // Monday
    expect(due('end of month', { now: Date.parse('2026-10-20T08:00:00Z') })).toBe('2026-10-30T08:00:00.000Z'); // 31st is a Saturday
    expect(due('end of next month')).toBe('2026-12-31T08:00:00.000Z');
  });

  it('next month is its first work day', () => {
    expect(due('next month')).toBe('2026-12-01T08:00:00.000Z');
    // 1 Aug 2026 is a Saturday (CEST).
    expect(due('next month', { now: Date.parse('2026-07-10T08:00:00Z') })).toBe('2026-08-03T07:00:00.000Z');
  });

  it('a month alone is also its first work day', () => {
    expect(due('in December')).toBe('2026-12-01T08:00:00.000Z');
    expect(due('August')).toBe('2027-08-02T07:00:00.000Z'); // 1 Aug 2027 is a Sunday
  });

  it.each([
    ['mid-December', '2026-12-15T08:00:00.000Z'],
    ['mid December', '2026-12-15T08:00:00.000Z'],
    ['middle of next month', '2026-12-15T08:00:00.000Z'],
    ['early December', '2026-12-01T08:00:00.000Z'],
    ['late December', '2026-12-31T08:00:00.000Z'],
    ['end of December', '2026-12-31T08:00:00.000Z'],
    ['mid-January', '2027-01-15T08:00:00.000Z'], // the coming January
    ['mid-August 2027', '2027-08-16T07:00:00.000Z'], // the 15th is a Sunday: its next work day
    ['last business day of the month', '2026-11-30T08:00:00.000Z'],
    ['last Friday of the month', '2026-11-27T08:00:00.000Z'],
    ['last Friday of next month', '2026-12-25T08:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(due(text)).toBe(expected);
    expect(ok(parsePhrase(text, { now: SUNDAY_EVENING })).matched).toBe(text);
  });

  it('"end of month" on its last day, after the reminder hour, is the end of that work day', () => {
    const lastDayAtTen = Date.parse('2026-11-30T09:00:00Z');
    expect(due('end of month', { now: lastDayAtTen })).toBe('2026-11-30T16:00:00.000Z');
    expect(due('end of the month', { now: lastDayAtTen })).toBe('2026-11-30T16:00:00.000Z');
    expect(due('end of month', { now: Date.parse('2026-11-30T16:00:00Z') })).toBe('past');
    // A time the user gave is kept, and refused once passed.
    expect(due('end of month at 9am', { now: lastDayAtTen })).toBe('past');
  });

  it('"the 3rd" is the next 3rd of a month', () => {
    expect(due('on the 3rd')).toBe('2026-12-03T08:00:00.000Z');
    expect(due('the 31st')).toBe('2026-12-31T08:00:00.000Z'); // November has no 31st
    expect(due('the 22nd at 8pm')).toBe('2026-11-22T19:00:00.000Z'); // today, still ahead
    expect(due('the 22nd')).toBe('past'); // today at 09:00 has passed
    expect(due('the 1st')).toBe('2026-12-01T08:00:00.000Z');
    expect(due('the 0th')).toBe('unparseable');
  });

  it('leaves "the 3rd of December" to chrono, which reads the month too', () => {
    const result = ok(parsePhrase('the 3rd of December', { now: Date.parse('2026-10-01T08:00:00Z') }));
    expect(new Date(result.dueAt).toISOString()).toBe('2026-12-03T08:00:00.000Z');
  });
});

describe('times of day', () => {
  it.each([
    ['tomorrow morning', '2026-11-23T08:00:00.000Z'],
    ['tomorrow afternoon', '2026-11-23T13:00:00.000Z'],
    ['tomorrow evening', '2026-11-23T17:00:00.000Z'],
    ['tonight', '2026-11-22T19:00:00.000Z'],
    ['next Friday afternoon', '2026-12-04T13:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(due(text)).toBe(expected);
    expect(ok(parsePhrase(text, { now: SUNDAY_EVENING })).hadTime).toBe(true);
  });

  it('counts the part of the day in what it understood, and nothing after it', () => {
    expect(ok(parsePhrase('next Friday afternoon please', { now: SUNDAY_EVENING })).matched).toBe('next Friday afternoon');
  });

  it('morning is 09:00 whatever the reminder hour', () => {
    expect(due('tomorrow morning', { reminderHour: 7 })).toBe('2026-11-23T08:00:00.000Z');
  });

  it('a time of day alone is today if still ahead, else tomorrow', () => {
    const mondayMorning = Date.parse('2026-11-23T09:00:00Z'); // 10:00
    expect(due('3pm', { now: mondayMorning })).toBe('2026-11-23T14:00:00.000Z');
    expect(due('3pm')).toBe('2026-11-23T14:00:00.000Z');
    expect(due('evening')).toBe('2026-11-23T17:00:00.000Z'); // 18:00 today has passed
    expect(due('3pm', { now: Date.parse('2026-11-23T14:00:00Z') })).toBe('2026-11-24T14:00:00.000Z'); // said at 15:00 sharp
  });

  it('"this afternoon" and "tonight" mean today: refused once passed, never moved to tomorrow', () => {
    const mondayMorning = Date.parse('2026-11-23T09:00:00Z');
    expect(due('this afternoon', { now: mondayMorning })).toBe('2026-11-23T13:00:00.000Z');
    expect(due('this afternoon')).toBe('past');
    expect(due('tonight', { now: Date.parse('2026-11-22T20:00:00Z') })).toBe('past'); // 21:00
  });

  it('reads EOD and close of business as 17:00 of that day', () => {
    const mondayMorning = Date.parse('2026-11-23T09:00:00Z');
    expect(ok(parsePhrase('EOD', { now: mondayMorning }))).toMatchObject({
      dueAt: Date.parse('2026-11-23T16:00:00Z'),
      matched: 'EOD',
      hadTime: true,
    });
    expect(due('end of day', { now: mondayMorning })).toBe('2026-11-23T16:00:00.000Z');
    expect(due('Friday EOD')).toBe('2026-11-27T16:00:00.000Z');
    expect(due('COB Friday')).toBe('2026-11-27T16:00:00.000Z');
    expect(due('close of business tomorrow')).toBe('2026-11-23T16:00:00.000Z');
    // Today's end of day, said at 18:30: past, never silently tomorrow.
    expect(parsePhrase('EOD', { now: SUNDAY_EVENING })).toMatchObject({ ok: false, reason: 'past' });
  });

  it('reads "next business day" as the next work day', () => {
    expect(due('next business day')).toBe('2026-11-23T08:00:00.000Z');
    expect(due('next working day', { now: Date.parse('2026-11-27T09:00:00Z') })).toBe('2026-11-30T08:00:00.000Z');
  });

  it('puts a time written next to our own phrases on that day', () => {
    const result = ok(parsePhrase('next Tuesday at 3pm', { now: SUNDAY_EVENING }));
    expect(new Date(result.dueAt).toISOString()).toBe('2026-12-01T14:00:00.000Z');
    expect(result).toMatchObject({ matched: 'next Tuesday at 3pm', hadTime: true });
    expect(ok(parsePhrase('4pm in 2 business days', { now: SUNDAY_EVENING }))).toMatchObject({
      dueAt: Date.parse('2026-11-24T15:00:00Z'),
      matched: '4pm in 2 business days',
    });
  });
});

describe('chrono phrases', () => {
  it.each([
    ['Dec 3 at 4pm', '2026-12-03T15:00:00.000Z', true],
    ['Dec 3 at 16:15:30', '2026-12-03T15:15:30.000Z', true],
    ['in 2 weeks', '2026-12-06T08:00:00.000Z', false],
    ['friday 3pm', '2026-11-27T14:00:00.000Z', true],
    ['tomorrow', '2026-11-23T08:00:00.000Z', false],
    ['in 3 hours', '2026-11-22T20:30:00.000Z', true],
    ['3pm EST', '2026-11-22T20:00:00.000Z', true], // another zone named: its instant
  ])('%s', (text, expected, hadTime) => {
    const result = ok(parsePhrase(text, { now: SUNDAY_EVENING }));
    expect(new Date(result.dueAt).toISOString()).toBe(expected);
    expect(result.hadTime).toBe(hadTime);
  });

  it('gives a date without a time the reminder hour', () => {
    expect(due('tomorrow', { reminderHour: 14 })).toBe('2026-11-23T13:00:00.000Z');
    expect(due('Dec 3', { reminderHour: 14 })).toBe('2026-12-03T13:00:00.000Z');
  });

  it('reads the date out of surrounding noise and says which words it used', () => {
    const result = ok(parsePhrase('asdf tuesday qwerty', { now: SUNDAY_EVENING }));
    expect(new Date(result.dueAt).toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(result.matched).toBe('tuesday');
  });

  it('leaves trailing punctuation out of what it understood', () => {
    expect(ok(parsePhrase('by Friday, please', { now: SUNDAY_EVENING })).matched).toBe('Friday');
  });

  it('moves a weekday to next week once its reminder hour has passed today', () => {
    const tuesdayMorning = Date.parse('2026-11-24T09:00:00Z'); // 10:00
    expect(due('Tuesday', { now: tuesdayMorning })).toBe('2026-12-01T08:00:00.000Z');
    expect(due('Tuesday at 9pm', { now: tuesdayMorning })).toBe('2026-11-24T20:00:00.000Z');
    expect(due('Tuesday', { now: Date.parse('2026-11-24T08:00:00Z') })).toBe('2026-12-01T08:00:00.000Z'); // at 09:00 sharp
    // A weekday with its date is that day: past, not moved a week on.
    expect(due('Tuesday, Nov 24', { now: tuesdayMorning })).toBe('past');
  });
});

/** The refusal as the user reads it (English messages). */
function said(text: string): string {
  const result = parsePhrase(text, { now: SUNDAY_EVENING });
  return result.ok ? 'not refused' : dueRefusalText(result);
}

describe('refusals', () => {
  it('empty input', () => {
    expect(parsePhrase('', { now: SUNDAY_EVENING })).toEqual({ ok: false, reason: 'empty' });
    expect(said('')).toBe('Type when to follow up, e.g. “next Tuesday” or “in 3 days”.');
    expect(parsePhrase(' \n\t ', { now: SUNDAY_EVENING })).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('words that are not a date', () => {
    expect(parsePhrase('asdf', { now: SUNDAY_EVENING })).toEqual({ ok: false, reason: 'unparseable', as: 'date', words: 'asdf' });
    expect(said('asdf')).toBe('Couldn’t read “asdf” as a date — try “next Tuesday” or “in 3 days”.');
    // chrono reads "this week" with nothing certain: we will not guess a day.
    expect(due('this week')).toBe('unparseable');
  });

  it('input over 200 characters, even with a date in it', () => {
    expect(due(`tomorrow ${'x'.repeat(191)}`)).toBe('2026-11-23T08:00:00.000Z'); // 200: still read
    expect(parsePhrase(`tomorrow ${'x'.repeat(291)}`, { now: SUNDAY_EVENING })).toEqual({ ok: false, reason: 'too-long' });
    expect(said(`tomorrow ${'x'.repeat(291)}`)).toBe('That is too long to read as a date — try something like “next Tuesday”.');
  });

  it('the past, naming the words', () => {
    expect(parsePhrase('yesterday', { now: SUNDAY_EVENING })).toEqual({ ok: false, reason: 'past', words: 'yesterday' });
    expect(said('yesterday')).toBe('“yesterday” is in the past — pick a future time.');
    expect(due('asdf yesterday qwerty')).toBe('past');
    expect(due('today')).toBe('past'); // 09:00 has passed
    expect(due('today', { now: Date.parse('2026-11-23T08:00:00Z') })).toBe('past'); // 09:00 is now: not ahead
    expect(due('Aug 22 2020')).toBe('past');
  });

  it('the past named with "last" or "ago", which chrono would read forward', () => {
    expect(parsePhrase('last Friday', { now: SUNDAY_EVENING })).toEqual({ ok: false, reason: 'past', words: 'last Friday' });
    expect(said('last Friday')).toBe('“last Friday” is in the past — pick a future time.');
    expect(due('last Sunday')).toBe('past'); // said on a Sunday: a week ago, not today
    expect(due('last week')).toBe('past');
    expect(due('last month')).toBe('past');
    expect(due('3 days ago')).toBe('past');
  });

  it.each(['Tuesday 25pm', 'Tuesday 13pm', 'Tuesday at 25:00', 'Friday 9:75', '25pm Tuesday'])(
    'refuses "%s" rather than reading the day and dropping a time it cannot read',
    (text) => {
      const result = parsePhrase(text, { now: SUNDAY_EVENING });
      expect(result).toMatchObject({ ok: false, reason: 'unparseable', as: 'time' });
      expect(said(text)).toMatch(/^Couldn’t read “\d[^”]*” as a time — try “3pm” or “15:00”\.$/);
    },
  );

  it('more than two years ahead', () => {
    expect(parsePhrase('in 3 years', { now: SUNDAY_EVENING })).toEqual({ ok: false, reason: 'too-far', words: 'in 3 years' });
    expect(said('in 3 years')).toBe('“in 3 years” is more than 2 years away — pick a nearer date.');
    expect(due('in 1000 business days')).toBe('too-far');
    expect(due('in 99999999999999999999 business days')).toBe('too-far');
    expect(due('in 2 years')).toBe('2028-11-22T08:00:00.000Z');
    expect(due('in 2 years', { now: Date.parse('2026-11-23T08:00:00Z') })).toBe('2028-11-23T08:00:00.000Z'); // exactly 2 years
  });

  it.each([-1, 24, 8.5])('throws for reminder hour %s, a programming error', (reminderHour) => {
    expect(() => parsePhrase('tomorrow', { now: SUNDAY_EVENING, reminderHour })).toThrow(
      new RangeError(`reminder hour must be 0-23, got ${reminderHour}`),
    );
  });

  it('takes reminder hours 0 and 23', () => {
    expect(due('tomorrow', { reminderHour: 0 })).toBe('2026-11-22T23:00:00.000Z');
    expect(due('tomorrow', { reminderHour: 23 })).toBe('2026-11-23T22:00:00.000Z');
  });

  it('throws for invalid work days', () => {
    expect(() => parsePhrase('next week', { now: SUNDAY_EVENING, workDays: [] })).toThrow(RangeError);
  });
});

describe('daylight saving time', () => {
  it('keeps 09:00 local across the end of summer time in Berlin (25 Oct 2026)', () => {
    const friday = Date.parse('2026-10-23T10:00:00Z'); // 12:00 CEST
    expect(due('in 1 business day', { now: friday })).toBe('2026-10-26T08:00:00.000Z'); // 09:00 CET
    expect(due('next week', { now: friday })).toBe('2026-10-26T08:00:00.000Z');
    expect(due('in 3 days', { now: friday })).toBe('2026-10-26T08:00:00.000Z');
  });

  it('keeps an explicit time local across the change, where chrono alone is an hour off', () => {
    const tuesday = Date.parse('2026-10-20T08:00:00Z'); // 10:00 CEST
    expect(due('in 2 weeks at 3pm', { now: tuesday })).toBe('2026-11-03T14:00:00.000Z'); // 15:00 CET
  });

  it('keeps 09:00 local across the start of daylight time in New York (8 Mar 2026)', () => {
    process.env.TZ = 'America/New_York';
    const friday = Date.parse('2026-03-06T15:00:00Z'); // 10:00 EST
    expect(due('in 1 business day', { now: friday })).toBe('2026-03-09T13:00:00.000Z'); // 09:00 EDT
    expect(due('next Tuesday', { now: friday })).toBe('2026-03-10T13:00:00.000Z');
    expect(due('tomorrow', { now: friday })).toBe('2026-03-07T14:00:00.000Z'); // Saturday, still EST
  });
});

describe.each(ZONED_WEEKS)('said on every day of $name', (week) => {
  /** Where the phrase lands seen from `now`, and at what local time; the refusal reason if refused. */
  const read = (text: string, now: Date, options: Partial<PhraseOptions> = {}) => {
    const result = parsePhrase(text, { now: now.getTime(), ...options });
    return result.ok ? `${landing(now, result.dueAt)} ${clock(result.dueAt)}` : result.reason;
  };

  describe.each(WORK_WEEK_TABLES)('$name', ({ workDays, from }) => {
    it.each(DAY_NAMES)('"in N business days" on %s evening', (day) => {
      const now = dayIn(week, day, 17, 30);
      expect(COUNTS.map((n) => read(`in ${n} business days`, now, { workDays }))).toEqual(from[day].map((to) => `${to} 09:00`));
    });
  });

  it.each(DAY_NAMES)('"tomorrow" on %s is the next calendar day, a day off or not', (day) => {
    const now = dayIn(week, day, 17, 30);
    expect(read('tomorrow', now)).toBe(`${tomorrowFrom(day)} 09:00`);
    expect(read('tomorrow', now, { workDays: [3] })).toBe(`${tomorrowFrom(day)} 09:00`);
  });
});
