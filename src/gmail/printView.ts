/**
 * Reads Gmail's print view (`view=pt`): the whole thread as server-rendered HTML.
 * Structure and caveats: gmail-facts.md, "Did anyone reply? — the print view".
 *
 * This runs in the MV3 service worker, which has no DOMParser, so a small tokenizer builds a
 * lenient element tree in one linear pass (indexOf scans, no backtracking regexes over the
 * document), and a few lookups read the header, then sender, date, recipients and body of
 * each `table.message`. Any surprise yields `unrecognized`, never a guess: the caller must
 * treat it as "could not check", not as "no reply".
 */
import type { Recipient } from '../core/followUp';

export interface PrintedMessage {
  /** email lower-cased; name trimmed ('' → email) */
  from: Recipient;
  to: Recipient[];
  cc: Recipient[];
  /** The localized date text as shown, e.g. "Fri, Nov 20, 2026 at 9:14 AM". */
  dateText: string;
  /** Plain text of the new part of the message: quoted history removed. */
  body: string;
}

export type PrintViewParse =
  | { kind: 'thread'; account: string; subject: string; messages: PrintedMessage[] }
  | { kind: 'signed-out' }
  | { kind: 'unrecognized'; reason: string };

/** Body text kept per message: reply rules read the start, a bigger cap only costs memory. */
export const MAX_BODY_CHARS = 20_000;
/** Raw text gathered per body before quotes are stripped (quotes can precede new text). */
const MAX_RAW_BODY_CHARS = 4 * MAX_BODY_CHARS;
/** Cap for short fields (sender, date, recipients, subject). */
const MAX_FIELD_CHARS = 10_000;

export function parsePrintView(html: string): PrintViewParse {
  try {
    if (typeof html !== 'string' || html.trim() === '') return unrecognized('empty document');
    return readDocument(html, buildTree(html));
  } catch (error) {
    // The name only: an error message could quote mail content.
    return unrecognized(`parser error (${error instanceof Error ? error.name : typeof error})`);
  }
}

function unrecognized(reason: string): PrintViewParse {
  return { kind: 'unrecognized', reason };
}

// ---------------------------------------------------------------------------------------------
// Reading the document

function readDocument(html: string, root: El): PrintViewParse {
  const tables: El[] = [];
  let accountCell: El | null = null;
  let subjectEl: El | null = null;
  let titleEl: El | null = null;
  let signInMarkup = false;
  forEachElement(root, (el) => {
    if (el.tag === 'table' && hasClass(el, 'message')) {
      tables.push(el);
      return false; // a message's body is mail content: never look for page structure in it
    }
    if (tables.length === 0) {
      if (!accountCell && el.tag === 'td' && attr(el, 'align').toLowerCase() === 'right') accountCell = el;
      if (!subjectEl && el.tag === 'font' && attr(el, 'size') === '+1') subjectEl = el;
      if (!titleEl && el.tag === 'title') titleEl = el;
      if (looksLikeSignIn(el)) signInMarkup = true;
    }
    return true;
  });

  if (tables.length === 0) {
    // Signed-out sessions get Google's sign-in page (gmail-facts.md): "could not check".
    if (signInMarkup || html.includes('ServiceLogin')) return { kind: 'signed-out' };
    return unrecognized('no table.message');
  }

  const messages: PrintedMessage[] = [];
  for (const [index, table] of tables.entries()) {
    const message = readMessage(table);
    if (typeof message === 'string') return unrecognized(`message ${index + 1}: ${message}`);
    messages.push(message);
  }
  const account = accountCell ? parseAddress(textOf(accountCell, MAX_FIELD_CHARS))?.email ?? '' : '';
  return { kind: 'thread', account, subject: readSubject(subjectEl, titleEl), messages };
}

function looksLikeSignIn(el: El): boolean {
  if (el.tag === 'form') return attr(el, 'action').toLowerCase().includes('accounts.google.com');
  if (el.tag !== 'input') return false;
  const names = [attr(el, 'name'), attr(el, 'id')].map((v) => v.toLowerCase());
  return names.some((v) => v === 'identifier' || v === 'identifierid' || v === 'email');
}

