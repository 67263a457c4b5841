/**
 * Reads Gmail's print view (`view=pt`): the whole thread as server-rendered HTML. What we rely
 * on, with sources, is in docs/gmail.md, "The print view".
 *
 * A few lookups over the element tree read the header (account, subject, the "N messages"
 * count), then sender, date, recipients and body of each `table.message`. Any surprise yields
 * `unrecognized` with a reason, never a guess: the caller treats it as "could not check", not
 * as "no reply". A page that ended early (a message table never closed, or fewer messages than
 * the page's own count) is `unrecognized` too: a missing message could be the reply.
 */
import type { Recipient } from '../../core/followUp';
import type { PrintedThread, ThreadMessage } from '../../core/replies/message';
import { collapse, TextSink, textOf } from '../html/text';
import { attr, buildTree, findElement, forEachElement, hasClass, type El } from '../html/tree';
import { parseAddress, parseAddressList, splitLabel } from './addresses';
import { bodySkip, cleanBody } from './quotes';

export type PrintViewParse =
  | ({ kind: 'thread' } & PrintedThread)
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
    // Signed-out sessions get Google's sign-in page: "could not check".
    if (signInMarkup || html.includes('ServiceLogin')) return { kind: 'signed-out' };
    return unrecognized('no table.message');
  }
  const unclosed = tables.findIndex((table) => !table.closed);
  if (unclosed !== -1) return unrecognized(`page incomplete: message ${unclosed + 1} of ${tables.length} cut off`);
  const declared = subjectEl ? declaredCount(root, subjectEl) : null;
  if (declared !== null && declared > tables.length) {
    return unrecognized(`page incomplete: ${tables.length} of ${declared} messages`);
  }
  // More message tables than the page counts: mail with unbalanced markup escaped its body and
  // made one of its own. Which one is fake can't be told, so nothing is read.
  if (declared !== null && declared < tables.length) {
    return unrecognized(`page has ${tables.length} message tables for ${declared} messages`);
  }

  const messages: ThreadMessage[] = [];
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

/**
 * The page's own count ("3 messages", "3 Nachrichten", "3 сообщения"): the first number in
 * the cell that holds the subject, after the subject. null when the page shows none.
 */
function declaredCount(root: El, subjectEl: El): number | null {
  const cell = findElement(root, (el) => (el.tag === 'td' || el.tag === 'div') && el.children.includes(subjectEl));
  if (!cell) return null;
  const after = cell.children.slice(cell.children.indexOf(subjectEl) + 1);
  const sink = new TextSink(200);
  for (const child of after) {
    if (typeof child !== 'string' && !sink.write(child)) break;
  }
  const match = /\d{1,5}/.exec(sink.toString());
  return match ? Number(match[0]) : null;
}

/** One `table.message`; a string names what was missing. */
function readMessage(table: El): ThreadMessage | string {
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
  const { to, cc } = recipientEl ? readRecipients(recipientEl) : { to: [], cc: [] };

  const sink = new TextSink(MAX_RAW_BODY_CHARS);
  for (const row of rest) {
    if (!sink.write(row, (el) => (el === recipientEl ? 'skip' : bodySkip(el)))) break;
  }
  return { from, to, cc, dateText, body: cleanBody(sink.toString(), MAX_BODY_CHARS) };
}

/**
 * The recipient block: a `div.replyto` (Reply-To, which Gmail puts first), then a line per
 * header. The To line's label is localized ("To:", "An:", "À :", "Para:") but comes first;
 * Cc and Bcc keep their labels in every language we know. Reply-To and Bcc are not
 * recipients of the conversation.
 */
function readRecipients(block: El): { to: Recipient[]; cc: Recipient[] } {
  const to: Recipient[] = [];
  const cc: Recipient[] = [];
  const lines: string[] = [];
  for (const child of block.children) {
    if (typeof child === 'string') lines.push(...child.split('\n'));
    else if (!hasClass(child, 'replyto')) lines.push(...textOf(child, MAX_FIELD_CHARS).split('\n'));
  }
  let target: Recipient[] | null = null;
  let first = true;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const { label, list } = splitLabel(line);
    if (label !== null) {
      target = label === 'cc' || label === 'kopie' ? cc : label === 'bcc' || label.startsWith('reply') ? null : first ? to : cc;
      first = false;
    }
    target?.push(...parseAddressList(list));
  }
  return { to, cc };
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
