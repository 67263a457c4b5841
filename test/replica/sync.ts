// The replica's stand-ins for Gmail's own send traffic: POST /sync/u/N/i/s (send) and
// POST /sync/u/N/i/undo (Undo in the "Message sent" toast). Mirrors docs/gmail.md "Compose"
// (libraries learn the new thread id from Gmail's /sync/u/N/i/s request/response).
//
// Gmail's real payload is undocumented positional JSON; the replica uses plain JSON instead:
//
// POST /sync/u/N/i/s   request body (application/json):
//   { composeId: string, draftId: string,            // draftId like "msg-a:r123…" (with or without '#')
//     to: Array<string | {name, email}>,              // "Name <a@b>" or "a@b" or objects
//     cc?: Array<string | {name, email}>,
//     subject: string, body: string,                  // body = plain text
//     inReplyTo?: string,                             // legacy hex (or msg-f:<dec>) of the replied message (input[name=rm])
//     threadId?: string,                              // legacy hex (or thread-f:<dec>) of the thread for inline replies
//     from?: string | {name, email},                  // the compose's From (input[name=from]): the account's
//                                                     // address or one of its send-as addresses; default the account
//     scheduledAt?: number }                          // epoch ms ("Schedule send")
//   200 response:
//   { ok: true, action: "sent" | "scheduled", composeId, draftId,
//     threadId: "thread-f:<dec>", legacyThreadId: "<hex>",
//     messageId: "msg-f:<dec>", legacyMessageId: "<hex>",
//     newThread: boolean, date: number, scheduledAt: number | null,
//     from: {name, email} }                           // the address it went from
//   400 response: { ok: false, error: string }
//
// POST /sync/u/N/i/undo  request body: { messageId: string, threadId?: string } (hex or *-f:<dec>)
//   200 response: { ok: true, legacyThreadId, legacyMessageId, removedThread: boolean }
//   404 response: { ok: false, error }

import { hexToDecimal } from './ids.js';
import {
  findThreadOfMessage,
  fromChoices,
  isAccountAddress,
  normalizeId,
  parsePerson,
  removeMessage,
  sameAddress,
  sendFromAccount,
} from './state.js';
import type { Person, ReplicaAccount } from './types.js';

export interface SyncResult {
  status: number;
  json: unknown;
}

function fail(status: number, error: string): SyncResult {
  return { status, json: { ok: false, error } };
}

function parseBody(body: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body ?? '');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function parsePeople(value: unknown): { people: Person[]; bad: string[] } {
  const list = Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(/[,;]/) : [];
  const people: Person[] = [];
  const bad: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && !item.trim()) continue;
    const p = parsePerson(item);
    if (p) people.push(p);
    else bad.push(typeof item === 'string' ? item : JSON.stringify(item));
  }
  return { people, bad };
}

export function handleSend(
  accounts: ReplicaAccount[],
  account: ReplicaAccount,
  rawBody: string | undefined,
  now: number,
): SyncResult {
  const body = parseBody(rawBody);
  if (!body) return fail(400, 'body must be a JSON object');
  const to = parsePeople(body.to);
  const cc = parsePeople(body.cc);
  if (to.bad.length || cc.bad.length) return fail(400, `invalid address: ${[...to.bad, ...cc.bad].join(', ')}`);
  if (!to.people.length && !cc.people.length) return fail(400, 'at least one recipient is required');
  const subject = typeof body.subject === 'string' ? body.subject : '';
  const text = typeof body.body === 'string' ? body.body : '';
  const scheduledAt = typeof body.scheduledAt === 'number' && Number.isFinite(body.scheduledAt) ? body.scheduledAt : undefined;

  let from: Person | undefined;
  if (body.from !== undefined && body.from !== null && body.from !== '') {
    const asked = parsePerson(body.from);
    from = asked && fromChoices(account).find((p) => sameAddress(p.email, asked.email));
    if (!from) return fail(400, 'from is not an address of this account (Settings, "Send mail as")');
  }

  let threadHex = normalizeId(typeof body.threadId === 'string' ? body.threadId : undefined);
  if (typeof body.threadId === 'string' && body.threadId && !threadHex) return fail(400, 'malformed threadId');
  if (!threadHex && typeof body.inReplyTo === 'string' && body.inReplyTo) {
    threadHex = findThreadOfMessage(account, body.inReplyTo)?.legacyId;
  }
  if (threadHex && !account.threads.some((t) => t.legacyId === threadHex)) return fail(400, 'unknown threadId');

  const { thread, message, newThread } = sendFromAccount(accounts, account, {
    to: to.people,
    cc: cc.people,
    subject,
    body: text,
    date: scheduledAt ?? now,
    ...(scheduledAt !== undefined ? { scheduledAt } : {}),
    ...(threadHex ? { threadHex } : {}),
    ...(from ? { from } : {}),
  });
  return {
    status: 200,
    json: {
      ok: true,
      action: scheduledAt !== undefined ? 'scheduled' : 'sent',
      composeId: typeof body.composeId === 'string' ? body.composeId : null,
      draftId: typeof body.draftId === 'string' ? body.draftId : null,
      threadId: `thread-f:${hexToDecimal(thread.legacyId)}`,
      legacyThreadId: thread.legacyId,
      messageId: `msg-f:${hexToDecimal(message.legacyId)}`,
      legacyMessageId: message.legacyId,
      newThread,
      date: message.date,
      scheduledAt: scheduledAt ?? null,
      from: message.from,
    },
  };
}

export function handleUndo(account: ReplicaAccount, rawBody: string | undefined): SyncResult {
  const body = parseBody(rawBody);
  if (!body) return fail(400, 'body must be a JSON object');
  const messageHex = normalizeId(typeof body.messageId === 'string' ? body.messageId : undefined);
  if (!messageHex) return fail(400, 'messageId required');
  const thread = findThreadOfMessage(account, messageHex);
  const target = thread?.messages.find((m) => m.legacyId === messageHex);
  if (!thread || !target) return fail(404, 'no such message');
  if (!isAccountAddress(account, target.from.email)) return fail(400, 'only messages sent by the account can be undone');
  const removed = removeMessage(account, messageHex);
  if (!removed) return fail(404, 'no such message');
  return {
    status: 200,
    json: {
      ok: true,
      legacyThreadId: removed.thread.legacyId,
      legacyMessageId: removed.message.legacyId,
      removedThread: removed.removedThread,
    },
  };
}
