/** The active follow-ups the browser's sync had no room for (storage/syncState.ts), while sync is on: the list marks them. */
import { useEffect, useState } from 'preact/hooks';
import { watchSyncState } from '../storage/syncState';

const NONE: ReadonlySet<string> = new Set();

export function useOnlyHere(syncOn: boolean | undefined): ReadonlySet<string> {
  const [ids, setIds] = useState(NONE);
  useEffect(() => {
    if (!syncOn) {
      setIds(NONE);
      return undefined;
    }
    return watchSyncState((state) => setIds(state?.onlyHereIds.length ? new Set(state.onlyHereIds) : NONE));
  }, [syncOn]);
  return ids;
}
