/**
 * Reads the open thread from Gmail's DOM: ids, subject, who wrote each
 * message Gmail has rendered. Returns a reason instead of throwing when
 * Gmail's shape is not what we know, so the caller can show nothing and log
 * why. Everything is found through `query.ts`, which never looks inside mail.
 */
import type { Recipient } from '../core/followUp';
import { hexToPermId, parseHexId, permIdToHex } from './ids';
import { ownText } from './mailText';
import { closestOf, describeMiss, firstVisible, matchesAny, queryAll, queryFirst } from './query';
import {
  MESSAGE,
  MESSAGE_BODY,
  MESSAGE_DATE,
  MESSAGE_EXPANDED,
  MESSAGE_IDS,
  MESSAGE_QUOTED,
  MESSAGE_RECIPIENTS,
  MESSAGE_SENDER,
  OLDER_MESSAGES_BAR,
  OLDER_MESSAGES_COUNT,
  THREAD_CONTAINER,
  THREAD_REPLY,
  THREAD_SUBJECT,
  THREAD_TOOLBAR,
  MESSAGE_LIST_ITEM,
} from './selectors';

export interface ThreadMessage {
  /** Legacy hex id; '' when Gmail shows none (a collapsed message, or one it has not numbered yet). */
  messageId: string;
  from: Recipient | null;
  /** Shown only in an expanded message; [] for a collapsed one. */
  to: Recipient[];
  /** From the date's title, in any of the languages we can read; null when it can't be read. */
  sentAt: number | null;
  expanded: boolean;
}

export interface ThreadView {
  threadId: string;
  threadPermId: string;
  subject: string;
  subjectElement: Element;
  /** Holds the messages, and an inline reply's compose. */
  messageContainer: Element;
  toolbar: Element | null;
  /**
   * Messages Gmail has in the DOM, in order, collapsed and expanded. NOT the
   * thread: some hide behind the "older messages" bar; never use positions.
   */
  messages: ThreadMessage[];
  /** How many messages the "N older messages" bar hides; 0 without a bar; null when a bar is there but its number can't be read. */
  hiddenCount: number | null;
  /** The thread's own Reply button (outside every mail body), if shown. */
  replyButton: HTMLElement | null;
}

/** `none`: no thread is open (a list, settings…); `unreadable`: a thread is open but not in a shape we know. */
export type ThreadViewRead =
  | { kind: 'thread'; thread: ThreadView }
  | { kind: 'none' }
  | { kind: 'unreadable'; reason: string };

export function readThreadView(doc: Document): ThreadViewRead {
  const subject = firstVisible(doc, THREAD_SUBJECT);
  if (!subject) return { kind: 'none' };

  const permAttr = subject.element.getAttribute('data-thread-perm-id');
  // data-thread-perm-id can literally be "undefined" (docs/gmail.md); the legacy id is the anchor.
  const threadId = parseHexId(subject.element.getAttribute('data-legacy-thread-id')) ?? permIdToHex(permAttr);
  if (!threadId) return unreadable('thread subject carries no usable thread id');

  const container = containerOf(doc, subject.element);
  if (!container) return unreadable(describeMiss('thread container', THREAD_CONTAINER));
  const messageElements = queryAll(container, MESSAGE);
  if (messageElements.length === 0) return unreadable(describeMiss('thread messages', MESSAGE));

  return {
    kind: 'thread',
    thread: {
      threadId,
      threadPermId: hexToPermId(threadId) ?? '',
      subject: (subject.element.textContent ?? '').trim(),
      subjectElement: subject.element,
      messageContainer: container,
      toolbar: firstVisible(doc, THREAD_TOOLBAR)?.element ?? null,
      messages: messageElements.map(readMessage),
      hiddenCount: hiddenCountOf(container),
      replyButton: replyButtonOf(doc, container),
    },
  };
}

/** The latest message in the DOM is from the user (the last message is always rendered, expanded). */
export function lastMessageIsFrom(thread: ThreadView, isUser: (email: string) => boolean): boolean {
  const from = thread.messages.at(-1)?.from;
  return !!from && isUser(from.email);
}

/**
 * What the latest message in the DOM says, without its quoted history: mail content, for reading a
 * date someone proposed, never to be logged. null when it is collapsed or shows no body.
 */
