/**
 * Did anyone reply? Fetches the thread's print view with the user's Gmail session, parses it
 * and applies the reply rules (core/replies/decide.ts). Never throws and never guesses:
 * whatever prevents a real answer (account not seen yet, signed out, Gmail changed, the
 * thread no longer lines up with what it held when the follow-up was set) is outcome
 * `unknown` with a reason, and the reminder still fires.
 */
import type { FollowUp, ReplyCheck } from '../core/followUp';
import { parseGmailDate } from '../core/format';
import type { Baseline } from '../core/replies/baseline';
import { recordsBaselineHere } from '../core/schedule';
import { decideReply, type ReplyDecision } from '../core/replies/decide';
import { identityOf } from '../core/replies/identity';
import { parsePrintView } from '../gmail/printView/parse';
import { printViewUrl } from '../gmail/urls';
import type { FollowthroughDb } from '../storage/db';
import type { FetchResult } from './politeFetch';

export interface ReplyCheckResult {
  check: ReplyCheck;
  /** Where "after" starts, recorded by this check: when the follow-up was set, or moved on past the user's own follow-up. */
  baseline?: Baseline;
  /** Nobody answered and the user wrote in the thread (decide.ts rule 6): when, as well as Gmail's text tells. */
  followedUpAt?: number;
  /** The user wrote in the thread since the place, whatever others wrote: when (ends a reply-by). */
  userWroteAt?: number;
}

export async function checkThreadForReply(
  db: FollowthroughDb,
  followUp: FollowUp,
  fetchPage: (url: string) => Promise<FetchResult>,
  now: () => number,
  otherAddresses: readonly string[] = [],
): Promise<ReplyCheckResult> {
  const unknown = (reason: string): ReplyCheckResult => ({ check: { checkedAt: now(), outcome: 'unknown', reason } });
  try {
    const account = await db.accounts.get(followUp.account);
    if (!account) return unknown('account not seen in a Gmail tab yet');
    if (!account.ik) return unknown("Gmail's ik key not known yet");
    if (!followUp.threadPermId) return unknown('thread not identified yet');
    if (!followUp.baseline && !recordsBaselineHere(followUp)) return unknown('set on another computer; its record of the thread has not arrived');

    const page = await fetchPage(printViewUrl(account.index, account.ik, followUp.threadPermId));
    if (!page.ok) return unknown(page.reason);
    const parsed = parsePrintView(page.text);
    if (parsed.kind === 'signed-out') return unknown('signed out of Gmail');
    if (parsed.kind === 'unrecognized') return unknown(`print view not recognized: ${parsed.reason}`);
    // The /u/N order can change between sessions: an answer about another mailbox is no answer.
    if (parsed.account && parsed.account !== followUp.account) return unknown('print view shows another account');

    const { decision, recorded, followedUp, userWrote } = decideReply({
      messages: parsed.messages,
      tracking: followUp.tracking ?? { kind: 'legacy' },
      baseline: followUp.baseline,
      identity: identityOf({ account: followUp.account, sendAs: account.sendAs, otherAddresses }),
      now: now(),
    });
    const check = toReplyCheck(decision, now(), parsed.messages.length);
    // Gmail's date text is read where the browser can (English); else the check's time, late rather than lost.
    const when = (seen: { dateText: string }) => Math.min(parseGmailDate(seen.dateText) ?? now(), now());
    return {
      check,
      ...(recorded ? { baseline: recorded } : {}),
      ...(followedUp ? { followedUpAt: when(followedUp) } : {}),
      ...(userWrote ? { userWroteAt: when(userWrote) } : {}),
    };
  } catch (error) {
    return unknown(`check failed: ${error instanceof Error ? error.name : 'error'}`);
  }
}

function toReplyCheck(decision: ReplyDecision, checkedAt: number, messageCount: number): ReplyCheck {
  if (decision.outcome === 'replied') return { checkedAt, outcome: 'replied', evidence: decision.evidence, messageCount };
  const notes = {
    ...(decision.machines.length > 0 ? { autoReplies: decision.machines } : {}),
    ...(decision.colleagues.length > 0 ? { colleagues: decision.colleagues } : {}),
  };
  if (decision.outcome === 'no-reply') return { checkedAt, outcome: 'no-reply', ...notes, messageCount };
  return {
    checkedAt,
    outcome: 'unknown',
    reason: decision.reason,
    ...(decision.about ? { about: decision.about } : {}),
    ...notes,
    messageCount,
  };
}
