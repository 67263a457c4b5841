/**
 * Quoted history: what a reply repeats of earlier mail. The rules read only what the sender
 * wrote new, so a person who quotes an auto-reply, or the user's own "out of office", is
 * still read as the person's answer.
 *
 * Two layers, because mail arrives both ways:
 * - structure (HTML): `<blockquote>`, the quote containers of the common clients, and
 *   Outlook's header block, after which everything is history;
 * - plain text: `>` lines with the attribution line before them ("On … wrote:", in the seven
 *   languages we read), and the header blocks Outlook and others write in plain text
 *   ("-----Original Message-----", "From: … Sent: …" in each language).
 */
import { attr, hasClass, type El } from '../html/tree';
import { LINE_SPACE_RUN, type SkipDecision } from '../html/text';

/** Containers of quoted history: Gmail, Gmail's attribution line, Yahoo, Thunderbird, Apple Mail. */
const QUOTE_CLASSES = ['gmail_quote', 'gmail_attr', 'yahoo_quoted', 'moz-cite-prefix', 'AppleOriginalContents'];
/** Outlook (desktop and web) starts the history with one of these; everything after it is old. */
const HISTORY_START_IDS = ['divRplyFwdMsg', 'appendonsend', 'x_divRplyFwdMsg', 'mail-editor-reference-message-container'];
/** Outlook desktop's separator above "From: … Sent: …": a div with a thin top border in these colours. */
const OUTLOOK_SEPARATOR = /border-top:\s*solid\s+#(?:e1e1e1|b5c4df)/i;

export function bodySkip(el: El): SkipDecision {
  if (el.tag === 'blockquote') return 'skip';
  const id = attr(el, 'id');
  if (HISTORY_START_IDS.includes(id)) return 'stop';
  if (el.tag === 'div' && OUTLOOK_SEPARATOR.test(attr(el, 'style'))) return 'stop';
  if (hasClass(el, 'OutlookMessageHeader')) return 'stop';
  return QUOTE_CLASSES.some((c) => hasClass(el, c)) ? 'skip' : 'read';
}

/** "-----Original Message-----" and its translations (Outlook, Lotus, Apple Mail's forwards). */
const ORIGINAL_MESSAGE =
  /^-{2,} ?(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original|forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada) ?-{2,}$/i;
/**
 * The first line of a plain-text header block: "From: …" in the seven languages. A label may be
 * starred ("*From:* …"), as clients write an HTML original's bold labels in plain text.
 */
const HEADER_FROM = /^\*?(from|von|de|da|van|envoyé par)\s?:\*?\s*\S/i;
/** A second header line that confirms it ("Sent:", "Date:", "Subject:"…): a lone "From:" line may be prose. */
const HEADER_NEXT = /^\*?(sent|date|to|subject|gesendet|datum|an|betreff|envoyé|date|à|objet|enviado|fecha|para|asunto|inviato|data|a|oggetto|verzonden|datum|aan|onderwerp|enviada|enviada em|enviado em|assunto)\s?:/i;
/**
 * The line before a quote: "On Tue, Dec 1, 2026 at 9:14 AM Dana <dana@…> wrote:". Gmail and
 * Apple Mail write it in the sender's language; it may wrap onto two lines.
 */
const ATTRIBUTION_END = /(wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)\s*:$/i;
/** German and Dutch put the verb before the name: "Am … schrieb Jonas Keller <jonas@…>:", "Op … schreef Sanne <sanne@…>:". */
const ATTRIBUTION_VERB_FIRST = /\s(schrieb|schreef)\s.*\S\s*:$/i;
const ATTRIBUTION_START = /^(on|am|le|el|il giorno|il|op|em)\s/i;
/** The rule Outlook and others draw above a plain-text header block ("________", "-----"). */
const SEPARATOR_LINE = /^(_{5,}|-{5,})$/;

/** The new text of a body whose elements were read: quoted lines and header blocks removed. */
export function cleanBody(raw: string, maxChars: number): string {
  const lines = raw.replace(LINE_SPACE_RUN, ' ').split('\n').map((line) => line.trim());
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if ((line.startsWith('--') && ORIGINAL_MESSAGE.test(line)) || (HEADER_FROM.test(line) && startsHeaderBlock(lines, i))) {
      dropSeparator(out);
      break;
    }
    if (line.startsWith('>')) {
      dropAttribution(out);
      continue;
    }
    if (line === '[Quoted text hidden]') continue; // Gmail's placeholder for collapsed history
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  dropAttribution(out); // an attribution whose quote the HTML layer already removed
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n').slice(0, maxChars).trim();
}

/** A "From:" line followed within three lines by another header line: a quoted message's header. */
function startsHeaderBlock(lines: readonly string[], from: number): boolean {
  for (let k = from + 1; k <= from + 3 && k < lines.length; k += 1) {
    if (HEADER_NEXT.test(lines[k]!)) return true;
  }
  return false;
}

function isAttribution(text: string): boolean {
  return ATTRIBUTION_START.test(text) && (ATTRIBUTION_END.test(text) || ATTRIBUTION_VERB_FIRST.test(text));
}

/** Removes an attribution line (possibly wrapped onto two lines) at the end of what was kept. */
function dropAttribution(out: string[]): void {
  let end = out.length;
  while (end > 0 && out[end - 1] === '') end -= 1;
  const last = out[end - 1];
  if (last === undefined || !last.endsWith(':')) return;
  if (isAttribution(last)) out.length = end - 1;
  else if (end >= 2 && isAttribution(`${out[end - 2]} ${last}`)) out.length = end - 2;
}

/** Removes the separator rule left above a header block that ends the new text. */
function dropSeparator(out: string[]): void {
  let end = out.length;
  while (end > 0 && out[end - 1] === '') end -= 1;
  if (end > 0 && SEPARATOR_LINE.test(out[end - 1]!)) out.length = end - 1;
}
