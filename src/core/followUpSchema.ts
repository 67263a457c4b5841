/**
 * The follow-up model as runtime schemas (valibot): one set of field rules
 * for everything that arrives from outside — messages between the
 * extension's parts, imported files, an undo's restore. Compile-time checks
 * below keep the schemas and the model (followUp.ts) in step.
 */
import * as v from 'valibot';
import {
  AUTO_REPLY_REASONS,
  CONDITIONS,
  FOLLOW_UP_STATUSES,
  MAX_NOTE_LENGTH,
  MAX_MADE,
  MAX_SUBJECT_LENGTH,
  type FollowUp,
  type Recipient,
  type ReplyCheck,
} from './followUp';
import { MAX_EARLIER_NOTES } from './noteHistory';
import { OUTCOME_KINDS, type Outcome } from './outcome';
import { CHANNELS, MAX_PLAN_STEPS, MAX_STEP_COUNT, type PlanProgress, type PlanStep } from './plans';
import { MAX_BASELINE_MESSAGES } from './replies/baseline';

/** True when every key of T (but the skipped ones) is listed. */
export type AllListed<T, Listed, Skipped = never> = [Exclude<keyof T, Listed | Skipped>] extends [never] ? true : false;

export const email = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(320), v.email());
export const hexId = v.pipe(v.string(), v.regex(/^[0-9a-f]{1,16}$/));
export const optionalHexId = v.union([v.literal(''), hexId]);
export const threadPermId = v.union([v.literal(''), v.pipe(v.string(), v.regex(/^thread-f:\d{1,20}$/))]);
// Epoch ms between 2000 and 2200.
export const epochMs = v.pipe(v.number(), v.integer(), v.minValue(946_684_800_000), v.maxValue(7_258_118_400_000));
export const recipient = v.strictObject({ name: v.pipe(v.string(), v.maxLength(320)), email });
// Reply evidence is what Gmail's print view showed (gmail/printView.ts): its fields run to 10,000
// characters and its addresses are only "something@something", so the rules are that loose.
const FIELD = 10_000;
const seenAddress = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(FIELD)),
  email: v.pipe(v.string(), v.maxLength(FIELD), v.regex(/^[^\s@<>",;]+@[^\s@<>",;]+$/)),
});
const dateText = v.pipe(v.string(), v.maxLength(FIELD));
const seenMessage = { by: seenAddress, dateText };
const replyCheck = v.strictObject({
  checkedAt: epochMs,
  outcome: v.picklist(['replied', 'no-reply', 'unknown']),
  evidence: v.optional(v.strictObject({ ...seenMessage, kind: v.optional(v.literal('calendar')) })),
  autoReplies: v.optional(
    v.pipe(
      v.array(v.strictObject({ ...seenMessage, reason: v.picklist(AUTO_REPLY_REASONS), backOn: v.optional(epochMs) })),
      v.maxLength(500),
    ),
  ),
  colleagues: v.optional(v.pipe(v.array(v.strictObject(seenMessage)), v.maxLength(500))),
  reason: v.optional(v.pipe(v.string(), v.maxLength(1_000))),
  about: v.optional(v.strictObject(seenMessage)),
  messageCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000))),
});

/** An address key (replies/identity.ts): lower-case, something@something. */
const addressKeyField = v.pipe(v.string(), v.maxLength(320), v.regex(/^[^\s@<>",;]+@[^\s@<>",;]+$/));
const tracking = v.variant('kind', [
  v.strictObject({ kind: v.literal('compose'), from: v.union([v.literal(''), addressKeyField]), body: v.pipe(v.string(), v.regex(/^\d{1,3}\.[0-9a-z]{1,8}$/)) }),
  v.strictObject({ kind: v.literal('thread') }),
]);
const baseline = v.strictObject({
  recordedAt: epochMs,
  messages: v.pipe(
    v.array(v.strictObject({ from: addressKeyField, dateText, body: v.pipe(v.string(), v.regex(/^\d{1,3}\.[0-9a-z]{1,8}$/)) })),
    v.minLength(1),
    v.maxLength(MAX_BASELINE_MESSAGES),
  ),
  tracked: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(MAX_BASELINE_MESSAGES - 1)),
  addressees: v.pipe(v.array(addressKeyField), v.maxLength(500)),
  partial: v.optional(v.literal(true)),
});
const planStep = v.strictObject({
  after: v.strictObject({
    unit: v.picklist(['business-days', 'months']),
    count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_STEP_COUNT)),
  }),
  channel: v.picklist(CHANNELS),
  note: v.pipe(v.string(), v.maxLength(500)),
});
export const planSchema = v.pipe(
  v.strictObject({
    planId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    steps: v.pipe(v.array(planStep), v.minLength(1), v.maxLength(MAX_PLAN_STEPS)),
    current: v.pipe(v.number(), v.integer(), v.minValue(0)),
    doneAt: v.pipe(v.array(epochMs), v.maxLength(MAX_PLAN_STEPS)),
  }),
  // The step in progress is one of the steps, and every step before it was done.
  v.check(({ steps, current, doneAt }) => current < steps.length && doneAt.length >= current && doneAt.length <= steps.length, 'bad plan progress'),
);

