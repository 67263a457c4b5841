/**
 * When is the person back? Reads the day an out-of-office text names, in the text's language,
 * with chrono-node's parser for that language. Pure: every clock value is an argument, and
 * days are local (the runtime's time zone), as the caller schedules in local days.
 *
 * Which date counts is decided by the words next to it (`returnCues` in ./phrases):
 * - "back on X", "return on X", "de retour le X", "ab X wieder im Büro" → X;
 * - "until X", "bis X", "jusqu'au X", "hasta el X", "fino al X", "tot en met X", "até X" → the
 *   day after X (they are away through X);
 * - a range, "from 3 to 10 December", "vom 3. bis 10. Dezember" → the day after its end;
 * - a date with no such word next to it (office hours, the date they left) is not read.
 * A "back" date wins over an "until" date ("out until Friday, back on Monday" → Monday).
 * Vague dates are read as the first day of the period they name: "until March" → 1 March,
 * "until next week" → the Monday of next week. A day and month without a year is put in the
 * year that makes it fall between 30 days before the reference and 335 days after, so a
 * stale responder's "until 30 November" read on 1 December is in the past, not next year.
 */
import type { Chrono, ParsedComponents, ParsedResult, Parser } from 'chrono-node';
// Each language from its own entry point, as src/core/dates does: the package root imports every locale.
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoIt from 'chrono-node/it';
import * as chronoNl from 'chrono-node/nl';
import * as chronoPt from 'chrono-node/pt';
import { dayFirst, daysInMonth } from '../dates/dayFirst';
import { LANGUAGES, PHRASES, foldText, normalizeText, type Language, type LanguagePhrases } from './phrases/index';

type Cues = LanguagePhrases['returnCues'];

const DAY_MS = 86_400_000;
/** Return dates are stated up front; reading more costs chrono time for nothing. */
const MAX_TEXT = 1_000;
/** How far before (or after) a date its cue may be: "I will be back in the office on " is 32. */
const CUE_WINDOW = 40;

/** "the 7th": the next 7th of a month, today included. chrono reads "the 7th" only with a month. */
const ORDINAL_DAY: Parser = {
  pattern: () => /\bthe ([0-3]?\d)(?:st|nd|rd|th)\b/i,
  extract: (context, match) => {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const ref = context.refDate;
    let month = new Date(ref.getFullYear(), ref.getMonth() + (day < ref.getDate() ? 1 : 0), 1);
    // Skip months too short for the day: "the 31st" said in November is in December.
    while (daysInMonth(month.getFullYear(), month.getMonth() + 1) < day) {
      month = new Date(month.getFullYear(), month.getMonth() + 1, 1);
    }
    return context
      .createParsingComponents({ day })
      .imply('month', month.getMonth() + 1)
      .imply('year', month.getFullYear());
  },
};

function withOrdinals(base: Chrono): Chrono {
  const chrono = base.clone();
  chrono.parsers.push(ORDINAL_DAY);
  return chrono;
}

const CASUAL: Readonly<Record<Language, Chrono>> = {
  en: withOrdinals(chronoEn.casual),
  de: dayFirst(chronoDe.casual),
  fr: dayFirst(chronoFr.casual),
  es: dayFirst(chronoEs.casual),
  it: dayFirst(chronoIt.casual),
  nl: dayFirst(chronoNl.casual),
  pt: dayFirst(chronoPt.casual),
};

const STRICT: Readonly<Record<Language, Chrono>> = {
  en: chronoEn.strict,
  de: chronoDe.strict,
  fr: chronoFr.strict,
  es: chronoEs.strict,
  it: chronoIt.strict,
  nl: chronoNl.strict,
  pt: chronoPt.strict,
};

type Cue = 'back' | 'until';

function foldRegExp(pattern: RegExp): RegExp {
  return new RegExp(foldText(pattern.source), pattern.flags);
}

/** The cues as they are tested: on folded text, so with their accents folded too ("até" → "ate"). */
const CUES: Readonly<Record<Language, Cues>> = Object.fromEntries(
  LANGUAGES.map((language) => {
    const { until, back, backAfter, rangeEnd } = PHRASES[language].returnCues;
    const cues: Cues = { until: foldRegExp(until), back: foldRegExp(back) };
    if (backAfter) cues.backAfter = foldRegExp(backAfter);
    if (rangeEnd) cues.rangeEnd = foldRegExp(rangeEnd);
    return [language, cues];
  }),
) as Record<Language, Cues>;

/**
 * Local midnight (epoch ms) of the first day the text says the person is back, or undefined
 * when it names no such day. `reference` (epoch ms) resolves "Friday" and years.
 */
export function returnDate(text: string, language: Language, reference: number): number | undefined {
  const normalized = normalizeText(text.slice(0, MAX_TEXT * 2)).slice(0, MAX_TEXT);
  if (!normalized) return undefined;
  const folded = foldText(normalized);
  const cues = CUES[language];
  let until: number | undefined;
  for (const result of CASUAL[language].parse(normalized, new Date(reference), { forwardDate: true })) {
    const read = readResult(result, folded, cues, reference);
    if (!read) continue;
    if (read.cue === 'back') return read.day;
    until ??= read.day;
  }
  return until;
}

