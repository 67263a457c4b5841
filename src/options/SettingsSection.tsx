/** The settings form: each field saves as it changes (settingsFields.tsx). */
import { useId } from 'preact/hooks';
import { t } from '../ui/i18n';
import {
  DefaultFollowUpField,
  HeadsUpField,
  NotificationsField,
  OtherAddressesField,
  ReminderHourField,
  ThemeField,
  WorkDaysField,
} from './settingsFields';
import { OwnPlansField } from './OwnPlansField';
import { SendAsField } from './SendAsField';
import { SyncField } from './SyncField';
import { useSettingsForm, type SaveStatus } from './useSettingsForm';
import type { FollowthroughDb } from '../storage/db';

/** "Saved" only once the browser stored every change. */
const STATUS_TEXT: Record<SaveStatus, (() => string) | undefined> = {
  idle: undefined,
  saving: () => t('optionsSaving'),
  saved: () => t('optionsSaved'),
};

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
        <OwnPlansField form={form} />
        <HeadsUpField form={form} />
        <ThemeField form={form} />
        <SyncField form={form} />
      </form>
      <p class="saved" role="status">
        {STATUS_TEXT[form.status]?.()}
      </p>
    </section>
  );
}
