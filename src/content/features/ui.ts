/** The features with UI, loaded on demand by the content script's entry. */
import type { ContentContext, Feature } from '../context';
import { watchSettings } from '../settingsStore';
import { createComposeControl } from './composeControl';
import { createThreadControl } from './threadControl';

export interface UiHooks {
  /** A sent message's follow-up was stored (its thread may still need to be found). */
  onSent(): void;
}

export function createUiFeatures(context: ContentContext, hooks: UiHooks): Feature[] {
  watchSettings();
  return [createThreadControl(context), createComposeControl(context, hooks.onSent)];
}
