/**
 * Notes as a dated history: what was discussed, what comes next. A follow-up's note is the one
 * that reads now; the notes it replaced are kept, each with when it was written, so changing a
 * note never loses the old words. A thread's history gathers the notes of every follow-up it had
 * (a next step is a new follow-up on the same thread). Pure.
 */
import type { FollowUp } from './followUp';

export interface NoteEntry {
  /** When these words were written. */
  at: number;
  text: string;
}

/** A follow-up keeps this many replaced notes; beyond it the oldest goes (a hundred rewrites of one note). */
export const MAX_EARLIER_NOTES = 100;
/**
 * A change this soon after the note was written corrects it (a typo, a sentence finished)
 * rather than starting a new entry: the history holds what was said, not every keystroke saved.
 */
export const CORRECTION_MS = 10 * 60_000;

type Noted = Pick<FollowUp, 'note' | 'noteAt' | 'earlierNotes' | 'updatedAt'>;

/**
 * The follow-up with its note changed to `text` at `now`. The note it replaces joins the
 * history unless it was empty or written within CORRECTION_MS. A note from before dates were
 * kept is dated by the follow-up's last change: the latest it can have been written.
 */
export function withNote<T extends Noted>(followUp: T, text: string, now: number): T {
  if (text === followUp.note) return followUp;
  const { note, noteAt, earlierNotes = [] } = followUp;
  const correction = noteAt !== undefined && now - noteAt < CORRECTION_MS;
  const kept = note.trim() && !correction ? [...earlierNotes, { at: noteAt ?? followUp.updatedAt, text: note }].slice(-MAX_EARLIER_NOTES) : earlierNotes;
  const { noteAt: _at, earlierNotes: _earlier, ...rest } = followUp;
  return {
    ...rest,
    note: text,
    ...(text.trim() ? { noteAt: now } : {}),
    ...(kept.length > 0 ? { earlierNotes: kept } : {}),
  } as T;
}

export interface ThreadNote extends NoteEntry {
  followUpId: string;
  /** The note the follow-up has now (the others were replaced). */
  current: boolean;
}

/** Every note of these follow-ups (a thread's), newest first. */
export function threadNotes(followUps: ReadonlyArray<Pick<FollowUp, 'id'> & Noted>): ThreadNote[] {
  return followUps
    .flatMap((f) => [
      ...(f.earlierNotes ?? []).map((entry) => ({ ...entry, followUpId: f.id, current: false })),
      ...(f.note.trim() ? [{ at: f.noteAt ?? f.updatedAt, text: f.note, followUpId: f.id, current: true }] : []),
    ])
    .sort((a, b) => b.at - a.at);
}
