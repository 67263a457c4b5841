/**
 * The phrases we read ourselves, before chrono-node: the ones that need the
 * work week (which chrono does not know) or that chrono reads wrongly
 * ("Thursday next week" as Thursday of this week, "mid-December" as the 1st,
 * "last Friday" as the coming Friday). Each rule turns its words into a day;
 * parsePhrase adds the time.
 */
import { casual } from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { addDays, addMonths, addWeeks, getDaysInMonth, lastDayOfMonth, set, startOfMonth, startOfYear } from 'date-fns';
import { addBusinessDays, isWorkDay, nextWorkDay, workWeekOf, type WorkWeek } from './workWeek';

export interface Context {
  now: Date;
  today: Date;
  reminderHour: number;
  workDays: readonly number[];
}

export interface Time {
  hours: number;
  minutes: number;
  seconds?: number;
  milliseconds?: number;
}

export interface RuleDay {
  day: Date;
  /** Where the phrase ends, when the rule read past its own pattern. */
  end?: number;
  /** A time the rule read along with the day ("a week from Friday at 3pm"). */
  time?: Time;
  /**
   * The phrase names the end of a period ("end of the month"): said on its
   * last day after the reminder hour, it means the end of that work day.
   */
  periodEnd?: true;
}

export interface Rule {
  pattern: RegExp;
  /** The day the phrase names, or null when its words are unreadable. */
  day(match: RegExpExecArray, context: Context): RuleDay | null;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const COUNT = String.raw`(\d+|an?|${NUMBER_WORDS.join('|')})`;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY = String.raw`(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|rsday|urday|r|rs)?`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** Which part of a period: "early", "mid", "the end of"… */
const PART = String.raw`(early|beginning\s+of|start\s+of|mid|middle\s+of|late|end\s+of)`;

function rule(source: string, day: Rule['day']): Rule {
  return { pattern: new RegExp(source, 'i'), day };
}

// Order matters: a longer phrase must win over the shorter one inside it
// ("Thursday next week" over "next week", "last day of the month" over "last day").
export const RULES: Rule[] = [
  rule(String.raw`\bnext\s+(?:business|working|work)\s+day\b`, (_match, { today, workDays }) => ({
    day: addBusinessDays(today, 1, workDays),
  })),
  rule(String.raw`\b(?:in\s+)?${COUNT}\s+(?:business|working)\s+days?\b`, ([, count = ''], { today, workDays }) => {
    // 1000 business days are past the horizon whatever the work week, so
    // any larger count reads as "too far" without counting that far.
    return { day: addBusinessDays(today, Math.min(countOf(count), 1000), workDays) };
  }),
  rule(
    String.raw`\blast\s+(?:((?:business|work|working)\s+)?day|${WEEKDAY})\s+(?:of|in)\s+(?:the\s+)?(?:(this|next)\s+)?(?:month|${MONTH})\b`,
    ([, business, weekday, which, month], context) => {
      let day = lastDayOfMonth(monthNamed(which, month, context));
      const wanted = weekday ? WEEKDAYS.indexOf(weekday.toLowerCase()) : undefined;
      while (wanted !== undefined ? day.getDay() !== wanted : business && !isWorkDay(day, context.workDays)) day = addDays(day, -1);
      return { day };
    },
  ),
  rule(
    String.raw`\b(?:towards?\s+)?(?:the\s+)?${PART}[\s-]+(?:the\s+)?(?:(this|next)\s+)?(?:(week)|month|${MONTH}(?:\s+(\d{4}))?)\b`,
    ([, part = '', which, week, month, year], context) => {
      const where = partOf(part);
      if (week) return inWeek(where, weekOf(which, context), context.workDays);
      const first = monthNamed(which, month, context, year);
      return inMonth(where, first, context.workDays);
    },
  ),
  rule(
    String.raw`\b(?:${WEEKDAY}\s+(?:of\s+)?(this|next)\s+week|(this|next)\s+week(?:['’]s)?\s+(?:on\s+)?${WEEKDAY})\b`,
    ([, before, whichBefore, whichAfter, after], context) =>
      ({ day: weekdayIn(weekOf(whichBefore ?? whichAfter, context), before ?? after ?? '') }),
  ),
  rule(String.raw`\bthe\s+week\s+after\s+next\b`, (_match, { today, workDays }) => ({
    day: workWeekOf(addDays(workWeekOf(today, workDays).first, 14), workDays).first,
  })),
  rule(String.raw`\b(?:in\s+)?a\s+fortnight\b`, (_match, { today }) => ({ day: addDays(today, 14) })),
  // British "Friday week": a week after the coming Friday.
  rule(String.raw`\b${WEEKDAY}\s+week\b(?!\s+of\b)`, ([, name = ''], { today }) => ({
    day: addDays(today, daysUntil(today, name) + 7),
  })),
  rule(String.raw`\b${COUNT}\s+(days?|weeks?)\s+(?:from|after)\s+(?=\S)`, (match, context) => {
    // The anchor ("Friday", "tomorrow", "Dec 3") is chrono's to read, straight after "from".
    const anchor = readAt(match, context);
    if (!anchor) return null;
    const n = countOf(match[1] ?? '');
    const day = /^week/i.test(match[2] ?? '') ? addWeeks(anchor.day, n) : addDays(anchor.day, n);
    return { ...anchor, day };
  }),
  // "the week of Aug 22": the date must follow straight after "of".
  rule(String.raw`\b(?:the\s+)?week\s+of\s+(?=\S)`, (match, context) => {
    const anchor = readAt(match, context);
    return anchor && { day: workWeekOf(anchor.day, context.workDays).first, end: anchor.end };
  }),
  rule(String.raw`\bnext\s+week\b`, (_match, context) => ({ day: weekOf('next', context).first })),
  rule(String.raw`\bnext\s+month\b`, (_match, context) => ({ day: nextMonthsFirstWorkDay(context) })),
  // chrono reads "next Tuesday" on a Sunday as the day after tomorrow; we
  // read it as Tuesday of next week, the same week "next week" names.
  rule(String.raw`\bnext\s+${WEEKDAY}\b`, ([, name = ''], context) => ({ day: weekdayIn(weekOf('next', context), name) })),
  // chrono reads "last Friday" forward, as the coming one. It is in the past,
  // and saying so is the point: the caller refuses it by name.
  rule(String.raw`\blast\s+(?:${WEEKDAY}|(week|month|year))\b`, ([, name, period], context) => ({
    day: lastOne(name, period, context),
  })),
  // "the 3rd": chrono leaves a bare day of the month unread. "the 3rd of
  // December" is left to chrono, which reads the month too.
  rule(String.raw`\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)`, ([, date], { today }) => {
    const n = Number(date);
    for (let ahead = 0; ahead < 3; ahead++) {
      const month = addMonths(startOfMonth(today), ahead);
      if (n >= 1 && n <= getDaysInMonth(month) && (ahead > 0 || n >= today.getDate())) {
        return { day: set(month, { date: n }) };
      }
    }
    return null;
  }),
];

function countOf(word: string): number {
  if (/^\d/.test(word)) return Number(word);
  return /^an?$/i.test(word) ? 1 : NUMBER_WORDS.indexOf(word.toLowerCase());
}

export type Where = 'start' | 'middle' | 'end';

function partOf(words: string): Where {
  if (/^(early|beginning|start)/i.test(words)) return 'start';
  return /^(mid|middle)/i.test(words) ? 'middle' : 'end';
}

export function inWeek(where: Where, { first, last }: WorkWeek, workDays: readonly number[]): RuleDay {
  if (where === 'start') return { day: first };
  if (where === 'end') return { day: last, periodEnd: true };
  const span = Math.round((last.getTime() - first.getTime()) / 86_400_000);
  return { day: onOrAfterWorkDay(addDays(first, Math.floor(span / 2)), workDays) };
}

export function inMonth(where: Where, first: Date, workDays: readonly number[]): RuleDay {
  if (where === 'start') return { day: onOrAfterWorkDay(first, workDays) };
  if (where === 'middle') return { day: onOrAfterWorkDay(set(first, { date: 15 }), workDays) };
  let day = lastDayOfMonth(first);
  while (!isWorkDay(day, workDays)) day = addDays(day, -1);
  return { day, periodEnd: true };
}

/** The first day of the month a phrase names: "this"/"next"/"the" month, or a month by name. */
function monthNamed(which: string | undefined, name: string | undefined, context: Context, year?: string): Date {
  return monthStart(which?.toLowerCase() === 'next', name ? MONTHS.indexOf(name.slice(0, 3).toLowerCase()) : undefined, context, year);
}

/** The first day of this or next month, or of month `index` (0-11): the coming one unless `year` says. */
export function monthStart(next: boolean, index: number | undefined, { today }: Context, year?: string): Date {
  if (index === undefined) return startOfMonth(next ? addMonths(today, 1) : today);
  // A month alone is the coming one: this year's until it is over.
  const inYear = year ? Number(year) : today.getFullYear() + (index < today.getMonth() ? 1 : 0);
  return new Date(inYear, index, 1);
}

export function weekOf(which: string | undefined, { today, workDays }: Context): WorkWeek {
  const thisWeek = workWeekOf(today, workDays);
  return which?.toLowerCase() === 'next' ? workWeekOf(addDays(thisWeek.first, 7), workDays) : thisWeek;
}

/** A weekday in a work week; days off after its work days belong to it too. */
function weekdayIn({ first }: WorkWeek, name: string): Date {
  return addDays(first, (WEEKDAYS.indexOf(name.slice(0, 3).toLowerCase()) - first.getDay() + 7) % 7);
}

/** Days from today to the coming `name`day, 0 when today is one. */
function daysUntil(today: Date, name: string): number {
  return (WEEKDAYS.indexOf(name.slice(0, 3).toLowerCase()) - today.getDay() + 7) % 7;
}

function lastOne(weekday: string | undefined, period: string | undefined, context: Context): Date {
  const { today } = context;
  if (weekday) return addDays(today, daysUntil(today, weekday) - 7);
  switch (period?.toLowerCase()) {
    case 'week':
      return addDays(weekOf('this', context).first, -7);
    case 'month':
      return startOfMonth(addMonths(today, -1));
    default:
      return startOfYear(addMonths(today, -12));
  }
}

/** chrono's reading of the words straight after a match, with the day and time it names. */
function readAt(match: RegExpExecArray, { now }: Context): RuleDay | null {
  const from = match.index + match[0].length;
  const [result] = casual.parse(match.input.slice(from), now, { forwardDate: true });
  if (!result || result.index !== 0 || !hasDate(result.start)) return null;
  return {
    day: localDay(result.start),
    end: from + result.text.length,
    ...(result.start.isCertain('hour') ? { time: clockOf(result.start) } : {}),
  };
}

/** "Next month": its first work day. */
export function nextMonthsFirstWorkDay(context: Context): Date {
  return onOrAfterWorkDay(monthStart(true, undefined, context), context.workDays);
}

export function onOrAfterWorkDay(day: Date, workDays: readonly number[]): Date {
  return isWorkDay(day, workDays) ? day : nextWorkDay(day, workDays);
}

export function hasDate(components: ParsedComponents): boolean {
  return (['day', 'weekday', 'month', 'year'] as const).some((c) => components.isCertain(c));
}

export function localDay(components: ParsedComponents): Date {
  return new Date(components.get('year') ?? 0, (components.get('month') ?? 1) - 1, components.get('day') ?? 1);
}

export function clockOf(components: ParsedComponents): Time {
  return {
    hours: components.get('hour') ?? 0,
    minutes: components.get('minute') ?? 0,
    seconds: components.get('second') ?? 0,
    milliseconds: components.get('millisecond') ?? 0,
  };
}
