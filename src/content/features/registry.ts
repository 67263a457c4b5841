/**
 * The content script's features, each with a lifecycle. A feature is started with an
 * AbortSignal: every listener it adds takes the signal, and what it put on the page goes when
 * the signal aborts — the extension was updated, reloaded or removed, and this script is left
 * behind in an open Gmail tab, where it must stop at once rather than show controls that can
 * only fail. Each call into a feature is guarded: an error is logged with the feature's name
 * and never reaches Gmail.
 */
import { log } from '../../core/log';
import type { ContentContext } from '../context';

/** A started feature: checked on every batch of Gmail DOM changes, so it must be cheap when nothing changed. */
export interface Feature {
  update(): void;
  /** Follow-ups changed elsewhere (the popup, the engine, another tab): show the stored state again. */
  changed?(): void;
}

export interface FeatureDefinition {
  /** Named in every error the feature raises. */
  name: string;
  init(context: ContentContext, signal: AbortSignal): Feature;
}

/** Started features, called together. */
export interface Features {
  update(): void;
  changed(): void;
}

export function startFeatures(definitions: readonly FeatureDefinition[], context: ContentContext, signal: AbortSignal): Features {
  const started: Array<{ name: string; feature: Feature }> = [];
  for (const { name, init } of definitions) {
    try {
      started.push({ name, feature: init(context, signal) });
    } catch (error) {
      log.error(`feature "${name}" failed to start`, error);
    }
  }
  const each = (step: (feature: Feature) => void, what: string) => () => {
    if (signal.aborted) return;
    for (const { name, feature } of started) {
      try {
        step(feature);
      } catch (error) {
        log.error(`feature "${name}" failed ${what}`, error);
      }
    }
  };
  return {
    update: each((feature) => feature.update(), 'on a Gmail change'),
    changed: each((feature) => feature.changed?.(), 'reading a change'),
  };
}
