/**
 * The menu of "when to follow up" shared by the compose and thread controls:
 * presets with the exact date they mean, a typed phrase with a live preview,
 * a date and time picker, and whether to remind only if nobody replied.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { dueAtForChoice, dueAtForPreset, PRESETS, type Choice, type DueOptions, type Preset } from '../../core/dueDate';
import type { FollowUpCondition } from '../../core/followUp';
import { formatDueDate } from '../../core/format';
import { refuseDue } from '../../core/dates/dueLimits';
import type { PhraseResult } from '../../core/dates/parsePhrase';
import { dueRefusalText } from '../../ui/dueRefusalText';
import { t, type MessageKey } from '../../ui/i18n';
import type { Plan } from '../../core/plans';
import { planName, planSpacing } from '../../ui/planText';
import { loadPhraseParser } from './lazy';
import type { MenuPlacement } from './useMenu';

export const PRESET_LABELS: Record<Preset, MessageKey> = {
  tomorrow: 'presetTomorrow',
  'in-2-business-days': 'presetIn2BusinessDays',
  'in-3-business-days': 'presetIn3BusinessDays',
  'in-1-week': 'presetIn1Week',
  'in-2-weeks': 'presetIn2Weeks',
};

/** What a thread the user wrote last can wait for: an answer, or nothing (remind in any case). */
export const SENT_CONDITIONS: readonly FollowUpCondition[] = ['if-no-reply', 'always'];
/** A thread someone else wrote last: the user's own reply first (a reply-by), then theirs. */
export const RECEIVED_CONDITIONS: readonly FollowUpCondition[] = ['until-i-reply', 'if-no-reply', 'always'];
const CONDITION_LABELS: Record<FollowUpCondition, MessageKey> = {
  'if-no-reply': 'conditionOnlyIfNoReply',
  always: 'conditionEvenIfReplied',
  'until-i-reply': 'conditionUntilIReply',
};

export interface ChoiceMenuProps {
  heading: MessageKey;
  /** When the message goes (or went) out: previews count from here. */
  base: number;
  options: DueOptions;
  selected?: Choice | null;
  condition: FollowUpCondition;
  /** The conditions offered, in order: a reply-by only where the thread's last message is someone else's. */
  conditions?: readonly FollowUpCondition[];
  onCondition(condition: FollowUpCondition): void;
  onChoose(choice: Choice): void;
  /** Compose only: "Don't follow up". */
  onOff?: () => void;
  /** Where the menu sits (see useMenu). */
  style: MenuPlacement;
  children?: ComponentChildren;
  /** Shown above the choices: what the last look at the thread found, and what it suggests. */
  lead?: ComponentChildren;
  /** The plans offered: the built-in ones, then the user's own. */
  plans: readonly Plan[];
  /** The plan in force or chosen: its id, null for a single reminder. */
  planId: string | null;
  /** A plan picked: its first step comes due at its own spacing. null: a single reminder. */
  onPlan(plan: Plan | null): void;
}

