/** What the background does for each message. Validation and sender checks happen before, in the router. */
import type { MessageType, Origin, Payload, Responses } from '../messaging/protocol';
import type { FollowthroughDb } from '../storage/db';
import { openThread } from './openThread';
import { isActive, type FollowUp } from '../core/followUp';
import {
  checkSoon,
  createFollowUp,
  deleteFollowUp,
  dueThreadIds,
  endFollowUp,
  getFollowUpForThread,
  moveFollowUp,
  resolveThread,
  setNote,
  storeFollowUps,
  unresolvedFollowUps,
} from '../storage/followUps';

export interface HandlerContext {
  db: FollowthroughDb;
  now: () => number;
  origin: Origin;
  /** Called after a follow-up changed, so the engine re-arms its alarm and the badge. */
  changed: () => void;
}

export type Handlers = {
  [T in MessageType]: (payload: Payload<T>, ctx: HandlerContext) => Promise<Responses[T]>;
};

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

function found(followUp: FollowUp | undefined, ctx: HandlerContext): FollowUp {
  if (!followUp) throw new NotFoundError('no such follow-up');
  ctx.changed();
  return followUp;
}

export const handlers: Handlers = {
  'followUp.create': async (payload, ctx) => found(await createFollowUp(ctx.db, payload, ctx.now()), ctx),

  'followUp.getForThread': async ({ account, threadId }, { db }) =>
    (await getFollowUpForThread(db, account, threadId)) ?? null,

  'followUp.end': async ({ id, status }, ctx) => found(await endFollowUp(ctx.db, id, status, ctx.now()), ctx),

  'followUp.move': async ({ id, dueAt }, ctx) => found(await moveFollowUp(ctx.db, id, dueAt, ctx.now()), ctx),

  'followUp.setNote': async ({ id, note }, ctx) => found(await setNote(ctx.db, id, note, ctx.now()), ctx),

  'followUp.delete': async ({ id }, ctx) => found(await deleteFollowUp(ctx.db, id), ctx),

  // Shows the thread in the right account's Gmail tab (focused), or a new one.
  'followUp.open': async ({ id }, ctx) => {
    const followUp = await ctx.db.followUps.get(id);
    if (!followUp) throw new NotFoundError('no such follow-up');
    await openThread(ctx.db, followUp);
    return null;
  },

  'followUp.restore': async ({ followUp }, ctx) => {
    await storeFollowUps(ctx.db, [followUp], ctx.now());
    return found(await ctx.db.followUps.get(followUp.id), ctx);
  },

  'data.changed': async (_payload, ctx) => {
    ctx.changed();
    return null;
  },

  'followUp.dueThreads': async ({ account }, { db, now }) => dueThreadIds(db, account, now()),

  'followUp.unresolved': async ({ account }, { db }) =>
    (await unresolvedFollowUps(db, account)).map(({ id, subject }) => ({ id, subject })),

  'followUp.resolve': async ({ account, id, threadId }, ctx) =>
    found(await resolveThread(ctx.db, account, id, threadId, ctx.now()), ctx),

  // The user opened a tracked thread: if it shows messages the last check did not see, look now.
  'thread.opened': async ({ account, threadId, messageCount }, ctx) => {
    const followUp = await getFollowUpForThread(ctx.db, account, threadId);
    if (!followUp || !isActive(followUp) || followUp.condition !== 'if-no-reply') return null;
    if (followUp.replyCheck?.messageCount === messageCount) return null;
    await checkSoon(ctx.db, followUp.id, ctx.now());
    ctx.changed();
    return null;
  },

  'account.seen': async ({ email, index, ik }, { db, now }) => {
    // Keep what we knew (ik, aliases) when a tab could not read it this time.
    const known = await db.accounts.get(email);
    await db.accounts.put({ ...known, email, index, ik: ik || known?.ik || '', seenAt: now() });
    return null;
  },
};
