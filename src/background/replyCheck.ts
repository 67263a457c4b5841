/**
 * Did anyone reply? Fetches the thread's print view with the user's Gmail
 * session, parses it and applies the reply rules. Never throws and never
 * guesses: whatever prevents a real answer (account not seen yet, signed
 * out, Gmail changed) is outcome `unknown` with a reason, and the reminder
 * still fires.
 */
import type { FollowUp, ReplyCheck } from '../core/followUp';
import { aliasFromTrackedMessage, findReply } from '../core/replyRules';
import { parsePrintView } from '../gmail/printView';
import { printViewUrl } from '../gmail/urls';
import type { FollowthroughDb } from '../storage/db';
import type { FetchResult } from './politeFetch';

export async function checkThreadForReply(
  db: FollowthroughDb,
  followUp: FollowUp,
  fetchPage: (url: string) => Promise<FetchResult>,
  now: () => number,
  otherAddresses: readonly string[] = [],
): Promise<ReplyCheck> {
  const unknown = (reason: string): ReplyCheck => ({ checkedAt: now(), outcome: 'unknown', reason });
  try {
    const account = await db.accounts.get(followUp.account);
    if (!account) return unknown('account not seen in a Gmail tab yet');
    if (!account.ik) return unknown("Gmail's ik key not known yet");
    if (!followUp.threadPermId) return unknown('thread not identified yet');

    const page = await fetchPage(printViewUrl(account.index, account.ik, followUp.threadPermId));
    if (!page.ok) return unknown(page.reason);
    const parsed = parsePrintView(page.text);
    if (parsed.kind === 'signed-out') return unknown('signed out of Gmail');
    if (parsed.kind === 'unrecognized') return unknown(`print view not recognized: ${parsed.reason}`);
    // The /u/N order can change between sessions: an answer about another mailbox is no answer.
    if (parsed.account && parsed.account !== followUp.account) return unknown('print view shows another account');

    const trackedIndex = followUp.trackedIndex ?? null;
    const alias = aliasFromTrackedMessage(parsed.messages, trackedIndex, followUp.account);
    const aliases = [...new Set([...(account.aliases ?? []), ...(alias ? [alias] : [])])];
    if (alias && !account.aliases?.includes(alias)) await db.accounts.update(account.email, { aliases });

    const verdict = findReply(parsed.messages, trackedIndex, [followUp.account, ...aliases, ...otherAddresses]);
    const messageCount = parsed.messages.length;
    return verdict.kind === 'replied'
      ? { checkedAt: now(), outcome: 'replied', evidence: verdict.evidence, messageCount }
      : { checkedAt: now(), outcome: 'no-reply', autoReplies: verdict.autoReplies, messageCount };
  } catch (error) {
    return unknown(`check failed: ${error instanceof Error ? error.name : 'error'}`);
  }
}
