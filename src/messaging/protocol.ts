/**
 * The one message protocol between the extension's parts. Each message names
 * its payload schema (checked at runtime on arrival), the parts allowed to
 * send it, and its response type. Both sides import this file, so a change
 * here is a compile error everywhere it matters.
 */
import * as v from 'valibot';
import { MAX_NOTE_LENGTH, type FollowUp } from '../core/followUp';
import { email, epochMs, followUpId, followUpSchema, hexId, planSchema } from '../core/followUpSchema';
import { MAX_SEND_AS } from '../core/replies/identity';
import type { UndoOutcome } from '../core/undo';
import { hexToPermId } from '../gmail/ids';

const noteText = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH));
const footprint = v.pick(followUpSchema, ['status', 'dueAt', 'promisedAt', 'firedAt', 'unshown']);

/** Who sent a message, as established from the browser's `sender`, never from the payload. */
export type Origin = 'gmail' | 'extension-page';

export const schemas = {
  // What the caller knows of a new follow-up: the model's own fields, by the model's rules.
  // The thread's perm id is derived from its id, never trusted from the tab; a tab that still
  // sends it must send the same thread.
  'followUp.create': v.pipe(
    v.object({
      ...v.pick(followUpSchema, [
        'account',
        'threadId',
        'messageId',
        'subject',
        'recipients',
        'sentAt',
        'dueAt',
        'condition',
        'tracking',
      ]).entries,
      threadPermId: v.optional(followUpSchema.entries.threadPermId),
      note: v.optional(followUpSchema.entries.note),
      // null: a single reminder, dropping a plan the thread's follow-up had.
      plan: v.optional(v.nullable(planSchema)),
    }),
    v.forward(
      v.check(({ threadId, threadPermId }) => threadPermId === undefined || threadIdIsBad(threadId) || threadPermId === permIdOf(threadId)),
      ['threadPermId'],
    ),
    v.transform((input) => ({ ...input, threadPermId: permIdOf(input.threadId) })),
  ),
  'followUp.getForThread': v.object({ account: email, threadId: hexId }),
  // Only the user ends a follow-up this way; "replied" is the engine's finding, never a request.
  'followUp.end': v.object({ id: followUpId, status: v.picklist(['done', 'cancelled']) }),
  'followUp.move': v.object({ id: followUpId, dueAt: epochMs }),
  // The user did the step in progress by hand (a call, a meeting…): the plan moves on.
  'followUp.stepDone': v.object({ id: followUpId }),
  'followUp.setCondition': v.object({ id: followUpId, condition: followUpSchema.entries.condition }),
  // `previous`: the note the user's edit began from; a note changed since is never overwritten.
  'followUp.setNote': v.object({ id: followUpId, note: noteText, previous: noteText }),
  // How an ended follow-up turned out; a next step starts a follow-up due at its date.
  'followUp.setOutcome': v.variant('kind', [
    v.object({ id: followUpId, kind: v.picklist(['yes', 'no', 'no-answer']) }),
    v.object({
      id: followUpId,
      kind: v.literal('next-step'),
      dueAt: epochMs,
      condition: v.optional(followUpSchema.entries.condition),
      plan: v.optional(planSchema),
    }),
  ]),
  'followUp.delete': v.object({ id: followUpId }),
  'followUp.open': v.object({ id: followUpId }),
  // Opens the thread and its reply, for the due follow-up's next step.
  'followUp.followUpNow': v.object({ id: followUpId }),
  // The thread's control asks whether "follow up now" brought the user here.
  'followUp.takeReplyNow': v.object({ id: followUpId }),
  // Undo of the popup's own action (core/undo.ts): a deleted follow-up is checked like an imported one.
  'followUp.undo': v.variant('kind', [
    v.strictObject({ kind: v.literal('edit'), id: followUpId, before: footprint, after: footprint }),
    v.strictObject({ kind: v.literal('recreate'), followUp: followUpSchema }),
  ]),
  // An extension page changed the database directly (import, delete all): re-arm the engine.
  'data.changed': v.object({}),
  // The popup opened: re-arm the engine and show what came due, with nothing changed.
  'engine.wake': v.object({}),
  // New messages have no thread id until Gmail shows their thread: these complete it.
  'followUp.unresolved': v.object({ account: email }),
  // Threads whose reminder fired and is still open: Gmail's list marks their rows.
  'followUp.dueThreads': v.object({ account: email }),
  'followUp.resolve': v.object({ account: email, id: followUpId, threadId: hexId }),
  // messageCount: what Gmail shows (in the DOM and behind its "older messages" bar), when readable.
  'thread.opened': v.object({
    account: email,
    threadId: hexId,
    messageCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
  }),
  'account.seen': v.object({
    account: email,
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
    ik: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^[0-9a-f]{6,20}$/))]),
    // Send-as addresses Gmail offers in a compose's From selector, when one is open.
    sendAs: v.optional(v.pipe(v.array(email), v.maxLength(MAX_SEND_AS))),
  }),
} as const;

