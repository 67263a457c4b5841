/** The settings form: each field saves as it changes (settingsFields.tsx). */
import { useId } from 'preact/hooks';
import { t } from '../ui/i18n';
import {
  DefaultFollowUpField,
  NotificationsField,
  OtherAddressesField,
  ReminderHourField,
  ThemeField,
  WorkDaysField,
} from './settingsFields';
import { SendAsField } from './SendAsField';
import { useSettingsForm } from './useSettingsForm';
import type { FollowthroughDb } from '../storage/db';

export function SettingsSection({ db }: { db: FollowthroughDb }) {
  const id = useId();
  const form = useSettingsForm();
  if (!form) return null;
  return (
    <section aria-labelledby={id} data-section="settings">
      <h2 id={id}>{t('optionsSettingsHeading')}</h2>
      <form class="settings" onSubmit={(e) => e.preventDefault()}>
        <ReminderHourField form={form} />
        <WorkDaysField form={form} />
        <DefaultFollowUpField form={form} />
        <OtherAddressesField form={form} />
        <SendAsField db={db} />
        <NotificationsField form={form} />
        <ThemeField form={form} />
      </form>
      <p class="saved" role="status">
        {form.saved ? t('optionsSaved') : ''}
      </p>
    </section>
  );
}
