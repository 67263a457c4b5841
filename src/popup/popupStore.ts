/**
 * The popup's database reads, made live. main.tsx loads this module after the first paint:
 * it brings Dexie, the largest part of the popup's code, which the first rows (snapshot.ts)
 * do not need.
 */
import { FollowthroughDb } from '../storage/db';
import { live } from '../storage/live';
import type { PopupFilter } from './listQuery';
import { readActivePage, readHistoryPage, readRecentReplies, readThreadNotes } from './popupData';

export function openPopupStore() {
  const db = new FollowthroughDb();
  return {
    activePage: (filter: PopupFilter, limit: number) => live(() => readActivePage(db, filter, limit)),
    recentReplies: (filter: PopupFilter) => live(() => readRecentReplies(db, filter, Date.now())),
    historyPage: (filter: PopupFilter, limit: number) => live(() => readHistoryPage(db, filter, limit)),
    threadNotes: (id: string) => live(() => readThreadNotes(db, id)),
  };
}

export type PopupStore = ReturnType<typeof openPopupStore>;
