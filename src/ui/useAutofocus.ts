/** A ref whose element takes the focus when it appears: a panel opened from the keyboard continues there. */
import { useEffect, useRef } from 'preact/hooks';

export function useAutofocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
