/**
 * The one message the background sends into Gmail tabs: "follow-ups changed". It carries no
 * data — each tab asks again for its own account, through the checks every question passes —
 * so nothing of one account ever reaches another account's tab this way.
 */
import type { SenderInfo } from './sender';

export const CHANGED = { type: 'followUps.changed' } as const;

/** True only for exactly our announcement, sent by our own extension's background (no tab). */
export function isChangeAnnouncement(message: unknown, sender: SenderInfo, ownId: string): boolean {
  return (
    sender.id === ownId &&
    sender.tab === undefined &&
    typeof message === 'object' &&
    message !== null &&
    Object.keys(message).length === 1 &&
    (message as { type?: unknown }).type === CHANGED.type
  );
}
