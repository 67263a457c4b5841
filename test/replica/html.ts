// HTML escaping and Gmail's date texts. Mirrors docs/gmail.md "The print
// view": the date is localized text such as "Fri, Nov 20, 2026 at 9:14 AM".

import type { ReplicaLanguage } from './types.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

interface DateParts {
  weekday: string;
  month: string;
  day: string;
  year: string;
  hour: string;
  minute: string;
  dayPeriod: string;
}

function dateParts(ms: number, timeZone: string): DateParts {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  });
  const out: Record<string, string> = {};
  for (const part of fmt.formatToParts(new Date(ms))) out[part.type] = part.value;
  return {
    weekday: out.weekday ?? '',
    month: out.month ?? '',
    day: out.day ?? '',
    year: out.year ?? '',
    hour: out.hour ?? '',
    minute: out.minute ?? '',
    dayPeriod: (out.dayPeriod ?? '').toUpperCase(),
  };
}

/** "Fri, Nov 20, 2026 at 9:14 AM" (plain spaces, like Gmail's print view). */
export function formatPrintDate(ms: number, timeZone: string): string {
  const p = dateParts(ms, timeZone);
  return `${p.weekday}, ${p.month} ${p.day}, ${p.year} at ${p.hour}:${p.minute} ${p.dayPeriod}`;
}

/**
 * Gmail's date title (`span.g3[title]`) in the account's language and the given zone. English as
 * Gmail (US) writes it: "Fri, Nov 20, 2026, 9:14 AM". Other languages: the language's medium date,
 * a comma, 24-hour time: "20. Aug. 2025, 13:19", "26 дек. 2019 г., 22:53", "20 août 2025, 13:19".
 * client/app.js formats titles the same way (it cannot import this module).
 */
export function formatDateTitle(ms: number, timeZone: string, language: ReplicaLanguage = 'en'): string {
  if (language === 'en') {
    const p = dateParts(ms, timeZone);
    return `${p.weekday}, ${p.month} ${p.day}, ${p.year}, ${p.hour}:${p.minute} ${p.dayPeriod}`;
  }
  const date = new Intl.DateTimeFormat(language, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
  const time = new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
  return `${date}, ${time}`.replace(/[\u00a0\u202f]/g, ' ');
}
