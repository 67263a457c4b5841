/**
 * The "Follow up" control beside Send. It shows the current choice ("Follow
 * up: if no reply in 3 business days") and opens the same choices as the
 * thread control, plus "Don't follow up". Nothing is stored until the
 * message is really sent: the caller decides that.
 */
import type { Choice, DueOptions, Preset } from '../../core/dueDate';
import { stepDueAt, type Plan } from '../../core/plans';
import { planName, stepLabel } from '../../ui/planText';
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
  /** A plan of several steps, the choice being its first; absent for a single reminder. */
  plan?: Plan;
  /** A reply in a thread whose plan step came due: this send is that follow-up, and the choice is the next step. */
  nextStep?: { step: number; of: number };
}

/** The whole sentence, for the tooltip and screen readers: "Follow up: if no reply in 3 business days". */
export function composeLabel({ choice, condition, plan, nextStep }: ComposeChoice): string {
  if (!choice) return t('followUpButton');
  const label = t(condition === 'always' ? 'composeLabelAlways' : 'composeLabelIfNoReply', whenWords(choice));
  if (nextStep) return `${label} · ${stepLabel(nextStep)}`;
  return plan ? `${label} · ${planName(plan.id, plan.name)}` : label;
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
function shortLabel({ choice, plan, nextStep }: ComposeChoice): string {
  if (!choice) return t('followUpButton');
  if (nextStep) return stepLabel(nextStep);
  if (plan) return planName(plan.id, plan.name);
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
  /** The plans offered in the menu. */
  plans: readonly Plan[];
  onChange(value: ComposeChoice): void;
}

export function ComposeControl({ value, now, options, plans, onChange }: ComposeControlProps) {
  const menu = useMenu();
  const set = (change: Partial<ComposeChoice>) => onChange({ ...value, promisedQuote: undefined, nextStep: undefined, ...change });
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
            set({ choice, plan: undefined });
          }}
          onOff={() => {
            menu.close();
            set({ choice: null, plan: undefined });
          }}
          plans={plans}
          planId={value.choice ? (value.plan?.id ?? null) : null}
          onPlan={(plan) => {
            menu.close();
            // The first step counts from the send, like the presets; months have no such choice.
            const [first] = plan?.steps ?? [];
            if (!plan || !first) return set({ plan: undefined, choice: value.choice });
            const choice: Choice =
              first.after.unit === 'business-days'
                ? { kind: 'business-days', days: first.after.count }
                : { kind: 'at', dueAt: stepDueAt(now(), first.after, options) };
            set({ choice, plan });
          }}
        >
          {value.promisedQuote && <div class="ft-hint ft-promised">{t('promisedHint', value.promisedQuote)}</div>}
        </ChoiceMenu>
      )}
    </span>
  );
}
