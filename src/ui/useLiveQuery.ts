/**
 * Subscribes a Preact component to a Dexie live query: the view re-renders
 * whenever the data it read changes, in any part of the extension.
 */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ state: 'loading' });
  // A layout effect starts the read before the first paint; a plain effect
  // would wait for that paint, a frame later, before even asking.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: () => setResult({ state: 'failed' }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
