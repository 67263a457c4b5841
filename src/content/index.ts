/**
 * Content script entry, in every Gmail tab. Gmail loads this at start, so it
 * stays small: the DOM watcher and the account. The controls (Preact, dates)
 * are fetched the first time a thread or a compose appears. It must never
 * break Gmail: every feature runs inside a guard that logs and carries on.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { log } from '../core/log';
import { isChangeAnnouncement } from '../messaging/announcement';
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

type Step = (feature: Feature) => void;
const update: Step = (feature) => feature.update();
const reread: Step = (feature) => feature.changed?.();

function each(features: Feature[], step: Step): void {
  for (const feature of features) {
    try {
      step(feature);
    } catch (error) {
      log.error('a feature failed', error);
    }
  }
}

function everything(step: Step): void {
  each(eager, step);
  void ui?.then((features) => each(features, step));
}
const updateAll = (features: Feature[]) => each(features, update);

// A send-as address learned later makes a thread the user's own: look again.
context.onIdentity(() => everything(update));
// The background says follow-ups changed: what the controls show is read again. Nothing else
// is taken from this listener, and it never answers.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (isChangeAnnouncement(message, sender, browser.runtime.id)) everything(reread);
  else log.warn('ignored a message that is not ours');
  return undefined;
});

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
