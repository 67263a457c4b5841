import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { computePlanStats } from '../../src/core/planStats';
import { BUILT_IN_PLANS, startPlan, type PlanProgress } from '../../src/core/plans';
import { DAY, NOW, storedFollowUp } from './fixtures';

const persistent = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'persistent')!);
const SENT = NOW - 30 * DAY;
/** A persistent plan with `made` follow-ups done, a day apart from the message on. */
const onStep = (made: number): PlanProgress => ({
  ...persistent,
  current: Math.min(made, persistent.steps.length - 1),
  doneAt: Array.from({ length: made }, (_, i) => SENT + (i + 1) * DAY),
});
const inPlan = (made: number, overrides: Partial<FollowUp> = {}) => storedFollowUp({ sentAt: SENT, plan: onStep(made), ...overrides });
const repliedAfter = (made: number, daysLater: number) =>
  inPlan(made, { status: 'replied', replyCheck: { checkedAt: SENT + (made + daysLater) * DAY, outcome: 'replied' } });

describe('results by step, plan and channel', () => {
  it('counts a reply at the step it answered, and each step the follow-up passed without one', () => {
    const { byStep } = computePlanStats([repliedAfter(0, 1), repliedAfter(2, 2), inPlan(2, { status: 'done' })]);
    // Step 0 (the message): all three concluded there, one answered after a day.
    expect(byStep[0]).toEqual({ set: 3, replied: 1, replyRate: 1 / 3, medianDaysToReply: 1 });
    expect(byStep[1]).toEqual({ set: 2, replied: 0, replyRate: 0, medianDaysToReply: null });
    // Step 2: one answered two days after the second follow-up, one ended with no answer.
    expect(byStep[2]).toEqual({ set: 2, replied: 1, replyRate: 0.5, medianDaysToReply: 2 });
    expect(byStep).toHaveLength(3);
  });

  it('leaves a step still waiting, or cancelled there, without a result; a reminder that came concludes it', () => {
    const waiting = inPlan(1);
    const cancelled = inPlan(1, { status: 'cancelled' });
    const remindedAgain = inPlan(1, { firedAt: NOW - DAY });
    const { byStep } = computePlanStats([waiting, cancelled, remindedAgain]);
    expect(byStep[1]).toEqual({ set: 3, replied: 0, replyRate: 0, medianDaysToReply: null });
    expect(computePlanStats([waiting, cancelled]).byStep[1]!.replyRate).toBeNull();
  });

  it('rates only follow-ups that wait for a reply', () => {
    const { byStep } = computePlanStats([inPlan(1, { condition: 'always', status: 'done' })]);
    expect(byStep[1]).toMatchObject({ set: 1, replyRate: null });
  });

  it('adds steps up by the channel they were taken by', () => {
    const mixed: PlanProgress = {
      ...onStep(2),
      steps: [
        { after: { unit: 'business-days', count: 2 }, channel: 'email', note: '' },
        { after: { unit: 'business-days', count: 3 }, channel: 'call', note: 'Call Dana' },
        { after: { unit: 'business-days', count: 5 }, channel: 'email', note: '' },
      ],
    };
    const called = storedFollowUp({ sentAt: SENT, plan: mixed, status: 'replied', replyCheck: { checkedAt: SENT + 3 * DAY, outcome: 'replied' } });
    const { byChannel } = computePlanStats([called, inPlan(1, { status: 'done' })]);
    expect(byChannel).toEqual([
      { channel: 'email', set: 2, replied: 0, replyRate: 0, medianDaysToReply: null },
      { channel: 'call', set: 1, replied: 1, replyRate: 1, medianDaysToReply: 1 },
    ]);
  });

  it('rates each plan, single reminders as "once", with time to reply from the last follow-up', () => {
    const once = storedFollowUp({ sentAt: SENT, status: 'replied', replyCheck: { checkedAt: SENT + 4 * DAY, outcome: 'replied' } });
    const { byPlan } = computePlanStats([once, repliedAfter(2, 3), inPlan(3, { status: 'done' })]);
    expect(byPlan).toEqual([
      { planId: 'once', name: '', set: 1, replied: 1, replyRate: 1, medianDaysToReply: 4 },
      { planId: 'persistent', name: 'Persistent', set: 2, replied: 1, replyRate: 0.5, medianDaysToReply: 3 },
    ]);
  });

  it('counts the outcomes the user recorded', () => {
    const outcome = (kind: 'yes' | 'no' | 'next-step' | 'no-answer') => ({ outcome: { kind, at: NOW, steps: 1 } });
    const { outcomes } = computePlanStats([
      storedFollowUp({ status: 'replied', ...outcome('yes') }),
      storedFollowUp({ status: 'replied', ...outcome('yes') }),
      storedFollowUp({ status: 'done', ...outcome('no-answer') }),
      storedFollowUp({ status: 'done' }),
    ]);
    expect(outcomes).toEqual({ yes: 2, no: 0, 'next-step': 0, 'no-answer': 1 });
  });
});
