import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { MAX_STEP_COUNT, MAX_STEP_MONTHS, newPlanId, type Plan } from '../../src/core/plans';
import { draftOf, NEW_STEP, nextStep, planFromDraft, type PlanDraft, type StepDraft } from '../../src/options/planDraft';
import { ownPlanSchema } from '../../src/settings/settings';

const step = (count: string, unit: StepDraft['unit'] = 'business-days', note = '', channel: StepDraft['channel'] = 'email'): StepDraft => ({ count, unit, channel, note });
const draft = (name: string, ...steps: StepDraft[]): PlanDraft => ({ name, steps });
const ID = 'own-abcd1234';

describe('plan drafts', () => {
  it('starts a new plan with one mail two business days on, and no id until it is saved', () => {
    expect(draftOf()).toEqual({ name: '', steps: [NEW_STEP] });
    expect(NEW_STEP).toEqual({ count: '2', unit: 'business-days', channel: 'email', note: '' });
  });

  it('edits a plan as text and saves it back unchanged', () => {
    const plan: Plan = {
      id: ID,
      name: 'Investors',
      steps: [
        { after: { unit: 'business-days', count: 3 }, channel: 'email', note: '' },
        { after: { unit: 'months', count: 2 }, channel: 'call', note: 'Ask about the round' },
      ],
    };
    const edited = draftOf(plan);
    expect(edited).toEqual({ id: ID, name: 'Investors', steps: [step('3'), step('2', 'months', 'Ask about the round', 'call')] });
    expect(planFromDraft(edited, ID)).toEqual({ ok: true, plan });
  });

  it('offers as the next step twice the last spacing, in its unit, never over the limit', () => {
    expect(nextStep([])).toEqual(NEW_STEP);
    expect(nextStep([step('3', 'business-days', 'x', 'call')])).toEqual(step('6'));
    expect(nextStep([step('5', 'months')])).toEqual(step('10', 'months'));
    expect(nextStep([step('20', 'months')])).toEqual(step(String(MAX_STEP_MONTHS), 'months'));
    expect(nextStep([step('300')])).toEqual(step(String(MAX_STEP_COUNT)));
    // What the user typed and could not double is offered again as it is, to be corrected.
    expect(nextStep([step('abc')])).toEqual(step('abc'));
    expect(nextStep([step('')])).toEqual(step(''));
  });

  it('trims the name and notes and makes whole numbers of the spacings', () => {
    const result = planFromDraft(draft('  Quiet  ', step(' 4 ', 'business-days', '  call Dana  ', 'call')), ID);
    expect(result).toEqual({
      ok: true,
      plan: { id: ID, name: 'Quiet', steps: [{ after: { unit: 'business-days', count: 4 }, channel: 'call', note: 'call Dana' }] },
    });
  });

  it('says what is wrong with the name', () => {
    expect(planFromDraft(draft('   ', step('2')), ID)).toEqual({ ok: false, errors: { name: 'planEditorNameMissing', steps: {} } });
    expect(planFromDraft(draft('x'.repeat(41), step('2')), ID)).toMatchObject({ ok: false, errors: { name: 'planEditorNameInvalid' } });
    expect(planFromDraft(draft('Tab\there', step('2')), ID)).toMatchObject({ ok: false, errors: { name: 'planEditorNameInvalid' } });
    expect(planFromDraft(draft('x'.repeat(40), step('2')), ID)).toMatchObject({ ok: true });
  });

  it('says, step by step, which spacing is not a whole number in range for its unit', () => {
    const result = planFromDraft(
      draft('Plan', step('2'), step(''), step('2.5'), step('0'), step('366'), step('365'), step('25', 'months'), step('24', 'months'), step('-1', 'months'), step('1e1')),
      ID,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        steps: {
          1: 'planEditorDaysInvalid',
          2: 'planEditorDaysInvalid',
          3: 'planEditorDaysInvalid',
          4: 'planEditorDaysInvalid',
          6: 'planEditorMonthsInvalid',
          8: 'planEditorMonthsInvalid',
          // "1e1" is ten to Number(), but not what a person means by a number of days.
          9: 'planEditorDaysInvalid',
        },
      },
    });
  });

  it('refuses a note too long or with control characters, and reports name and steps together', () => {
    const result = planFromDraft(draft('', step('2', 'business-days', 'n'.repeat(81)), step('2', 'business-days', 'line\nbreak'), step('2', 'business-days', 'n'.repeat(80))), ID);
    expect(result).toEqual({ ok: false, errors: { name: 'planEditorNameMissing', steps: { 0: 'planEditorNoteInvalid', 1: 'planEditorNoteInvalid' } } });
  });

  it('makes only plans the settings accept, with a new id unlike the ones taken', () => {
    expect(newPlanId([], () => 'abcd1234-0000-4000')).toBe(ID);
    const ids = ['aaaa0000', 'aaaa0000', 'bbbb1111'];
    expect(newPlanId(['own-aaaa0000'], () => ids.shift()!)).toBe('own-bbbb1111');
    const made = planFromDraft(draft('Ünïcode ✓ 😀', step('1'), step('24', 'months', 'ask ✓')), newPlanId([]));
    expect(made.ok && v.safeParse(ownPlanSchema, made.plan).success).toBe(true);
  });
});