export function lastMessageText(thread: ThreadView): string | null {
  const last = queryAll(thread.messageContainer, MESSAGE).at(-1);
  if (!last || !thread.messages.at(-1)?.expanded) return null;
  const body = queryFirst(last, MESSAGE_BODY)?.element;
  return body instanceof HTMLElement ? ownText(body, MESSAGE_QUOTED) : null;
}

function unreadable(reason: string): ThreadViewRead {
  return { kind: 'unreadable', reason };
}

/** The container of the thread on screen: the one holding its subject, else the one shown. */
function containerOf(doc: Document, subject: Element): Element | null {
  const candidates = queryAll(doc, THREAD_CONTAINER);
  return (
    candidates.find((c) => c.contains(subject)) ??
    candidates.find((c) => {
      const box = c.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    }) ??
    candidates[0] ??
    null
  );
}

function readMessage(element: Element): ThreadMessage {
  const sender = queryFirst(element, MESSAGE_SENDER)?.element;
  const dateTitle = queryFirst(element, MESSAGE_DATE)?.element.getAttribute('title') ?? '';
  const ids =
    element.hasAttribute('data-legacy-message-id') || element.hasAttribute('data-message-id')
      ? element
      : queryFirst(element, MESSAGE_IDS)?.element;
  return {
    messageId:
      parseHexId(ids?.getAttribute('data-legacy-message-id')) ?? permIdToHex(ids?.getAttribute('data-message-id')) ?? '',
    from: sender ? personOf(sender) : null,
    to: queryAll(element, MESSAGE_RECIPIENTS).map(personOf),
    sentAt: parseDateTitle(dateTitle),
    expanded: isExpanded(element),
  };
}

/** A list item that says whether it is expanded decides; else only a `div.adn` is an expanded message. */
function isExpanded(element: Element): boolean {
  const item = closestOf(element, MESSAGE_LIST_ITEM);
  const flag = item?.getAttribute('aria-expanded');
  if (flag === 'true') return true;
  if (flag === 'false') return false;
  return matchesAny(element, MESSAGE_EXPANDED) || (!!item && matchesAny(item, MESSAGE_EXPANDED));
}

function personOf(element: Element): Recipient {
  const email = (element.getAttribute('email') ?? '').trim().toLowerCase();
  const name = (element.getAttribute('name') ?? element.textContent ?? '').trim();
  return { email, name: name || email };
}

function hiddenCountOf(container: Element): number | null {
  if (queryAll(container, OLDER_MESSAGES_BAR).length === 0) return 0;
  let total: number | null = null;
  for (const count of queryAll(container, OLDER_MESSAGES_COUNT)) {
    const n = readCount(count.textContent) ?? readCount(count.getAttribute('aria-label'));
    if (n !== null) total = (total ?? 0) + n;
  }
  return total;
}

/** Decimal digit blocks Gmail's languages write numbers in (ASCII, Arabic-Indic, Persian, Devanagari, Bengali, full width). */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10];

function readCount(text: string | null | undefined): number | null {
  const ascii = (text ?? '').replace(/\p{Nd}/gu, (ch) => {
    const code = ch.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? '?' : String(code - zero);
  });
  const match = /\d+/.exec(ascii);
  return match ? Number(match[0]) : null;
}

function replyButtonOf(doc: Document, container: Element): HTMLElement | null {
  const button = queryAll(container, THREAD_REPLY).at(-1) ?? queryAll(doc, THREAD_REPLY).at(-1);
  return button instanceof HTMLElement ? button : null;
}

// ---------------------------------------------------------------------------------------------
// Date titles. Gmail writes them in the user's language and zone: "Fri, Nov 20, 2026, 9:14 AM",
// "20 Aug 2025, 13:19" (2025-08), "26 дек. 2019 г., 22:53" (2019-12), "20. Aug. 2025, 13:19".
// We read day, month (by name, in any of LOCALES, or by number in an unambiguous numeric form),
// year and time; anything else gives null, never a guess.

const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ru', 'uk', 'pl', 'cs', 'sv', 'da', 'nb', 'fi', 'tr', 'ro', 'hu', 'ca', 'id', 'vi'];

interface NameTables {
  months: Map<string, number>;
  weekdays: Set<string>;
}
let tables: NameTables | undefined;

