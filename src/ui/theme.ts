/**
 * Applies the theme setting to the page: "system" leaves it to
 * prefers-color-scheme, "light" and "dark" pin it (base.css reads data-theme).
 * It follows changes made elsewhere, e.g. on the options page while the popup is open.
 */
import { loadSettings, onSettingsChanged, type Settings } from '../settings/settings';

export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function followThemeSetting(): void {
  void loadSettings().then((settings) => applyTheme(settings.theme));
  onSettingsChanged((settings) => applyTheme(settings.theme));
}
