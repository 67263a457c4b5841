/**
 * One follow-up in the popup's list. Mail content (subject, names, note) is
 * only ever text. The row is one stop in the list's keyboard order (arrows
 * move between rows); its buttons are tabbable only while it is the current row.
 */
import type { ComponentChildren } from 'preact';
import type { FollowUp } from '../core/followUp';
import { stepByHand } from '../core/plans';
import { formatDueDate, formatShortDate } from '../core/format';
import { evidenceNote } from '../core/replies/evidence';
import { evidenceText } from '../ui/evidenceText';
import { Icon, type IconName } from '../ui/icons';
import { t, type MessageKey } from '../ui/i18n';
import { dueInWords } from './dueInWords';
import { MOVE_LABEL, moveVerb } from './moveVerb';
import { planName, stepText } from '../ui/planText';
import { ROW_SHORTCUTS, type RowAction } from './shortcuts';

interface ActionEntry {
  action: RowAction;
  icon: IconName;
  label: MessageKey;
}
export const OPEN: ActionEntry = { action: 'open', icon: 'open', label: 'popupOpen' };
const ACTIONS: readonly ActionEntry[] = [
  OPEN,
  { action: 'reply', icon: 'reply', label: 'popupFollowUpNow' }, // only while due by mail
  { action: 'snooze', icon: 'schedule', label: 'popupSnooze' }, // "Reschedule" before it has come due
  { action: 'done', icon: 'check', label: 'popupMarkDone' },
  { action: 'note', icon: 'edit', label: 'popupEditNote' },
  { action: 'delete', icon: 'delete', label: 'popupDelete' },
];

/** "Snooze (b)": the tooltip names the shortcut. */
export function withShortcut(label: string, action: RowAction): string {
  return t('popupWithShortcut', label, ROW_SHORTCUTS[action]);
}

export function subjectOf(followUp: FollowUp): string {
  return followUp.subject || t('popupNoSubject');
}

function recipientsOf(followUp: FollowUp): string {
  return followUp.recipients.map((r) => r.name || r.email).join(', ');
}

export function ActionButton({ action, icon, label, tab, act }: ActionEntry & { tab: number; act(action: RowAction): void }) {
  return (
    <button
      type="button"
      class="icon-button"
      data-action={action}
      tabIndex={tab}
      aria-label={t(label)}
      aria-keyshortcuts={ROW_SHORTCUTS[action]}
      title={withShortcut(t(label), action)}
      onClick={() => act(action)}
    >
      <Icon name={icon} />
    </button>
  );
}

interface RowProps {
  followUp: FollowUp;
  now: number;
  locale: string;
  showAccount: boolean;
  /** The row the keyboard is on: the one tab stop of the list. */
  current: boolean;
  /** False for the very first paint: the buttons only show on hover or focus anyway (PopupApp). */
  withActions: boolean;
  /** The browser's sync had no room for it: it is on this computer only. */
  onlyHere?: boolean;
  act(action: RowAction): void;
}

export function FollowUpRow({
  followUp,
  now,
  locale,
  showAccount,
  current,
  withActions,
  selected,
  onlyHere = false,
  act,
  children,
}: RowProps & { selected: boolean; children?: ComponentChildren }) {
  const subject = subjectOf(followUp);
  const tab = current ? 0 : -1;
  return (
    <li data-follow-up-id={followUp.id} tabIndex={tab} class="row" data-selected={selected}>
      <input
        type="checkbox"
        class="select"
        tabIndex={tab}
        checked={selected}
        aria-label={t('popupSelect', subject)}
        title={withShortcut(t('popupSelectShort'), 'select')}
        onChange={() => act('select')}
      />
      <div class="row-main" onClick={() => act('open')}>
        <div class="row-line">
          <span class="subject">{subject}</span>
          {followUp.note && (
            <span class="note-mark" role="img" aria-label={t('popupHasNote')} title={followUp.note.slice(0, 300)}>
              <Icon name="note" />
            </span>
          )}
        </div>
        <div class="row-line meta">
          <span class="recipients">{t(followUp.condition === 'until-i-reply' ? 'popupFrom' : 'popupTo', recipientsOf(followUp))}</span>
          <span class="sent">{t('popupSent', formatShortDate(followUp.sentAt, now))}</span>
          {followUp.plan && (
            <span class="step" data-field="step" title={planName(followUp.plan.planId, followUp.plan.name)}>
              {stepText(followUp.plan)}
            </span>
          )}
          {onlyHere && (
            <span class="only-here" data-field="only-here">
              {t('syncOnlyHereMark')}
            </span>
          )}
        </div>
        <Evidence followUp={followUp} now={now} />
        {showAccount && <div class="account">{followUp.account}</div>}
      </div>
      <span class="due" data-overdue={followUp.dueAt <= now} title={t('popupDueAt', formatDueDate(followUp.dueAt))}>
        {dueInWords(followUp.dueAt, now, locale)}
      </span>
      {withActions && (
        <div class="row-actions">
          {ACTIONS.filter((entry) => entry.action !== 'reply' || dueByMail(followUp)).map((entry) => (
            <ActionButton
              key={entry.action}
              {...entry}
              label={entry.action === 'snooze' ? MOVE_LABEL[moveVerb([followUp])] : entry.action === 'done' && stepByHand(followUp.plan) ? 'popupMarkStepDone' : entry.label}
              tab={tab}
              act={act}
            />
          ))}
        </div>
      )}
      {children}
    </li>
  );
}

/** Due, and the next step is a mail: "Follow up now" opens the reply. */
export function dueByMail(followUp: FollowUp): boolean {
  return followUp.firedAt !== undefined && !stepByHand(followUp.plan);
}

/** Why no answer counted yet, or why it is unknown: an out-of-office, a colleague, a check that failed. */
function Evidence({ followUp, now }: { followUp: FollowUp; now: number }) {
  const note = followUp.condition === 'if-no-reply' ? evidenceNote(followUp.replyCheck, now) : null;
  if (!note || note.kind === 'replied') return null;
  return (
    <div class="row-line evidence" data-evidence={note.kind}>
      {evidenceText(note, now)}
    </div>
  );
}
