/**
 * Reads the open thread from Gmail's DOM: ids, subject, who wrote each
 * message. Returns a reason instead of throwing when Gmail's shape is not
 * what we know, so the caller can show nothing and log why.
 */
import type { Recipient } from '../core/followUp';
import { hexToPermId, parseHexId, permIdToHex } from './ids';
import { describeMiss, firstVisible, queryAll, queryFirst } from './query';
import {
  MESSAGE,
  MESSAGE_DATE,
  MESSAGE_RECIPIENTS,
  MESSAGE_SENDER,
  THREAD_CONTAINER,
  THREAD_SUBJECT,
  THREAD_TOOLBAR,
} from './selectors';

export interface ThreadMessage {
  /** Legacy hex id; empty for a message Gmail has not numbered yet. */
  messageId: string;
  from: Recipient | null;
  to: Recipient[];
  /** From the date's title when the browser can read it (an English date); null otherwise. */
  sentAt: number | null;
}

export interface ThreadView {
  threadId: string;
  threadPermId: string;
  subject: string;
  subjectElement: Element;
  /** Holds the messages, and an inline reply's compose. */
  messageContainer: Element;
  toolbar: Element | null;
  messages: ThreadMessage[];
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
  // data-thread-perm-id can literally be "undefined" (gmail-facts.md); the legacy id is the anchor.
  const threadId = parseHexId(subject.element.getAttribute('data-legacy-thread-id')) ?? permIdToHex(permAttr);
  if (!threadId) return unreadable('thread subject carries no usable thread id');

  const container = queryFirst(doc, THREAD_CONTAINER);
  if (!container) return unreadable(describeMiss('thread container', THREAD_CONTAINER));
  const messageElements = queryAll(container.element, MESSAGE);
  if (messageElements.length === 0) return unreadable(describeMiss('thread messages', MESSAGE));

  return {
    kind: 'thread',
    thread: {
      threadId,
      threadPermId: hexToPermId(threadId) ?? '',
      subject: subject.element.textContent ?? '',
      subjectElement: subject.element,
      messageContainer: container.element,
      toolbar: firstVisible(doc, THREAD_TOOLBAR)?.element ?? null,
      messages: messageElements.map(readMessage),
    },
  };
}

function unreadable(reason: string): ThreadViewRead {
  return { kind: 'unreadable', reason };
}

function readMessage(element: Element): ThreadMessage {
  const sender = queryFirst(element, MESSAGE_SENDER)?.element;
  const dateTitle = queryFirst(element, MESSAGE_DATE)?.element.getAttribute('title') ?? '';
  const sentAt = Date.parse(dateTitle.replace(' at ', ' '));
  return {
    messageId:
      parseHexId(element.getAttribute('data-legacy-message-id')) ??
      permIdToHex(element.getAttribute('data-message-id')) ??
      '',
    from: sender ? personOf(sender) : null,
    to: queryAll(element, MESSAGE_RECIPIENTS).map(personOf),
    sentAt: Number.isNaN(sentAt) ? null : sentAt,
  };
}

function personOf(element: Element): Recipient {
  const email = (element.getAttribute('email') ?? '').trim().toLowerCase();
  const name = (element.getAttribute('name') ?? element.textContent ?? '').trim();
  return { email, name: name || email };
}

/** The thread's latest message is the user's own: the moment a follow-up makes sense. */
export function lastMessageIsFrom(thread: ThreadView, account: string): boolean {
  const last = thread.messages.at(-1);
  return last?.from?.email === account.toLowerCase();
}
