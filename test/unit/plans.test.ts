import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { planSchema } from '../../src/core/followUpSchema';
import { advance, BUILT_IN_PLANS, startPlan, stepDueAt, stepOf, type Plan } from '../../src/core/plans';

// Berlin (the unit tests' zone): Tuesday 1 Dec 2026, 15:30 local.
const TUESDAY = Date.parse('2026-12-01T14:30:00Z');
const persistent = BUILT_IN_PLANS.find((p) => p.id === 'persistent')!;

describe('plans', () => {
  it('has the built-in plans the issue names: persistent at 2, 5, 10, 20 and 40 business days, nurture every 3 months', () => {
    expect(persistent.steps.map((s) => s.after)).toEqual([2, 5, 10, 20, 40].map((count) => ({ unit: 'business-days', count })));
    const nurture = BUILT_IN_PLANS.find((p) => p.id === 'nurture')!;
    expect(new Set(nurture.steps.map((s) => JSON.stringify(s.after)))).toEqual(new Set(['{"unit":"months","count":3}']));
    for (const plan of BUILT_IN_PLANS) expect(v.safeParse(planSchema, startPlan(plan)).success).toBe(true);
  });

  it('copies the steps when a plan starts, so editing the plan later never moves a follow-up under way', () => {
    const plan: Plan = { id: 'mine', name: 'Mine', steps: [{ after: { unit: 'business-days', count: 3 }, channel: 'call', note: 'Call Dana' }] };
    const progress = startPlan(plan);
    plan.steps[0]!.after.count = 9;
    plan.steps[0]!.note = 'changed';
    expect(progress).toEqual({
      planId: 'mine',
      name: 'Mine',
      steps: [{ after: { unit: 'business-days', count: 3 }, channel: 'call', note: 'Call Dana' }],
      current: 0,
      doneAt: [],
    });
  });

  it('spaces a step in business days or months from the previous follow-up, at the reminder hour', () => {
    expect(new Date(stepDueAt(TUESDAY, { unit: 'business-days', count: 5 })).toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(new Date(stepDueAt(TUESDAY, { unit: 'business-days', count: 1 }, { reminderHour: 14, workDays: [2, 3] })).toISOString()).toBe(
      '2026-12-02T13:00:00.000Z',
    );
    // Summer time in March: 09:00 local is 08:00Z.
    expect(new Date(stepDueAt(TUESDAY, { unit: 'months', count: 3 })).toISOString()).toBe('2027-03-01T08:00:00.000Z');
  });

  it('moves to the next step from the time the user followed up, and finishes after the last', () => {
    let progress = startPlan(persistent);
    expect(stepOf(progress)).toEqual({ step: 1, of: 5 });
    const first = advance(progress, TUESDAY);
    expect(first).toEqual({
      kind: 'next',
      plan: { ...progress, current: 1, doneAt: [TUESDAY] },
      dueAt: Date.parse('2026-12-08T08:00:00Z'), // 5 business days on
    });
    progress = { ...progress, current: 4, doneAt: [1, 2, 3, 4].map((i) => TUESDAY - i * 86_400_000) };
    expect(advance(progress, TUESDAY)).toEqual({ kind: 'finished', plan: { ...progress, doneAt: [...progress.doneAt, TUESDAY] } });
    // A single reminder is a plan of one step, stored as none.
    expect(advance(undefined, TUESDAY)).toEqual({ kind: 'finished' });
  });

  it('refuses a stored plan whose progress does not add up', () => {
    const good = startPlan(persistent);
    const bad = [
      { ...good, current: 5 },
      { ...good, current: 2, doneAt: [TUESDAY] },
      { ...good, steps: [] },
      { ...good, steps: Array.from({ length: 13 }, () => good.steps[0]) },
      { ...good, steps: [{ ...good.steps[0]!, channel: 'fax' }] },
      { ...good, steps: [{ ...good.steps[0]!, after: { unit: 'business-days', count: 0 } }] },
    ];
    for (const plan of bad) expect(v.safeParse(planSchema, plan).success).toBe(false);
  });
});
