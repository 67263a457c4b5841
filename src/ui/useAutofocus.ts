/**
 * A ref whose element takes the focus when it appears: a panel opened from the keyboard continues
 * there. A layout effect, so the focus moves as the element is rendered: a key pressed right after
 * (Escape) reaches the panel, not what had the focus before. A plain effect waits for the next
 * frame, and under load the Escape went to the list and the panel stayed open.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useAutofocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return ref;
}
