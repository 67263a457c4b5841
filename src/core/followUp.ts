/**
 * The follow-up: one promise to come back to a thread the user sent.
 * Pure types and rules, no browser API.
 */

export const FOLLOW_UP_STATUSES = ['pending', 'snoozed', 'replied', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Statuses in which the follow-up is still waiting to come due. */
export const ACTIVE_STATUSES: readonly FollowUpStatus[] = ['pending', 'snoozed'];

export const CONDITIONS = ['if-no-reply', 'always'] as const;
/** `if-no-reply`: remind only if nobody but the user answered (the default). */
export type FollowUpCondition = (typeof CONDITIONS)[number];

export interface Recipient {
  name: string;
  email: string;
}

export type AutoReplyReason = 'out-of-office' | 'auto-reply' | 'delivery-failure';

/** What the last look at the thread found. Dates are Gmail's own text: the print view shows no machine date. */
export interface ReplyCheck {
  checkedAt: number;
  outcome: 'replied' | 'no-reply' | 'unknown';
  /** Who replied, for `replied`. */
  evidence?: { by: Recipient; dateText: string };
  /** Auto-replies seen (out of office, bounces): recorded, never counted as replies. */
  autoReplies?: Array<{ by: Recipient; dateText: string; reason: AutoReplyReason }>;
  /** Why the thread could not be checked, for `unknown`. Never mail content. */
  reason?: string;
  /** How many messages the thread had: a tab showing more means something new to look at. */
  messageCount?: number;
}

export interface FollowUp {
  id: string;
  /** The Gmail account's address, lower-case. The /u/N index is resolved when needed. */
  account: string;
  /** Legacy hex thread id (`15f1123136926bff`); empty until Gmail has assigned one. */
  threadId: string;
  /** The same id as `thread-f:<decimal>`; empty when unknown. */
  threadPermId: string;
  /** Legacy hex id of the message being followed up, when known. */
  messageId: string;
  subject: string;
  recipients: Recipient[];
  sentAt: number;
  /** When to follow up, UTC epoch ms. */
  dueAt: number;
  condition: FollowUpCondition;
  status: FollowUpStatus;
  note: string;
  createdAt: number;
  updatedAt: number;
  /** Position of the followed-up message in the thread, when known: replies are looked for after it. */
  trackedIndex?: number;
  /** The next moment the engine has work for this follow-up (indexed); absent when it has none. */
  nextCheckAt?: number;
  /** When the reminder went out; absent until then. */
  firedAt?: number;
  replyCheck?: ReplyCheck;
}

/** What a caller supplies to create a follow-up; the rest is derived. */
export type NewFollowUp = Pick<
  FollowUp,
  'account' | 'threadId' | 'threadPermId' | 'messageId' | 'subject' | 'recipients' | 'sentAt' | 'dueAt' | 'condition'
> & { note?: string; trackedIndex?: number };

export function isActive(followUp: Pick<FollowUp, 'status'>): boolean {
  return ACTIVE_STATUSES.includes(followUp.status);
}

/** Longest subject we keep. Gmail allows far longer; beyond this it is noise in a list. */
export const MAX_SUBJECT_LENGTH = 500;
export const MAX_NOTE_LENGTH = 10_000;

/** Shortens a subject to what we store, marking the cut, and trims whitespace runs. */
export function normalizeSubject(subject: string): string {
  const flat = subject.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_SUBJECT_LENGTH) return flat;
  return `${flat.slice(0, MAX_SUBJECT_LENGTH - 1)}…`;
}
