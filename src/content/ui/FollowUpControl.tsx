/**
 * The "Follow up" control of a thread: a pill button that opens the choices
 * or, on a tracked thread, shows when it comes due and offers to move,
 * complete or cancel it and to keep a note; on a thread that got its reply,
 * who replied and when. It knows nothing of storage: the caller passes the
 * follow-up and the actions.
 */
import { useState } from 'preact/hooks';
import type { Choice, DueOptions } from '../../core/dueDate';
import { isActive, MAX_NOTE_LENGTH, type FollowUp, type FollowUpCondition } from '../../core/followUp';
import { formatDayDate, formatDueDate } from '../../core/format';
import { asksOutcome, offeredOutcomes, type OutcomeKind } from '../../core/outcome';
import { evidenceNote } from '../../core/replies/evidence';
import { evidenceText } from '../../ui/evidenceText';
import { t, type MessageKey } from '../../ui/i18n';
import { useNoteDraft } from '../../ui/useNoteDraft';
import { stepByHand, stepOf, stepDueAt, type Plan } from '../../core/plans';
import { outcomeText } from '../../ui/outcomeText';
import { stepText } from '../../ui/planText';
import { ChoiceMenu, RECEIVED_CONDITIONS, SENT_CONDITIONS } from './ChoiceMenu';
import { Icon } from '../../ui/icons';
import { useMenu } from './useMenu';

type ControlState = 'tracked' | 'replied' | 'untracked';
const TOOLTIPS: Record<ControlState, MessageKey> = {
  tracked: 'trackedTooltip',
  replied: 'repliedTooltip',
  untracked: 'followUpTooltip',
};

export interface FollowUpControlProps {
  followUp: FollowUp | null;
  /** The thread's last message is someone else's: a reply-by is what is offered first. */
  received: boolean;
  error: string | null;
  now: () => number;
  options: DueOptions;
  /** The plans offered in the menu. */
  plans: readonly Plan[];
  /**
   * A time chosen, with the condition; and a plan when one was picked (its first step's time
   * comes with it), null for a single reminder, undefined to keep the plan in force.
   */
  onChoose(choice: Choice, condition: FollowUpCondition, plan?: Plan | null): void;
  onEnd(status: 'done' | 'cancelled'): void;
  /** The step in progress, done by hand (a call…), is done: the plan moves on. */
  onStepDone(): void;
  /** `previous`: the note the edit began from; the background refuses if the note has changed since. */
  onNote(note: string, previous: string): void;
  /** Moves the due time (to when someone is back from leave). */
  onMove(dueAt: number): void;
  /** A tracked follow-up's condition changed: saved at once. */
  onCondition(condition: FollowUpCondition): void;
  /**
   * How the thread's ended follow-up turned out. A next step is no item of its own: while the
   * outcome is asked, a time chosen below is the next step (the caller records it so).
   */
  onOutcome(kind: Exclude<OutcomeKind, 'next-step'>): void;
}

const TRACKED_CONDITION: Record<FollowUpCondition, MessageKey> = {
  'if-no-reply': 'conditionIfNoReply',
  always: 'conditionAlways',
  'until-i-reply': 'conditionUntilIReplyShort',
};

const OUTCOME_ITEMS: Record<Exclude<OutcomeKind, 'next-step'>, { label: MessageKey; hint: MessageKey }> = {
  yes: { label: 'outcomeYes', hint: 'outcomeYesHint' },
  no: { label: 'outcomeNo', hint: 'outcomeNoHint' },
  'no-answer': { label: 'outcomeNoAnswer', hint: 'outcomeNoAnswerHint' },
};

