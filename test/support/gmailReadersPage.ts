/**
 * Runs in a page, not in Node: test/e2e/gmailReaders.test.ts bundles this file (with the readers
 * of src/gmail/ it imports) into one script and adds it to a page. It reads the page the way the
 * content script does and answers with plain data, so a test can compare it.
 */
import { readCompose, sendAsAddresses, type ComposeSnapshot } from '../../src/gmail/compose';
import { parseHexId } from '../../src/gmail/ids';
import { isInsideMail, queryAll, queryFirst } from '../../src/gmail/query';
import * as selectors from '../../src/gmail/selectors';
import { lastMessageIsFrom, lastMessageText, parseDateTitle, readThreadView, type ThreadMessage } from '../../src/gmail/threadView';

const { COMPOSE_BODY, COMPOSE_ROOT, COMPOSE_SEND, COMPOSE_SUBJECT, LIST_ROW, LIST_ROW_SUBJECT, LIST_ROW_THREAD } = selectors;

/** An element a reader returned, described without its content beyond a short text. */
export interface ElementInfo {
  tag: string;
  className: string;
  text: string;
  fixture: string | null;
  /** What query.ts says. */
  insideMail: boolean;
  /** What the fixture says: inside an element it marks `data-mail-body` (independent of query.ts). */
  inMarkedBody: boolean;
}

export type ThreadSummary =
  | { kind: 'none' }
  | { kind: 'unreadable'; reason: string }
  | {
      kind: 'thread';
      threadId: string;
      threadPermId: string;
      subject: string;
      subjectElement: ElementInfo;
      messages: ThreadMessage[];
      hiddenCount: number | null;
      replyButton: ElementInfo | null;
      toolbar: ElementInfo | null;
      lastFromUser: boolean | null;
      /** What the latest message says, without its quoted history. */
      lastText: string | null;
    };

export interface ComposeSummary extends ComposeSnapshot {
  root: ElementInfo;
  send: ElementInfo | null;
  subjectElement: ElementInfo | null;
  bodyElement: ElementInfo | null;
}

export interface PageSummary {
  thread: ThreadSummary;
  composes: ComposeSummary[];
  sendAs: string[];
  rows: Array<{ threadId: string | null; subject: string | null }>;
}

export interface ReadOptions {
  /** The user's addresses, for lastMessageIsFrom. */
  user?: string[];
  /** Read this element as a compose too (element-only captures have no div.M9). */
  composeRoot?: string;
}

function info(element: Element | null | undefined): ElementInfo | null {
  if (!element) return null;
  return {
    tag: element.tagName.toLowerCase(),
    className: typeof element.className === 'string' ? element.className : '',
    text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
    fixture: element.getAttribute('data-fixture'),
    insideMail: isInsideMail(element),
    inMarkedBody: !!element.parentElement?.closest('[data-mail-body]'),
  };
}

function composeSummary(root: Element): ComposeSummary {
  return {
    ...readCompose(root),
    root: info(root)!,
    send: info(queryFirst(root, COMPOSE_SEND)?.element),
    subjectElement: info(queryFirst(root, COMPOSE_SUBJECT)?.element),
    bodyElement: info(queryFirst(root, COMPOSE_BODY)?.element),
  };
}

function read(options: ReadOptions = {}): PageSummary {
  const view = readThreadView(document);
  let thread: ThreadSummary;
  if (view.kind === 'thread') {
    const t = view.thread;
    const user = (options.user ?? []).map((a) => a.toLowerCase());
    thread = {
      kind: 'thread',
      threadId: t.threadId,
      threadPermId: t.threadPermId,
      subject: t.subject,
      subjectElement: info(t.subjectElement)!,
      messages: t.messages,
      hiddenCount: t.hiddenCount,
      replyButton: info(t.replyButton),
      toolbar: info(t.toolbar),
      lastFromUser: options.user ? lastMessageIsFrom(t, (email) => user.includes(email.toLowerCase())) : null,
      lastText: lastMessageText(t),
    };
  } else {
    thread = view;
  }
  const roots = queryAll(document, COMPOSE_ROOT);
  const extra = options.composeRoot ? document.querySelector(options.composeRoot) : null;
  if (extra && !roots.includes(extra)) roots.push(extra);
  return {
    thread,
    composes: roots.map(composeSummary),
    sendAs: sendAsAddresses(document),
    rows: queryAll(document, LIST_ROW).map((row) => ({
      threadId: parseHexId(queryFirst(row, LIST_ROW_THREAD)?.element.getAttribute('data-legacy-thread-id')),
      subject: queryFirst(row, LIST_ROW_SUBJECT)?.element.textContent?.trim() ?? null,
    })),
  };
}

/** Every element any selector group finds, for the hostile-markup check: none may be inside mail. */
function everyMatch(): Array<{ group: string; element: ElementInfo }> {
  const out: Array<{ group: string; element: ElementInfo }> = [];
  for (const [group, value] of Object.entries(selectors)) {
    if (!Array.isArray(value) || group === 'MAIL_BODY') continue;
    for (const element of queryAll(document, value as selectors.Selectors)) out.push({ group, element: info(element)! });
    const first = queryFirst(document, value as selectors.Selectors)?.element;
    if (first) out.push({ group: `${group} (first)`, element: info(first)! });
  }
  return out;
}

declare global {
  interface Window {
    gmailReaders: {
      read: typeof read;
      everyMatch: typeof everyMatch;
      parseDateTitle: typeof parseDateTitle;
    };
  }
}

window.gmailReaders = { read, everyMatch, parseDateTitle };