function readResult(
  result: ParsedResult,
  folded: string,
  cues: Cues,
  reference: number,
): { cue: Cue; day: number } | undefined {
  const { start, end } = result;
  if (end && hasDay(end)) {
    // "Monday to Friday" is office hours, not an absence.
    if (!start.isCertain('day') && !end.isCertain('day')) return undefined;
    const day = dayOf(end, result.text, reference);
    return day && { cue: 'until', day: day.after };
  }
  const cue = cueAt(folded, result.index, result.index + result.text.length, cues, start.isCertain('day'));
  if (!cue) return undefined;
  const day = dayOf(start, result.text, reference);
  return day && { cue, day: cue === 'back' ? day.first : day.after };
}

function cueAt(folded: string, start: number, end: number, cues: Cues, dayOfMonth: boolean): Cue | undefined {
  const before = sinceSentenceStart(folded.slice(Math.max(0, start - CUE_WINDOW), start));
  if (cues.until.test(before)) return 'until';
  if (cues.back.test(before)) return 'back';
  if (cues.backAfter?.test(untilSentenceEnd(folded.slice(end, end + CUE_WINDOW)))) return 'back';
  if (dayOfMonth && cues.rangeEnd?.test(before)) return 'until';
  return undefined;
}

/**
 * Whether the words right before `index` in folded, normalized text say "until" or "back" in
 * any language: "bis nächste Woche" and "back next week" are a return, not a plan.
 */
export function returnCueBefore(folded: string, index: number): boolean {
  const before = sinceSentenceStart(folded.slice(Math.max(0, index - CUE_WINDOW), index));
  return LANGUAGES.some((language) => CUES[language].until.test(before) || CUES[language].back.test(before));
}

/**
 * Whether the words right after `index` (up to the end of the sentence) say "back" in a language
 * that puts it after the day: "morgen wieder im Büro", "morgen weer bereikbaar" are a return.
 */
export function returnCueAfter(folded: string, index: number): boolean {
  const after = untilSentenceEnd(folded.slice(index, index + CUE_WINDOW));
  return LANGUAGES.some((language) => CUES[language].backAfter?.test(after) ?? false);
}

const SENTENCE_BREAK = /[.!?]\s|\n/g;

function sinceSentenceStart(text: string): string {
  let from = 0;
  for (const match of text.matchAll(SENTENCE_BREAK)) from = match.index + match[0].length;
  return text.slice(from);
}

function untilSentenceEnd(text: string): string {
  const match = /[.!?](?:\s|$)|\n/.exec(text);
  return match ? text.slice(0, match.index) : text;
}

function hasDay(components: ParsedComponents): boolean {
  return components.isCertain('day') || components.isCertain('weekday') || components.isCertain('month');
}

const WEEK_WORDS = /\b(?:week|weeks|woche|semaine|semana|settimana|weken)\b/;

/** The day a result names (`first`) and the day after it (`after`), as local midnights. */
function dayOf(components: ParsedComponents, text: string, reference: number): { first: number; after: number } | undefined {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null) return undefined;
  if (WEEK_WORDS.test(foldText(text))) {
    // "next week": its Monday, whatever day chrono picked in it.
    const date = new Date(year, month - 1, day);
    const monday = new Date(year, month - 1, day - ((date.getDay() + 6) % 7)).getTime();
    return { first: monday, after: monday };
  }
  if (components.isCertain('day') || components.isCertain('weekday')) {
    const y = components.isCertain('year') || !components.isCertain('day') ? year : yearNear(month, day, reference);
    return { first: new Date(y, month - 1, day).getTime(), after: new Date(y, month - 1, day + 1).getTime() };
  }
  if (components.isCertain('month')) {
    const y = components.isCertain('year') ? year : yearNear(month, 1, reference);
    const first = new Date(y, month - 1, 1).getTime();
    return { first, after: first };
  }
  return undefined;
}

/** The year in which day/month falls from 30 days before the reference to 335 days after it. */
function yearNear(month: number, day: number, reference: number): number {
  const now = new Date(reference);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  for (const year of [now.getFullYear(), now.getFullYear() + 1, now.getFullYear() - 1]) {
    const at = new Date(year, month - 1, day).getTime();
    if (at >= today - 30 * DAY_MS && at < today + 335 * DAY_MS) return year;
  }
  return now.getFullYear();
}

/**
 * The moment Gmail's date text names ("Fri, Nov 20, 2026 at 9:14 AM", "Fr., 20. Nov. 2026 um
 * 09:14", "ven. 20 nov. 2026 à 09:14"), tried in each language, a reading with the time of day
 * preferred; `fallback` when none reads a full date, or the date is after the fallback (plus a
 * day) or more than five years before it.
 */
export function referenceFrom(dateText: string, fallback: number): number {
  const text = dateText.slice(0, 100);
  if (!text.trim()) return fallback;
  let dayOnly: number | undefined;
  for (const language of LANGUAGES) {
    for (const { start } of STRICT[language].parse(text, new Date(fallback))) {
      if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
      const timed = start.isCertain('hour');
      const at = new Date(
        start.get('year') ?? 0,
        (start.get('month') ?? 1) - 1,
        start.get('day') ?? 1,
        timed ? (start.get('hour') ?? 12) : 12,
        timed ? (start.get('minute') ?? 0) : 0,
      ).getTime();
      if (at > fallback + DAY_MS || at < fallback - 5 * 365 * DAY_MS) continue;
      if (timed) return at;
      dayOnly ??= at;
    }
  }
  return dayOnly ?? fallback;
}
