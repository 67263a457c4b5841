/**
 * The settings form's state: the saved settings (kept current if they change
 * elsewhere), each field's refusal message, and a save that validates first.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../settings/settings';

export type Field = keyof Settings;

export interface SettingsForm {
  settings: Settings;
  errors: Partial<Record<Field, string>>;
  /** Whether the last change was saved. */
  saved: boolean;
  /**
   * Saves a change to one field. When the schema refuses it, the field's
   * message comes from `explain`, given the first bad path ("otherAddresses.2").
   */
  save(field: Field, change: Partial<Settings>, explain: (path: string) => string): Promise<boolean>;
}

export function useSettingsForm(): SettingsForm | undefined {
  const [settings, setSettings] = useState<Settings>();
  const [errors, setErrors] = useState<SettingsForm['errors']>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return undefined;
  return {
    settings,
    errors,
    saved,
    async save(field, change, explain) {
      const result = await saveSettings(change);
      setSaved(result.ok);
      setErrors((current) => ({ ...current, [field]: result.ok ? undefined : explain(result.fields[0] ?? field) }));
      if (result.ok) setSettings(result.settings);
      return result.ok;
    },
  };
}
