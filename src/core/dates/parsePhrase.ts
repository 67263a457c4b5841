/**
 * Reads a typed phrase ("next Tuesday", "in 3 business days", "friday 3pm")
 * into a due time, for a live preview while the user types. Pure: `now` is an
 * option and all calendar maths is in the runtime's local time zone.
 *
 * Our own rules run first — they encode the work week, which chrono does not
 * know — then chrono-node reads everything else. Whatever we read, `matched`
 * shows the user which words it came from, so a partial read is visible.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
// English only, from its own entry point: the package root imports every language.
import { casual } from 'chrono-node/en';
import { addDays, addMonths, addYears, getDaysInMonth, lastDayOfMonth, set, startOfDay, startOfMonth } from 'date-fns';
import { DEFAULT_REMINDER_HOUR } from '../dueDate';
import { DEFAULT_WORK_DAYS, addBusinessDays, isWorkDay, nextWorkDay, workWeekOf } from './workWeek';

export interface PhraseOptions {
  now: number;
  /** Hour (0-23) for a phrase that names a day but no time. Default 9. */
  reminderHour?: number;
  workDays?: readonly number[];
  /** Reserved for phrases in other languages; English only for now. */
  locale?: string;
}

export type PhraseResult =
  | {
      ok: true;
      dueAt: number;
      /** The words we understood, as typed, e.g. "in 3 business days". */
      matched: string;
      hadTime: boolean;
    }
  | { ok: false; reason: 'empty' | 'unparseable' | 'past' | 'too-far'; message: string };

// Phrases are typed by hand; anything longer is not a date, and capping it
// bounds the work done per keystroke.
const MAX_LENGTH = 200;
const HORIZON_YEARS = 2;

interface Context {
  now: Date;
  today: Date;
  reminderHour: number;
  workDays: readonly number[];
}

interface Time {
  hours: number;
  minutes: number;
  seconds?: number;
  milliseconds?: number;
}

interface Reading {
  start: number;
  end: number;
  dueAt: number;
  hadTime: boolean;
}

export function parsePhrase(text: string, options: PhraseOptions): PhraseResult {
  const reminderHour = options.reminderHour ?? DEFAULT_REMINDER_HOUR;
  if (!Number.isInteger(reminderHour) || reminderHour < 0 || reminderHour > 23) {
    throw new RangeError(`reminder hour must be 0-23, got ${reminderHour}`);
  }
  const input = text.trim();
  if (!input) return refuse('empty', 'Type when to follow up, e.g. “next Tuesday” or “in 3 days”.');
  if (input.length > MAX_LENGTH) {
    return refuse('unparseable', 'That is too long to read as a date — try something like “next Tuesday”.');
  }
  const now = new Date(options.now);
  const context: Context = {
    now,
    today: startOfDay(now),
    reminderHour,
    workDays: options.workDays ?? DEFAULT_WORK_DAYS,
  };
  const own = readOwnRule(input, context);
  const reading = own === undefined ? readChrono(input, context) : own;
  if (!reading) {
    return refuse('unparseable', `Couldn’t read “${input}” as a date — try “next Tuesday” or “in 3 days”.`);
  }

  // chrono keeps the comma in "by Friday, I'll call"; the user didn't mean it.
  const matched = input.slice(reading.start, reading.end).replace(/[\s,;:]+$/, '');
  if (reading.dueAt <= options.now) return refuse('past', `“${matched}” is in the past — pick a future time.`);
  if (reading.dueAt > addYears(now, HORIZON_YEARS).getTime()) {
    return refuse('too-far', `“${matched}” is more than ${HORIZON_YEARS} years away — pick a nearer date.`);
  }
  return { ok: true, dueAt: reading.dueAt, matched, hadTime: reading.hadTime };
}

function refuse(reason: 'empty' | 'unparseable' | 'past' | 'too-far', message: string): PhraseResult {
  return { ok: false, reason, message };
}

// ---------------------------------------------------------------- own rules

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Rule {
  pattern: RegExp;
  /** The day the phrase names, or null when its words are unreadable. */
  day(match: RegExpExecArray, context: Context): { day: Date; end?: number } | null;
}

