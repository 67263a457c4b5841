/** How plans read to the user, the same in Gmail, the popup and the options page. */
import type { Plan, PlanProgress } from '../core/plans';
import { stepOf } from '../core/plans';
import { t, type MessageKey } from './i18n';

const BUILT_IN_NAMES: Record<string, MessageKey> = { persistent: 'planPersistent', nurture: 'planNurture' };

/** A built-in plan by the user's language; the user's own plans by the name they gave. null: a single reminder. */
export function planName(planId: string | null, ownName?: string): string {
  if (planId === null) return t('planOnce');
  const key = BUILT_IN_NAMES[planId];
  return key ? t(key) : (ownName ?? planId);
}

/** "2, 5, 10, 20, 40 business days" or "every 3 months": how a plan spaces its steps. */
export function planSpacing(plan: Pick<Plan, 'steps'>): string {
  const units = new Set(plan.steps.map((step) => step.after.unit));
  const counts = plan.steps.map((step) => step.after.count);
  if (units.size === 1 && new Set(counts).size === 1 && units.has('months')) return t('planEveryMonths', String(counts[0]));
  if (units.size === 1 && units.has('business-days')) return t('planBusinessDays', counts.join(', '));
  return t('planSteps', String(plan.steps.length));
}

/** "Step 2 of 5": the step in progress. */
export function stepText(plan: PlanProgress): string {
  return stepLabel(stepOf(plan));
}

/** "Step 2 of 5", numbered from 1. */
export function stepLabel({ step, of }: { step: number; of: number }): string {
  return t('planStep', String(step), String(of));
}
