/**
 * The settings form's fields. Each saves as it changes; a value the settings
 * schema refuses is not saved, and neither is one the browser did not store:
 * the field says why. Text fields keep what the user typed until it is valid.
 */
import { useId, useState } from 'preact/hooks';
import { formatTime } from '../core/format';
import { choosablePlans } from '../core/plans';
import { MAX_ADDRESS_LENGTH, MAX_OTHER_ADDRESSES, type Settings } from '../settings/settings';
import { t, type MessageKey } from '../ui/i18n';
import { planName, planSpacing } from '../ui/planText';
import type { Field, SettingsForm } from './useSettingsForm';

/** Monday first, as in most work weeks; values are Date#getDay numbers. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/** What "N business days" offers before the user picks a number. */
const DEFAULT_BUSINESS_DAYS = 3;
const THEMES: ReadonlyArray<{ value: Settings['theme']; label: MessageKey }> = [
  { value: 'system', label: 'optionsThemeSystem' },
  { value: 'light', label: 'optionsThemeLight' },
  { value: 'dark', label: 'optionsThemeDark' },
];

const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
// 2023-01-01 was a Sunday: day d of that week has getDay() === d.
const dayName = (day: number) => weekdayName.format(new Date(2023, 0, 1 + day));
/** For a field the schema can never refuse (a choice among valid values); the browser still may. */
export const never = () => '';

interface FieldProps {
  form: SettingsForm;
}

/** The field's refusal, if any, with an id for aria-describedby. */
export function FieldError({ id, form, field }: { id: string; form: SettingsForm; field: Field }) {
  const error = form.errors[field];
  return error ? (
    <div id={id} class="error" role="alert" data-error={field}>
      {error}
    </div>
  ) : null;
}

export const describedBy = (form: SettingsForm, field: Field, errorId: string, hintId?: string) =>
  [hintId, form.errors[field] ? errorId : undefined].filter(Boolean).join(' ') || undefined;

export function ReminderHourField({ form }: FieldProps) {
  const id = useId();
  return (
    <div class="setting">
      <label for={id}>{t('optionsReminderHour')}</label>
      <select
        id={id}
        data-setting="reminderHour"
        value={String(form.settings.reminderHour)}
        aria-invalid={Boolean(form.errors.reminderHour)}
        aria-describedby={describedBy(form, 'reminderHour', `${id}-error`, `${id}-hint`)}
        onChange={(e) => form.save('reminderHour', { reminderHour: Number(e.currentTarget.value) }, () => t('optionsInvalidHour'))}
      >
        {HOURS.map((hour) => (
          <option key={hour} value={String(hour)}>
            {formatTime(new Date(2023, 0, 1, hour).getTime())}
          </option>
        ))}
      </select>
      <div id={`${id}-hint`} class="hint">
        {t('optionsReminderHourHint')}
      </div>
      <FieldError id={`${id}-error`} form={form} field="reminderHour" />
    </div>
  );
}

export function WorkDaysField({ form }: FieldProps) {
  const id = useId();
  const { workDays } = form.settings;
  return (
    <fieldset class="setting" data-setting="workDays" aria-describedby={describedBy(form, 'workDays', id)}>
      <legend>{t('optionsWorkDays')}</legend>
      <div class="choices">
        {WEEK.map((day) => (
          <label key={day} class="choice">
            <input
              type="checkbox"
              value={String(day)}
              checked={workDays.includes(day)}
              onChange={(e) => {
                const box = e.currentTarget;
                const next = box.checked ? [...workDays, day].sort((a, b) => a - b) : workDays.filter((d) => d !== day);
                // Refused, the box shows what is saved again: the settings did not change, so a render may not.
                const accepted = form.save('workDays', { workDays: next }, () => t('optionsInvalidWorkDays'));
                if (!accepted) box.checked = workDays.includes(day);
              }}
            />
            {dayName(day)}
          </label>
        ))}
      </div>
      <FieldError id={id} form={form} field="workDays" />
    </fieldset>
  );
}

export function DefaultFollowUpField({ form }: FieldProps) {
  const id = useId();
  const [typed, setTyped] = useState<string>();
  const field = 'defaultFollowUpBusinessDays';
  const stored = form.settings.defaultFollowUpBusinessDays;
  const days = typed ?? String(stored || DEFAULT_BUSINESS_DAYS);
  const saveDays = (value: number) => form.save(field, { [field]: value }, () => t('optionsInvalidBusinessDays'));
  return (
    <fieldset class="setting" data-setting={field}>
      <legend>{t('optionsDefaultFollowUp')}</legend>
      <label class="choice">
        <input type="radio" name={id} checked={stored === 0} onChange={() => saveDays(0)} />
        {t('optionsDefaultOff')}
      </label>
      <div class="choice">
        <input id={`${id}-on`} type="radio" name={id} checked={stored > 0} onChange={() => saveDays(Number(days))} />
        <label for={`${id}-on`}>{t('optionsDefaultOnBefore')}</label>
        <input
          type="number"
          class="days"
          data-setting="businessDays"
          min={1}
          max={30}
          step={1}
          value={days}
          aria-label={t('optionsBusinessDaysLabel')}
          aria-invalid={Boolean(form.errors[field])}
          aria-describedby={describedBy(form, field, `${id}-error`)}
          onInput={(e) => setTyped(e.currentTarget.value)}
          onChange={(e) => {
            // A count typed while "off" is chosen switches the default on: that is what typing it means.
            // 0 is "off" to the settings, but not a count of days: refused here like any other.
            const value = e.currentTarget.value.trim() === '' ? NaN : Number(e.currentTarget.value);
            if (saveDays(value > 0 ? value : NaN)) setTyped(undefined);
          }}
        />
        <span>{t('optionsDefaultOnAfter')}</span>
      </div>
      <FieldError id={`${id}-error`} form={form} field={field} />
    </fieldset>
  );
}

