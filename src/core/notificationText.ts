/**
 * What a reminder says. Pure, so the wording is tested; the background
 * turns it into a browser notification.
 */
import { currentStep, stepByHand, stepOf, type Channel, type PlanProgress } from './plans';
import type { FollowUp } from './followUp';
import { formatDayDate } from './format';
import { evidenceNote, type EvidenceNote } from './replies/evidence';

const DAY = 86_400_000;

export interface NotificationText {
  title: string;
  message: string;
}

/** "Jordan Lee", or "Jordan Lee and 2 others". */
export function recipientLabel(followUp: Pick<FollowUp, 'recipients'>): string {
  const [first, ...rest] = followUp.recipients;
  const name = first ? first.name || first.email : 'them';
  return rest.length === 0 ? name : `${name} and ${rest.length} other${rest.length > 1 ? 's' : ''}`;
}

/** "5 days", "1 day", "today". */
export function elapsedLabel(since: number, now: number): string {
  const days = Math.floor((now - since) / DAY);
  if (days <= 0) return 'today';
  return `${days} day${days > 1 ? 's' : ''}`;
}

/** The heads-up the work day before a step: what comes, and when. */
export function headsUpText(followUp: Pick<FollowUp, 'subject' | 'recipients' | 'dueAt' | 'plan'>): NotificationText {
  const who = recipientLabel(followUp);
  const byHand = stepByHand(followUp.plan);
  const what = byHand ? CHANNEL_ACTIONS[byHand.channel as Exclude<Channel, 'email'>](who) : `Follow up with ${who}`;
  return { title: followUp.subject || '(no subject)', message: `Coming ${formatDayDate(followUp.dueAt)}: ${withStep(followUp.plan, what)}` };
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
    message = CHANNEL_ACTIONS[byHand.channel as Exclude<Channel, 'email'>](who);
  } else if (followUp.condition === 'always') {
    message = `Follow up with ${who}`;
  } else if (followUp.condition === 'until-i-reply') {
    message = elapsed === 'today' ? `You haven't replied to ${who} yet` : `You haven't replied to ${who} in ${elapsed}`;
  } else if (note?.kind === 'unknown') {
    message = `Follow up with ${who} — reply status unknown: ${unknownWords(note)}`;
  } else {
    message = elapsed === 'today' ? `No reply from ${who} yet` : `No reply from ${who} in ${elapsed}`;
    if (note && note.kind !== 'replied') message += ` · ${noteWords(note)}`;
  }
  return { title: followUp.subject || '(no subject)', message: withStep(followUp.plan, message) };
}

/** The step first and what it is for last: "Step 2 of 5 · Call Dana Whitfield — ask about the pilot budget". */
function withStep(plan: PlanProgress | undefined, message: string): string {
  if (!plan) return message;
  const note = currentStep(plan)?.note.trim();
  const { step, of } = stepOf(plan);
  return `Step ${step} of ${of} · ${message}${note ? ` — ${note}` : ''}`;
}

const CHANNEL_ACTIONS: Record<Exclude<Channel, 'email'>, (who: string) => string> = {
  call: (who) => `Call ${who}`,
  meeting: (who) => `Meet ${who}`,
  linkedin: (who) => `Message ${who} on LinkedIn`,
  letter: (who) => `Send ${who} a letter`,
};

/** Why nobody's answer counted, in a few words. */
function noteWords(note: Exclude<EvidenceNote, { kind: 'unknown' | 'replied' }>): string {
  switch (note.kind) {
    case 'away':
      return note.backOn !== undefined ? `${note.who} is away, back ${formatDayDate(note.backOn)}` : `only an out-of-office from ${note.who}`;
    case 'machine':
      return `only ${AUTO_REPLY_WORDS[note.reason]} from ${note.who}`;
    case 'colleague':
      return `${note.who} (your colleague) wrote`;
  }
}

function unknownWords(note: Extract<EvidenceNote, { kind: 'unknown' }>): string {
  return note.who ? `${note.who}'s message may be an automatic reply` : note.reason;
}

const AUTO_REPLY_WORDS = {
  'out-of-office': 'an out-of-office',
  'auto-reply': 'an automatic reply',
  'delivery-failure': 'a delivery failure',
  'read-receipt': 'a read receipt',
  ticket: 'a ticket confirmation',
  challenge: 'a spam-filter challenge',
  'no-reply-sender': 'a no-reply message',
} as const;

/** A reminder this late came due while nothing ran: the browser was closed or asleep. */
export const LATE_AFTER = 5 * 60_000;

export function cameDueWhileClosed(followUps: ReadonlyArray<Pick<FollowUp, 'dueAt'>>, now: number): boolean {
  return followUps.length > 0 && followUps.every((f) => now - f.dueAt > LATE_AFTER);
}

export function summaryText(count: number, whileClosed: boolean): NotificationText {
  return {
    title: `${count} follow-ups are due`,
    message: whileClosed
      ? `${count} follow-ups came due while the browser was closed. Open Followthrough to review them.`
      : `Open Followthrough to review them.`,
  };
}

/** The quiet notice that replies closed follow-ups (off unless the user turns it on). */
export function repliedText(closed: ReadonlyArray<Pick<FollowUp, 'subject' | 'replyCheck'>>): NotificationText {
  const [first] = closed;
  if (closed.length === 1 && first) {
    const by = first.replyCheck?.evidence?.by;
    return { title: first.subject || '(no subject)', message: `${by?.name || by?.email || 'Someone'} replied — follow-up closed` };
  }
  return { title: `${closed.length} follow-ups closed`, message: 'Replies came in. Nothing to follow up on there.' };
}
