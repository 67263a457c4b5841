/**
 * A note being edited while the stored note may change elsewhere: the popup and a Gmail tab can
 * both have it open. The draft remembers the note it began from; saving sends that along, and
 * the background refuses when the note changed since. When the stored note moves on under an
 * untouched draft, the draft follows it; under a draft with the user's words in it, the user is
 * asked which to keep — their words are never thrown away, nor are the other window's.
 */
import { useEffect, useState } from 'preact/hooks';

export interface NoteDraft {
  text: string;
  setText(text: string): void;
  /** The note this draft began from: what a save says it replaces. */
  previous: string;
  /** The stored note changed since the draft began, and the draft says something else. */
  conflict: boolean;
  /** Drops the draft for the note as it is stored now. */
  takeStored(): void;
}

export function useNoteDraft(stored: string): NoteDraft {
  const [text, setText] = useState(stored);
  const [previous, setPrevious] = useState(stored);
  useEffect(() => {
    if (stored !== previous && text === previous) {
      setText(stored);
      setPrevious(stored);
    }
  }, [stored, previous, text]);
  return {
    text,
    setText,
    previous,
    conflict: stored !== previous && text !== stored && text !== previous,
    takeStored: () => {
      setText(stored);
      setPrevious(stored);
    },
  };
}
