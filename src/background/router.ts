/**
 * Every message into the background passes here: it is validated against the
 * protocol, its sender is checked (a Gmail tab also against its own account),
 * and only then is it handled. Rejections are logged with a reason and change nothing.
 */
import { log } from '../core/log';
import { allowedOrigins, parseMessage, type Reply } from '../messaging/protocol';
import { originOf, type SenderInfo } from '../messaging/sender';
import type { FollowthroughDb } from '../storage/db';
import { EndedError, NoteConflictError, NotEndedError } from '../storage/followUps';
import { checkAccountScope } from './accountScope';
import { handlers as defaultHandlers, NotFoundError, type Handlers } from './handlers';
import type { TabAccounts } from './tabAccount';

export interface RouterDeps {
  db: FollowthroughDb;
  now: () => number;
  extensionId: string;
  extensionBaseUrl: string;
  /** Which account a Gmail tab shows, as Gmail itself says. */
  tabAccounts: TabAccounts;
  changed?: () => void;
  wake?: () => void;
  ended?: (id: string) => void;
  handlers?: Handlers;
}

export async function routeMessage(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<Reply> {
  const origin = originOf(sender, deps.extensionId, deps.extensionBaseUrl);
  if (!origin) return reject('message from an unknown sender');

  const parsed = parseMessage(raw);
  if (!parsed.ok) return reject(parsed.reason);
  const { type, payload } = parsed.message;
  if (!allowedOrigins[type].includes(origin)) return reject(`${type} is not accepted from ${origin}`);

  const handle = (deps.handlers ?? defaultHandlers)[type] as (p: typeof payload, ctx: object) => Promise<unknown>;
  try {
    // Our own pages see every account; a Gmail tab only its own.
    if (origin === 'gmail') {
      const scope = await checkAccountScope(parsed.message, sender, deps);
      if (!scope.ok) return reject(scope.reason);
    }
    const noop = () => {};
    const ctx = { db: deps.db, now: deps.now, origin, changed: deps.changed ?? noop, wake: deps.wake ?? noop, ended: deps.ended ?? noop };
    const value = await handle(payload, ctx);
    return { ok: true, value } as Reply;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof EndedError || error instanceof NotEndedError || error instanceof NoteConflictError) {
      return reject(`${type}: ${error.message}`);
    }
    log.error(`${type} failed`, error);
    return { ok: false, error: 'internal error' };
  }
}

function reject(reason: string): Reply {
  log.warn(`rejected message: ${reason}`);
  return { ok: false, error: reason };
}
