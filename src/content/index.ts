/**
 * Content script entry, in every Gmail tab. Gmail loads this at start, so it
 * stays small: the DOM watcher and the account. The controls (Preact, dates)
 * are fetched the first time a thread or a compose appears. It must never
 * break Gmail: every feature runs inside a guard that logs and carries on
 * (features/registry.ts), and all of it stops — listeners removed, our UI
 * taken off the page — once the extension that loaded it is gone (updated,
 * reloaded or removed), when this script is left behind in an open tab.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { log } from '../core/log';
import { queryFirst } from '../gmail/query';
import { COMPOSE_ROOT, THREAD_SUBJECT } from '../gmail/selectors';
import { isChangeAnnouncement } from '../messaging/announcement';
import { createContext } from './context';
import { startFeatures, type Features } from './features/registry';
import { threadResolver } from './features/resolveThreads';
import { rowMarkers } from './features/rowMarkers';
import { watchGmail } from './watchGmail';

const stop = new AbortController();
const { signal } = stop;
const context = createContext();
const eager = startFeatures([threadResolver, rowMarkers], context, signal);
const UI_TRIGGER = [...THREAD_SUBJECT, ...COMPOSE_ROOT];
let ui: Promise<Features | null> | undefined;

function everything(step: (features: Features) => void): void {
  step(eager);
  void ui?.then((features) => features && step(features));
}

/** Our extension's context is gone once it was updated or removed: its APIs only throw from here on. */
function extensionGone(): boolean {
  try {
    return !browser.runtime.id;
  } catch {
    return true;
  }
}

// A send-as address learned later makes a thread the user's own: look again.
context.onIdentity(() => everything((features) => features.update()));

// The background says follow-ups changed: what the controls show is read again. Nothing else
// is taken from this listener, and it never answers.
const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
  if (isChangeAnnouncement(message, sender, browser.runtime.id)) everything((features) => features.changed());
  else log.warn('ignored a message that is not ours');
  return undefined;
};
browser.runtime.onMessage.addListener(onMessage);
signal.addEventListener('abort', () => {
  try {
    browser.runtime.onMessage.removeListener(onMessage);
  } catch {
    // The extension's APIs may already be gone with it; then so is the listener.
  }
});

watchGmail(signal, ({ onlyListRows }) => {
  if (extensionGone()) {
    log.warn('the extension was updated or removed: this tab stops until it is reloaded');
    return stop.abort();
  }
  eager.update();
  // Threads and composes never appear inside list rows: a batch of row changes need not be searched.
  if (onlyListRows) return;
  if (!ui && queryFirst(document, UI_TRIGGER)) {
    ui = import('./features/ui').then(
      ({ startUiFeatures }) => startUiFeatures(context, signal),
      (error: unknown) => {
        log.error('loading the controls failed', error);
        return null;
      },
    );
  }
  void ui?.then((features) => features?.update());
});
