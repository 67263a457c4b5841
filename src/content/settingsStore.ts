/**
 * The user's settings as the content script sees them: defaults at once,
 * the stored values as soon as storage answers, and every later change.
 */
import { log } from '../core/log';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../settings/settings';

let current: Settings = DEFAULT_SETTINGS;
const listeners = new Set<() => void>();

export function settings(): Settings {
  return current;
}

/** Called when the stored settings arrive and whenever they change, so views can redraw. */
export function onSettings(listener: () => void): void {
  listeners.add(listener);
}

function set(next: Settings) {
  current = next;
  listeners.forEach((listener) => listener());
}

/** Follows the stored settings until `signal` aborts. */
export function watchSettings(signal: AbortSignal): void {
  loadSettings().then(set, (error: unknown) => log.error('reading settings failed', error));
  signal.addEventListener('abort', onSettingsChanged(set));
}
