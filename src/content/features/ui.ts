/** The features with UI, loaded on demand by the content script's entry. */
import type { ContentContext } from '../context';
import { watchSettings } from '../settingsStore';
import { composeControl } from './composeControl';
import { startFeatures, type Features } from './registry';
import { threadControl } from './threadControl';

export function startUiFeatures(context: ContentContext, signal: AbortSignal): Features {
  watchSettings(signal);
  return startFeatures([threadControl, composeControl], context, signal);
}
