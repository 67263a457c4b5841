/**
 * Reads a typed phrase ("next Tuesday", "in 3 business days", "friday 3pm")
 * into a due time, for a live preview while the user types. Pure: `now` is an
 * option and all calendar maths is in the runtime's local time zone.
 *
 * Our own rules run first — they encode the work week, which chrono does not
 * know — then chrono-node reads everything else: in the user's language first
 * when it is German, French or Spanish (`language`, see phraseLanguage.ts),
 * then in English. Whatever we read, `matched` shows the user which words it
 * came from, so a partial read is visible.
 */
import type { ParsedResult } from 'chrono-node';
// English from its own entry point: the package root imports every language.
import { casual } from 'chrono-node/en';
import { addDays, isSameDay, set, startOfDay, startOfMonth } from 'date-fns';
import { DEFAULT_REMINDER_HOUR } from '../dueDate';
import { refuseDue, type DueRefusal } from './dueLimits';
import type { DateWords } from './phraseLanguage';
import { clockOf, hasDate, localDay, onOrAfterWorkDay, RULES, type Context, type Time } from './phraseRules';
import { DEFAULT_WORK_DAYS } from './workWeek';

export interface PhraseOptions {
  now: number;
  /** Hour (0-23) for a phrase that names a day but no time. Default 9. */
  reminderHour?: number;
  workDays?: readonly number[];
  /** The user's language, read before English (phraseLanguages.ts loads it); English alone without. */
  language?: DateWords;
}

export type PhraseResult =
  | {
      ok: true;
      dueAt: number;
      /** The words we understood, as typed, e.g. "in 3 business days". */
      matched: string;
      hadTime: boolean;
    }
  | PhraseRefusal;

/**
 * Why a phrase can't be used, as data: src/ui/dueRefusalText.ts says it in the user's language.
 * `words` are what the user typed that could not be read, as a date or as the time beside one.
 */
export type PhraseRefusal =
  | { ok: false; reason: 'empty' | 'too-long' }
  | { ok: false; reason: 'unparseable'; as: 'date' | 'time'; words: string }
  | DueRefusal;

// Phrases are typed by hand; anything longer is not a date, and capping it
// bounds the work done per keystroke.
const MAX_LENGTH = 200;

const ENGLISH: DateWords = { chrono: casual, rules: RULES, at: String.raw`at\s+|@\s*` };

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
  if (!input) return { ok: false, reason: 'empty' };
  if (input.length > MAX_LENGTH) return { ok: false, reason: 'too-long' };
  const now = new Date(options.now);
  const context: Context = {
    now,
    today: startOfDay(now),
    reminderHour,
    workDays: options.workDays ?? DEFAULT_WORK_DAYS,
  };
  const languages = options.language ? [options.language, ENGLISH] : [ENGLISH];
  let found: { reading: Reading; words: DateWords } | undefined;
  for (const words of languages) {
    const own = readOwnRule(input, context, words);
    const reading = own === undefined ? readChrono(input, context, words) : own;
    if (reading) {
      found = { reading, words };
      break;
    }
  }
  if (!found) return { ok: false, reason: 'unparseable', as: 'date', words: input };
  const { reading, words } = found;
  const unread = numberBeside(input, reading, words);
  if (unread) return { ok: false, reason: 'unparseable', as: 'time', words: unread };

  // chrono keeps the comma in "by Friday, I'll call"; the user didn't mean it.
  const matched = input.slice(reading.start, reading.end).replace(/[\s,;:]+$/, '');
  const refusal = refuseDue(reading.dueAt, options.now, matched);
  if (refusal) return refusal;
  return { ok: true, dueAt: reading.dueAt, matched, hadTime: reading.hadTime };
}

/**
 * A number written right beside the words we read and left unread: "Tuesday
 * 25pm" or "Friday at 9:75". Reading "Tuesday" alone would set a time the
 * user did not ask for, so the phrase is refused instead.
 */
function numberBeside(input: string, { start, end }: Reading, { at }: DateWords): string | undefined {
  const after = new RegExp(String.raw`^[\s,]*(?:${at})?\s*(\S*\d\S*)`, 'iu').exec(input.slice(end))?.[1];
  return after ?? new RegExp(String.raw`(\S*\d\S*)[\s,]*(?:${at})?\s*$`, 'iu').exec(input.slice(0, start))?.[1];
}

