/**
 * "What works for me": results by step, by plan and by channel, and the outcomes the user
 * recorded. Pure. The terms are those of stats.ts (only `if-no-reply` follow-ups are rated; a
 * rate is replied / concluded, or null when nothing has concluded).
 *
 * By step, for follow-ups with a plan. Step 0 is the message itself; step k is the user's k-th
 * follow-up (the plan's doneAt[k − 1]). A follow-up counts at every step the user reached:
 * - reached: step 0 always, step k once the k-th follow-up was made;
 * - replied at step k: the reply came after the k-th follow-up and before another (status
 *   `replied` with k follow-ups made);
 * - concluded at step k: replied there, or the user followed up again (nobody answered step k),
 *   or it ended done with no reply, or the next step's reminder came with no answer. A step
 *   still waiting, or a follow-up cancelled there, has no result at that step.
 * - time to reply: the reply check that found it (stats.ts: an upper bound) minus the message
 *   or follow-up it answered.
 * By channel: the steps taken by that channel (email, call…), steps 1 and on, added together.
 * By plan: each follow-up once, under its plan ("once" for a single reminder), as in stats.ts.
 */
import { lastSentAt, type FollowUp } from './followUp';
import { OUTCOME_KINDS, type OutcomeKind } from './outcome';
import type { Channel } from './plans';
import { isConcluded, isDoneWithoutReply, median, rate, tally, tallyOne, type Tally } from './stats';

export interface RateRow {
  set: number;
  replied: number;
  replyRate: number | null;
  medianDaysToReply: number | null;
}

export interface PlanStats {
  /** Index k: step k (0 = the message itself), up to the furthest step any follow-up reached. */
  byStep: RateRow[];
  /** Plans in order of first appearance; `planId` 'once' for single reminders. */
  byPlan: Array<RateRow & { planId: string; name: string }>;
  byChannel: Array<RateRow & { channel: Channel }>;
  /** How many follow-ups ended with each outcome the user recorded. */
  outcomes: Record<OutcomeKind, number>;
}

export const ONCE = 'once';
const DAY = 86_400_000;

interface Row {
  tally: Tally;
  days: number[];
}
const row = (): Row => ({ tally: tally(), days: [] });
const finish = ({ tally: t, days }: Row): RateRow => ({ set: t.set, replied: t.replied, replyRate: rate(t), medianDaysToReply: median(days) });

export function computePlanStats(followUps: readonly FollowUp[]): PlanStats {
  const steps: Row[] = [];
  const channels = new Map<Channel, Row>();
  const plans = new Map<string, Row & { name: string }>();
  const outcomes = Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, 0])) as Record<OutcomeKind, number>;

  for (const f of followUps) {
    if (f.outcome) outcomes[f.outcome.kind] += 1;
    const rated = f.condition === 'if-no-reply';
    const replied = f.status === 'replied';
    const repliedAt = replied ? f.replyCheck?.checkedAt : undefined;

    const planId = f.plan?.planId ?? ONCE;
    let plan = plans.get(planId);
    if (!plan) plans.set(planId, (plan = { ...row(), name: f.plan?.name ?? '' }));
    tallyOne(plan.tally, replied, rated, rated && isConcluded(f));
    if (repliedAt !== undefined) plan.days.push(Math.max(0, repliedAt - lastSentAt(f)) / DAY);

    if (!f.plan) continue;
    const made = f.plan.doneAt.length;
    for (let k = 0; k <= made; k += 1) {
      const last = k === made;
      const repliedHere = last && replied;
      const concluded = rated && (!last || repliedHere || isDoneWithoutReply(f) || (f.status !== 'cancelled' && f.firedAt !== undefined));
      const days = repliedHere && repliedAt !== undefined ? Math.max(0, repliedAt - (k === 0 ? f.sentAt : f.plan.doneAt[k - 1]!)) / DAY : undefined;
      const targets = [(steps[k] ??= row())];
      const channel = k > 0 ? f.plan.steps[k - 1]?.channel : undefined;
      if (channel) {
        if (!channels.has(channel)) channels.set(channel, row());
        targets.push(channels.get(channel)!);
      }
      for (const target of targets) {
        tallyOne(target.tally, repliedHere, rated, concluded);
        if (days !== undefined) target.days.push(days);
      }
    }
  }

  return {
    byStep: steps.map(finish),
    byPlan: [...plans].map(([planId, r]) => ({ planId, name: r.name, ...finish(r) })),
    byChannel: [...channels].map(([channel, r]) => ({ channel, ...finish(r) })),
    outcomes,
  };
}
