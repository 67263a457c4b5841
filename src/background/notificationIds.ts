/** Notification ids and buttons: which follow-up a notification is about, and what each button does. */
import type { DueOptions } from '../core/dueDate';
import type { FollowUp } from '../core/followUp';
import { stepByHand } from '../core/plans';
import { evidenceNote } from '../core/replies/evidence';

const PREFIX = 'followup:';
export const SUMMARY_ID = 'followthrough-summary';
export const REPLIED_ID = 'followthrough-replied';

/**
 * Chrome shows at most two buttons; a click on the notification itself opens the thread.
 * When only an out-of-office answered and it said when they are back, the first button moves
 * the follow-up to that day instead of snoozing it by one. At a step done by hand (a call…) the
 * second says that step is done, and the plan moves on.
 */
export type ButtonAction = { kind: 'snooze-1-day' } | { kind: 'move-to-return'; dueAt: number } | { kind: 'done' } | { kind: 'step-done' };

export function buttonsFor(followUp: Pick<FollowUp, 'replyCheck' | 'plan'>, now: number, options: DueOptions): ButtonAction[] {
  const note = evidenceNote(followUp.replyCheck, now, options);
  const later: ButtonAction =
    note?.kind === 'away' && note.moveTo !== undefined ? { kind: 'move-to-return', dueAt: note.moveTo } : { kind: 'snooze-1-day' };
  return [later, stepByHand(followUp.plan) ? { kind: 'step-done' } : { kind: 'done' }];
}

export function notificationId(followUp: Pick<FollowUp, 'id'>): string {
  return `${PREFIX}${followUp.id}`;
}

export function followUpIdOf(notificationId: string): string | null {
  return notificationId.startsWith(PREFIX) ? notificationId.slice(PREFIX.length) : null;
}
