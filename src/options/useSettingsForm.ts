/**
 * The settings form's state: the settings as the page shows them (stored, with changes not
 * saved yet on top, and kept current if they change elsewhere), each field's message, and
 * whether everything is saved. A change the schema accepts is written shortly after
 * (settingsWriter.ts); a refused one, or one the browser did not store, is explained on its
 * field, and the value stays there.
 */
import { useEffect, useReducer, useState } from 'preact/hooks';
import { log } from '../core/log';
import { loadSettings, onSettingsChanged, updatedSettings, type Field, type Settings } from '../settings/settings';
import { flushWhenHidden, settingsWriter, type SettingsWriter, type WriteFailure } from '../settings/settingsWriter';
import { t, type MessageKey } from '../ui/i18n';

export type { Field };

/** What the page says under the form: nothing before a change, then "Saving…", then "Saved". */
export type SaveStatus = 'idle' | 'saving' | 'saved';

export interface SettingsForm {
  settings: Settings;
  errors: Partial<Record<Field, string>>;
  status: SaveStatus;
  /**
   * Takes a change to one field and says whether the schema accepted it. When it refuses, the
   * field's message comes from `explain`, given the first bad path ("otherAddresses.2").
   */
  save(field: Field, change: Partial<Settings>, explain: (path: string) => string): boolean;
}

const NOT_SAVED: Record<WriteFailure, MessageKey> = {
  tooLarge: 'optionsNotSavedTooLarge',
  tooOften: 'optionsNotSavedTooOften',
  full: 'optionsNotSavedFull',
  refused: 'optionsNotSavedRefused',
};

export function useSettingsForm(): SettingsForm | undefined {
  const [writer, setWriter] = useState<SettingsWriter>();
  const [errors, setErrors] = useState<SettingsForm['errors']>({});
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [, redraw] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    let open = true;
    let current: SettingsWriter | undefined;
    let stopFlushing = () => {};
    const setFieldErrors = (fields: Field[], message: string | undefined) =>
      setErrors((known) => ({ ...known, ...Object.fromEntries(fields.map((field) => [field, message])) }));
    const stopWatching = onSettingsChanged((stored) => {
      current?.stored(stored);
      redraw(undefined);
    });
    loadSettings().then(
      (loaded) => {
        if (!open) return;
        const created = settingsWriter(loaded, {
          saved(fields) {
            setFieldErrors(fields, undefined);
            setStatus(created.unsaved ? 'saving' : 'saved');
          },
          failed(fields, failure) {
            setFieldErrors(fields, t(NOT_SAVED[failure]));
            setStatus('idle');
          },
        });
        current = created;
        stopFlushing = flushWhenHidden(created.flush, window, document);
        setWriter(created);
      },
      (error: unknown) => log.error('reading settings failed', error),
    );
    return () => {
      open = false;
      stopWatching();
      stopFlushing();
      current?.flush();
    };
  }, []);

  if (!writer) return undefined;
  return {
    settings: writer.settings,
    errors,
    status,
    save(field, change, explain) {
      const result = updatedSettings(writer.settings, change);
      setErrors((known) => ({ ...known, [field]: result.ok ? undefined : explain(result.fields[0] ?? field) }));
      if (!result.ok) return false;
      // The schema's output, trimmed and lower-cased where it normalizes, is what gets stored.
      writer.change(Object.fromEntries(Object.keys(change).map((key) => [key, result.settings[key as Field]])));
      setStatus('saving');
      redraw(undefined);
      return true;
    },
  };
}
