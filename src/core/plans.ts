/**
 * Plans: follow-up as a series of spaced steps, the way it works in practice — most answers
 * come only after several follow-ups, and good ones are spaced out. A plan's steps are copied
 * into the follow-up when it is set, so changing a plan later never moves a follow-up under way.
 *
 * The step in progress is the follow-up's due time, as for a single reminder. When the user
 * follows up (a message of theirs in the thread after the reminder came), the step is done and
 * the next one is scheduled from that message; after the last step, the follow-up is done.
 * A reply from someone who counts ends the plan, at any step. Nothing is ever sent by us.
 * Pure: no browser API, `now` is always an argument.
 */
import { addMonths } from 'date-fns';
import { atReminderHour, type DueOptions } from './dueDate';
import { addBusinessDays } from './dates/workWeek';

/** How the user follows up at a step: email is the default; the others are done by hand and marked done. */
export const CHANNELS = ['email', 'call', 'meeting', 'linkedin', 'letter'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Time from the previous follow-up (the message followed up, for the first step) to a step. */
export type Spacing = { unit: 'business-days' | 'months'; count: number };

export interface PlanStep {
  after: Spacing;
  channel: Channel;
  /** What to do at this step ("ask about the pilot budget"), shown in its reminder. */
  note: string;
}

export interface Plan {
  id: string;
  name: string;
  steps: PlanStep[];
}

/** A plan under way: stored with the follow-up. */
export interface PlanProgress {
  planId: string;
  name: string;
  steps: PlanStep[];
  /** Index of the step in progress. */
  current: number;
  /** When each step before `current` was done, in order. */
  doneAt: number[];
}

export const MAX_PLAN_STEPS = 12;
export const MAX_STEP_COUNT = 365;

/**
 * The user's own plans (made in the options page, kept with the settings in storage.sync): as
 * many, and as long, as fit its quotas with room to spare (settings/settings.ts).
 */
export const MAX_OWN_PLANS = 8;
export const MAX_PLAN_NAME_LENGTH = 40;
export const MAX_STEP_NOTE_LENGTH = 80;
/** Two years: a longer pause is a new follow-up, not a step. */
export const MAX_STEP_MONTHS = 24;
/** Own plans' ids: never one of the built-in ones, and valid wherever a plan id is kept. */
export const OWN_PLAN_ID = /^own-[a-z0-9]{8}$/;

const step = (count: number, channel: Channel = 'email', unit: Spacing['unit'] = 'business-days'): PlanStep => ({ after: { unit, count }, channel, note: '' });

/** The plans every user has. "Once" is a single reminder: no plan stored at all. */
export const BUILT_IN_PLANS: readonly Plan[] = [
  { id: 'persistent', name: 'Persistent', steps: [2, 5, 10, 20, 40].map((days) => step(days)) },
  // More than one way: a mail, then a call, a LinkedIn message, a mail, a last call.
  { id: 'multi-touch', name: 'Multi-touch', steps: [step(2), step(3, 'call'), step(5, 'linkedin'), step(10), step(20, 'call')] },
  { id: 'nurture', name: 'Nurture', steps: Array.from({ length: 8 }, () => step(3, 'email', 'months')) },
];

/** Every plan the user can choose: the built-in ones, then their own in the order they made them. */
export function choosablePlans(own: readonly Plan[]): Plan[] {
  return [...BUILT_IN_PLANS, ...own];
}

/** An id for a new plan of the user's, unlike any of `taken`. */
export function newPlanId(taken: readonly string[], uuid: () => string = () => crypto.randomUUID()): string {
  for (;;) {
    const id = `own-${uuid().slice(0, 8)}`;
    if (!taken.includes(id)) return id;
  }
}

/** The step in progress; undefined for a single reminder. */
export function currentStep(plan: PlanProgress | undefined): PlanStep | undefined {
  return plan?.steps[plan.current];
}

/** The step in progress when the user does it by hand (a call, a meeting…) and marks it done; undefined for mail. */
export function stepByHand(plan: PlanProgress | undefined): PlanStep | undefined {
  const step = currentStep(plan);
  return step && step.channel !== 'email' ? step : undefined;
}

/** A plan's progress as it starts, for a follow-up being set. */
export function startPlan(plan: Plan): PlanProgress {
  return { planId: plan.id, name: plan.name, steps: plan.steps.map((step) => ({ ...step, after: { ...step.after } })), current: 0, doneAt: [] };
}

/** When a step spaced `after` from `from` comes due: at the reminder hour of that day. */
export function stepDueAt(from: number, after: Spacing, options: DueOptions = {}): number {
  const day = new Date(from);
  const target = after.unit === 'months' ? addMonths(day, after.count) : addBusinessDays(day, after.count, options.workDays);
  return atReminderHour(target, options);
}

/** "Step 2 of 5": numbers from 1, for people. */
export function stepOf(progress: PlanProgress): { step: number; of: number } {
  return { step: progress.current + 1, of: progress.steps.length };
}

export type Advance =
  /** The next step is under way, due at `dueAt`. */
  | { kind: 'next'; plan: PlanProgress; dueAt: number }
  /** That was the last step (or a single reminder): the follow-up is done. */
  | { kind: 'finished'; plan?: PlanProgress };

/** The user followed up at `at`: the step in progress is done. */
export function advance(plan: PlanProgress | undefined, at: number, options: DueOptions = {}): Advance {
  if (!plan) return { kind: 'finished' };
  const done = { ...plan, doneAt: [...plan.doneAt, at] };
  const next = plan.steps[plan.current + 1];
  if (!next) return { kind: 'finished', plan: done };
  return { kind: 'next', plan: { ...done, current: plan.current + 1 }, dueAt: stepDueAt(at, next.after, options) };
}
