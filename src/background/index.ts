/**
 * Service worker entry. Listeners are registered at the top level on every
 * start (Chrome stops an idle worker after ~30 s); no state lives here
 * beyond the database handle.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { FollowthroughDb } from '../storage/db';
import { routeMessage } from './router';

const db = new FollowthroughDb();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender, {
    db,
    now: Date.now,
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL(''),
  }),
);
