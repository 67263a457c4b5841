/**
 * "7.12.", "07.12.26", "7-12": day and month in digits, which chrono's German and Dutch parsers
 * leave unread without a year. For the languages that write the day first: typed dates
 * (src/core/dates/languages) and return dates in out-of-office replies (replies/returnDate.ts).
 */
import type { Chrono, Parser } from 'chrono-node';

export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

const NUMERIC_DAY_MONTH: Parser = {
  pattern: () => /(?<![\d./-])([0-3]?\d)([./-])([01]?\d)(?:\2(\d{4}|\d{2}))?\.?(?![\d/-])/,
  extract: (context, match) => {
    const day = Number(match[1]);
    const month = Number(match[3]);
    const yearText = match[4];
    const year = yearText === undefined ? undefined : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) return null;
    const components = context.createParsingComponents({ day, month });
    if (year === undefined) components.imply('year', context.refDate.getFullYear());
    else components.assign('year', year);
    return components;
  },
};

/** `base` with the day-first digits parser added. */
export function dayFirst(base: Chrono): Chrono {
  const chrono = base.clone();
  chrono.parsers.push(NUMERIC_DAY_MONTH);
  return chrono;
}
