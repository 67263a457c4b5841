/**
 * What a language brings to typed dates and to the dates promised in mail: its chrono-node
 * parser, its own rules for what chrono misreads or does not know (business days, "next week"
 * as the work week's first day), and the words of promises and proposals. English is built in
 * (parsePhrase.ts, promisedDate.ts); German, French and Spanish are in ./languages, loaded
 * only for a user whose Followthrough speaks them (phraseLanguages.ts). English is read after
 * the user's language either way: "tomorrow" works everywhere.
 */
import type { Chrono } from 'chrono-node';
import { addDays } from 'date-fns';
import { inMonth, inWeek, monthStart, nextMonthsFirstWorkDay, weekOf, type Rule, type Where } from './phraseRules';
import { addBusinessDays } from './workWeek';

/** What parsePhrase needs of a language. */
export interface DateWords {
  /** chrono-node's casual parser for the language. */
  chrono: Chrono;
  /** Read before chrono, in order. */
  rules: Rule[];
  /** The word before a time (regex source): "at" in "Friday at 3pm", "um" in "Freitag um 15 Uhr". */
  at: string;
}

/** What promisedDate needs of a language: the words after which a date is a promise or a proposal. */
export interface PromiseWords {
  /** The user's own: "I'll follow up", "if I don't hear back". The date is read after the match. */
  own: RegExp[];
  /** The other person's: a proposal ("ping me") or a promise ("I'll send it"). */
  theirs: RegExp[];
  /** Words kept before the date in the quote ("by", "bis", "d'ici"), ending the text before it. */
  preposition: RegExp;
  /** The line that starts quoted history: "On … wrote:", "Am … schrieb …:". */
  attribution: RegExp;
}

export interface PhraseLanguage extends DateWords {
  promises: PromiseWords;
}

/** A language's words for the rules every language shares, each a regex source. */
export interface RuleWords {
  /** 0 to 10, as words ("zwei", "deux"). */
  numbers: string[];
  /** January to December, each as the alternatives that name it. */
  months: string[];
  /** "in 3 business days": `{count}` stands where the number goes. */
  businessDays: string;
  nextBusinessDay: string;
  nextWeek: string;
  nextMonth: string;
  /**
   * "Ende nächster Woche", "mi-janvier", "a finales de mes": named groups `part` (a key of
   * `parts`), and `week`, `month` or `{month}` (a month's name).
   */
  period: string;
  parts: Record<string, Where>;
  /** Marks the period as the next one ("nächsten", "prochain", "próxima"). */
  next: string;
  /** Days from today said in a word chrono misreads ("après-demain" as tomorrow). */
  daysFromToday?: Array<[words: string, days: number]>;
}

/** Whole words only; \b knows no accented letters. */
export function wordPattern(source: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, 'iu');
}

function indexIn(alternatives: string[], word: string): number {
  return alternatives.findIndex((source) => new RegExp(`^(?:${source})$`, 'iu').test(word));
}

export function languageRules(words: RuleWords): Rule[] {
  const count = (word = '') => (/^\d/.test(word) ? Number(word) : indexIn(words.numbers, word));
  const next = new RegExp(words.next, 'iu');
  const partOf = (word = ''): Where =>
    Object.entries(words.parts).find(([prefix]) => word.toLowerCase().startsWith(prefix))?.[1] ?? 'end';
  const countSource = String.raw`(?<count>\d+|${words.numbers.join('|')})`;
  const monthSource = `(?<name>${words.months.join('|')})`;
  return [
    { pattern: wordPattern(words.nextBusinessDay), day: (_match, { today, workDays }) => ({ day: addBusinessDays(today, 1, workDays) }) },
    {
      pattern: wordPattern(words.businessDays.replace('{count}', countSource)),
      // As in English: 1000 business days are past the horizon whatever the work week.
      day: (match, { today, workDays }) => ({ day: addBusinessDays(today, Math.min(count(match.groups?.count), 1000), workDays) }),
    },
    {
      pattern: wordPattern(words.period.replace('{month}', monthSource)),
      day: (match, context) => {
        const where = partOf(match.groups?.part);
        const isNext = next.test(match[0]);
        if (match.groups?.week) return inWeek(where, weekOf(isNext ? 'next' : 'this', context), context.workDays);
        const name = match.groups?.name;
        return inMonth(where, monthStart(isNext, name ? indexIn(words.months, name) : undefined, context), context.workDays);
      },
    },
    { pattern: wordPattern(words.nextWeek), day: (_match, context) => ({ day: weekOf('next', context).first }) },
    {
      pattern: wordPattern(words.nextMonth),
      day: (_match, context) => ({ day: nextMonthsFirstWorkDay(context) }),
    },
    ...(words.daysFromToday ?? []).map(([source, days]): Rule => ({
      pattern: wordPattern(source),
      day: (_match, { today }) => ({ day: addDays(today, days) }),
    })),
  ];
}
