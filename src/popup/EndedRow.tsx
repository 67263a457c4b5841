/**
 * A follow-up that has ended — answered, done or cancelled — in the popup's "Replied recently"
 * section and its history: how it ended, and how it turned out, asked in one click (a yes, a no,
 * a next step with its date, or no answer) until the user says. Mail content is only ever text.
 */
import { useState } from 'preact/hooks';
import type { FollowUp } from '../core/followUp';
import { formatDueDate, formatShortDate } from '../core/format';
import { asksOutcome, offeredOutcomes, type OutcomeChoice, type OutcomeKind } from '../core/outcome';
import type { Settings } from '../settings/settings';
import { evidenceNote } from '../core/replies/evidence';
import { evidenceText } from '../ui/evidenceText';
import { Icon, type IconName } from '../ui/icons';
import { t, type MessageKey } from '../ui/i18n';
import { outcomeText } from '../ui/outcomeText';
import { recordOutcome } from './actions';
import { ActionButton, OPEN, subjectOf } from './FollowUpRow';
import type { Notice } from './Notice';
import type { RowAction } from './shortcuts';
import { WhenPanel } from './WhenPanel';

const CHOICE_LABEL: Record<OutcomeKind, MessageKey> = {
  yes: 'outcomeYes',
  no: 'outcomeNo',
  'next-step': 'outcomeNextStepChoice',
  'no-answer': 'outcomeNoAnswer',
};
const CHOICE_HINT: Record<OutcomeKind, MessageKey> = {
  yes: 'outcomeYesHint',
  no: 'outcomeNoHint',
  'next-step': 'outcomeNextStepHint',
  'no-answer': 'outcomeNoAnswerHint',
};
const ENDED_ICON: Record<string, IconName> = { replied: 'reply', done: 'check', cancelled: 'close' };

export interface EndedRowProps {
  followUp: FollowUp;
  now: number;
  settings: Settings | undefined;
  showAccount: boolean;
  /** The row the keyboard is on: the one tab stop of the list. */
  current: boolean;
  act(action: RowAction): void;
  /** Runs a change and shows what came of it (PopupApp). */
  perform(work: () => Promise<Notice | null>): Promise<void>;
}

export function EndedRow({ followUp, now, settings, showAccount, current, act, perform }: EndedRowProps) {
  const tab = current ? 0 : -1;
  // A recorded outcome can be changed: its label opens the choice again.
  const [changing, setChanging] = useState(false);
  // A next step asks for its date first.
  const [picking, setPicking] = useState(false);
  const asking = changing || asksOutcome(followUp);
  const record = (choice: OutcomeChoice) =>
    perform(async () => {
      const saved = await recordOutcome(followUp.id, choice);
      setChanging(false);
      setPicking(false);
      const text = choice.kind === 'next-step' ? t('popupNextStepSet', formatDueDate(choice.dueAt)) : t('popupOutcomeSaved', outcomeText(saved.outcome!));
      return { kind: 'done', text };
    });
  const choose = (kind: OutcomeKind) => (kind === 'next-step' ? setPicking(true) : void record({ kind }));
  return (
    <li data-follow-up-id={followUp.id} data-kind="ended" data-status={followUp.status} tabIndex={tab} class="row ended">
      <span class="ended-mark">
        <Icon name={ENDED_ICON[followUp.status] ?? 'check'} />
      </span>
      <div class="row-main" onClick={() => act('open')}>
        <div class="row-line">
          <span class="subject">{subjectOf(followUp)}</span>
        </div>
        <div class="row-line meta">
          <span class="ended-how">{endedText(followUp, now)}</span>
        </div>
        {showAccount && <div class="account">{followUp.account}</div>}
      </div>
      <div class="row-actions">
        <ActionButton {...OPEN} tab={tab} act={act} />
      </div>
      {asking ? (
        <div class="outcome" role="group" aria-label={t('outcomeQuestion')} data-field="outcome-choices">
          <span class="outcome-question">{t('outcomeQuestion')}</span>
          {offeredOutcomes(followUp).map((kind) => (
            <button
              key={kind}
              type="button"
              class="chip"
              data-outcome={kind}
              tabIndex={tab}
              title={t(CHOICE_HINT[kind])}
              aria-pressed={followUp.outcome?.kind === kind}
              onClick={() => choose(kind)}
            >
              {t(CHOICE_LABEL[kind])}
            </button>
          ))}
        </div>
      ) : (
        followUp.outcome && (
          <div class="outcome">
            <button
              type="button"
              class="chip recorded"
              data-field="outcome"
              data-outcome={followUp.outcome.kind}
              tabIndex={tab}
              title={t('outcomeChange')}
              onClick={() => setChanging(true)}
            >
              <Icon name="check" />
              {outcomeText(followUp.outcome)}
            </button>
          </div>
        )
      )}
      {picking && (
        <WhenPanel
          title={t('popupNextStepFor', subjectOf(followUp))}
          applyLabel={t('popupSetNextStep')}
          now={now}
          settings={settings}
          onPick={(dueAt) => void record({ kind: 'next-step', dueAt })}
          onClose={() => setPicking(false)}
        />
      )}
    </li>
  );
}

/** "Replied by Dana · 3 Dec", "Done · 3 Dec", "Cancelled · 3 Dec". */
function endedText(followUp: FollowUp, now: number): string {
  if (followUp.status === 'replied') {
    const note = evidenceNote(followUp.replyCheck, now);
    return note?.kind === 'replied' ? evidenceText(note, now) : t('popupReplied');
  }
  const how = followUp.status === 'cancelled' ? t('popupEndedCancelled') : t('popupEndedDone');
  return t('popupEndedOn', how, formatShortDate(followUp.updatedAt, now));
}
