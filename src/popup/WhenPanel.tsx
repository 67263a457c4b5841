/**
 * Snooze or reschedule: three quick choices, a typed phrase read as you type
 * ("next Tuesday 3pm", refusals explained), or an exact date and time. The
 * quick choices are phrases too, so "Next week" means what typing it means.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { refuseDue } from '../core/dates/dueLimits';
import { formatDueDate } from '../core/format';
import type { Settings } from '../settings/settings';
import { log } from '../core/log';
import { loadPhraseParser } from '../ui/dateReaders';
import { dueRefusalText } from '../ui/dueRefusalText';
import { t, type MessageKey } from '../ui/i18n';
import { useAutofocus } from '../ui/useAutofocus';

type PhraseReader = Awaited<ReturnType<typeof loadPhraseParser>>['parsePhrase'];

const QUICK: ReadonlyArray<{ label: MessageKey; phrase: string }> = [
  { label: 'popupSnoozeHour', phrase: 'in 1 hour' },
  { label: 'popupSnoozeTomorrow', phrase: 'tomorrow' },
  { label: 'popupSnoozeNextWeek', phrase: 'next week' },
];

/**
 * The phrase reader (with chrono-node) is most of the popup's code by size:
 * it loads when a panel opens, so the list itself opens faster.
 */
function usePhraseReader(): PhraseReader | undefined {
  const [reader, setReader] = useState<PhraseReader>();
  useEffect(() => {
    loadPhraseParser().then(
      ({ parsePhrase }) => setReader(() => parsePhrase),
      (error: unknown) => log.error('loading the date reader failed', error),
    );
  }, []);
  return reader;
}

export interface WhenPanelProps {
  /** What is being snoozed, e.g. "Snooze “Pricing for Q1”" or "Snooze 3 follow-ups". */
  title: string;
  /** What applying a picked time is called here ("Snooze", "Set next step"): both ways of picking say the same. */
  applyLabel: string;
  now: number;
  settings: Settings | undefined;
  onPick(dueAt: number): void;
  onClose(): void;
}

export function WhenPanel({ title, applyLabel, now, settings, onPick, onClose }: WhenPanelProps) {
  const read = usePhraseReader();
  const id = useId();
  const phraseField = useAutofocus<HTMLInputElement>();
  const [phrase, setPhrase] = useState('');
  const [exact, setExact] = useState('');
  const options = { now, reminderHour: settings?.reminderHour, workDays: settings?.workDays };
  const typed = read && phrase.trim() ? read(phrase, options) : undefined;
  // datetime-local gives local wall time without a zone; Date reads it as local too.
  const exactAt = exact ? new Date(exact).getTime() : NaN;
  // The same limits, said the same way, as for a typed date.
  const exactRefusal = Number.isFinite(exactAt) ? refuseDue(exactAt, now, formatDueDate(exactAt)) : null;

  return (
    <div
      class="panel"
      role="group"
      aria-label={title}
      data-panel="when"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <div class="quick">
        {QUICK.map(({ label, phrase: words }) => {
          const result = read?.(words, options);
          return (
            <button
              key={words}
              type="button"
              class="quick-choice"
              data-choice={words}
              disabled={!result?.ok}
              onClick={() => result?.ok && onPick(result.dueAt)}
            >
              <span>{t(label)}</span>
              <span class="hint">{result?.ok ? formatDueDate(result.dueAt) : ''}</span>
            </button>
          );
        })}
      </div>
      <form
        class="field"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed?.ok) onPick(typed.dueAt);
        }}
      >
        <label for={`${id}-phrase`}>{t('popupPhraseLabel')}</label>
        <div class="field-row">
          <input
            ref={phraseField}
            id={`${id}-phrase`}
            type="text"
            data-field="phrase"
            value={phrase}
            placeholder={t('popupPhrasePlaceholder')}
            autocomplete="off"
            onInput={(e) => setPhrase(e.currentTarget.value)}
          />
          <button type="submit" class="button tonal" data-apply="phrase" disabled={!typed?.ok}>
            {applyLabel}
          </button>
        </div>
        <div class={typed && !typed.ok ? 'error' : 'hint'} data-field="phrase-preview" aria-live="polite">
          {typed ? (typed.ok ? t('phrasePreview', formatDueDate(typed.dueAt), typed.matched) : dueRefusalText(typed)) : ''}
        </div>
      </form>
      <form
        class="field"
        onSubmit={(e) => {
          e.preventDefault();
          if (Number.isFinite(exactAt) && !exactRefusal) onPick(exactAt);
        }}
      >
        <label for={`${id}-exact`}>{t('popupExactLabel')}</label>
        <div class="field-row">
          <input
            id={`${id}-exact`}
            type="datetime-local"
            data-field="exact"
            value={exact}
            onInput={(e) => setExact(e.currentTarget.value)}
          />
          <button type="submit" class="button tonal" data-apply="exact" disabled={!Number.isFinite(exactAt) || exactRefusal !== null}>
            {applyLabel}
          </button>
        </div>
        {exactRefusal && (
          <div class="error" role="alert">
            {dueRefusalText(exactRefusal)}
          </div>
        )}
      </form>
      <div class="panel-actions">
        <button type="button" class="button" onClick={onClose}>
          {t('popupCancel')}
        </button>
      </div>
    </div>
  );
}
