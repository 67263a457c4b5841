/** What the background does for each message. Validation and sender checks happen before, in the router. */
import type { MessageType, Origin, Payload, Responses } from '../messaging/protocol';
import type { FollowthroughDb } from '../storage/db';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../settings/settings';
import { followUpNow, openThread, takeReplyNow } from './openThread';
import { accountSeen, learnSendAs, userAddresses } from '../storage/accounts';
import { isActive, looksAtThread, type FollowUp } from '../core/followUp';
import {
  checkAt,
  completeStep,
  createFollowUp,
  deleteFollowUp,
  dueThreadIds,
  endFollowUp,
  getFollowUpForThread,
  moveFollowUp,
  recordOutcome,
  resolveThread,
  setCondition,
  setNote,
  undoAction,
  unresolvedFollowUps,
} from '../storage/followUps';

/** A thread opened again within this time of its last check is not checked again, when the tab could not count its messages. */
export const RECHECK_ON_OPEN_AFTER = 60_000;

export interface HandlerContext {
  db: FollowthroughDb;
  now: () => number;
  origin: Origin;
  /** Called after a follow-up changed, so the engine re-arms its alarm and the badge. */
  changed: () => void;
  /** Re-arms the engine with nothing changed (the popup opened): nothing to tell other parts. */
  wake: () => void;
  /** Called when the user ended or deleted a follow-up: its reminder, if shown, goes away. */
  ended: (id: string) => void;
}

/** Settings for the "is this the user" answer; the defaults when storage can't be read. */
async function loadSettingsOrDefault(): Promise<Settings> {
  return loadSettings().catch(() => DEFAULT_SETTINGS);
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
  'followUp.create': async (payload, ctx) => {
    // The address a followed-up message was sent from is the user's: Gmail's From selector offered it.
    if (payload.tracking?.kind === 'compose' && payload.tracking.from) {
      await learnSendAs(ctx.db, payload.account, [payload.tracking.from]);
    }
    return found(await createFollowUp(ctx.db, payload, ctx.now()), ctx);
  },

  'followUp.getForThread': async ({ account, threadId }, { db }) =>
    (await getFollowUpForThread(db, account, threadId)) ?? null,

  'followUp.end': async ({ id, status }, ctx) => {
    const ended = found(await endFollowUp(ctx.db, id, status, ctx.now()), ctx);
    ctx.ended(id);
    return ended;
  },

  'followUp.move': async ({ id, dueAt }, ctx) => found(await moveFollowUp(ctx.db, id, dueAt, ctx.now()), ctx),

  'followUp.stepDone': async ({ id }, ctx) => {
    const { reminderHour, workDays } = await loadSettingsOrDefault();
    const done = found(await completeStep(ctx.db, id, ctx.now(), { reminderHour, workDays }), ctx);
    // Its reminder is answered; a next step gets its own when it comes due.
    ctx.ended(id);
    return done;
  },

  'followUp.setCondition': async ({ id, condition }, ctx) => found(await setCondition(ctx.db, id, condition, ctx.now()), ctx),
  'followUp.setNote': async ({ id, note, previous }, ctx) => found(await setNote(ctx.db, id, note, previous, ctx.now()), ctx),

  'followUp.setOutcome': async ({ id, ...choice }, ctx) => found(await recordOutcome(ctx.db, id, choice, ctx.now()), ctx),

  'followUp.delete': async ({ id }, ctx) => {
    const deleted = found(await deleteFollowUp(ctx.db, id), ctx);
    ctx.ended(id);
    return deleted;
  },

  // Shows the thread in the right account's Gmail tab (focused), or a new one.
  'followUp.open': async ({ id }, ctx) => {
    const followUp = await ctx.db.followUps.get(id);
    if (!followUp) throw new NotFoundError('no such follow-up');
    await openThread(ctx.db, followUp);
    return null;
  },

  'followUp.followUpNow': async ({ id }, ctx) => {
    const followUp = await ctx.db.followUps.get(id);
    if (!followUp) throw new NotFoundError('no such follow-up');
    await followUpNow(ctx.db, followUp, ctx.now());
    return null;
  },

  'followUp.takeReplyNow': async ({ id }, ctx) => takeReplyNow(id, ctx.now()),

  // A refused undo changed nothing: the engine has nothing to re-arm.
  'followUp.undo': async (undo, ctx) => {
    const outcome = await undoAction(ctx.db, undo, ctx.now());
    if (outcome === 'undone') ctx.changed();
    return outcome;
  },

  'data.changed': async (_payload, ctx) => {
    ctx.changed();
    return null;
  },

  'engine.wake': async (_payload, ctx) => {
    ctx.wake();
    return null;
  },

  'followUp.dueThreads': async ({ account }, { db, now }) => dueThreadIds(db, account, now()),

  'followUp.unresolved': async ({ account }, { db }) =>
    (await unresolvedFollowUps(db, account)).map(({ id, subject }) => ({ id, subject })),

  'followUp.resolve': async ({ account, id, threadId }, ctx) =>
    found(await resolveThread(ctx.db, account, id, threadId, ctx.now()), ctx),

  // The user opened a tracked thread. When Gmail shows a different number of messages than the
  // last check saw, look now. The count only triggers a check, it never decides anything; when
  // the tab could not count (an unreadable "older messages" bar), look at most once a minute.
  'thread.opened': async ({ account, threadId, messageCount }, ctx) => {
    const followUp = await getFollowUpForThread(ctx.db, account, threadId);
    if (!followUp || !isActive(followUp) || !looksAtThread(followUp.condition)) return null;
    const seen = followUp.replyCheck?.messageCount;
    if (messageCount !== undefined ? messageCount === seen : ctx.now() - (followUp.replyCheck?.checkedAt ?? 0) < RECHECK_ON_OPEN_AFTER) {
      return null;
    }
    await checkAt(ctx.db, followUp.id, ctx.now());
    ctx.changed();
    return null;
  },

  'account.seen': async (sighting, { db, now }) => {
    const account = await accountSeen(db, sighting, now());
    const { otherAddresses } = await loadSettingsOrDefault();
    return { addresses: userAddresses(account, otherAddresses) };
  },
};
