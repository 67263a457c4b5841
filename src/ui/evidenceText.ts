/**
 * An evidence note (core/replies/evidence.ts) in the user's words, for Gmail's controls and the
 * popup alike.
 */
import type { AutoReplyReason } from '../core/followUp';
import { formatDayDate, formatEvidenceDate } from '../core/format';
import type { EvidenceNote } from '../core/replies/evidence';
import { unknownReasonText } from './unknownReasonText';
import { t, type MessageKey } from './i18n';

/** "an out-of-office", "a read receipt": what an automatic answer was, here and in notifications. */
export const MACHINE_WORDS: Record<AutoReplyReason, MessageKey> = {
  'out-of-office': 'machineOutOfOffice',
  'auto-reply': 'machineAutoReply',
  'delivery-failure': 'machineDeliveryFailure',
  'read-receipt': 'machineReadReceipt',
  ticket: 'machineTicket',
  challenge: 'machineChallenge',
  'no-reply-sender': 'machineNoReplySender',
};

export function evidenceText(note: EvidenceNote, now: number): string {
  switch (note.kind) {
    case 'replied':
      return t(note.calendar ? 'calendarAnswered' : 'repliedLabel', note.who, formatEvidenceDate(note.dateText, now));
    case 'away':
      return note.backOn !== undefined ? t('evidenceAway', note.who, formatDayDate(note.backOn)) : t('evidenceAwayNoDate', note.who);
    case 'machine':
      return t('evidenceMachine', t(MACHINE_WORDS[note.reason]), note.who);
    case 'colleague':
      return t('evidenceColleague', note.who);
    case 'unknown':
      return note.who ? t('evidenceUnknownAbout', note.who) : t('evidenceUnknown', unknownReasonText(note.reason));
  }
}