const normalizeWord = (word: string) => word.toLocaleLowerCase().replace(/\./g, '').normalize('NFC');

function nameTables(): NameTables {
  if (tables) return tables;
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  const addMonth = (name: string, month: number) => {
    const key = normalizeWord(name);
    if (!key || /\d/.test(key)) return;
    const known = months.get(key);
    months.set(key, known === undefined || known === month ? month : -1); // -1: means two months, never used
  };
  for (const locale of LOCALES) {
    for (const width of ['short', 'long'] as const) {
      const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: width, timeZone: 'UTC' });
      const alone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      const weekday = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2021, m, 15, 12));
        for (const part of inDate.formatToParts(date)) if (part.type === 'month') addMonth(part.value, m);
        addMonth(alone.format(date), m);
      }
      for (let d = 0; d < 7; d++) weekdays.add(normalizeWord(weekday.format(new Date(Date.UTC(2021, 0, 3 + d, 12)))));
    }
  }
  tables = { months, weekdays };
  return tables;
}

/** Epoch ms of a Gmail date title, read in the browser's zone (Gmail's); null when it can't be read. */
export function parseDateTitle(title: string): number | null {
  const text = title.normalize('NFC');
  const time = /(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([ap])\.?\s?m\b\.?)?/i.exec(text);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const period = time[3]?.toLowerCase();
  if (period === 'p' && hour < 12) hour += 12;
  if (period === 'a' && hour === 12) hour = 0;
  const datePart = text.slice(0, time.index) + ' ' + text.slice(time.index + time[0].length);
  const date = readDate(datePart);
  if (!date || hour > 23 || minute > 59) return null;
  const result = new Date(date.year, date.month, date.day, hour, minute);
  return result.getMonth() === date.month && result.getDate() === date.day ? result.getTime() : null;
}

function readDate(text: string): { year: number; month: number; day: number } | null {
  const cjk = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/.exec(text);
  if (cjk) return { year: Number(cjk[1]), month: Number(cjk[2]) - 1, day: Number(cjk[3]) };
  const ymd = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/.exec(text);
  if (ymd) return { year: Number(ymd[1]), month: Number(ymd[2]) - 1, day: Number(ymd[3]) };

  const year = /(?<!\d)(\d{4})(?!\d)/.exec(text);
  if (!year) return null;
  const named = monthByName(text);
  if (named !== null) {
    const rest = text.replace(year[0], ' ');
    const day = /(?<!\d)(\d{1,2})(?!\d)/.exec(rest);
    return day ? { year: Number(year[1]), month: named, day: Number(day[1]) } : null;
  }
  const dmy = /(?<!\d)(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})(?!\d)/.exec(text);
  if (dmy) return { year: Number(dmy[3]), month: Number(dmy[2]) - 1, day: Number(dmy[1]) };
  const slashed = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(text);
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    // 12/26/2019 or 26/12/2019 can be told apart; 05/06/2019 can't.
    if (a > 12 && b <= 12) return { year: Number(slashed[3]), month: b - 1, day: a };
    if (b > 12 && a <= 12) return { year: Number(slashed[3]), month: a - 1, day: b };
  }
  return null;
}

/** The month named in the text; a word that is also a weekday ("mar." in French) counts only when no other month is named. */
function monthByName(text: string): number | null {
  const { months, weekdays } = nameTables();
  const found: Array<{ month: number; weekday: boolean }> = [];
  for (const [word] of text.matchAll(/\p{L}[\p{L}\p{M}]*\.?/gu)) {
    const key = normalizeWord(word);
    const month = months.get(key) ?? (key.length >= 3 ? prefixMonth(months, key) : undefined);
    if (month !== undefined && month >= 0) found.push({ month, weekday: weekdays.has(key) });
  }
  const pick = found.find((f) => !f.weekday) ?? (found.length === 1 ? found[0] : undefined);
  return pick ? pick.month : null;
}

/** "sept" for "sep", "juil" for "juil.": a word that a known abbreviation starts, when only one month fits. */
function prefixMonth(months: Map<string, number>, key: string): number | undefined {
  let found: number | undefined;
  for (const [name, month] of months) {
    if (month < 0 || name.length < 3 || !key.startsWith(name)) continue;
    if (found !== undefined && found !== month) return undefined;
    found = month;
  }
  return found;
}
