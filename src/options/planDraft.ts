/**
 * A plan as the options page edits it: what the user typed, kept as typed until it is saved,
 * and the checks that turn it into a plan or say, per field, what is wrong. Pure.
 */
import {
  MAX_PLAN_NAME_LENGTH,
  MAX_STEP_COUNT,
  MAX_STEP_MONTHS,
  MAX_STEP_NOTE_LENGTH,
  type Channel,
  type Plan,
  type Spacing,
} from '../core/plans';
import type { MessageKey } from '../ui/i18n';

export interface StepDraft {
  /** As typed: "3", "", "2.5". */
  count: string;
  unit: Spacing['unit'];
  channel: Channel;
  note: string;
}

export interface PlanDraft {
  /** Absent until the plan is saved for the first time. */
  id?: string;
  name: string;
  steps: StepDraft[];
}

/** What a new plan starts as: one mail two business days on, the most common first follow-up. */
export const NEW_STEP: StepDraft = { count: '2', unit: 'business-days', channel: 'email', note: '' };

export function draftOf(plan?: Plan): PlanDraft {
  if (!plan) return { name: '', steps: [{ ...NEW_STEP }] };
  return {
    id: plan.id,
    name: plan.name,
    steps: plan.steps.map((step) => ({ count: String(step.after.count), unit: step.after.unit, channel: step.channel, note: step.note })),
  };
}

/** The next step offered: as far again as the last one, the way spaced follow-ups grow. */
export function nextStep(steps: readonly StepDraft[]): StepDraft {
  const last = steps.at(-1);
  if (!last) return { ...NEW_STEP };
  const count = Number(last.count);
  const max = last.unit === 'months' ? MAX_STEP_MONTHS : MAX_STEP_COUNT;
  return { ...NEW_STEP, unit: last.unit, count: Number.isInteger(count) && count >= 1 ? String(Math.min(count * 2, max)) : last.count };
}

export interface DraftErrors {
  name?: MessageKey;
  /** By step index. */
  steps: Partial<Record<number, MessageKey>>;
}

export type DraftResult = { ok: true; plan: Plan } | { ok: false; errors: DraftErrors };

// Control characters and lone surrogates are refused by the settings (they would not fit the quota as planned).
const UNTYPABLE = /[\p{Cc}\p{Cs}]/u;

/** The plan the draft describes, with `id`; or what to fix, field by field. */
export function planFromDraft(draft: PlanDraft, id: string): DraftResult {
  const errors: DraftErrors = { steps: {} };
  const name = draft.name.trim();
  if (!name) errors.name = 'planEditorNameMissing';
  else if (name.length > MAX_PLAN_NAME_LENGTH || UNTYPABLE.test(name)) errors.name = 'planEditorNameInvalid';
  const steps = draft.steps.map((step, index) => {
    // Digits only: Number() would also take "1e1" or "0x5", which nobody means as days.
    const typed = step.count.trim();
    const count = Number(typed);
    const max = step.unit === 'months' ? MAX_STEP_MONTHS : MAX_STEP_COUNT;
    const note = step.note.trim();
    if (!/^\d+$/.test(typed) || count < 1 || count > max) {
      errors.steps[index] = step.unit === 'months' ? 'planEditorMonthsInvalid' : 'planEditorDaysInvalid';
    } else if (note.length > MAX_STEP_NOTE_LENGTH || UNTYPABLE.test(note)) {
      errors.steps[index] = 'planEditorNoteInvalid';
    }
    return { after: { unit: step.unit, count }, channel: step.channel, note };
  });
  if (errors.name || Object.keys(errors.steps).length > 0) return { ok: false, errors };
  return { ok: true, plan: { id, name, steps } };
}
