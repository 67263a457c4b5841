/**
 * One name for moving a follow-up's due time, everywhere in the popup: "Snooze" once its
 * reminder has come (as in Gmail, you snooze what is in front of you), "Reschedule" before.
 */
import type { FollowUp } from '../core/followUp';
import type { CountedKey, MessageKey } from '../ui/i18n';

export type MoveVerb = 'snooze' | 'reschedule';

export function moveVerb(followUps: ReadonlyArray<Pick<FollowUp, 'firedAt'>>): MoveVerb {
  return followUps.some((f) => f.firedAt !== undefined) ? 'snooze' : 'reschedule';
}

export const MOVE_LABEL: Record<MoveVerb, MessageKey> = { snooze: 'popupSnooze', reschedule: 'popupReschedule' };
/** The panel's title: "Snooze “Pricing for Q1”". */
export const MOVE_ONE: Record<MoveVerb, MessageKey> = { snooze: 'popupSnoozeOne', reschedule: 'popupRescheduleOne' };
/** The panel's title for a selection: "Reschedule 3 follow-ups". */
export const MOVE_MANY: Record<MoveVerb, CountedKey> = { snooze: 'popupSnoozeMany', reschedule: 'popupRescheduleMany' };