// Order matters: "end of next week" must win over "next week".
const RULES: Rule[] = [
  {
    pattern: new RegExp(String.raw`\b(?:in\s+)?(\d+|${NUMBER_WORDS.join('|')})\s+(?:business|working)\s+days?\b`, 'i'),
    day: ([, count = ''], { today, workDays }) => {
      const n = /^\d/.test(count) ? Number(count) : NUMBER_WORDS.indexOf(count.toLowerCase());
      // 1000 business days are past the horizon whatever the work week, so
      // any larger count reads as "too far" without counting that far.
      return { day: addBusinessDays(today, Math.min(n, 1000), workDays) };
    },
  },
  {
    pattern: /\b(?:the\s+)?end\s+of\s+(?:(this|next|the)\s+)?week\b/i,
    day: ([, which], context) => ({ day: weekOf(which, context).last }),
  },
  {
    pattern: /\b(?:the\s+)?end\s+of\s+(?:(this|next|the)\s+)?month\b/i,
    day: ([, which], { today, workDays }) => {
      let day = lastDayOfMonth(which?.toLowerCase() === 'next' ? addMonths(today, 1) : today);
      while (!isWorkDay(day, workDays)) day = addDays(day, -1);
      return { day };
    },
  },
  {
    // "the week of Aug 22": the date itself is chrono's to read, and must
    // follow straight after "of" — we do not hunt for it further on.
    pattern: /\b(?:the\s+)?week\s+of\s+(?=\S)/i,
    day: (match, { now, workDays }) => {
      const rest = match.input.slice(match.index + match[0].length);
      const [result] = casual.parse(rest, now, { forwardDate: true });
      if (!result || result.index !== 0 || !hasDate(result.start)) return null;
      return {
        day: workWeekOf(localDay(result.start), workDays).first,
        end: match.index + match[0].length + result.text.length,
      };
    },
  },
  {
    pattern: /\bnext\s+week\b/i,
    day: (_match, context) => ({ day: weekOf('next', context).first }),
  },
  {
    pattern: /\bnext\s+month\b/i,
    day: (_match, { today, workDays }) => ({ day: onOrAfterWorkDay(startOfMonth(addMonths(today, 1)), workDays) }),
  },
  {
    // chrono reads "next Tuesday" on a Sunday as the day after tomorrow; we
    // read it as Tuesday of next week, the same week "next week" names.
    pattern: /\bnext\s+(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|rsday|urday|r|rs)?\b/i,
    day: ([, name = ''], context) => {
      const { first } = weekOf('next', context);
      const weekday = WEEKDAYS.indexOf(name.toLowerCase());
      return { day: addDays(first, (weekday - first.getDay() + 7) % 7) };
    },
  },
  {
    // "the 3rd": chrono leaves a bare day of the month unread. "the 3rd of
    // December" is left to chrono, which reads the month too.
    pattern: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)/i,
    day: ([, date], { today }) => {
      const n = Number(date);
      for (let ahead = 0; ahead < 3; ahead++) {
        const month = addMonths(startOfMonth(today), ahead);
        if (n >= 1 && n <= getDaysInMonth(month) && (ahead > 0 || n >= today.getDate())) {
          return { day: set(month, { date: n }) };
        }
      }
      return null;
    },
  },
];

/** undefined: no rule applies; null: a rule applies but its words don't read as a date. */
function readOwnRule(input: string, context: Context): Reading | null | undefined {
  for (const rule of RULES) {
    const match = rule.pattern.exec(input);
    if (!match) continue;
    // Once the words are ours, a failed read is final: handing them to
    // chrono would read part of the phrase and guess at the rest.
    const found = rule.day(match, context);
    if (!found) return null;
    const start = match.index;
    const end = found.end ?? start + match[0].length;
    const time = timeAround(input, start, end, context);
    const dueAt = at(found.day, time?.time ?? { hours: context.reminderHour, minutes: 0 });
    return {
      start: Math.min(start, time?.start ?? start),
      end: Math.max(end, time?.end ?? end),
      dueAt,
      hadTime: time !== null,
    };
  }
  return undefined;
}

function weekOf(which: string | undefined, { today, workDays }: Context) {
  const thisWeek = workWeekOf(today, workDays);
  return which?.toLowerCase() === 'next' ? workWeekOf(addDays(thisWeek.first, 7), workDays) : thisWeek;
}

function onOrAfterWorkDay(day: Date, workDays: readonly number[]): Date {
  return isWorkDay(day, workDays) ? day : nextWorkDay(day, workDays);
}

