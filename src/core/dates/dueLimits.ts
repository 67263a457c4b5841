/**
 * Which due times a follow-up may have, said the same way wherever the time
 * came from: typed words, the date picker in Gmail or the popup's exact time.
 */
import { addYears } from 'date-fns';

/** Further ahead than this is a typo ("2062") more often than a plan. */
export const HORIZON_YEARS = 2;

/** Why a time can't be due, and the words that named it; src/ui/dueRefusalText.ts says it to the user. */
export interface DueRefusal {
  ok: false;
  reason: 'past' | 'too-far';
  words: string;
}

/** Why `dueAt` can't be a due time as of `now`, naming it by `words`; null when it can. */
export function refuseDue(dueAt: number, now: number, words: string): DueRefusal | null {
  if (dueAt <= now) return { ok: false, reason: 'past', words };
  if (dueAt > addYears(now, HORIZON_YEARS).getTime()) return { ok: false, reason: 'too-far', words };
  return null;
}
