/** A database read made live with Dexie's liveQuery, for useLiveQuery (ui/useLiveQuery.ts). */
import { liveQuery } from 'dexie';
import type { LiveRead } from '../ui/useLiveQuery';

export function live<T>(read: () => Promise<T>): LiveRead<T> {
  return (next, failed) => {
    const subscription = liveQuery(read).subscribe({ next, error: failed });
    return () => subscription.unsubscribe();
  };
}
