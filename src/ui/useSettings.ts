/** The user's settings, kept current while the page is open; undefined until first read. */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, type Settings } from '../settings/settings';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = onSettingsChanged(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
