/** What the background does for each message. Validation and sender checks happen before, in the router. */
import type { MessageType, Origin, Payload, Responses } from '../messaging/protocol';
import type { FollowthroughDb } from '../storage/db';
import { createFollowUp, getFollowUpForThread, setFollowUpStatus } from '../storage/followUps';

export interface HandlerContext {
  db: FollowthroughDb;
  now: () => number;
  origin: Origin;
}

export type Handlers = {
  [T in MessageType]: (payload: Payload<T>, ctx: HandlerContext) => Promise<Responses[T]>;
};

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export const handlers: Handlers = {
  'followUp.create': (payload, { db, now }) => createFollowUp(db, payload, now()),

  'followUp.getForThread': async ({ account, threadId }, { db }) =>
    (await getFollowUpForThread(db, account, threadId)) ?? null,

  'followUp.setStatus': async ({ id, status }, { db, now }) => {
    const updated = await setFollowUpStatus(db, id, status, now());
    if (!updated) throw new NotFoundError('no such follow-up');
    return updated;
  },

  'account.seen': async ({ email, index, ik }, { db, now }) => {
    // Keep a known ik when a tab could not read it this time.
    const known = await db.accounts.get(email);
    await db.accounts.put({ email, index, ik: ik || known?.ik || '', seenAt: now() });
    return null;
  },
};
