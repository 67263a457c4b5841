/**
 * The popup's writes. All go through the background, which validates them,
 * keeps the engine's queue right and re-arms the alarm. Each change that can
 * be undone keeps the follow-ups as they were: undo puts those copies back.
 */
import type { FollowUp } from '../core/followUp';
import { send } from '../messaging/client';

/** A stored copy as `followUp.restore` takes it: the engine's queue position is recomputed on restore. */
export function restorable(followUp: FollowUp): FollowUp {
  const { nextCheckAt: _queue, ...rest } = followUp;
  return rest;
}

export async function moveAll(followUps: readonly FollowUp[], dueAt: number): Promise<void> {
  await Promise.all(followUps.map(({ id }) => send('followUp.move', { id, dueAt })));
}

export async function markAllDone(followUps: readonly FollowUp[]): Promise<void> {
  await Promise.all(followUps.map(({ id }) => send('followUp.end', { id, status: 'done' })));
}

/** Deletes one follow-up; returns it as it was stored, for undo. */
export function deleteOne(id: string): Promise<FollowUp> {
  return send('followUp.delete', { id });
}

export async function restoreAll(copies: readonly FollowUp[]): Promise<void> {
  await Promise.all(copies.map((followUp) => send('followUp.restore', { followUp: restorable(followUp) })));
}

export async function saveNote(id: string, note: string): Promise<void> {
  await send('followUp.setNote', { id, note });
}

/** The background shows the thread in the right account's Gmail tab; in the real popup, that closes it. */
export async function openThread(id: string): Promise<void> {
  await send('followUp.open', { id });
}
