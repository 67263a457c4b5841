/**
 * The "Follow up" control beside Send. It shows the current choice ("Follow
 * up: if no reply in 3 business days") and opens the same choices as the
 * thread control, plus "Don't follow up". Nothing is stored until the
 * message is really sent: the caller decides that.
 */
import type { Choice, DueOptions, Preset } from '../../core/dueDate';
import type { FollowUpCondition } from '../../core/followUp';
import { formatDueDate } from '../../core/format';
import { t, type MessageKey } from '../../ui/i18n';
import { ChoiceMenu, PRESET_LABELS } from './ChoiceMenu';
import { Icon } from '../../ui/icons';
import { useMenu } from './useMenu';

const WHEN: Record<Preset, MessageKey> = {
  tomorrow: 'whenTomorrow',
  'in-2-business-days': 'whenIn2BusinessDays',
  'in-3-business-days': 'whenIn3BusinessDays',
  'in-1-week': 'whenIn1Week',
  'in-2-weeks': 'whenIn2Weeks',
};

export interface ComposeChoice {
  choice: Choice | null;
  condition: FollowUpCondition;
  /** Set when the choice came from the message's own words ("I'll follow up on Monday"). */
  promisedQuote?: string;
}

/** The whole sentence, for the tooltip and screen readers: "Follow up: if no reply in 3 business days". */
export function composeLabel({ choice, condition }: ComposeChoice): string {
  if (!choice) return t('followUpButton');
  return t(condition === 'always' ? 'composeLabelAlways' : 'composeLabelIfNoReply', whenWords(choice));
}

function whenWords(choice: Choice): string {
  switch (choice.kind) {
    case 'preset':
      return t(WHEN[choice.preset]);
    case 'business-days':
      return choice.days === 1 ? t('whenIn1BusinessDay') : t('whenInBusinessDays', String(choice.days));
    case 'at':
      return t('whenAt', formatDueDate(choice.dueAt));
  }
}

/** What fits beside Send: "In 3 business days", "Tue 1 Dec, 09:00". */
function shortLabel({ choice }: ComposeChoice): string {
  if (!choice) return t('followUpButton');
  switch (choice.kind) {
    case 'preset':
      return t(PRESET_LABELS[choice.preset]);
    case 'business-days':
      return choice.days === 1 ? t('inOneBusinessDay') : t('inBusinessDays', String(choice.days));
    case 'at':
      return formatDueDate(choice.dueAt);
  }
}

export interface ComposeControlProps {
  value: ComposeChoice;
  now: () => number;
  options: DueOptions;
  onChange(value: ComposeChoice): void;
}

export function ComposeControl({ value, now, options, onChange }: ComposeControlProps) {
  const menu = useMenu();
  const set = (change: Partial<ComposeChoice>) => onChange({ ...value, promisedQuote: undefined, ...change });
  const label = composeLabel(value);
  return (
    <span class="ft" ref={menu.rootRef} onKeyDown={menu.onKeyDown}>
      <button
        ref={menu.buttonRef}
        type="button"
        class="ft-button ft-compose"
        data-state={value.choice ? 'tracked' : 'untracked'}
        aria-haspopup="menu"
        aria-expanded={menu.open}
        aria-label={label}
        title={value.promisedQuote ? `${label} · ${t('promisedHint', value.promisedQuote)}` : value.choice ? label : t('composeTooltip')}
        onClick={() => menu.setOpen(!menu.open)}
      >
        <Icon name="schedule" />
        <span class="ft-label">{shortLabel(value)}</span>
      </button>
      {menu.open && (
        <ChoiceMenu
          heading="composeHeading"
          base={now()}
          style={menu.menuStyle}
          options={options}
          selected={value.choice}
          condition={value.condition}
          onCondition={(condition) => onChange({ ...value, condition })}
          onChoose={(choice) => {
            menu.close();
            set({ choice });
          }}
          onOff={() => {
            menu.close();
            set({ choice: null });
          }}
        >
          {value.promisedQuote && <div class="ft-hint ft-promised">{t('promisedHint', value.promisedQuote)}</div>}
        </ChoiceMenu>
      )}
    </span>
  );
}
