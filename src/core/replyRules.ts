/**
 * Did anyone reply? Decides from a thread's messages (as the print view shows them) whether
 * somebody other than the user answered after the message being followed up. Auto-replies are
 * recorded but never count: an out-of-office must not silence a reminder. Pure, no browser API.
 */
import type { Recipient } from './followUp';

export type AutoReplyKind = 'out-of-office' | 'auto-reply' | 'delivery-failure';

export interface ThreadMessageText {
  from: Recipient;
  body: string;
  dateText: string;
}

export type MessageKind = { kind: 'own' } | { kind: 'auto'; reason: AutoReplyKind } | { kind: 'human' };

export interface ReplyEvidence {
  by: Recipient;
  dateText: string;
}

export type ReplyVerdict =
  | { kind: 'replied'; evidence: ReplyEvidence }
  | { kind: 'no-reply'; autoReplies: Array<ReplyEvidence & { reason: AutoReplyKind }> };

/**
 * Only the start of a body is read for the phrases below: auto-replies say what they are up
 * front, while a human reply may quote an auto-reply or mention "out of office" further down.
 */
export const AUTO_TEXT_WINDOW = 600;

/** Local parts of the mail system's own senders: bounces come from them. */
export const DELIVERY_FAILURE_SENDERS: readonly string[] = ['mailer-daemon', 'postmaster'];
/** Display names Gmail and Postfix/Exim use for bounces, whatever the address. */
export const DELIVERY_FAILURE_NAMES: readonly string[] = ['mail delivery subsystem', 'mail delivery system'];
/** Opening lines of bounce notices (Gmail, Exchange, Postfix), for bounces relayed under other senders. */
export const DELIVERY_FAILURE_PHRASES: readonly string[] = [
  'delivery status notification',
  'address not found',
  "couldn't be delivered",
  'could not be delivered',
  'undeliverable',
  'delivery has failed',
];
/**
 * Vacation responders: they arrive within minutes of the user's mail and say nothing about it.
 * Phrased as the responder states it, in the present: a person's "sorry, I was on vacation — yes,
 * let's do it" is a reply, and counting it as an auto-reply would fire a reminder after an answer.
 */
export const OUT_OF_OFFICE_PHRASES: readonly string[] = [
  'out of office:', // the subject prefix Outlook and Gmail responders repeat
  'i am out of the office',
  "i'm out of the office",
  'i am out of office',
  "i'm out of office",
  'i will be out of the office',
  'i am currently out of',
  "i'm currently out of",
  'i am currently away',
  "i'm currently away",
  'i am on vacation',
  "i'm on vacation",
  'i am on annual leave',
  "i'm on annual leave",
  'limited access to email',
  'abwesenheitsnotiz', // German Outlook's out-of-office subject, often repeated in the body
  'je suis absent', // French, also matches "absente"
];
/** Other machine answers: ticket systems, unattended mailboxes, confirmation robots. */
export const AUTO_REPLY_PHRASES: readonly string[] = [
  'automatic reply',
  'auto-reply',
  'autoreply',
  'this is an automated',
  'this mailbox is not monitored',
];
/** Local parts that announce no human reads or writes the mailbox. */
export const AUTO_REPLY_SENDERS: readonly string[] = ['noreply', 'no-reply', 'donotreply', 'do-not-reply'];

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * A comparable form of an address: trimmed, lower-case, and for gmail.com/googlemail.com
 * without dots or `+tag` in the local part (Gmail delivers all those spellings to one mailbox).
 * Other domains keep their local part as written: dots and tags can be distinct mailboxes there.
 */
export function addressKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  const domain = address.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) return address;
  const local = address.slice(0, at).split('+')[0]!.replace(/\./g, '');
  return `${local}@gmail.com`;
}

function userKeys(userAddresses: readonly string[]): Set<string> {
  return new Set(userAddresses.map(addressKey).filter((key) => key.includes('@')));
}

function isOwn(message: ThreadMessageText, keys: ReadonlySet<string>): boolean {
  return keys.has(addressKey(message.from.email));
}

