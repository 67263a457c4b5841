/**
 * The user's own plans: listed with their spacing, made and changed in an editor, deleted.
 * A plan is saved with the settings (storage.sync), so it is offered in Gmail on every computer
 * of the profile. A follow-up under way keeps the steps it started with (core/plans.ts), so
 * changing or deleting a plan never moves one.
 */
import { useId, useState } from 'preact/hooks';
import { CHANNELS, MAX_OWN_PLANS, MAX_PLAN_NAME_LENGTH, MAX_PLAN_STEPS, MAX_STEP_NOTE_LENGTH, newPlanId, type Plan } from '../core/plans';
import { t } from '../ui/i18n';
import { channelName, planSpacing } from '../ui/planText';
import { draftOf, nextStep, planFromDraft, type DraftErrors, type PlanDraft, type StepDraft } from './planDraft';
import { describedBy, FieldError, never } from './settingsFields';
import type { SettingsForm } from './useSettingsForm';

export function OwnPlansField({ form }: { form: SettingsForm }) {
  const id = useId();
  const [draft, setDraft] = useState<PlanDraft>();
  const { ownPlans, headsUpPlans } = form.settings;
  const full = ownPlans.length >= MAX_OWN_PLANS;

  const save = (plan: Plan) => {
    const known = ownPlans.some((own) => own.id === plan.id);
    const next = known ? ownPlans.map((own) => (own.id === plan.id ? plan : own)) : [...ownPlans, plan];
    if (form.save('ownPlans', { ownPlans: next }, () => t('planEditorRefused'))) setDraft(undefined);
  };
  // A deleted plan's heads-up goes with it: nothing would ever match its id again.
  const remove = (plan: Plan) =>
    form.save('ownPlans', { ownPlans: ownPlans.filter((own) => own !== plan), headsUpPlans: headsUpPlans.filter((p) => p !== plan.id) }, never);

  return (
    <fieldset class="setting" data-setting="ownPlans" aria-describedby={describedBy(form, 'ownPlans', `${id}-error`, `${id}-hint`)}>
      <legend>{t('optionsOwnPlans')}</legend>
      <p id={`${id}-hint`} class="hint">
        {t('optionsOwnPlansHint')}
      </p>
      {ownPlans.length > 0 && (
        <ul class="own-plans">
          {ownPlans.map((plan) => (
            <li key={plan.id} data-plan={plan.id}>
              <span class="own-plan-name">{plan.name}</span>
              <span class="hint">{planSpacing(plan)}</span>
              <span class="own-plan-actions">
                <button type="button" class="button" data-action="edit-plan" aria-label={t('planEditorEditNamed', plan.name)} onClick={() => setDraft(draftOf(plan))}>
                  {t('planEditorEdit')}
                </button>
                <button type="button" class="button danger" data-action="delete-plan" aria-label={t('planEditorDeleteNamed', plan.name)} onClick={() => remove(plan)}>
                  {t('planEditorDelete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {draft ? (
        <PlanEditor draft={draft} onDraft={setDraft} onSave={(plan) => save(plan)} onCancel={() => setDraft(undefined)} taken={ownPlans.map((plan) => plan.id)} />
      ) : (
        <button type="button" class="button tonal" data-action="new-plan" disabled={full} aria-describedby={full ? `${id}-full` : undefined} onClick={() => setDraft(draftOf())}>
          {t('planEditorNew')}
        </button>
      )}
      {full && !draft && (
        <p id={`${id}-full`} class="hint">
          {t('optionsOwnPlansFull', String(MAX_OWN_PLANS))}
        </p>
      )}
      <FieldError id={`${id}-error`} form={form} field="ownPlans" />
    </fieldset>
  );
}

interface EditorProps {
  draft: PlanDraft;
  onDraft(draft: PlanDraft): void;
  onSave(plan: Plan): void;
  onCancel(): void;
  /** Ids in use, for a new plan's. */
  taken: string[];
}

function PlanEditor({ draft, onDraft, onSave, onCancel, taken }: EditorProps) {
  const id = useId();
  const [errors, setErrors] = useState<DraftErrors>({ steps: {} });
  const setStep = (index: number, change: Partial<StepDraft>) =>
    onDraft({ ...draft, steps: draft.steps.map((step, i) => (i === index ? { ...step, ...change } : step)) });
  const submit = () => {
    const result = planFromDraft(draft, draft.id ?? newPlanId(taken));
    setErrors(result.ok ? { steps: {} } : result.errors);
    if (result.ok) onSave(result.plan);
  };
  return (
    <div class="plan-editor" role="group" aria-label={draft.id ? t('planEditorEditNamed', draft.name) : t('planEditorNew')}>
      <label for={`${id}-name`}>{t('planEditorName')}</label>
      <input
        id={`${id}-name`}
        type="text"
        data-field="plan-name"
        value={draft.name}
        maxLength={MAX_PLAN_NAME_LENGTH}
        aria-invalid={Boolean(errors.name)}
        aria-describedby={errors.name ? `${id}-name-error` : undefined}
        onInput={(e) => onDraft({ ...draft, name: e.currentTarget.value })}
      />
      {errors.name && (
        <div id={`${id}-name-error`} class="error" role="alert" data-error="plan-name">
          {t(errors.name)}
        </div>
      )}
      <p class="hint">{t('planEditorStepsHint')}</p>
      <ol class="plan-steps">
        {draft.steps.map((step, index) => {
          const label = t('planStepNumber', String(index + 1));
          const error = errors.steps[index];
          return (
            <li key={index} data-step={index}>
              <span class="step-number">{label}</span>
              <input
                type="number"
                class="days"
                data-field="count"
                min={1}
                step={1}
                value={step.count}
                aria-label={t('planEditorCountLabel', label)}
                aria-invalid={Boolean(error)}
                aria-describedby={error ? `${id}-step-${index}` : undefined}
                onInput={(e) => setStep(index, { count: e.currentTarget.value })}
              />
              <select data-field="unit" value={step.unit} aria-label={t('planEditorUnitLabel', label)} onChange={(e) => setStep(index, { unit: e.currentTarget.value as StepDraft['unit'] })}>
                <option value="business-days">{t('planEditorBusinessDays')}</option>
                <option value="months">{t('planEditorMonths')}</option>
              </select>
              <select data-field="channel" value={step.channel} aria-label={t('planEditorChannelLabel', label)} onChange={(e) => setStep(index, { channel: e.currentTarget.value as StepDraft['channel'] })}>
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {channelName(channel)}
                  </option>
                ))}
              </select>
              <input
                type="text"
                class="step-note"
                data-field="note"
                value={step.note}
                maxLength={MAX_STEP_NOTE_LENGTH}
                placeholder={t('planEditorNotePlaceholder')}
                aria-label={t('planEditorNoteLabel', label)}
                onInput={(e) => setStep(index, { note: e.currentTarget.value })}
              />
              <button
                type="button"
                class="icon-button"
                data-action="remove-step"
                disabled={draft.steps.length === 1}
                aria-label={t('planEditorRemoveStep', label)}
                title={t('planEditorRemoveStep', label)}
                onClick={() => onDraft({ ...draft, steps: draft.steps.filter((_, i) => i !== index) })}
              >
                ×
              </button>
              {error && (
                <div id={`${id}-step-${index}`} class="error" role="alert" data-error="step">
                  {t(error)}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div class="actions">
        <button type="button" class="button" data-action="add-step" disabled={draft.steps.length >= MAX_PLAN_STEPS} onClick={() => onDraft({ ...draft, steps: [...draft.steps, nextStep(draft.steps)] })}>
          {t('planEditorAddStep')}
        </button>
        <button type="button" class="button filled" data-action="save-plan" onClick={submit}>
          {t('planEditorSave')}
        </button>
        <button type="button" class="button" data-action="cancel-plan" onClick={onCancel}>
          {t('planEditorCancel')}
        </button>
      </div>
    </div>
  );
}
