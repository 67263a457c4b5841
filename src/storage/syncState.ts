/**
 * What the last sync pass found (background/sync.ts), for the options page and the popup: kept
 * in storage.local, on this computer only.
 */
import browser from 'webextension-polyfill';
import type { WriteFailure } from '../settings/settingsWriter';

export interface SyncState {
  at: number;
  /** Active follow-ups on every computer, and only on this one (no room left in the browser's sync). */
  synced: number;
  onlyHere: number;
  /** Ids of the active follow-ups only on this computer, soonest due first (at most MAX_ONLY_HERE_IDS). */
  onlyHereIds: string[];
  /** Records from another version of the extension, or damaged, left alone. */
  unreadable: number;
  /** Why the last write to the browser's sync failed; absent when it went through. */
  failure?: WriteFailure;
}

export const SYNC_STATE_KEY = 'syncState';
export const MAX_ONLY_HERE_IDS = 500;

export function saveSyncState(state: SyncState): Promise<void> {
  return browser.storage.local.set({ [SYNC_STATE_KEY]: state });
}

/** Calls `listener` with the state now and after every pass; returns the way to stop. */
export function watchSyncState(listener: (state: SyncState | undefined) => void): () => void {
  let live = true;
  void browser.storage.local.get(SYNC_STATE_KEY).then((items) => live && listener(items[SYNC_STATE_KEY] as SyncState | undefined));
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && SYNC_STATE_KEY in changes) listener(changes[SYNC_STATE_KEY]!.newValue as SyncState | undefined);
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(handler);
  };
}
