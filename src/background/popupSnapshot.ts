/**
 * Keeps the popup's snapshot (popup/snapshot.ts) true: after every change the background
 * reads the popup's first page, as the popup itself would, and stores it. Changes that come
 * together (an engine run closing ten follow-ups) make one write.
 */
import { log } from '../core/log';
import type { FollowthroughDb } from '../storage/db';
import { NO_FILTER, PAGE_SIZE } from '../popup/listQuery';
import { readActivePage, readRecentReplies } from '../popup/popupData';
import { popupSnapshot, type PopupSnapshot } from '../popup/snapshot';

export interface SnapshotDeps {
  /** The snapshot as it should be now (readSnapshot). */
  read(): Promise<PopupSnapshot>;
  save(snapshot: PopupSnapshot): Promise<void>;
  /** How long changes are gathered into one write. */
  delayMs?: number;
}

export async function readSnapshot(db: FollowthroughDb, now: number): Promise<PopupSnapshot> {
  const [active, replied] = await Promise.all([readActivePage(db, NO_FILTER, PAGE_SIZE), readRecentReplies(db, NO_FILTER, now)]);
  return popupSnapshot(active, replied);
}

export interface SnapshotKeeper {
  /** After a change: the snapshot is rewritten a moment later. */
  keep(): void;
  /** The stored snapshot was taken away ("Delete all" on the options page): it is written anew. */
  removed(): void;
}

/**
 * One write at a time: a change during a write makes another once it is done, so an older
 * snapshot never lands after a newer one. A snapshot the same as the last one written is not
 * written again (every engine run counts as a change) — unless it was taken away since.
 */
export function createSnapshotKeeper({ read, save, delayMs = 50 }: SnapshotDeps): SnapshotKeeper {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = false;
  let changedMeanwhile = false;
  let lastWritten: string | undefined;
  let removedMeanwhile = false;
  const schedule = () => {
    timer ??= setTimeout(() => void keep(), delayMs);
  };
  async function keep() {
    timer = undefined;
    if (writing) {
      changedMeanwhile = true;
      return;
    }
    writing = true;
    removedMeanwhile = false;
    try {
      const snapshot = await read();
      const written = JSON.stringify(snapshot);
      if (written !== lastWritten) {
        await save(snapshot);
        // Taken away while this one was being written: whichever landed last, write it again.
        lastWritten = removedMeanwhile ? undefined : written;
      }
    } catch (error) {
      // The snapshot stays as it was until the next change: the popup's live read corrects
      // what it shows a moment after painting it.
      log.error('keeping the popup snapshot failed', error);
    } finally {
      writing = false;
      if (changedMeanwhile) {
        changedMeanwhile = false;
        schedule();
      }
    }
  }
  return {
    keep: schedule,
    removed: () => {
      // Without this, a snapshot the same as the one taken away would not be written again.
      lastWritten = undefined;
      removedMeanwhile = true;
      schedule();
    },
  };
}
