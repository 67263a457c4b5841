/** Notification ids and buttons: which follow-up a notification is about, and what each button does. */
import type { FollowUp } from '../core/followUp';

const PREFIX = 'followup:';
export const SUMMARY_ID = 'followthrough-summary';
export const REPLIED_ID = 'followthrough-replied';
export const BUTTONS = ['open', 'snooze-1-day', 'done'] as const;
export type ButtonAction = (typeof BUTTONS)[number];

export function notificationId(followUp: Pick<FollowUp, 'id'>): string {
  return `${PREFIX}${followUp.id}`;
}

export function followUpIdOf(notificationId: string): string | null {
  return notificationId.startsWith(PREFIX) ? notificationId.slice(PREFIX.length) : null;
}
