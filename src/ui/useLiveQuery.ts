/**
 * Subscribes a Preact component to a Dexie live query: the view re-renders
 * whenever the data it read changes, in any part of the extension.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ state: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: () => setResult({ state: 'failed' }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
