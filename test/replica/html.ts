// HTML escaping and Gmail's date texts. Mirrors gmail-facts.md "Did anyone reply? — the print
// view": the date is localized text such as "Fri, Nov 20, 2026 at 9:14 AM".

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
