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

/**
 * Answers the function to call after a change; the snapshot is rewritten a moment later. One
 * write at a time: a change during a write makes another once it is done, so an older snapshot
 * never lands after a newer one. A snapshot the same as the last one written is not written
 * again (every engine run counts as a change).
 */
export function createSnapshotKeeper({ read, save, delayMs = 50 }: SnapshotDeps): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = false;
  let changedMeanwhile = false;
  let lastWritten: string | undefined;
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
    try {
      const snapshot = await read();
      const written = JSON.stringify(snapshot);
      if (written !== lastWritten) {
        await save(snapshot);
        lastWritten = written;
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
  return schedule;
}
