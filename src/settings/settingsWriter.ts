/**
 * Writes the options page's settings to storage.sync within its write quotas, and tells which
 * fields were stored and which were not, and why.
 *
 * storage.sync allows 120 writes a minute and 1,800 an hour: one write per click would run out
 * while someone clicks through the form. So a change waits WRITE_DELAY_MS for the next one and
 * they go in one write: at most one a second, half the per-minute limit. Every write carries
 * the whole settings, so the last change wins and a change whose write failed goes again with
 * the next one. A change still waiting when the page is hidden or closed is written at once.
 */
import { log } from '../core/log';
import { writeSettings, type Field, type Settings } from './settings';

export const WRITE_DELAY_MS = 1_000;
/** After "too many writes", the per-minute window is free again a minute later. */
export const RETRY_AFTER_MS = 60_000;

/** Why storage.sync refused a write, in the words the page explains it with. */
export type WriteFailure = 'tooLarge' | 'tooOften' | 'full' | 'refused';

/**
 * Chrome's messages name the quota, worded differently across versions ("QUOTA_BYTES_PER_ITEM
 * quota exceeded", "Resource::kQuotaBytesPerItem quota exceeded", "This request exceeds the
 * MAX_WRITE_OPERATIONS_PER_MINUTE quota."): the quota's name is what is matched.
 */
export function writeFailure(error: unknown): WriteFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES_PER_ITEM|QuotaBytesPerItem/.test(message)) return 'tooLarge';
  if (/MAX_WRITE_OPERATIONS_PER_(MINUTE|HOUR)|MaxWriteOperations/.test(message)) return 'tooOften';
  if (/QUOTA_BYTES|QuotaBytes|MAX_ITEMS|MaxItems/.test(message)) return 'full';
  return 'refused';
}

export interface WriterEvents {
  /** These fields' latest values are stored. */
  saved(fields: Field[]): void;
  /** A write of these fields failed: their values stay in the page, unsaved. */
  failed(fields: Field[], failure: WriteFailure): void;
}

export interface SettingsWriter {
  /** What the page shows: the stored settings with the changes not saved yet. */
  readonly settings: Settings;
  /** Whether a change is not stored yet (waiting, being written, or failed). */
  readonly unsaved: boolean;
  /** Takes a change the schema accepted; it is written after WRITE_DELAY_MS without another. */
  change(change: Partial<Settings>): void;
  /** The stored settings changed (a write of this page's included): unsaved changes stay on top. */
  stored(settings: Settings): void;
  /** Writes what is waiting now. */
  flush(): void;
}

export function settingsWriter(initial: Settings, events: WriterEvents, write = writeSettings): SettingsWriter {
  let settings = initial;
  // Each unsaved field and the number of its latest change: a write confirms a field only if
  // no change came after the one it carried.
  const unsaved = new Map<Field, number>();
  let changes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(flush, ms);
  };

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (unsaved.size === 0) return;
    const sent = new Map(unsaved);
    const fields = [...sent.keys()];
    write(settings).then(
      () => {
        for (const [field, change] of sent) if (unsaved.get(field) === change) unsaved.delete(field);
        events.saved(fields);
      },
      (error: unknown) => {
        const failure = writeFailure(error);
        log.warn(`settings not saved: ${failure}`);
        if (failure === 'tooOften' && timer === undefined) schedule(RETRY_AFTER_MS);
        events.failed(fields, failure);
      },
    );
  }

  return {
    get settings() {
      return settings;
    },
    get unsaved() {
      return unsaved.size > 0;
    },
    change(change) {
      settings = { ...settings, ...change };
      for (const field of Object.keys(change) as Field[]) unsaved.set(field, ++changes);
      schedule(WRITE_DELAY_MS);
    },
    stored(stored) {
      const mine = Object.fromEntries([...unsaved.keys()].map((field) => [field, settings[field]]));
      settings = { ...stored, ...mine };
    },
    flush,
  };
}

/** Writes what is waiting when the page is hidden (tab switched, window minimized) or closed. */
export function flushWhenHidden(flush: () => void, win: EventTarget, doc: EventTarget & { visibilityState: DocumentVisibilityState }): () => void {
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') flush();
  };
  win.addEventListener('pagehide', flush);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', flush);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
