/**
 * What a reminder says. Pure, so the wording is tested; the background
 * turns it into a browser notification.
 */
import type { FollowUp } from './followUp';

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

export function reminderText(
  followUp: Pick<FollowUp, 'subject' | 'recipients' | 'sentAt' | 'condition' | 'replyCheck'>,
  now: number,
): NotificationText {
  const who = recipientLabel(followUp);
  const elapsed = elapsedLabel(followUp.sentAt, now);
  let message: string;
  if (followUp.condition === 'always') {
    message = `Follow up with ${who}`;
  } else if (followUp.replyCheck?.outcome === 'unknown') {
    message = `Follow up with ${who} — reply status unknown (couldn't check Gmail)`;
  } else {
    message = elapsed === 'today' ? `No reply from ${who} yet` : `No reply from ${who} in ${elapsed}`;
  }
  const auto = followUp.replyCheck?.autoReplies?.[0];
  if (auto) message += ` · auto-reply from ${auto.by.name || auto.by.email}: ${AUTO_REPLY_WORDS[auto.reason]}`;
  return { title: followUp.subject || '(no subject)', message };
}

export const AUTO_REPLY_WORDS = {
  'out-of-office': 'out of office',
  'auto-reply': 'automatic reply',
  'delivery-failure': 'not delivered',
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
