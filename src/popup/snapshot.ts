/**
 * The popup's first rows, kept ready in storage.local by the background after every change
 * (background/popupSnapshot.ts). The popup paints them before its database code has even
 * loaded, then the live reads take over (main.tsx). A snapshot that is missing, damaged or
 * from another version is not used: the popup waits for the database, as it did before.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { FollowUp } from '../core/followUp';
import { followUpSchema } from '../core/followUpSchema';
import { log } from '../core/log';
import type { ActivePage } from './listQuery';

export const SNAPSHOT_KEY = 'popupSnapshot';

export interface PopupSnapshot {
  /** Changes whenever the follow-up model does: an older snapshot is then left unused. */
  version: typeof SNAPSHOT_VERSION;
  /** The list's first page, unfiltered. */
  active: ActivePage;
  /** The recent replies shown under it. */
  replied: FollowUp[];
}

const SNAPSHOT_VERSION = 1;

const snapshotSchema = v.strictObject({
  version: v.literal(SNAPSHOT_VERSION),
  active: v.strictObject({ rows: v.array(followUpSchema), more: v.boolean(), accounts: v.array(v.string()) }),
  replied: v.array(followUpSchema),
});

/** The snapshot of what the popup shows first, as a new one would be stored. */
export function popupSnapshot(active: ActivePage, replied: FollowUp[]): PopupSnapshot {
  // The engine's queue key is not part of the model a row is drawn from (followUpSchema).
  const row = ({ nextCheckAt: _queue, ...followUp }: FollowUp): FollowUp => followUp;
  return { version: SNAPSHOT_VERSION, active: { ...active, rows: active.rows.map(row) }, replied: replied.map(row) };
}

export function saveSnapshot(snapshot: PopupSnapshot): Promise<void> {
  return browser.storage.local.set({ [SNAPSHOT_KEY]: snapshot });
}

/** Takes the snapshot away with the data it shows ("Delete all data"): the background's next one would come later. */
export function forgetSnapshot(): Promise<void> {
  return browser.storage.local.remove(SNAPSHOT_KEY);
}

/** The stored snapshot, or null when there is none to trust. */
export async function loadSnapshot(): Promise<PopupSnapshot | null> {
  try {
    const parsed = v.safeParse(snapshotSchema, (await browser.storage.local.get(SNAPSHOT_KEY))[SNAPSHOT_KEY]);
    return parsed.success ? parsed.output : null;
  } catch (error) {
    log.error('reading the popup snapshot failed', error);
    return null;
  }
}
