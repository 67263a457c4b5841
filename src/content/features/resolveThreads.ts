/**
 * A new message has no thread id until Gmail has sent it (docs/gmail.md,
 * "Identifiers"); its follow-up is stored at once without one. This finds
 * the thread when Gmail shows it — a row in a list (Sent, Inbox…) or the
 * open thread — by the subject, and completes the follow-up. Idle (one
 * cheap check) while nothing is unresolved.
 */
import { normalizeSubject } from '../../core/followUp';
import { log } from '../../core/log';
import { parseHexId } from '../../gmail/ids';
import { queryAll, queryFirst } from '../../gmail/query';
import { LIST_ROW, LIST_ROW_SUBJECT, LIST_ROW_THREAD } from '../../gmail/selectors';
import { lastMessageIsFrom, readThreadView } from '../../gmail/threadView';
import { send } from '../../messaging/client';
import type { FeatureDefinition } from './registry';

/** Asking the background again at most this often, on navigation or after a send. */
const REFRESH_MS = 2_000;

type Unresolved = Array<{ id: string; subject: string }>;

export const threadResolver: FeatureDefinition = { name: 'thread resolver', init };

function init(context: Parameters<FeatureDefinition['init']>[0], signal: AbortSignal) {
  let unresolved: Unresolved = [];
  let askedAt = 0;
  let asking = false;
  /** A change came while a question was out: its answer may predate it, so ask again. */
  let again = false;

  function refresh(force = false) {
    const account = context.account();
    if (!account || (!force && Date.now() - askedAt < REFRESH_MS)) return;
    if (asking) {
      again ||= force;
      return;
    }
    asking = true;
    askedAt = Date.now();
    send('followUp.unresolved', { account: account.email })
      .then((list) => {
        unresolved = list;
        matchShown(); // Gmail may already show the thread, and change nothing more
      })
      .catch((error: unknown) => log.error('listing unresolved follow-ups failed', error))
      .finally(() => {
        asking = false;
        if (again && !signal.aborted) {
          again = false;
          refresh(true);
        }
      });
  }

  function resolve(subject: string, threadId: string) {
    const account = context.account();
    const key = normalizeSubject(subject);
    const match = unresolved.find((f) => f.subject === key);
    if (!account || !match) return;
    unresolved = unresolved.filter((f) => f !== match);
    send('followUp.resolve', { account: account.email, id: match.id, threadId }).catch((error: unknown) =>
      log.error('completing a follow-up failed', error),
    );
  }

  window.addEventListener('hashchange', () => refresh(), { signal });
  refresh(true);

  function matchShown() {
    if (unresolved.length === 0) return;
    for (const row of queryAll(document, LIST_ROW)) {
      const threadId = parseHexId(queryFirst(row, LIST_ROW_THREAD)?.element.getAttribute('data-legacy-thread-id'));
      const subject = queryFirst(row, LIST_ROW_SUBJECT)?.element.textContent;
      if (threadId && subject) resolve(subject, threadId);
    }
    const read = readThreadView(document);
    const account = context.account();
    if (read.kind === 'thread' && account && lastMessageIsFrom(read.thread, context.identity().isUser)) {
      resolve(read.thread.subject, read.thread.threadId);
    }
  }

  // A message sent without a thread yet is a change the background announces.
  return { update: matchShown, changed: () => refresh(true) };
}