/** The local part without a `+tag`, lower-case: `MAILER-DAEMON+x@host` → `mailer-daemon`. */
function localPart(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  return (at === -1 ? address : address.slice(0, at)).split('+')[0]!;
}

function includesAny(text: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => text.includes(phrase));
}

function autoReason(message: ThreadMessageText): AutoReplyKind | null {
  const local = localPart(message.from.email);
  const name = message.from.name.trim().toLowerCase();
  if (DELIVERY_FAILURE_SENDERS.includes(local)) return 'delivery-failure';
  if (DELIVERY_FAILURE_NAMES.includes(name)) return 'delivery-failure';
  // Curly apostrophes and line breaks must not hide a phrase ("couldn’t be\ndelivered").
  const head = message.body
    .slice(0, AUTO_TEXT_WINDOW)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
  if (includesAny(head, DELIVERY_FAILURE_PHRASES)) return 'delivery-failure';
  if (includesAny(head, OUT_OF_OFFICE_PHRASES)) return 'out-of-office';
  if (includesAny(head, AUTO_REPLY_PHRASES)) return 'auto-reply';
  if (AUTO_REPLY_SENDERS.includes(local)) return 'auto-reply';
  return null;
}

function classifyWith(message: ThreadMessageText, keys: ReadonlySet<string>): MessageKind {
  if (isOwn(message, keys)) return { kind: 'own' };
  const reason = autoReason(message);
  return reason ? { kind: 'auto', reason } : { kind: 'human' };
}

export function classifyMessage(message: ThreadMessageText, userAddresses: readonly string[]): MessageKind {
  return classifyWith(message, userKeys(userAddresses));
}

function validIndex(messages: readonly unknown[], index: number | null): index is number {
  return index !== null && Number.isInteger(index) && index >= 0 && index < messages.length;
}

/**
 * The first human reply after the tracked message. Without a usable trackedIndex (null or not
 * in the thread) the user's first message stands in for it; if the user wrote none, every
 * message counts as after it.
 */
export function findReply(
  messages: readonly ThreadMessageText[],
  trackedIndex: number | null,
  userAddresses: readonly string[],
): ReplyVerdict {
  const keys = userKeys(userAddresses);
  const tracked = validIndex(messages, trackedIndex) ? trackedIndex : messages.findIndex((m) => isOwn(m, keys));
  const autoReplies: Array<ReplyEvidence & { reason: AutoReplyKind }> = [];
  for (const message of messages.slice(tracked + 1)) {
    const kind = classifyWith(message, keys);
    const evidence = { by: { name: message.from.name, email: message.from.email }, dateText: message.dateText };
    if (kind.kind === 'human') return { kind: 'replied', evidence };
    if (kind.kind === 'auto') autoReplies.push({ ...evidence, reason: kind.reason });
  }
  return { kind: 'no-reply', autoReplies };
}

/** The tracked message is by definition the user's own: if its sender differs from the account, it is an alias to remember. */
export function aliasFromTrackedMessage(
  messages: readonly ThreadMessageText[],
  trackedIndex: number | null,
  account: string,
): string | null {
  if (!validIndex(messages, trackedIndex)) return null;
  const email = messages[trackedIndex]!.from.email.trim().toLowerCase();
  if (!email.includes('@') || addressKey(email) === addressKey(account)) return null;
  // A wrong index must not teach us that a robot is the user: its bounces would then be ignored.
  const local = localPart(email);
  const robots = [...DELIVERY_FAILURE_SENDERS, ...AUTO_REPLY_SENDERS];
  return robots.includes(local) ? null : email;
}

/** Index of the message being followed up when only the thread's messages are known: the last message from the user. null if none. */
export function lastOwnIndex(messages: readonly ThreadMessageText[], userAddresses: readonly string[]): number | null {
  const keys = userKeys(userAddresses);
  for (let i = messages.length - 1; i >= 0; i -= 1) if (isOwn(messages[i]!, keys)) return i;
  return null;
}