// Any case is accepted and stored lower-case (as crypto.randomUUID writes it), so case cannot hide a duplicate.
export const followUpId = v.pipe(v.string(), v.uuid(), v.toLowerCase());

const outcome = v.strictObject({
  kind: v.picklist(OUTCOME_KINDS),
  at: epochMs,
  steps: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PLAN_STEPS)),
  nextId: v.optional(followUpId),
});

export const followUpSchema = v.strictObject({
  id: followUpId,
  account: email,
  threadId: optionalHexId,
  threadPermId,
  messageId: optionalHexId,
  subject: v.pipe(v.string(), v.maxLength(MAX_SUBJECT_LENGTH)),
  recipients: v.pipe(v.array(recipient), v.maxLength(500)),
  sentAt: epochMs,
  dueAt: epochMs,
  promisedAt: v.optional(epochMs),
  made: v.optional(v.pipe(v.array(v.strictObject({ promisedAt: epochMs, at: epochMs })), v.minLength(1), v.maxLength(MAX_MADE))),
  condition: v.picklist(CONDITIONS),
  status: v.picklist(FOLLOW_UP_STATUSES),
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)),
  noteAt: v.optional(epochMs),
  earlierNotes: v.optional(
    v.pipe(
      v.array(v.strictObject({ at: epochMs, text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NOTE_LENGTH)) })),
      v.minLength(1),
      v.maxLength(MAX_EARLIER_NOTES),
    ),
  ),
  createdAt: epochMs,
  updatedAt: epochMs,
  tracking: v.optional(tracking),
  baseline: v.optional(baseline),
  firedAt: v.optional(epochMs),
  unshown: v.optional(v.literal(true)),
  replyCheck: v.optional(replyCheck),
  headsUpFor: v.optional(epochMs),
  plan: v.optional(planSchema),
  outcome: v.optional(outcome),
  setElsewhere: v.optional(v.literal(true)),
});

// The schema's output must fit the model, and must know every field the model has (the key checks:
// a model with an extra optional field would still fit a schema that lacks it).
type Parsed = v.InferOutput<typeof followUpSchema>;
type ParsedCheck = NonNullable<Parsed['replyCheck']>;
const schemaFitsModel: [Parsed] extends [FollowUp] ? true : false = true;
const schemaKnowsFollowUp: AllListed<FollowUp, keyof Parsed, 'nextCheckAt'> = true;
const schemaKnowsReplyCheck: AllListed<ReplyCheck, keyof ParsedCheck> = true;
const schemaKnowsEvidence: AllListed<NonNullable<ReplyCheck['evidence']>, keyof NonNullable<ParsedCheck['evidence']>> =
  true;
const schemaKnowsAutoReply: AllListed<
  NonNullable<ReplyCheck['autoReplies']>[number],
  keyof NonNullable<ParsedCheck['autoReplies']>[number]
> = true;
const schemaKnowsRecipient: AllListed<Recipient, keyof Parsed['recipients'][number]> = true;
const schemaKnowsPlan: AllListed<PlanProgress, keyof NonNullable<Parsed['plan']>> = true;
const schemaKnowsStep: AllListed<PlanStep, keyof NonNullable<Parsed['plan']>['steps'][number]> = true;
void [schemaFitsModel, schemaKnowsFollowUp, schemaKnowsReplyCheck, schemaKnowsEvidence, schemaKnowsAutoReply];
const schemaKnowsOutcome: AllListed<Outcome, keyof NonNullable<Parsed['outcome']>> = true;
void [schemaKnowsRecipient, schemaKnowsPlan, schemaKnowsStep, schemaKnowsOutcome];