export function ChoiceMenu(props: ChoiceMenuProps) {
  const { heading, base, options, selected, condition, conditions = SENT_CONDITIONS, onCondition, onChoose, onOff, style, children, lead, plans, planId, onPlan } = props;
  return (
    <div class="ft-menu" role="menu" aria-label={t('followUpMenuLabel')} style={style}>
      {lead}
      <div class="ft-menu-heading">{t(heading)}</div>
      {onOff && (
        <button type="button" role="menuitemradio" aria-checked={!selected} class="ft-item" data-action="off" onClick={onOff}>
          <span>{t('choiceOff')}</span>
        </button>
      )}
      {selected && selected.kind !== 'preset' && (
        // The choice in force that no preset names (a promise read from the mail, a typed date,
        // a tracked follow-up's due time): shown, ticked, so the menu says what is set.
        <button type="button" role="menuitemradio" aria-checked="true" class="ft-item" data-action="current" onClick={() => onChoose(selected)}>
          <span>{t('choiceCurrent')}</span>
          <span class="ft-preview">{formatDueDate(dueAtForChoice(selected, base, options))}</span>
        </button>
      )}
      {PRESETS.map((preset) => (
        <button
          key={preset}
          type="button"
          role="menuitemradio"
          aria-checked={selected?.kind === 'preset' && selected.preset === preset}
          class="ft-item"
          data-action={preset}
          onClick={() => onChoose({ kind: 'preset', preset })}
        >
          <span>{t(PRESET_LABELS[preset])}</span>
          <span class="ft-preview">{formatDueDate(dueAtForPreset(preset, base, options))}</span>
        </button>
      ))}
      <PhraseField base={base} options={options} onChoose={onChoose} />
      <PickerField base={base} onChoose={onChoose} />
      <div class="ft-separator" role="separator" />
      {conditions.map((value) => (
        <button
          key={value}
          type="button"
          role="menuitemradio"
          aria-checked={condition === value}
          class="ft-item ft-check"
          data-condition={value}
          onClick={() => onCondition(value)}
        >
          <span>{t(CONDITION_LABELS[value])}</span>
        </button>
      ))}
      <div class="ft-separator" role="separator" />
      <div class="ft-menu-heading">{t('planHeading')}</div>
      {[null, ...plans].map((plan) => (
        <button
          key={plan?.id ?? 'once'}
          type="button"
          role="menuitemradio"
          aria-checked={(plan?.id ?? null) === planId}
          class="ft-item"
          data-plan={plan?.id ?? 'once'}
          onClick={() => onPlan(plan)}
        >
          <span>{planName(plan?.id ?? null, plan?.name)}</span>
          <span class="ft-preview">{plan ? planSpacing(plan) : t('planOnceHint')}</span>
        </button>
      ))}
      {children}
    </div>
  );
}

/** "next Tuesday" → "Tue 1 Dec, 09:00" as the user types; Enter takes it. Refusals are said, not guessed. */
function PhraseField({ base, options, onChoose }: Pick<ChoiceMenuProps, 'base' | 'options' | 'onChoose'>) {
  const [text, setText] = useState('');
  // 'unavailable': the date reader did not load (the extension was updated under the page).
  const [result, setResult] = useState<PhraseResult | 'unavailable' | null>(null);
  const update = (value: string) => {
    setText(value);
    loadPhraseParser().then(
      ({ parsePhrase }) => setResult(value.trim() ? parsePhrase(value, { now: base, ...options }) : null),
      () => setResult('unavailable'),
    );
  };
  const refused = result === 'unavailable' || (result !== null && !result.ok);
  return (
    <div class="ft-field">
      <input
        type="text"
        class="ft-input"
        data-field="phrase"
        value={text}
        maxLength={200}
        placeholder={t('phrasePlaceholder')}
        aria-label={t('phraseLabel')}
        aria-describedby="ft-phrase-preview"
        onInput={(e) => update(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          // Taken here: left to go on, the key would press the button that gets the focus back
          // when the menu closes, and open it again.
          e.preventDefault();
          if (result !== 'unavailable' && result?.ok) onChoose({ kind: 'at', dueAt: result.dueAt });
        }}
      />
      <div id="ft-phrase-preview" class={`ft-hint${refused ? ' ft-hint-error' : ''}`} role="status">
        {result === 'unavailable'
          ? t('phraseUnavailable')
          : result
            ? result.ok
              ? t('phrasePreview', formatDueDate(result.dueAt), result.matched)
              : dueRefusalText(result)
            : ''}
      </div>
    </div>
  );
}

function PickerField({ base, onChoose }: Pick<ChoiceMenuProps, 'base' | 'onChoose'>) {
  const [error, setError] = useState('');
  return (
    <div class="ft-field">
      <input
        type="datetime-local"
        class="ft-input"
        data-field="picker"
        aria-label={t('pickerLabel')}
        onChange={(e) => {
          const at = new Date(e.currentTarget.value).getTime();
          if (Number.isNaN(at)) return;
          // The same limits, said the same way, as for a typed date.
          const refusal = refuseDue(at, base, formatDueDate(at));
          setError(refusal ? dueRefusalText(refusal) : '');
          if (!refusal) onChoose({ kind: 'at', dueAt: at });
        }}
      />
      {error && (
        <div class="ft-hint ft-hint-error" role="status">
          {error}
        </div>
      )}
    </div>
  );
}
