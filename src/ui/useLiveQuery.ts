/**
 * Subscribes a Preact component to a live read (storage/live.ts): the view re-renders
 * whenever the data it read changes, in any part of the extension. This module holds no
 * database code, so a page can paint before that code has loaded.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

/** A read that calls `next` with its result now and after every change to what it read; answers how to stop. */
export type LiveRead<T> = (next: (value: T) => void, failed: (error: unknown) => void) => () => void;

const LOADING = { state: 'loading' } as const;

/** A read that answers `value` at once and never changes: what a view shows when there is nothing to read. */
export function constantRead<T>(value: T): LiveRead<T> {
  return (next) => {
    next(value);
    return () => undefined;
  };
}

/**
 * The read's latest result. Until it first answers, `initial`: a page that has something to
 * show before its database opens (the popup's snapshot) passes it, and a null read keeps it.
 */
export function useLiveQuery<T>(read: LiveRead<T> | null, deps: unknown[], initial: LiveResult<T> = LOADING): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>(initial);
  // A layout effect starts the read before the first paint; a plain effect
  // would wait for that paint, a frame later, before even asking.
  useLayoutEffect(
    () =>
      read?.(
        (value) => setResult({ state: 'ready', value }),
        () => setResult({ state: 'failed' }),
      ),
    deps,
  );
  return result;
}
