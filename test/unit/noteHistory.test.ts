import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { FollowUp } from '../../src/core/followUp';
import { followUpSchema } from '../../src/core/followUpSchema';
import { CORRECTION_MS, MAX_EARLIER_NOTES, threadNotes, withNote } from '../../src/core/noteHistory';
import { DAY, NOW, storedFollowUp } from './fixtures';

const MINUTE = 60_000;

describe('a note’s history', () => {
  it('dates a first note, and keeps nothing earlier when there was none', () => {
    const f = withNote(storedFollowUp({ note: '' }), 'Sent the deck', NOW);
    expect(f).toMatchObject({ note: 'Sent the deck', noteAt: NOW });
    expect(f).not.toHaveProperty('earlierNotes');
  });

  it('keeps the note it replaces, dated when it was written, oldest first', () => {
    const first = withNote(storedFollowUp({ note: '' }), 'Sent the deck', NOW - 2 * DAY);
    const second = withNote(first, 'They liked slide 4; call Tuesday', NOW - DAY);
    const third = withNote(second, 'Budget approved for Q1', NOW);
    expect(third).toMatchObject({
      note: 'Budget approved for Q1',
      noteAt: NOW,
      earlierNotes: [
        { at: NOW - 2 * DAY, text: 'Sent the deck' },
        { at: NOW - DAY, text: 'They liked slide 4; call Tuesday' },
      ],
    });
    expect(v.safeParse(followUpSchema, third).success).toBe(true);
  });

  it('corrects a note written in the last ten minutes instead of adding to the history', () => {
    const written = withNote(storedFollowUp({ note: '' }), 'Sent teh deck', NOW);
    const corrected = withNote(written, 'Sent the deck', NOW + CORRECTION_MS - 1);
    expect(corrected).toMatchObject({ note: 'Sent the deck', noteAt: NOW + CORRECTION_MS - 1 });
    expect(corrected).not.toHaveProperty('earlierNotes');
    const later = withNote(written, 'Sent the deck', NOW + CORRECTION_MS);
    expect(later.earlierNotes).toEqual([{ at: NOW, text: 'Sent teh deck' }]);
  });

  it('keeps a note that is cleared, and leaves an empty note undated', () => {
    const written = withNote(storedFollowUp({ note: '' }), 'Call Dana', NOW - DAY);
    const cleared = withNote(written, '', NOW);
    expect(cleared.note).toBe('');
    expect(cleared).not.toHaveProperty('noteAt');
    expect(cleared.earlierNotes).toEqual([{ at: NOW - DAY, text: 'Call Dana' }]);
    // Blank is not a note worth keeping.
    expect(withNote(storedFollowUp({ note: '  ' }), 'x', NOW)).not.toHaveProperty('earlierNotes');
  });

  it('dates a note from before dates were kept by the follow-up’s last change, the latest it can have been written', () => {
    const old = storedFollowUp({ note: 'From version 1', updatedAt: NOW - 5 * DAY });
    expect(withNote(old, 'New', NOW).earlierNotes).toEqual([{ at: NOW - 5 * DAY, text: 'From version 1' }]);
  });

  it('changes nothing when the text is the same', () => {
    const f = withNote(storedFollowUp({ note: '' }), 'Same', NOW - DAY);
    expect(withNote(f, 'Same', NOW)).toBe(f);
  });

  it('keeps the latest hundred replaced notes', () => {
    let f: FollowUp = storedFollowUp({ note: '' });
    for (let n = 0; n <= MAX_EARLIER_NOTES + 1; n++) f = withNote(f, `note ${n}`, NOW + n * DAY);
    expect(f.earlierNotes).toHaveLength(MAX_EARLIER_NOTES);
    expect(f.earlierNotes![0]).toEqual({ at: NOW + DAY, text: 'note 1' });
    expect(f.earlierNotes!.at(-1)).toEqual({ at: NOW + MAX_EARLIER_NOTES * DAY, text: `note ${MAX_EARLIER_NOTES}` });
    expect(v.safeParse(followUpSchema, f).success).toBe(true);
  });

  it('gathers a thread’s notes from all its follow-ups, newest first, the current ones marked', () => {
    const first = withNote(withNote(storedFollowUp({ note: '' }), 'Sent the proposal', NOW - 10 * DAY), 'Next step: call on the 3rd', NOW - 8 * DAY);
    const next = withNote(storedFollowUp({ note: '' }), 'Call done: contract by Friday', NOW - 2 * DAY + MINUTE);
    const untouched = storedFollowUp({ note: '' });
    expect(threadNotes([first, untouched, next])).toEqual([
      { at: NOW - 2 * DAY + MINUTE, text: 'Call done: contract by Friday', followUpId: next.id, current: true },
      { at: NOW - 8 * DAY, text: 'Next step: call on the 3rd', followUpId: first.id, current: true },
      { at: NOW - 10 * DAY, text: 'Sent the proposal', followUpId: first.id, current: false },
    ]);
  });
});
