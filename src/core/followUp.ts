/**
 * The follow-up: one promise to come back to a thread the user sent.
 * Pure types and rules, no browser API.
 */
import type { Baseline, SetTracking } from './replies/baseline';
import type { PlanProgress } from './plans';
import type { MachineReason } from './replies/machine';
import type { NoteEntry } from './noteHistory';
import type { Outcome } from './outcome';

export const FOLLOW_UP_STATUSES = ['pending', 'snoozed', 'replied', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Statuses in which the follow-up is still waiting to come due. */
export const ACTIVE_STATUSES: readonly FollowUpStatus[] = ['pending', 'snoozed'];

export const CONDITIONS = ['if-no-reply', 'always', 'until-i-reply'] as const;
/**
 * `if-no-reply`: remind only if nobody but the user answered (the default: waiting on them).
 * `always`: remind in any case. `until-i-reply`: a reply-by on mail the user received (waiting
 * on the user): remind only if the user has not written in the thread since it was set; their
 * message ends it, and nobody else's does.
 */
export type FollowUpCondition = (typeof CONDITIONS)[number];

/** Whether the engine looks at the thread for this condition (everything but "always"). */
export function looksAtThread(condition: FollowUpCondition): boolean {
  return condition !== 'always';
}

/** The user followed up (by mail, or a step by hand) `at`, for a reminder set for `promisedAt`. */
export interface MadeFollowUp {
  promisedAt: number;
  at: number;
}

/** A follow-up keeps this many made follow-ups on record: a plan has at most 12 steps; more comes only from setting it again and again. */
export const MAX_MADE = 100;

/** The follow-up with one made `at` for the reminder under way on record; unchanged when it is not known when that was promised. */
export function withMade<T extends Pick<FollowUp, 'promisedAt' | 'made'>>(followUp: T, at: number): T {
  if (followUp.promisedAt === undefined) return followUp;
  return { ...followUp, made: [...(followUp.made ?? []), { promisedAt: followUp.promisedAt, at }].slice(-MAX_MADE) };
}

export interface Recipient {
  name: string;
  email: string;
}

export type AutoReplyReason = MachineReason;
/** Every machine reason, for schemas; the check below keeps it in step with machine.ts. */
export const AUTO_REPLY_REASONS = [
  'delivery-failure',
  'out-of-office',
  'auto-reply',
  'read-receipt',
  'ticket',
  'challenge',
  'no-reply-sender',
] as const;
const reasonsComplete: [MachineReason] extends [(typeof AUTO_REPLY_REASONS)[number]]
  ? [(typeof AUTO_REPLY_REASONS)[number]] extends [MachineReason] ? true : false
  : false = true;
void reasonsComplete;

/** A message seen in the thread: who wrote it and Gmail's date text for it. */
export interface SeenMessage {
  by: Recipient;
  dateText: string;
}

/** What the last look at the thread found. Dates are Gmail's own text: the print view shows no machine date. */
export interface ReplyCheck {
  checkedAt: number;
  outcome: 'replied' | 'no-reply' | 'unknown';
  /** Who replied, for `replied`; `kind` 'calendar' when the answer was to an invitation. */
  evidence?: SeenMessage & { kind?: 'calendar' };
  /** Machine answers seen (out of office, bounces, receipts…): recorded, never counted as replies. */
  autoReplies?: Array<SeenMessage & { reason: AutoReplyReason; backOn?: number }>;
  /** Colleagues who wrote without being asked: recorded, never counted as the answer. */
  colleagues?: SeenMessage[];
  /** Why the outcome is unknown. Never mail content or names: it can reach logs. */
  reason?: string;
  /** The message an `unknown` outcome is about (one that may be an automatic reply). */
  about?: SeenMessage;
  /** How many messages the thread had at this look. */
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
  /**
   * The due time the reminder under way was set for, by the user or the plan: unlike `dueAt`, a
   * snooze does not move it. Absent on follow-ups from before it was kept.
   */
  promisedAt?: number;
  /** The follow-ups the user made for its reminders, oldest first, each with when it was promised. */
  made?: MadeFollowUp[];
  condition: FollowUpCondition;
  status: FollowUpStatus;
  note: string;
  /** When the note was written; absent while it is empty, and on notes from before dates were kept. */
  noteAt?: number;
  /** The notes this one replaced, oldest first (noteHistory.ts); absent when there were none. */
  earlierNotes?: NoteEntry[];
  createdAt: number;
  updatedAt: number;
  /** How the follow-up was set (from compose, or on a thread); absent for follow-ups from before v3. */
  tracking?: SetTracking;
  /** What the thread held when the follow-up was set, recorded from the print view; absent until then. */
  baseline?: Baseline;
  /** The next moment the engine has work for this follow-up (indexed); absent when it has none. */
  nextCheckAt?: number;
  /** When the reminder went out; absent until then. */
  firedAt?: number;
  /**
   * Set together with `firedAt`, removed once the reminder has been shown (as a notification, or
   * only on the badge when the user turned notifications off). While set, the follow-up stays at
   * the head of the engine's queue: a worker stopped between the two still shows it. Absent on
   * follow-ups that fired before this existed: those were shown.
   */
  unshown?: true;
  replyCheck?: ReplyCheck;
  /** The due time whose heads-up (headsUp.ts) was given; absent until one was. */
  headsUpFor?: number;
  /** A plan of several steps under way (plans.ts); absent for a single reminder. */
  plan?: PlanProgress;
  /** How it turned out, as the user recorded it once it ended (outcome.ts); absent until then. */
  outcome?: Outcome;
  /**
   * Set on another computer and received through the browser's sync (core/sync): this computer
   * never saw the thread as it was when the follow-up was set, so it never records that itself.
   */
  setElsewhere?: true;
}

/** What a caller supplies to create a follow-up; the rest is derived. */
export type NewFollowUp = Pick<
  FollowUp,
  'account' | 'threadId' | 'threadPermId' | 'messageId' | 'subject' | 'recipients' | 'sentAt' | 'dueAt' | 'condition'
> & { note?: string; tracking?: SetTracking; plan?: PlanProgress | null };

export function isActive(followUp: Pick<FollowUp, 'status'>): boolean {
  return ACTIVE_STATUSES.includes(followUp.status);
}

/** The user's last message in the thread that we know of: the one sent, or the plan's latest follow-up. */
export function lastSentAt(followUp: Pick<FollowUp, 'sentAt' | 'plan'>): number {
  return Math.max(followUp.sentAt, ...(followUp.plan?.doneAt ?? []));
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