function readSubject(subjectEl: El | null, titleEl: El | null): string {
  if (subjectEl) return collapse(textOf(subjectEl, MAX_FIELD_CHARS));
  const title = titleEl ? collapse(textOf(titleEl, MAX_FIELD_CHARS)) : '';
  return title.startsWith('Gmail - ') ? title.slice('Gmail - '.length) : '';
}

/** One `table.message`; a string names what was missing. */
function readMessage(table: El): PrintedMessage | string {
  const rows = tableRows(table);
  const senderRow = rows[0];
  if (!senderRow) return 'no rows';
  const cells = senderRow.children.filter((c): c is El => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
  const senderCell = cells[0];
  if (!senderCell) return 'no sender cell';
  const from = parseAddress(textOf(senderCell, MAX_FIELD_CHARS));
  if (!from) return 'no sender address';
  const dateText = cells[1] ? collapse(textOf(cells[1], MAX_FIELD_CHARS)) : '';

  const rest = rows.slice(1);
  let recipientEl: El | null = null;
  for (const row of rest) {
    recipientEl = findElement(row, (el) => hasClass(el, 'recipient'));
    if (recipientEl) break;
  }
  const { to, cc } = recipientEl ? parseRecipientBlock(textOf(recipientEl, MAX_FIELD_CHARS)) : { to: [], cc: [] };

  const sink = new TextSink(MAX_RAW_BODY_CHARS);
  for (const row of rest) {
    if (!sink.write(row, (el) => (el === recipientEl ? 'skip' : bodySkip(el)))) break;
  }
  return { from, to, cc, dateText, body: cleanBody(sink.toString()) };
}

/** Rows of this table (directly or via tbody/thead/tfoot), not of tables nested in it. */
function tableRows(table: El): El[] {
  const rows: El[] = [];
  for (const child of table.children) {
    if (typeof child === 'string') continue;
    if (child.tag === 'tr') rows.push(child);
    else if (child.tag === 'tbody' || child.tag === 'thead' || child.tag === 'tfoot') {
      for (const row of child.children) if (typeof row !== 'string' && row.tag === 'tr') rows.push(row);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Addresses

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+$/;

/** `Name <email>`, `"Last, First" <email>`, `<email>` or a bare `email`; null without a valid address. */
function parseAddress(text: string): Recipient | null {
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

const NOT_RECIPIENTS = new Set(['bcc', 'reply-to']);

/** The `To:` / `Cc:` lines. Reply-To and Bcc are not recipients of the conversation. */
function parseRecipientBlock(text: string): { to: Recipient[]; cc: Recipient[] } {
  const to: Recipient[] = [];
  const cc: Recipient[] = [];
  let target: Recipient[] | null = null;
  let first = true;
  for (const line of text.split('\n')) {
    const label = /^([^:<>"@,]{1,30}):/.exec(line.trim());
    let list = line;
    if (label?.[1]) {
      const key = label[1].trim().toLowerCase();
      // Localized pages label To differently ("An:", "Para:"), but it always comes first.
      target = key === 'cc' ? cc : key === 'to' ? to : first && !NOT_RECIPIENTS.has(key) ? to : null;
      first = false;
      list = line.trim().slice(label[0].length);
    }
    if (!target) continue;
    for (const part of splitAddressList(list)) {
      const person = parseAddress(part);
      if (person) target.push(person);
    }
  }
  return { to, cc };
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

// ---------------------------------------------------------------------------------------------
// Body text

/** Classes mail clients put on quoted history (Gmail, Gmail's attribution line, Yahoo, Thunderbird). */
const QUOTE_CLASSES = ['gmail_quote', 'gmail_attr', 'yahoo_quoted', 'moz-cite-prefix'];

function bodySkip(el: El): SkipDecision {
  if (el.tag === 'blockquote') return 'skip';
  // Outlook puts the quoted header here and the history after it, as siblings: stop reading.
  if (attr(el, 'id') === 'divRplyFwdMsg') return 'stop';
  return QUOTE_CLASSES.some((c) => hasClass(el, c)) ? 'skip' : 'read';
}

/** Quoted history in plain text: `>` lines and their "On … wrote:" line; Outlook's separator ends the new text. */
function cleanBody(raw: string): string {
  const out: string[] = [];
  for (const rawLine of raw.replace(LINE_SPACE_RUN, ' ').split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('--') && /^-{2,} ?Original Message ?-{2,}$/i.test(line)) break;
    if (line.startsWith('>')) {
      dropAttribution(out);
      continue;
    }
    if (line === '[Quoted text hidden]') continue; // Gmail's placeholder for collapsed history
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n').slice(0, MAX_BODY_CHARS).trim();
}

/** Removes an "On <date> <name> wrote:" line (possibly wrapped onto two lines) just before a quote. */
function dropAttribution(out: string[]): void {
  let end = out.length;
  while (end > 0 && out[end - 1] === '') end -= 1;
  const last = out[end - 1];
  if (last === undefined || !last.endsWith('wrote:')) return;
  if (last.startsWith('On ')) out.length = end - 1;
  else if (out[end - 2]?.startsWith('On ')) out.length = end - 2;
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

type SkipDecision = 'read' | 'skip' | 'stop';

/** HTML whitespace that is not a lone space (a lone space needs no rewrite: keeps replace cheap). */
const SPACE_RUN = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;
/** The same within a line, plus nbsp, which reads as a space in a plain-text body. */
const LINE_SPACE_RUN = /[\t\r\f\v\u00a0][ \t\r\f\v\u00a0]*| [ \t\r\f\v\u00a0]+/g;

/** Elements that end a line; `p` and headings leave a blank line, like innerText. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'tr', 'ul',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Content that is never shown as text. */
const HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'select']);

/**
 * Text of a subtree, roughly as innerText renders it: whitespace collapsed, a line break per
 * `<br>` and per block boundary (merged, so `<div>a</div><div>b</div>` is one break). Iterative,
 * so a deeply nested document cannot overflow the call stack.
 */
class TextSink {
  private parts: string[] = [];
  private length = 0;
  /** Newlines at the end of the output so far. */
  private trailing = 0;
  /** Line breaks a block boundary asked for, written before the next text. */
  private pending = 0;
  private pre = 0;

  constructor(private readonly limit: number) {}

  /** Appends the text of `root`; false once the limit or a 'stop' element is reached. */
  write(root: El, decide: (el: El) => SkipDecision = () => 'read'): boolean {
    const stack: Array<Node | { end: El }> = [root];
    while (stack.length > 0) {
      if (this.length >= this.limit) return false;
      const item = stack.pop()!;
      if (typeof item === 'string') {
        this.text(item);
      } else if ('end' in item) {
        this.close(item.end);
      } else {
        const decision = item === root ? 'read' : decide(item);
        if (decision === 'stop') return false;
        if (decision === 'skip' || HIDDEN.has(item.tag)) continue;
        this.open(item);
        stack.push({ end: item });
        for (let k = item.children.length - 1; k >= 0; k -= 1) stack.push(item.children[k]!);
      }
    }
    return true;
  }

  toString(): string {
    return this.parts.join('');
  }

  private open(el: El): void {
    if (el.tag === 'br') {
      this.flush();
      this.append('\n');
    } else if (BLOCK.has(el.tag)) this.pending = Math.max(this.pending, 1);
    else if (PARAGRAPH.has(el.tag)) this.pending = Math.max(this.pending, 2);
    if (el.tag === 'pre') this.pre += 1;
  }

  private close(el: El): void {
    if (BLOCK.has(el.tag)) this.pending = Math.max(this.pending, 1);
    else if (PARAGRAPH.has(el.tag)) this.pending = Math.max(this.pending, 2);
    else if (el.tag === 'td' || el.tag === 'th') this.text(' ');
    if (el.tag === 'pre') this.pre -= 1;
  }

  private text(raw: string): void {
    let text = this.pre > 0 ? raw.replace(/\r\n?/g, '\n') : raw.replace(SPACE_RUN, ' ');
    // Whitespace between blocks is not a line of its own.
    if (this.pending > 0 || this.trailing > 0 || this.length === 0) text = text.replace(/^ +/, '');
    if (text === '') return;
    this.flush();
    this.append(text);
  }

  private flush(): void {
    if (this.length > 0 && this.pending > this.trailing) this.append('\n'.repeat(this.pending - this.trailing));
    this.pending = 0;
  }

  private append(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    let n = 0;
    while (n < text.length && text[text.length - 1 - n] === '\n') n += 1;
    this.trailing = n === text.length ? this.trailing + n : n;
  }
}

function textOf(el: El, limit: number): string {
  const sink = new TextSink(limit);
  sink.write(el);
  return sink.toString().slice(0, limit);
}

// ---------------------------------------------------------------------------------------------
// Tokenizer and tree

interface El {
  tag: string;
  attrs: ReadonlyMap<string, string>;
  children: Node[];
}
/** A text node is its decoded text. */
type Node = El | string;

function attr(el: El, name: string): string {
  return el.attrs.get(name) ?? '';
}

function hasClass(el: El, name: string): boolean {
  const value = el.attrs.get('class');
  return value !== undefined && value.split(/[ \t\n\r\f]+/).includes(name);
}

/** Pre-order walk; `visit` returning false skips the element's children. */
function forEachElement(root: El, visit: (el: El) => boolean): void {
  const stack: Node[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string' || !visit(node)) continue;
    for (let k = node.children.length - 1; k >= 0; k -= 1) stack.push(node.children[k]!);
  }
}

function findElement(root: El, test: (el: El) => boolean): El | null {
  let found: El | null = null;
  forEachElement(root, (el) => {
    if (!found && test(el)) found = el;
    return !found;
  });
  return found;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not markup; title and textarea still decode entities. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noembed', 'noframes']);
/** How far an end tag looks for its element before it is ignored as stray (bounds the work). */
const MAX_END_TAG_SEARCH = 256;

/**
 * One pass over the document. End tags close the nearest open element of that name (and what
 * is open inside it) but, as in HTML, not across a table; stray end tags are ignored. Unclosed
 * or truncated markup simply ends the tree.
 */
function buildTree(html: string): El {
  const root: El = { tag: '#root', attrs: NO_ATTRS, children: [] };
  const stack: El[] = [root];
  const openCount = new Map<string, number>();
  const n = html.length;
  let i = 0;

  const top = () => stack[stack.length - 1]!;
  const addText = (text: string) => {
    if (text === '') return;
    const children = top().children;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += text;
    else children.push(text);
  };
  const close = (tag: string) => {
    if (!openCount.get(tag)) return;
    for (let d = stack.length - 1, steps = 0; d > 0 && steps < MAX_END_TAG_SEARCH; d -= 1, steps += 1) {
      const el = stack[d]!;
      if (el.tag === tag) {
        for (const popped of stack.splice(d)) openCount.set(popped.tag, (openCount.get(popped.tag) ?? 1) - 1);
        return;
      }
      if (el.tag === 'table') return;
    }
  };

  let textStart = 0; // text runs from here to the next markup
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    if (!isAlpha(next) && next !== 0x21 /* ! */ && next !== 0x2f /* / */ && next !== 0x3f /* ? */) {
      i = lt + 1; // "a < b" is text
      continue;
    }
    if (lt > textStart) addText(decodeEntities(html.slice(textStart, lt)));
    i = readMarkup(lt, next);
    textStart = i;
    if (i >= n) break;
  }
  if (textStart < n) addText(decodeEntities(html.slice(textStart)));
  return root;

  /** Handles the markup at `lt`; returns where text resumes (n when the document ends inside it). */
  function readMarkup(lt: number, next: number): number {
    if (isAlpha(next)) {
      const tag = readTag(html, lt + 1);
      if (!tag) return n; // truncated inside a tag: the rest is not content
      const el: El = { tag: tag.name, attrs: tag.attrs, children: [] };
      top().children.push(el);
      if (RAW_TEXT.has(el.tag)) {
        const closing = findClosingTag(html, el.tag, tag.end);
        const content = html.slice(tag.end, closing === -1 ? n : closing);
        if (content) el.children.push(el.tag === 'title' || el.tag === 'textarea' ? decodeEntities(content) : content);
        return closing === -1 ? n : afterGt(closing);
      }
      if (!VOID.has(el.tag)) {
        stack.push(el);
        openCount.set(el.tag, (openCount.get(el.tag) ?? 0) + 1);
      }
      return tag.end;
    }
    if (next === 0x2f && isAlpha(html.charCodeAt(lt + 2))) {
      let j = lt + 2;
      while (j < n && !isNameEnd(html.charCodeAt(j))) j += 1;
      close(html.slice(lt + 2, j).toLowerCase());
      return afterGt(j);
    }
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      return end === -1 ? n : end + 3;
    }
    return afterGt(lt + 2); // doctype, CDATA, processing instruction, `</ >`
  }

  function afterGt(from: number): number {
    const gt = html.indexOf('>', from);
    return gt === -1 ? n : gt + 1;
  }
}

const NO_ATTRS: ReadonlyMap<string, string> = new Map();

const closingTagPatterns = new Map<string, RegExp>();

function findClosingTag(html: string, tag: string, from: number): number {
  let pattern = closingTagPatterns.get(tag);
  if (!pattern) {
    pattern = new RegExp(`</${tag}[\\s/>]`, 'gi');
    closingTagPatterns.set(tag, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/** Reads `name attr=value attr="value" …>` starting at the name; null when the document ends first. */
function readTag(html: string, start: number): { name: string; attrs: ReadonlyMap<string, string>; end: number } | null {
  const n = html.length;
  let i = start;
  while (i < n && !isNameEnd(html.charCodeAt(i))) i += 1;
  const name = html.slice(start, i).toLowerCase();
  let attrs: Map<string, string> | null = null; // most tags (br, div, b) have none: share one empty map
  for (;;) {
    while (i < n && (isSpace(html.charCodeAt(i)) || html[i] === '/')) i += 1;
    if (i >= n) return null;
    if (html[i] === '>') return { name, attrs: attrs ?? NO_ATTRS, end: i + 1 };
    const nameStart = i;
    i += 1; // a first character of '=' belongs to the name
    while (i < n && !isNameEnd(html.charCodeAt(i)) && html[i] !== '=') i += 1;
    const attrName = html.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(html.charCodeAt(i))) i += 1;
    let value = '';
    if (html[i] === '=') {
      i += 1;
      while (i < n && isSpace(html.charCodeAt(i))) i += 1;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const endQuote = html.indexOf(quote, i + 1);
        if (endQuote === -1) return null;
        value = html.slice(i + 1, endQuote);
        i = endQuote + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i += 1;
        value = html.slice(valueStart, i);
      }
    }
    attrs ??= new Map();
    if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
  }
}

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x2f /* / */ || c === 0x3e /* > */;
}

// ---------------------------------------------------------------------------------------------
// Entities

/** The markup escapes Gmail emits plus the named ones common in mail; others stay as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«',
  raquo: '»', bull: '•', middot: '·', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', deg: '°',
  times: '×', shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è',
  agrave: 'à', ccedil: 'ç', ntilde: 'ñ',
};
/** Named entities browsers also decode without the semicolon. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);
const COMMON: ReadonlyArray<readonly [string, string]> = [
  ['&amp;', '&'], ['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&#39;', "'"], ['&nbsp;', '\u00a0'],
];
/** One reference, matched right after its '&' (sticky: never scans ahead). */
const ENTITY = /#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,8});?|([A-Za-z][A-Za-z0-9]{0,31})(;?)/y;

/** Decodes character references with an indexOf scan; unknown names stay as written. */
function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  const parts: string[] = [];
  let done = 0;
  while (amp !== -1) {
    let value: string | undefined;
    let end: number;
    // Gmail's own escapes are nearly every reference in a print view: skip the regex for them.
    const common = COMMON.find(([ref]) => text.startsWith(ref, amp));
    if (common) {
      [, value] = common;
      end = amp + common[0].length;
    } else {
      ENTITY.lastIndex = amp + 1;
      const match = ENTITY.exec(text);
      value = match ? entityValue(match) : undefined;
      end = ENTITY.lastIndex;
    }
    if (value !== undefined) {
      parts.push(text.slice(done, amp), value);
      done = end;
    }
    amp = text.indexOf('&', amp + 1);
  }
  parts.push(text.slice(done));
  return parts.join('');
}

function entityValue([, dec, hex, name, semi]: RegExpExecArray): string | undefined {
  if (name !== undefined) {
    const value = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
    return semi || LEGACY.has(name) ? value : undefined;
  }
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : '\ufffd';
}
