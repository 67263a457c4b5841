/**
 * Content script entry, in every Gmail tab. Gmail loads this at start, so it
 * stays small: the DOM watcher and the account. The controls (Preact, dates)
 * are fetched the first time a thread or a compose appears. It must never
 * break Gmail: every feature runs inside a guard that logs and carries on.
 */
import { log } from '../core/log';
import { queryFirst } from '../gmail/query';
import { COMPOSE_ROOT, THREAD_SUBJECT } from '../gmail/selectors';
import { createContext, type Feature } from './context';
import { createThreadResolver } from './features/resolveThreads';
import { createRowMarkers } from './features/rowMarkers';
import { t } from '../ui/i18n';
import { watchGmail } from './watchGmail';

const context = createContext();
const resolver = createThreadResolver(context);
const eager: Feature[] = [resolver, createRowMarkers(context, () => t('rowMarker'))];
const UI_TRIGGER = [...THREAD_SUBJECT, ...COMPOSE_ROOT];
let ui: Promise<Feature[]> | undefined;

function updateAll(features: Feature[]): void {
  for (const feature of features) {
    try {
      feature.update();
    } catch (error) {
      log.error('a feature failed', error);
    }
  }
}

function updateEverything(): void {
  updateAll(eager);
  void ui?.then(updateAll);
}

// A send-as address learned later makes a thread the user's own: look again.
context.onIdentity(updateEverything);

watchGmail(({ onlyListRows }) => {
  updateAll(eager);
  // Threads and composes never appear inside list rows: a batch of row changes need not be searched.
  if (onlyListRows) return;
  if (!ui && queryFirst(document, UI_TRIGGER)) {
    ui = import('./features/ui').then(
      ({ createUiFeatures }) => createUiFeatures(context, { onSent: () => resolver.refresh() }),
      (error: unknown) => {
        log.error('loading the controls failed', error);
        return [];
      },
    );
  }
  void ui?.then(updateAll);
});
