/**
 * What a reminder says, in the user's language (messages.json): the background turns it into a
 * browser notification. The facts come from core (the plan's step, evidenceNote); the words are here.
 */
import { currentStep, stepByHand, stepOf, type Channel, type PlanProgress } from '../core/plans';
import type { FollowUp } from '../core/followUp';
import { formatDayDate } from '../core/format';
import { evidenceNote, type EvidenceNote } from '../core/replies/evidence';
import { MACHINE_WORDS } from './evidenceText';
import { unknownReasonText } from './unknownReasonText';
import { t, type MessageKey } from './i18n';
import { messagesLocale } from './locale';
import { stepLabel } from './planText';

const DAY = 86_400_000;

export interface NotificationText {
  title: string;
  message: string;
}

/** "Jordan Lee", or "Jordan Lee and 2 others". */
export function recipientLabel(followUp: Pick<FollowUp, 'recipients'>): string {
  const [first, ...rest] = followUp.recipients;
  const name = first ? first.name || first.email : t('recipientsNobody');
  if (rest.length === 0) return name;
  return rest.length === 1 ? t('recipientsAndOneOther', name) : t('recipientsAndOthers', name, String(rest.length));
}

/** "5 days", "1 day"; null on the day itself. Intl writes the plural the messages' language needs. */
export function elapsedLabel(since: number, now: number): string | null {
  const days = Math.floor((now - since) / DAY);
  if (days <= 0) return null;
  return new Intl.NumberFormat(messagesLocale(), { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

const subjectOf = (followUp: Pick<FollowUp, 'subject'>) => followUp.subject || t('popupNoSubject');

/** The heads-up the work day before a step: what comes, and when. */
export function headsUpText(followUp: Pick<FollowUp, 'subject' | 'recipients' | 'dueAt' | 'plan'>): NotificationText {
  const who = recipientLabel(followUp);
  const byHand = stepByHand(followUp.plan);
  const what = byHand ? t(CHANNEL_ACTIONS[byHand.channel as Exclude<Channel, 'email'>], who) : t('notificationFollowUpWith', who);
  return { title: subjectOf(followUp), message: t('notificationComing', formatDayDate(followUp.dueAt), withStep(followUp.plan, what)) };
}

export function reminderText(
  followUp: Pick<FollowUp, 'subject' | 'recipients' | 'sentAt' | 'condition' | 'replyCheck' | 'plan'>,
  now: number,
): NotificationText {
  const who = recipientLabel(followUp);
  const elapsed = elapsedLabel(followUp.sentAt, now);
  const note = evidenceNote(followUp.replyCheck, now);
  let message: string;
  const byHand = stepByHand(followUp.plan);
  if (byHand) {
    // A step done by hand says what to do: "Call Dana Whitfield".
    message = t(CHANNEL_ACTIONS[byHand.channel as Exclude<Channel, 'email'>], who);
  } else if (followUp.condition === 'always') {
    message = t('notificationFollowUpWith', who);
  } else if (followUp.condition === 'until-i-reply') {
    message = elapsed === null ? t('notificationNotRepliedYet', who) : t('notificationNotRepliedIn', who, elapsed);
  } else if (note?.kind === 'unknown') {
    message = t('notificationStatusUnknown', who, unknownWords(note));
  } else {
    message = elapsed === null ? t('notificationNoReplyYet', who) : t('notificationNoReplyIn', who, elapsed);
    if (note && note.kind !== 'replied') message += ` · ${noteWords(note)}`;
  }
  return { title: subjectOf(followUp), message: withStep(followUp.plan, message) };
}

/** The step first and what it is for last: "Step 2 of 5 · Call Dana Whitfield — ask about the pilot budget". */
function withStep(plan: PlanProgress | undefined, message: string): string {
  if (!plan) return message;
  const note = currentStep(plan)?.note.trim();
  return `${stepLabel(stepOf(plan))} · ${message}${note ? ` — ${note}` : ''}`;
}

const CHANNEL_ACTIONS: Record<Exclude<Channel, 'email'>, MessageKey> = {
  call: 'notificationCall',
  meeting: 'notificationMeet',
  linkedin: 'notificationLinkedin',
  letter: 'notificationLetter',
};

/** Why nobody's answer counted, in a few words. */
function noteWords(note: Exclude<EvidenceNote, { kind: 'unknown' | 'replied' }>): string {
  switch (note.kind) {
    case 'away':
      return note.backOn !== undefined ? t('notificationAwayBack', note.who, formatDayDate(note.backOn)) : t('notificationAway', note.who);
    case 'machine':
      return t('notificationMachine', t(MACHINE_WORDS[note.reason]), note.who);
    case 'colleague':
      return t('notificationColleague', note.who);
  }
}

function unknownWords(note: Extract<EvidenceNote, { kind: 'unknown' }>): string {
  return note.who ? t('notificationUnknownAbout', note.who) : unknownReasonText(note.reason);
}

/** A reminder this late came due while nothing ran: the browser was closed or asleep. */
export const LATE_AFTER = 5 * 60_000;

export function cameDueWhileClosed(followUps: ReadonlyArray<Pick<FollowUp, 'dueAt'>>, now: number): boolean {
  return followUps.length > 0 && followUps.every((f) => now - f.dueAt > LATE_AFTER);
}

export function summaryText(count: number, whileClosed: boolean): NotificationText {
  return {
    title: t('notificationsDueTitle', String(count)),
    message: whileClosed ? t('notificationsDueWhileClosed', String(count)) : t('notificationsDueMessage'),
  };
}

/** The quiet notice that replies closed follow-ups (off unless the user turns it on). */
export function repliedText(closed: ReadonlyArray<Pick<FollowUp, 'subject' | 'replyCheck'>>): NotificationText {
  const [first] = closed;
  if (closed.length === 1 && first) {
    const by = first.replyCheck?.evidence?.by;
    return { title: subjectOf(first), message: t('notificationReplied', by?.name || by?.email || t('notificationSomeone')) };
  }
  return { title: t('notificationsClosedTitle', String(closed.length)), message: t('notificationsClosedMessage') };
}