/** `thread-f:<decimal>` of a hex thread id; '' while the thread is not known yet. */
function permIdOf(threadId: string): string {
  return hexToPermId(threadId) ?? '';
}

/** A malformed thread id is reported as that alone, not also as a perm id that disagrees with it. */
function threadIdIsBad(threadId: string): boolean {
  return threadId !== '' && !v.is(hexId, threadId);
}

export type MessageType = keyof typeof schemas;
export type Payload<T extends MessageType> = v.InferOutput<(typeof schemas)[T]>;

export interface Responses {
  'followUp.create': FollowUp;
  'followUp.getForThread': FollowUp | null;
  'followUp.end': FollowUp;
  'followUp.move': FollowUp;
  'followUp.stepDone': FollowUp;
  'followUp.setCondition': FollowUp;
  'followUp.setNote': FollowUp;
  'followUp.setOutcome': FollowUp;
  'followUp.delete': FollowUp;
  'followUp.open': null;
  'followUp.followUpNow': null;
  'followUp.takeReplyNow': boolean;
  'followUp.undo': UndoOutcome;
  'data.changed': null;
  'engine.wake': null;
  'followUp.unresolved': Array<Pick<FollowUp, 'id' | 'subject'>>;
  'followUp.dueThreads': string[];
  'followUp.resolve': FollowUp;
  'thread.opened': null;
  /** Every address of the user on this account (the account, send-as, other addresses). */
  'account.seen': { addresses: string[] };
}

/** Which parts may send each message: a Gmail page must not, say, delete data. */
export const allowedOrigins: Record<MessageType, readonly Origin[]> = {
  'followUp.create': ['gmail', 'extension-page'],
  'followUp.getForThread': ['gmail', 'extension-page'],
  'followUp.end': ['gmail', 'extension-page'],
  'followUp.move': ['gmail', 'extension-page'],
  'followUp.stepDone': ['gmail', 'extension-page'],
  'followUp.setCondition': ['gmail', 'extension-page'],
  'followUp.setNote': ['gmail', 'extension-page'],
  'followUp.setOutcome': ['gmail', 'extension-page'],
  // Deleting and wholesale changes are for our own pages only: a Gmail page never deletes data.
  'followUp.delete': ['extension-page'],
  'followUp.undo': ['extension-page'],
  'followUp.open': ['extension-page'],
  'followUp.followUpNow': ['extension-page'],
  'followUp.takeReplyNow': ['gmail'],
  'data.changed': ['extension-page'],
  'engine.wake': ['extension-page'],
  'followUp.unresolved': ['gmail'],
  'followUp.dueThreads': ['gmail'],
  'followUp.resolve': ['gmail'],
  'thread.opened': ['gmail'],
  'account.seen': ['gmail'],
};

export type Envelope<T extends MessageType = MessageType> = { type: T; payload: Payload<T> };

export type Reply<T extends MessageType = MessageType> =
  | { ok: true; value: Responses[T] }
  | { ok: false; error: string };

export type Parsed = { ok: true; message: Envelope } | { ok: false; reason: string };

/** Validates an incoming message. The reason names the fields, never their values (they may be mail). */
export function parseMessage(raw: unknown): Parsed {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'message is not an object' };
  }
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) {
    return { ok: false, reason: `unknown message type ${JSON.stringify(String(type).slice(0, 40))}` };
  }
  const result = v.safeParse(schemas[type as MessageType], payload);
  if (!result.success) {
    const fields = [...new Set(result.issues.map((issue) => v.getDotPath(issue) ?? '(payload)'))];
    return { ok: false, reason: `invalid ${type}: bad ${fields.join(', ')}` };
  }
  return { ok: true, message: { type: type as MessageType, payload: result.output } };
}