/** undefined: no rule applies; null: a rule applies but its words don't read as a date. */
function readOwnRule(input: string, context: Context, words: DateWords): Reading | null | undefined {
  for (const rule of words.rules) {
    const match = rule.pattern.exec(input);
    if (!match) continue;
    // Once the words are ours, a failed read is final: handing them to
    // chrono would read part of the phrase and guess at the rest.
    const found = rule.day(match, context);
    if (!found) return null;
    const start = match.index;
    const end = found.end ?? start + match[0].length;
    const around = found.time ? null : timeAround(input, start, end, context, words);
    const time = found.time ?? around?.time;
    let dueAt = at(found.day, time ?? { hours: context.reminderHour, minutes: 0 });
    // "end of the month" on its last day, once the reminder hour has passed:
    // the end of this work day, not a refusal.
    if (found.periodEnd && !time && dueAt <= context.now.getTime() && isSameDay(found.day, context.today)) {
      dueAt = at(found.day, { hours: Math.max(END_OF_DAY_HOUR, context.reminderHour), minutes: 0 });
    }
    return {
      start: Math.min(start, around?.start ?? start),
      end: Math.max(end, around?.end ?? end),
      dueAt,
      hadTime: time !== undefined,
    };
  }
  return undefined;
}

/** A time of day written next to the words already read: "next Tuesday at 3pm", "Friday EOD". */
function timeAround(input: string, start: number, end: number, context: Context, { chrono }: DateWords) {
  // Blank out what was read (keeping offsets) so chrono only sees the rest.
  const rest = input.slice(0, start) + ' '.repeat(end - start) + input.slice(end);
  const timeOnly = chrono
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

/** When a work day ends, for "EOD" and the last day of "end of the month". */
const END_OF_DAY_HOUR = 17;
const PART_OF_DAY =
  /\b(morning|afternoon|evening|tonight|night|eod|cob|end\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day|close\s+of\s+business)\b/i;
const PART_OF_DAY_HOURS: Record<string, number> = { morning: 9, afternoon: 14, evening: 18, tonight: 20, night: 20 };
/** Words that mean today's time, never tomorrow's: "this afternoon", "EOD". */
const TODAY_ONLY = /\b(?:this|eod|cob|end\s+of|close\s+of)\b/i;

function partOfDay(word: string): Time {
  return { hours: PART_OF_DAY_HOURS[word.toLowerCase()] ?? END_OF_DAY_HOUR, minutes: 0 };
}

function readChrono(input: string, context: Context, words: DateWords): Reading | null {
  const [result] = words.chrono.parse(input, context.now, { forwardDate: true });
  if (!result) return readPartOfDayAlone(input, context);
  let span = { start: result.index, end: result.index + result.text.length };
  const { start } = result;

  let time: Time | null = null;
  if (start.isCertain('hour')) time = clockOf(start);
  else {
    const part = PART_OF_DAY.exec(result.text)?.[1];
    const around = part ? null : timeAround(input, span.start, span.end, context, words);
    if (part) time = partOfDay(part);
    else if (around) {
      time = around.time;
      span = { start: Math.min(span.start, around.start), end: Math.max(span.end, around.end) };
    }
  }
  // Nothing certain and no time of day ("this week"): refuse rather than guess.
  if (!hasDate(start) && !time) return null;
  if (explicitZone(result)) return { ...span, dueAt: result.date().getTime(), hadTime: true };

  const due = (day: Date) => at(day, time ?? { hours: context.reminderHour, minutes: 0 });
  let dueAt: number;
  if (!hasDate(start)) {
    // A time alone is today if still ahead, else tomorrow — but "this
    // afternoon" said in the evening is past, not tomorrow.
    dueAt = due(context.today);
    if (dueAt <= context.now.getTime() && !TODAY_ONLY.test(input.slice(span.start, span.end))) {
      dueAt = due(addDays(context.today, 1));
    }
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

/** "EOD" alone, which chrono does not read: today at the end of the work day. */
function readPartOfDayAlone(input: string, context: Context): Reading | null {
  const part = PART_OF_DAY.exec(input);
  if (!part?.[1]) return null;
  return {
    start: part.index,
    end: part.index + part[0].length,
    dueAt: at(context.today, partOfDay(part[1])),
    hadTime: true,
  };
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

function at(day: Date, { hours, minutes, seconds = 0, milliseconds = 0 }: Time): number {
  return set(day, { hours, minutes, seconds, milliseconds }).getTime();
}
