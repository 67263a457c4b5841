/**
 * How a follow-up turned out, in the user's words: a yes, a no, a next step, or no answer at all.
 * Good follow-up goes on until one of these; asking for it in one click when a follow-up ends is
 * what lets "Your results" say what works. Pure: no browser API.
 *
 * The outcome is the user's to give — we never infer a yes or a no from the mail — so it is asked
 * for (never required) once a follow-up has ended with an answer or by the user's "done". A
 * cancelled follow-up was withdrawn, not concluded: it is not asked about, though the user may
 * still record one from the history.
 */
import type { FollowUp, FollowUpCondition } from './followUp';
import type { PlanProgress } from './plans';

export const OUTCOME_KINDS = ['yes', 'no', 'next-step', 'no-answer'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface Outcome {
  kind: OutcomeKind;
  /** When the user recorded it. */
  at: number;
  /** How many follow-ups the user had made when it was recorded (followUpsMade). */
  steps: number;
  /** For a next step: the follow-up set for it. */
  nextId?: string;
}

/**
 * What the user said came of it. A next step names when its follow-up is due and, when the user
 * chose them (in Gmail's menu), its condition and plan: by default, remind if nothing new comes.
 */
export type OutcomeChoice =
  | { kind: Exclude<OutcomeKind, 'next-step'> }
  | { kind: 'next-step'; dueAt: number; condition?: FollowUpCondition; plan?: PlanProgress };

/** Whether to ask the user how this follow-up turned out. A reply-by is the user's own answer: nothing to ask. */
export function asksOutcome(followUp: Pick<FollowUp, 'status' | 'outcome'> & Partial<Pick<FollowUp, 'condition'>>): boolean {
  return !followUp.outcome && followUp.condition !== 'until-i-reply' && (followUp.status === 'replied' || followUp.status === 'done');
}

/**
 * The outcomes worth offering: "no answer" only when nobody answered — after a reply, the answer
 * is a yes, a no or a next step, whatever it said.
 */
export function offeredOutcomes(followUp: Pick<FollowUp, 'status'>): readonly OutcomeKind[] {
  return followUp.status === 'replied' ? ['yes', 'no', 'next-step'] : OUTCOME_KINDS;
}

/**
 * How many times the user followed up: the plan's steps done so far; a single reminder counts as
 * one (whether the user then wrote again is not recorded for it).
 */
export function followUpsMade(followUp: Pick<FollowUp, 'plan'>): number {
  return followUp.plan ? followUp.plan.doneAt.length : 1;
}
