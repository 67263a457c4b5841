/**
 * The CSV export's header and cell words in the user's language: the file is read by a person in
 * a spreadsheet, so it speaks as the options page does. The JSON export's keys are a format, not
 * words, and stay as they are.
 */
import type { CsvColumn, CsvWords } from '../core/exportFormat';
import type { FollowUpCondition, FollowUpStatus } from '../core/followUp';
import type { OutcomeKind } from '../core/outcome';
import { CHANNELS, type Channel } from '../core/plans';
import { t, type MessageKey } from '../ui/i18n';
import { channelName, planName } from '../ui/planText';

const COLUMNS: Record<CsvColumn, MessageKey> = {
  subject: 'csvSubject',
  recipients: 'csvRecipients',
  account: 'csvAccount',
  sent: 'csvSent',
  due: 'csvDue',
  status: 'csvStatus',
  remind: 'csvRemind',
  plan: 'csvPlan',
  step: 'csvStep',
  channel: 'csvChannel',
  stepNote: 'csvStepNote',
  followedUp: 'csvFollowedUp',
  outcome: 'csvOutcome',
  repliedBy: 'csvRepliedBy',
  replyDate: 'csvReplyDate',
  replyDateAsGmailShowsIt: 'csvReplyDateAsGmailShowsIt',
  note: 'csvNote',
  noteWritten: 'csvNoteWritten',
  earlierNotes: 'csvEarlierNotes',
  threadLink: 'csvThreadLink',
  id: 'csvId',
};

const STATUSES: Record<FollowUpStatus, MessageKey> = {
  pending: 'csvStatusPending',
  snoozed: 'csvStatusSnoozed',
  replied: 'csvStatusReplied',
  done: 'csvStatusDone',
  cancelled: 'csvStatusCancelled',
};

const CONDITIONS: Record<FollowUpCondition, MessageKey> = {
  'if-no-reply': 'csvRemindIfNoReply',
  always: 'csvRemindAlways',
  'until-i-reply': 'csvRemindUntilIReply',
};

const OUTCOMES: Record<OutcomeKind, MessageKey> = {
  yes: 'outcomeYes',
  no: 'outcomeNo',
  'next-step': 'outcomeNextStep',
  'no-answer': 'outcomeNoAnswer',
};

const translated = <K extends string>(keys: Record<K, MessageKey>): Record<K, string> =>
  Object.fromEntries(Object.entries<MessageKey>(keys).map(([code, key]) => [code, t(key)])) as Record<K, string>;

export function csvWords(): CsvWords {
  return {
    column: translated(COLUMNS),
    status: translated(STATUSES),
    condition: translated(CONDITIONS),
    channel: Object.fromEntries(CHANNELS.map((channel) => [channel, channelName(channel)])) as Record<Channel, string>,
    outcome: translated(OUTCOMES),
    plan: (plan) => planName(plan?.planId ?? null, plan?.name),
    step: (step, of) => t('csvStepOf', String(step), String(of)),
  };
}