/** A time of day written next to one of our phrases: "next Tuesday at 3pm". */
function timeAround(input: string, start: number, end: number, context: Context) {
  // Blank out our phrase (keeping offsets) so chrono only sees the rest.
  const rest = input.slice(0, start) + ' '.repeat(end - start) + input.slice(end);
  const timeOnly = casual
    .parse(rest, context.now)
    .find((result) => result.start.isCertain('hour') && !hasDate(result.start));
  if (timeOnly) {
    return { time: clockOf(timeOnly.start), start: timeOnly.index, end: timeOnly.index + timeOnly.text.length };
  }
  const part = PART_OF_DAY.exec(rest);
  if (!part?.[1]) return null;
  return { time: partOfDay(part[1]), start: part.index, end: part.index + part[0].length };
}

// ------------------------------------------------------------------ chrono

const PART_OF_DAY = /\b(morning|afternoon|evening|tonight|night)\b/i;
const PART_OF_DAY_HOURS: Record<string, number> = { morning: 9, afternoon: 14, evening: 18, tonight: 20, night: 20 };

function partOfDay(word: string): Time {
  return { hours: PART_OF_DAY_HOURS[word.toLowerCase()] ?? DEFAULT_REMINDER_HOUR, minutes: 0 };
}

function readChrono(input: string, context: Context): Reading | null {
  const [result] = casual.parse(input, context.now, { forwardDate: true });
  if (!result) return null;
  const span = { start: result.index, end: result.index + result.text.length };
  const { start } = result;

  const part = PART_OF_DAY.exec(result.text)?.[1];
  const time = start.isCertain('hour') ? clockOf(start) : part ? partOfDay(part) : null;
  // Nothing certain and no time of day ("this week"): refuse rather than guess.
  if (!hasDate(start) && !time) return null;
  if (explicitZone(result)) return { ...span, dueAt: result.date().getTime(), hadTime: true };

  const due = (day: Date) => at(day, time ?? { hours: context.reminderHour, minutes: 0 });
  let dueAt: number;
  if (!hasDate(start)) {
    // A time alone is today if still ahead, else tomorrow — but "this
    // afternoon" said in the evening is past, not tomorrow.
    dueAt = due(context.today);
    if (dueAt <= context.now.getTime() && !/\bthis\b/i.test(result.text)) dueAt = due(addDays(context.today, 1));
  } else if (start.isCertain('weekday') && !start.isCertain('day')) {
    // chrono's forwardDate keeps today's weekday for "Monday" on a Monday;
    // once our time has passed today, the user means next week's.
    dueAt = due(localDay(start));
    if (dueAt <= context.now.getTime()) dueAt = due(addDays(localDay(start), 7));
  } else if (start.isCertain('month') && !start.isCertain('day')) {
    // "in December", like "next month": its first work day.
    dueAt = due(onOrAfterWorkDay(startOfMonth(localDay(start)), context.workDays));
  } else {
    dueAt = due(localDay(start));
  }
  return { ...span, dueAt, hadTime: time !== null };
}

function hasDate(components: ParsedComponents): boolean {
  return (['day', 'weekday', 'month', 'year'] as const).some((c) => components.isCertain(c));
}

/**
 * chrono's own instant can be an hour off across a DST change ("in 2 weeks at
 * 3pm"), so we rebuild local times from its components — except when the
 * phrase names another zone ("3pm EST"), where the instant is the point.
 */
function explicitZone(result: ParsedResult): boolean {
  const offset = result.start.get('timezoneOffset');
  if (!result.start.isCertain('timezoneOffset') || offset === null) return false;
  return -result.date().getTimezoneOffset() !== offset;
}

function localDay(components: ParsedComponents): Date {
  return new Date(components.get('year') ?? 0, (components.get('month') ?? 1) - 1, components.get('day') ?? 1);
}

function clockOf(components: ParsedComponents): Time {
  return {
    hours: components.get('hour') ?? 0,
    minutes: components.get('minute') ?? 0,
    seconds: components.get('second') ?? 0,
    milliseconds: components.get('millisecond') ?? 0,
  };
}

function at(day: Date, { hours, minutes, seconds = 0, milliseconds = 0 }: Time): number {
  return set(day, { hours, minutes, seconds, milliseconds }).getTime();
}
