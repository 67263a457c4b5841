/**
 * Addresses as Gmail's print view writes them: `Name <email>`, `"Last, First" <email>`,
 * `<email>` or a bare `email`, in comma-separated lists.
 */
import type { Recipient } from '../../core/followUp';
import { collapse } from '../html/text';

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+$/;

/** One address; null without a valid one. The email is lower-cased, a missing name becomes the email. */
export function parseAddress(text: string): Recipient | null {
  const t = collapse(text);
  let name = '';
  let email = t;
  const open = t.lastIndexOf('<');
  if (t.endsWith('>') && open !== -1) {
    email = t.slice(open + 1, -1).trim();
    name = t.slice(0, open).trim();
  }
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).trim();
  email = email.toLowerCase();
  if (!EMAIL.test(email)) return null;
  return { name: name || email, email };
}

/** Every valid address of a list; what isn't one is left out. */
export function parseAddressList(list: string): Recipient[] {
  return splitAddressList(list).flatMap((part) => parseAddress(part) ?? []);
}

/** Splits on commas outside "quoted names" and <angle brackets>. */
function splitAddressList(list: string): string[] {
  const parts: string[] = [];
  let inQuote = false;
  let inAngle = false;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i];
    if (c === '"') inQuote = !inQuote;
    else if (c === '<' && !inQuote) inAngle = true;
    else if (c === '>' && !inQuote) inAngle = false;
    else if (c === ',' && !inQuote && !inAngle) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Gmail's localized Cc, Bcc and Reply-To labels, read as the English ones: a Bcc line must never
 * become Cc because Gmail showed it as "Cci :" or "Скрытая копия:". The To label needs no list:
 * it is the first line (parse.ts).
 */
const CANONICAL_LABELS: ReadonlyMap<string, string> = new Map([
  ...['cc', 'copie', 'kopie', 'copia', 'cópia', 'копия'].map((l) => [l, 'cc'] as const),
  ...['bcc', 'cci', 'cco', 'ccn', 'bkopie', 'скрытая копия'].map((l) => [l, 'bcc'] as const),
  ...['reply-to', 'antwort an', 'répondre à', 'responder a', 'rispondi a', 'antwoord aan', 'responder para', 'ответить']
    .map((l) => [l, 'reply-to'] as const),
]);

/**
 * A recipient line's label ("To:", "An:", "Cc:", "Bcc:"), lower-case, and the list after it.
 * Localized Cc, Bcc and Reply-To labels come back as 'cc', 'bcc' and 'reply-to'.
 */
export function splitLabel(line: string): { label: string | null; list: string } {
  const trimmed = line.trim();
  const match = /^([^:<>"@,]{1,30}):/.exec(trimmed);
  if (!match?.[1]) return { label: null, list: trimmed };
  const label = match[1].replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
  return { label: CANONICAL_LABELS.get(label) ?? label, list: trimmed.slice(match[0].length) };
}
