/** How plans read to the user, the same in Gmail, the popup and the options page. */
import type { Channel, Plan, PlanProgress } from '../core/plans';
import { stepByHand, stepOf } from '../core/plans';
import { t, tCount, type MessageKey } from './i18n';

const BUILT_IN_NAMES: Record<string, MessageKey> = { persistent: 'planPersistent', 'multi-touch': 'planMultiTouch', nurture: 'planNurture' };

const CHANNEL_NAMES: Record<Channel, MessageKey> = {
  email: 'channelEmail',
  call: 'channelCall',
  meeting: 'channelMeeting',
  linkedin: 'channelLinkedin',
  letter: 'channelLetter',
};

/** "Call", "LinkedIn": how a step is taken. */
export function channelName(channel: Channel): string {
  return t(CHANNEL_NAMES[channel]);
}

/** A built-in plan by the user's language; the user's own plans by the name they gave. null: a single reminder. */
export function planName(planId: string | null, ownName?: string): string {
  if (planId === null) return t('planOnce');
  const key = BUILT_IN_NAMES[planId];
  return key ? t(key) : (ownName ?? planId);
}

/**
 * "2, 5, 10, 20, 40 business days" or "every 3 months": how a plan spaces its steps; and the ways
 * it follows up when not only by mail ("… · Email, Call, LinkedIn").
 */
export function planSpacing(plan: Pick<Plan, 'steps'>): string {
  const units = new Set(plan.steps.map((step) => step.after.unit));
  const counts = plan.steps.map((step) => step.after.count);
  const spacing =
    units.size === 1 && new Set(counts).size === 1 && units.has('months')
      ? tCount('planEveryMonths', counts[0]!, String(counts[0]))
      : units.size === 1 && units.has('business-days')
        ? tCount('planBusinessDays', counts.at(-1)!, counts.join(', '))
        : tCount('planSteps', plan.steps.length, String(plan.steps.length));
  const channels = [...new Set(plan.steps.map((step) => step.channel))];
  return channels.some((channel) => channel !== 'email') ? `${spacing} · ${channels.map(channelName).join(', ')}` : spacing;
}

/** "Step 2 of 5", or "Step 2 of 5 · Call" for a step done by hand: the step in progress. */
export function stepText(plan: PlanProgress): string {
  const byHand = stepByHand(plan);
  return byHand ? `${stepLabel(stepOf(plan))} · ${channelName(byHand.channel)}` : stepLabel(stepOf(plan));
}

/** "Step 2 of 5", numbered from 1. */
export function stepLabel({ step, of }: { step: number; of: number }): string {
  return t('planStep', String(step), String(of));
}
