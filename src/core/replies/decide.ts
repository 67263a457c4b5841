/**
 * Did anyone answer? The reply rules, applied to what Gmail's print view shows of a thread.
 * The rules in words, with examples, are in docs/reply-rules.md.
 *
 * 1. Only messages after the followed-up place count (baseline.ts).
 * 2. The user's own messages never count (identity.ts).
 * 3. Machines never count: bounces, out-of-office and other auto-replies, read receipts,
 *    ticket acknowledgements, challenge-response filters, no-reply senders (machine.ts).
 *    A calendar acceptance or decline is an answer.
 * 4. Who counts: the people the followed-up message was written to, and anyone outside the
 *    user's organisation. A colleague who wasn't written to doesn't end the follow-up; the
 *    evidence says "Sam (your colleague) wrote".
 * 5. When the evidence is incomplete — the place can't be found again, a message reads like
 *    both a machine and a person — the outcome is unknown, with the reason. The reminder then
 *    still comes.
 * 6. Nobody answered, but the user wrote again (they followed up): that is said, and the place
 *    moves to the thread as it is now, so their next message is new again. Only on a clean
 *    "no reply", and only from a place recorded at an earlier look: with anything uncertain,
 *    or when the place is being recorded, it stays where it is.
 */
import type { Recipient } from '../followUp';
import { messagesAfter, recordBaseline, type Baseline, type Tracking } from './baseline';
import { addressKey, type Identity } from './identity';
import { natureOf, type MachineReason } from './machine';
import type { ThreadMessage } from './message';

export interface Seen {
  by: Recipient;
  dateText: string;
}

export interface ReplyEvidence extends Seen {
  /** Absent for a person's mail; 'calendar' for an invitation answered. */
  kind?: 'calendar';
}

export interface MachineSeen extends Seen {
  reason: MachineReason;
  /** Out of office: the day they say they are back (local midnight, epoch ms). */
  backOn?: number;
}

export type ReplyDecision =
  | { outcome: 'replied'; evidence: ReplyEvidence }
  | { outcome: 'no-reply'; machines: MachineSeen[]; colleagues: Seen[] }
  /** `reason` never names anyone (it can reach logs); `about` is the message it is about, if one. */
  | { outcome: 'unknown'; reason: string; about?: Seen; machines: MachineSeen[]; colleagues: Seen[] };

export interface DecideInput {
  messages: readonly ThreadMessage[];
  tracking: Tracking;
  /** The baseline recorded earlier, if any: without one, this look records it. */
  baseline: Baseline | undefined;
  identity: Identity;
  now: number;
}

export interface DecideResult {
  decision: ReplyDecision;
  /** A baseline recorded by this look, to store with the follow-up. */
  recorded?: Baseline;
  /** The user wrote in the thread after the place, and nobody answered: their latest message. */
  followedUp?: Seen;
  /**
   * The user's latest message after a place recorded at an earlier look, whatever others wrote:
   * a reply-by ends with it (followUp.ts, `until-i-reply`).
   */
  userWrote?: Seen;
}

/** Most machine and colleague notes kept per check. */
const MAX_NOTES = 20;

export function decideReply({ messages, tracking, baseline, identity, now }: DecideInput): DecideResult {
  let recorded: Baseline | undefined;
  let base = baseline;
  if (!base) {
    const result = recordBaseline(messages, tracking, identity, now);
    if (!result.ok) return { decision: { outcome: 'unknown', reason: result.reason, machines: [], colleagues: [] } };
    base = recorded = result.baseline;
  }
  const aligned = messagesAfter(messages, base);
  if (!aligned.ok) return { decision: { outcome: 'unknown', reason: aligned.reason, machines: [], colleagues: [] }, recorded };
  const decision = judge(aligned.later, base, identity, now);
  const own = aligned.later.findLast((m) => identity.isUser(m.from.email));
  // Not at the look that records the place: what the thread held when the follow-up was set is its starting point.
  if (!own || recorded) return { decision, recorded };
  const userWrote: Seen = { by: { name: own.from.name, email: own.from.email }, dateText: own.dateText };
  if (decision.outcome !== 'no-reply') return { decision, userWrote };
  const moved = recordBaseline(messages, { kind: 'thread' }, identity, now);
  if (!moved.ok) return { decision, userWrote };
  return { decision, recorded: moved.baseline, followedUp: userWrote, userWrote };
}

/** The first message after the place that is an answer from someone who counts. */
function judge(later: readonly ThreadMessage[], baseline: Baseline, identity: Identity, now: number): ReplyDecision {
  const addressees = new Set(baseline.addressees);
  const machines: MachineSeen[] = [];
  const colleagues: Seen[] = [];
  let uncertain: Seen | null = null;
  for (const message of later) {
    const { email } = message.from;
    if (identity.isUser(email)) continue;
    const seen: Seen = { by: { name: message.from.name, email: message.from.email }, dateText: message.dateText };
    const nature = natureOf(message, { reference: now });
    if (nature.kind === 'machine') {
      if (machines.length < MAX_NOTES) {
        machines.push({ ...seen, reason: nature.reason, ...(nature.backOn !== undefined ? { backOn: nature.backOn } : {}) });
      }
      continue;
    }
    if (identity.isColleague(email) && !addressees.has(addressKey(email))) {
      if (colleagues.length < MAX_NOTES) colleagues.push(seen);
      continue;
    }
    if (nature.kind === 'uncertain') {
      uncertain ??= seen;
      continue;
    }
    return { outcome: 'replied', evidence: nature.kind === 'calendar' ? { ...seen, kind: 'calendar' } : seen };
  }
  if (uncertain) {
    return { outcome: 'unknown', reason: 'a message may be an automatic reply', about: uncertain, machines, colleagues };
  }
  return { outcome: 'no-reply', machines, colleagues };
}