export function OtherAddressesField({ form }: FieldProps) {
  const id = useId();
  const [typed, setTyped] = useState<string>();
  const lines = (text: string) =>
    text
      .split(/[\n,;]+/)
      .map((line) => line.trim())
      .filter(Boolean);
  return (
    <div class="setting">
      <label for={id}>{t('optionsOtherAddresses')}</label>
      <textarea
        id={id}
        data-setting="otherAddresses"
        rows={3}
        value={typed ?? form.settings.otherAddresses.join('\n')}
        placeholder={t('optionsOtherAddressesPlaceholder')}
        aria-invalid={Boolean(form.errors.otherAddresses)}
        aria-describedby={describedBy(form, 'otherAddresses', `${id}-error`, `${id}-hint`)}
        onInput={(e) => setTyped(e.currentTarget.value)}
        onChange={(e) => {
          const addresses = lines(e.currentTarget.value);
          const accepted = form.save('otherAddresses', { otherAddresses: addresses }, (path) => {
            // "otherAddresses.2" names the bad address; "otherAddresses" alone, the list (too long).
            const index = Number(path.split('.')[1]);
            if (!Number.isInteger(index)) return t('optionsTooManyAddresses', String(MAX_OTHER_ADDRESSES));
            const bad = addresses[index] ?? '';
            return bad.length > MAX_ADDRESS_LENGTH
              ? t('optionsAddressTooLong', bad, String(MAX_ADDRESS_LENGTH))
              : t('optionsInvalidAddress', bad);
          });
          if (accepted) setTyped(undefined);
        }}
      />
      <div id={`${id}-hint`} class="hint">
        {t('optionsOtherAddressesHint')}
      </div>
      <FieldError id={`${id}-error`} form={form} field="otherAddresses" />
    </div>
  );
}

export function NotificationsField({ form }: FieldProps) {
  const id = useId();
  const toggles: ReadonlyArray<{ field: 'notifyWhenDue' | 'notifyOnReply'; label: MessageKey }> = [
    { field: 'notifyWhenDue', label: 'optionsNotifyWhenDue' },
    { field: 'notifyOnReply', label: 'optionsNotifyOnReply' },
  ];
  return (
    <fieldset class="setting">
      <legend>{t('optionsNotifications')}</legend>
      {toggles.map(({ field, label }) => (
        <div key={field}>
          <label class="choice">
            <input
              type="checkbox"
              data-setting={field}
              checked={form.settings[field]}
              aria-invalid={Boolean(form.errors[field])}
              aria-describedby={describedBy(form, field, `${id}-${field}`)}
              onChange={(e) => form.save(field, { [field]: e.currentTarget.checked }, never)}
            />
            {t(label)}
          </label>
          <FieldError id={`${id}-${field}`} form={form} field={field} />
        </div>
      ))}
    </fieldset>
  );
}

export function ThemeField({ form }: FieldProps) {
  const id = useId();
  return (
    <fieldset class="setting" data-setting="theme" aria-describedby={describedBy(form, 'theme', `${id}-error`)}>
      <legend>{t('optionsTheme')}</legend>
      <div class="choices">
        {THEMES.map(({ value, label }) => (
          <label key={value} class="choice">
            <input type="radio" name={id} checked={form.settings.theme === value} onChange={() => form.save('theme', { theme: value }, never)} />
            {t(label)}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} form={form} field="theme" />
    </fieldset>
  );
}

/** Per plan: a heads-up the work day before each step, for steps that need preparation. */
export function HeadsUpField({ form }: FieldProps) {
  const id = useId();
  const { headsUpPlans, ownPlans } = form.settings;
  return (
    <fieldset class="setting" data-setting="headsUpPlans" aria-describedby={describedBy(form, 'headsUpPlans', id, `${id}-hint`)}>
      <legend>{t('optionsHeadsUp')}</legend>
      <p id={`${id}-hint`} class="hint">
        {t('optionsHeadsUpHint')}
      </p>
      {choosablePlans(ownPlans).map((plan) => (
        <label key={plan.id} class="choice">
          <input
            type="checkbox"
            value={plan.id}
            checked={headsUpPlans.includes(plan.id)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              const next = on ? [...headsUpPlans, plan.id] : headsUpPlans.filter((p) => p !== plan.id);
              form.save('headsUpPlans', { headsUpPlans: next }, never);
            }}
          />
          {planName(plan.id, plan.name)} <span class="hint">({planSpacing(plan)})</span>
        </label>
      ))}
      <FieldError id={id} form={form} field="headsUpPlans" />
    </fieldset>
  );
}
