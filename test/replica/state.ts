// Mailbox state operations shared by the request handler and by tests (addReply, send, undo).
// Mirrors docs/gmail.md "Identifiers" (legacy hex ids <-> thread-f:/msg-f: decimals) and
// "Compose" (what a send does to the mailbox: a new thread with label 'sent', or a reply
// appended to an existing thread).

import { decimalToHex, hexToDecimal, isLegacyHex, newLegacyId } from './ids.js';
import type { Person, ReplicaAccount, ReplicaMessage, ReplicaThread } from './types.js';

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function accountPerson(account: ReplicaAccount): Person {
  return { name: account.name, email: account.email };
}

/** The account's own address or one of its send-as addresses ("Send mail as"): mail from it is the user's. */
export function isAccountAddress(account: ReplicaAccount, email: string): boolean {
  return sameAddress(email, account.email) || (account.sendAs ?? []).some((p) => sameAddress(p.email, email));
}

/** The addresses the compose From selector offers: the account's own first, then its send-as addresses. */
export function fromChoices(account: ReplicaAccount): Person[] {
  const choices = [accountPerson(account)];
  for (const p of account.sendAs ?? []) if (!choices.some((c) => sameAddress(c.email, p.email))) choices.push(p);
  return choices;
}

/** Accepts a 16-digit hex id, `thread-f:<dec>`, `#thread-f:<dec>`, `msg-f:<dec>` or a bare decimal. */
export function normalizeId(id: string | undefined | null): string | undefined {
  if (typeof id !== 'string') return undefined;
  const clean = id.trim().toLowerCase();
  if (isLegacyHex(clean)) return clean;
  if (/^#?(thread|msg)-f:\d+$/.test(clean) || /^\d{17,20}$/.test(clean)) {
    try {
      return decimalToHex(clean);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function findThread(account: ReplicaAccount, threadHex: string): ReplicaThread | undefined {
  const hex = normalizeId(threadHex);
  return hex ? account.threads.find((t) => t.legacyId === hex) : undefined;
}

export function findThreadOfMessage(account: ReplicaAccount, messageHex: string): ReplicaThread | undefined {
  const hex = normalizeId(messageHex);
  return hex ? account.threads.find((t) => t.messages.some((m) => m.legacyId === hex)) : undefined;
}

export function isUnread(account: ReplicaAccount, thread: ReplicaThread): boolean {
  if (thread.unread !== undefined) return thread.unread;
  const last = thread.messages[thread.messages.length - 1];
  return thread.labels.includes('inbox') && !!last && !isAccountAddress(account, last.from.email);
}

/** Every legacy id in use (threads and messages, all accounts): new ids must avoid them. */
export function idTaken(accounts: ReplicaAccount[]): (hex: string) => boolean {
  const taken = new Set<string>();
  for (const a of accounts) {
    for (const t of a.threads) {
      taken.add(t.legacyId);
      for (const m of t.messages) taken.add(m.legacyId);
    }
  }
  return (hex) => taken.has(hex);
}

/** "Name <a@b>", "<a@b>", "a@b" or {name,email} -> Person; undefined if it has no valid address. */
export function parsePerson(input: unknown): Person | undefined {
  let name = '';
  let email = '';
  if (typeof input === 'string') {
    const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(input);
    if (m) {
      name = (m[1] ?? '').trim();
      email = (m[2] ?? '').trim();
    } else {
      email = input.trim();
    }
  } else if (input && typeof input === 'object') {
    const o = input as { name?: unknown; email?: unknown };
    name = typeof o.name === 'string' ? o.name.trim() : '';
    email = typeof o.email === 'string' ? o.email.trim() : '';
  }
  if (!/^[^\s@<>(),;"]+@[^\s@<>(),;"]+\.[^\s@<>(),;"]+$/.test(email)) return undefined;
  return { name, email };
}

export interface SentResult {
  thread: ReplicaThread;
  message: ReplicaMessage;
  newThread: boolean;
}

export interface OutgoingMessage {
  to: Person[];
  cc?: Person[];
  subject: string;
  body: string;
  date: number;
  scheduledAt?: number;
  /** Existing thread to append to (inline reply / forward). */
  threadHex?: string;
  /** The From address (a send-as address); default the account's own. */
  from?: Person;
}

/** Appends to the thread, or creates a new thread labelled 'sent'. */
export function sendFromAccount(
  accounts: ReplicaAccount[],
  account: ReplicaAccount,
  out: OutgoingMessage,
): SentResult {
  const taken = idTaken(accounts);
  const existing = out.threadHex ? findThread(account, out.threadHex) : undefined;
  const message: ReplicaMessage = {
    legacyId: newLegacyId(out.date, taken),
    from: out.from ?? accountPerson(account),
    to: out.to,
    ...(out.cc?.length ? { cc: out.cc } : {}),
    date: out.date,
    body: out.body,
    ...(out.scheduledAt !== undefined ? { scheduledAt: out.scheduledAt } : {}),
  };
  if (existing) {
    existing.messages.push(message);
    if (!existing.labels.includes('sent')) existing.labels.push('sent');
    return { thread: existing, message, newThread: false };
  }
  const thread: ReplicaThread = {
    legacyId: message.legacyId,
    subject: out.subject,
    labels: ['sent'],
    messages: [message],
    unread: false,
  };
  account.threads.push(thread);
  return { thread, message, newThread: true };
}

/** Someone else's message arrives in a thread (it lands in the inbox, unread). */
export function deliverReply(
  accounts: ReplicaAccount[],
  account: ReplicaAccount,
  thread: ReplicaThread,
  msg: { from: Person; to?: Person[]; cc?: Person[]; body: string; date: number },
): ReplicaMessage {
  const message: ReplicaMessage = {
    legacyId: newLegacyId(msg.date, idTaken(accounts)),
    from: msg.from,
    to: msg.to ?? [accountPerson(account)],
    ...(msg.cc?.length ? { cc: msg.cc } : {}),
    date: msg.date,
    body: msg.body,
  };
  thread.messages.push(message);
  if (!isAccountAddress(account, msg.from.email)) {
    if (!thread.labels.includes('inbox')) thread.labels.push('inbox');
    thread.unread = true;
  }
  return message;
}

/** Removes one message (undo send); removes the thread when it becomes empty. */
export function removeMessage(
  account: ReplicaAccount,
  messageHex: string,
): { thread: ReplicaThread; message: ReplicaMessage; removedThread: boolean } | undefined {
  const thread = findThreadOfMessage(account, messageHex);
  if (!thread) return undefined;
  const index = thread.messages.findIndex((m) => m.legacyId === normalizeId(messageHex));
  const [message] = thread.messages.splice(index, 1);
  if (!message) return undefined;
  let removedThread = false;
  if (thread.messages.length === 0) {
    account.threads.splice(account.threads.indexOf(thread), 1);
    removedThread = true;
  } else {
    const mine = thread.messages.some((m) => isAccountAddress(account, m.from.email));
    if (!mine) thread.labels = thread.labels.filter((l) => l !== 'sent');
  }
  return { thread, message, removedThread };
}

/** The JSON the client app renders from (GET /mail/u/N/_replica/state.json). */
export function clientThread(account: ReplicaAccount, t: ReplicaThread) {
  return {
    hex: t.legacyId,
    dec: hexToDecimal(t.legacyId),
    subject: t.subject,
    labels: [...t.labels],
    unread: isUnread(account, t),
    messages: t.messages.map((m) => ({
      hex: m.legacyId,
      dec: hexToDecimal(m.legacyId),
      from: m.from,
      to: m.to,
      cc: m.cc ?? [],
      date: m.date,
      body: m.body,
      bodyHtml: m.bodyHtml ?? null,
      scheduledAt: m.scheduledAt ?? null,
    })),
  };
}
