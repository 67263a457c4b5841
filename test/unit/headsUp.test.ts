import { describe, expect, it } from 'vitest';
import { headsUpAt, headsUpOwed, nextHeadsUpAt } from '../../src/core/headsUp';
import { BUILT_IN_PLANS, startPlan } from '../../src/core/plans';

// Berlin (the unit tests' zone). Monday 30 Nov 2026, 09:00 is 08:00Z.
const MONDAY_9 = Date.parse('2026-11-30T08:00:00Z');
const DAY = 86_400_000;
const multi = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'multi-touch')!);
const options = { headsUpPlans: ['multi-touch'] };
const step = (dueAt: number, extra: object = {}) => ({ status: 'pending' as const, dueAt, plan: multi, ...extra });

describe('headsUpAt', () => {
  it('is the work day before, at the same time', () => {
    expect(headsUpAt(MONDAY_9)).toBe(MONDAY_9 - 3 * DAY); // Friday 09:00
    expect(headsUpAt(MONDAY_9 + DAY)).toBe(MONDAY_9); // Tuesday's: Monday 09:00
  });

  it('follows the user’s work week', () => {
    // Sunday to Thursday: a Sunday step's heads-up is on Thursday.
    expect(headsUpAt(MONDAY_9 - DAY, [0, 1, 2, 3, 4])).toBe(MONDAY_9 - 4 * DAY);
  });
});

describe('headsUpOwed', () => {
  it('is owed from the work day before until the step is due, once per due time', () => {
    expect(headsUpOwed(step(MONDAY_9), MONDAY_9 - 3 * DAY - 1, options)).toBe(false);
    expect(headsUpOwed(step(MONDAY_9), MONDAY_9 - 3 * DAY, options)).toBe(true);
    expect(headsUpOwed(step(MONDAY_9), MONDAY_9, options)).toBe(false); // due: the reminder says it
    expect(headsUpOwed(step(MONDAY_9, { headsUpFor: MONDAY_9 }), MONDAY_9 - DAY, options)).toBe(false);
    // Moved since: the new time gets its own.
    expect(headsUpOwed(step(MONDAY_9 + DAY, { headsUpFor: MONDAY_9 }), MONDAY_9, options)).toBe(true);
  });

  it('only for a plan the user turned it on for, under way and not yet fired', () => {
    const at = MONDAY_9 - DAY;
    expect(headsUpOwed(step(MONDAY_9), at, { headsUpPlans: ['persistent'] })).toBe(false);
    expect(headsUpOwed({ status: 'pending', dueAt: MONDAY_9 }, at, options)).toBe(false);
    expect(headsUpOwed(step(MONDAY_9, { status: 'done' }), at, options)).toBe(false);
    expect(headsUpOwed(step(MONDAY_9, { firedAt: at }), at, options)).toBe(false);
  });
});

describe('nextHeadsUpAt', () => {
  it('is the earliest heads-up to come, or now when one is owed already', () => {
    const now = MONDAY_9 - 5 * DAY; // Wednesday
    expect(nextHeadsUpAt([step(MONDAY_9 + DAY), step(MONDAY_9)], now, options)).toBe(MONDAY_9 - 3 * DAY);
    expect(nextHeadsUpAt([step(MONDAY_9 + DAY), step(MONDAY_9)], MONDAY_9 - DAY, options)).toBe(MONDAY_9 - DAY);
    expect(nextHeadsUpAt([step(MONDAY_9, { headsUpFor: MONDAY_9 })], now, options)).toBeUndefined();
    expect(nextHeadsUpAt([], now, options)).toBeUndefined();
  });
});