export function FollowUpControl(props: FollowUpControlProps) {
  const { followUp, received, error, now, options, plans, onChoose, onEnd, onStepDone, onNote, onMove, onCondition, onOutcome } = props;
  const menu = useMenu();
  const tracked = followUp && isActive(followUp) ? followUp : null;
  // What others wrote is no evidence for a reply-by: only the user's own reply ends it.
  const note = followUp && followUp.condition !== 'until-i-reply' ? evidenceNote(followUp.replyCheck, now(), options) : null;
  const evidence = followUp?.status === 'replied' && note?.kind === 'replied' ? note : null;
  const state: ControlState = tracked ? 'tracked' : evidence ? 'replied' : 'untracked';
  const asking = !tracked && followUp && asksOutcome(followUp) ? followUp : null;
  // For a new follow-up, the condition is a choice held until a time is picked; for a tracked
  // one it is stored, and changing it saves at once. Until the user picks one: a next step waits
  // for something new from them; on mail someone else wrote last, a reply-by; else, for a reply.
  const [draftCondition, setDraftCondition] = useState<FollowUpCondition | null>(null);
  const condition = tracked?.condition ?? draftCondition ?? (asking ? 'if-no-reply' : received ? 'until-i-reply' : 'if-no-reply');
  const conditions = received || condition === 'until-i-reply' ? RECEIVED_CONDITIONS : SENT_CONDITIONS;

  const fullLabel = tracked
    ? t(
        'trackedLabel',
        formatDueDate(tracked.dueAt),
        t(TRACKED_CONDITION[tracked.condition]),
      ) + (tracked.plan ? ` · ${stepText(tracked.plan)}` : '')
    : undefined;
  // A plan's step comes first where the pill has little room: "Step 2 of 5 · Thu, Dec 3, 9:00 AM".
  const label = tracked
    ? tracked.plan
      ? t('trackedPlanLabel', stepText(tracked.plan), formatDueDate(tracked.dueAt))
      : fullLabel!
    : evidence
      ? evidenceText(evidence, now())
      : t('followUpButton');
  const heading: MessageKey = tracked
    ? tracked.firedAt
      ? 'snoozeHeading'
      : 'changeHeading'
    : asking
      ? 'nextStepHeading'
      : evidence
        ? 'againHeading'
        : received
          ? 'receivedHeading'
          : 'newHeading';
  const act = (action: () => void) => () => {
    menu.close();
    action();
  };

  return (
    <span class="ft" ref={menu.rootRef} onKeyDown={menu.onKeyDown}>
      <button
        ref={menu.buttonRef}
        type="button"
        class="ft-button"
        data-state={state}
        aria-haspopup="menu"
        aria-expanded={menu.open}
        title={fullLabel ? `${fullLabel} — ${t(TOOLTIPS[state])}` : t(TOOLTIPS[state])}
        onClick={() => menu.setOpen(!menu.open)}
      >
        {state === 'replied' ? <Icon name="check" /> : <Icon name="schedule" />}
        <span class="ft-label">{label}</span>
        {tracked?.note && <span class="ft-note-dot" aria-label={t('hasNote')} />}
      </button>
      {menu.open && (
        <ChoiceMenu
          heading={heading}
          base={now()}
          style={menu.menuStyle}
          options={options}
          selected={tracked ? { kind: 'at', dueAt: tracked.dueAt } : null}
          condition={condition}
          conditions={conditions}
          onCondition={(value) => (tracked ? value !== tracked.condition && onCondition(value) : setDraftCondition(value))}
          onChoose={(choice) => act(() => onChoose(choice, condition))()}
          plans={plans}
          planId={tracked?.plan?.planId ?? null}
          onPlan={(plan) => {
            // A plan picked starts at its first step from now. "Once" drops a plan in force and
            // keeps its time; otherwise it is what the times above already set.
            if (plan) act(() => onChoose({ kind: 'at', dueAt: stepDueAt(now(), plan.steps[0]!.after, options) }, condition, plan))();
            else if (tracked?.plan) act(() => onChoose({ kind: 'at', dueAt: tracked.dueAt }, condition, null))();
          }}
          lead={
            !tracked && followUp ? (
              <EndedLead followUp={followUp} asking={asking !== null} onOutcome={(kind) => act(() => onOutcome(kind))()} />
            ) : (
              tracked && (
              <>
                {note && note.kind !== 'replied' && (
                  <div class="ft-evidence" data-evidence={note.kind}>
                    {evidenceText(note, now())}
                  </div>
                )}
                {note?.kind === 'away' && note.moveTo !== undefined && (
                  <button type="button" role="menuitem" class="ft-item" data-action="move-to-return" onClick={act(() => onMove(note.moveTo!))}>
                    <span>{t('moveToReturn', formatDayDate(note.moveTo))}</span>
                  </button>
                )}
                {/* A call, a meeting…: the user says when it is done, and the plan moves on. */}
                {stepByHand(tracked.plan) && <StepDoneItem plan={tracked.plan!} onClick={act(onStepDone)} />}
                {/* Ending is what a tracked thread most often needs: first, and said what it does. */}
                <button type="button" role="menuitem" class="ft-item ft-two-line" data-action="done" onClick={act(() => onEnd('done'))}>
                  <span>{t('markDone')}</span>
                  <span class="ft-explain">{t('markDoneHint')}</span>
                </button>
                <button type="button" role="menuitem" class="ft-item ft-two-line" data-action="cancel" onClick={act(() => onEnd('cancelled'))}>
                  <span>{t('cancelFollowUp')}</span>
                  <span class="ft-explain">{t('cancelHint')}</span>
                </button>
                <div class="ft-separator" role="separator" />
              </>
              )
            )
          }
        >
          {tracked && [
            <div key="separator" class="ft-separator" role="separator" />,
            <NoteField key="note" note={tracked.note} onSave={(note, previous) => act(() => onNote(note, previous))()} />,
          ]}
        </ChoiceMenu>
      )}
      {error && (
        <span class="ft-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

function StepDoneItem({ plan, onClick }: { plan: NonNullable<FollowUp['plan']>; onClick(): void }) {
  const { step, of } = stepOf(plan);
  return (
    <button type="button" role="menuitem" class="ft-item ft-two-line" data-action="step-done" onClick={onClick}>
      <span>{t('stepDone')}</span>
      <span class="ft-explain">{step < of ? t('stepDoneHint', String(step + 1)) : t('stepDoneLastHint')}</span>
    </button>
  );
}

/** Above the choices of a thread whose follow-up ended: how it turned out, asked until the user says. */
function EndedLead({ followUp, asking, onOutcome }: { followUp: FollowUp; asking: boolean; onOutcome(kind: Exclude<OutcomeKind, 'next-step'>): void }) {
  if (!asking) {
    return followUp.outcome ? (
      <>
        <div class="ft-evidence" data-field="outcome">
          {t('outcomeRecorded', outcomeText(followUp.outcome))}
        </div>
        <div class="ft-separator" role="separator" />
      </>
    ) : null;
  }
  return (
    <>
      <div class="ft-menu-heading">{t('outcomeQuestion')}</div>
      {offeredOutcomes(followUp).map((kind) =>
        kind === 'next-step' ? null : (
          <button key={kind} type="button" role="menuitem" class="ft-item ft-two-line" data-outcome={kind} onClick={() => onOutcome(kind)}>
            <span>{t(OUTCOME_ITEMS[kind].label)}</span>
            <span class="ft-explain">{t(OUTCOME_ITEMS[kind].hint)}</span>
          </button>
        ),
      )}
      <div class="ft-separator" role="separator" />
    </>
  );
}

/**
 * A note for the follow-up; saved with the button or Ctrl+Enter. Over-long text is refused with
 * a message; a note changed elsewhere meanwhile is shown, and the user picks one (useNoteDraft).
 */
function NoteField({ note, onSave }: { note: string; onSave(note: string, previous: string): void }) {
  const { text, setText, previous, conflict, takeStored } = useNoteDraft(note);
  const tooLong = text.length > MAX_NOTE_LENGTH;
  return (
    <div class="ft-field">
      <textarea
        class="ft-input ft-note"
        data-field="note"
        rows={2}
        value={text}
        aria-label={t('noteLabel')}
        placeholder={t('notePlaceholder')}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !tooLong && !conflict) onSave(text, previous);
        }}
      />
      {tooLong && (
        <div class="ft-hint ft-hint-error" role="status">
          {t('noteTooLong', String(MAX_NOTE_LENGTH))}
        </div>
      )}
      {conflict ? (
        <div class="ft-conflict" role="alert" data-note-conflict>
          <div class="ft-hint">{t('noteChangedElsewhere', note)}</div>
          <button type="button" role="menuitem" class="ft-item" data-action="take-other-note" onClick={takeStored}>
            <span>{t('noteTakeOther')}</span>
          </button>
          <button type="button" role="menuitem" class="ft-item" data-action="save-my-note" disabled={tooLong} onClick={() => onSave(text, note)}>
            <span>{t('noteSaveMine')}</span>
          </button>
        </div>
      ) : (
        <button type="button" role="menuitem" class="ft-item ft-save" data-action="save-note" disabled={tooLong || text === note} onClick={() => onSave(text, previous)}>
          <span>{t('saveNote')}</span>
        </button>
      )}
    </div>
  );
}
