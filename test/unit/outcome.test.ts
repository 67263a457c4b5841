import { describe, expect, it } from 'vitest';
import { asksOutcome, followUpsMade, offeredOutcomes } from '../../src/core/outcome';
import { BUILT_IN_PLANS, startPlan } from '../../src/core/plans';

const persistent = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'persistent')!);

describe('outcomes', () => {
  it('asks how it went once a follow-up was answered or done, and only until the user says', () => {
    expect(asksOutcome({ status: 'replied' })).toBe(true);
    expect(asksOutcome({ status: 'done' })).toBe(true);
    expect(asksOutcome({ status: 'cancelled' })).toBe(false);
    expect(asksOutcome({ status: 'pending' })).toBe(false);
    expect(asksOutcome({ status: 'snoozed' })).toBe(false);
    expect(asksOutcome({ status: 'replied', outcome: { kind: 'yes', at: 1, steps: 1 } })).toBe(false);
  });

  it('offers "no answer" only when nobody answered', () => {
    expect(offeredOutcomes({ status: 'replied' })).toEqual(['yes', 'no', 'next-step']);
    expect(offeredOutcomes({ status: 'done' })).toEqual(['yes', 'no', 'next-step', 'no-answer']);
  });

  it('counts the follow-ups made: the plan’s steps done, or one for a single reminder', () => {
    expect(followUpsMade({})).toBe(1);
    expect(followUpsMade({ plan: persistent })).toBe(0);
    expect(followUpsMade({ plan: { ...persistent, current: 2, doneAt: [1, 2] } })).toBe(2);
  });
});
