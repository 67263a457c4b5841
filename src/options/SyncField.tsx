/**
 * Sync with the user's other computers (core/sync): on or off, what travels and through whom,
 * and how the last pass went — how many follow-ups are everywhere, how many only here.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { WriteFailure } from '../settings/settingsWriter';
import { watchSyncState, type SyncState } from '../storage/syncState';
import { t, type MessageKey } from '../ui/i18n';
import { describedBy, FieldError, never } from './settingsFields';
import type { SettingsForm } from './useSettingsForm';

const FAILURE_TEXT: Record<WriteFailure, MessageKey> = {
  tooOften: 'syncFailureTooOften',
  tooLarge: 'syncFailureRefused',
  full: 'syncFailureFull',
  refused: 'syncFailureRefused',
};

export function SyncField({ form }: { form: SettingsForm }) {
  const id = useId();
  const [state, setState] = useState<SyncState>();
  useEffect(() => watchSyncState(setState), []);
  const on = form.settings.syncFollowUps;
  return (
    <fieldset class="setting" data-setting="sync">
      <legend>{t('syncHeading')}</legend>
      <label class="choice">
        <input
          type="checkbox"
          data-setting="syncFollowUps"
          checked={on}
          aria-describedby={describedBy(form, 'syncFollowUps', `${id}-error`, `${id}-how`)}
          onChange={(e) => form.save('syncFollowUps', { syncFollowUps: e.currentTarget.checked }, never)}
        />
        {t('syncToggle')}
      </label>
      <FieldError id={`${id}-error`} form={form} field="syncFollowUps" />
      <p id={`${id}-how`} class="hint">
        {t('syncHow')}
      </p>
      <p class="hint">{t('syncWhat')}</p>
      <p class="sync-status" role="status" data-sync-status>
        {on ? stateText(state) : t('syncStatusOff')}
      </p>
    </fieldset>
  );
}

function stateText(state: SyncState | undefined): string {
  if (!state) return '';
  return [
    t('syncStatusSynced', String(state.synced)),
    state.onlyHere > 0 ? t('syncStatusOnlyHere', String(state.onlyHere)) : '',
    state.unreadable > 0 ? t('syncUnreadable', String(state.unreadable)) : '',
    state.failure ? t(FAILURE_TEXT[state.failure]) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
