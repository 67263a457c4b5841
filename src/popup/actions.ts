/**
 * The popup's writes. All go through the background, which validates them,
 * keeps the engine's queue right and re-arms the alarm. Each change that can
 * be undone returns what it did (core/undo.ts): undo puts back only that.
 */
import type { FollowUp } from '../core/followUp';
import type { OutcomeChoice } from '../core/outcome';
import { editUndo, recreateUndo, type Undo, type UndoOutcome } from '../core/undo';
import { send } from '../messaging/client';

/**
 * The "before" of each change is the row the user acted on: what undo brings back is what they
 * saw. The "after" is what the background stored.
 */
export function moveAll(followUps: readonly FollowUp[], dueAt: number): Promise<Undo[]> {
  return Promise.all(followUps.map(async (f) => editUndo(f, await send('followUp.move', { id: f.id, dueAt }))));
}

export function markAllDone(followUps: readonly FollowUp[]): Promise<Undo[]> {
  return Promise.all(followUps.map(async (f) => editUndo(f, await send('followUp.end', { id: f.id, status: 'done' }))));
}

/** The step in progress, done by hand, is done: the background moves the plan on (no undo: it is the user's record). */
export function markStepDone(id: string): Promise<FollowUp> {
  return send('followUp.stepDone', { id });
}

/** Deletes one follow-up; returns it as it was stored, for undo. */
export async function deleteOne(id: string): Promise<Undo> {
  return recreateUndo(await send('followUp.delete', { id }));
}

/** Each follow-up is undone or refused on its own: one changed since does not hold back the others. */
export function undoAll(undos: readonly Undo[]): Promise<UndoOutcome[]> {
  return Promise.all(undos.map((undo) => send('followUp.undo', undo)));
}

/** `previous`: the note the edit began from; the background refuses if the note has changed since. */
export async function saveNote(id: string, note: string, previous: string): Promise<void> {
  await send('followUp.setNote', { id, note, previous });
}

/** The background shows the thread in the right account's Gmail tab; in the real popup, that closes it. */
export async function openThread(id: string): Promise<void> {
  await send('followUp.open', { id });
}

/** The thread in the right account's Gmail tab, with its reply open for the next step. */
export async function followUpNow(id: string): Promise<void> {
  await send('followUp.followUpNow', { id });
}

/** How an ended follow-up turned out; a next step also starts its follow-up (storage/followUps.ts). */
export function recordOutcome(id: string, choice: OutcomeChoice): Promise<FollowUp> {
  return send('followUp.setOutcome', { id, ...choice });
}
