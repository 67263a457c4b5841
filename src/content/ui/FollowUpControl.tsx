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
import { evidenceNote } from '../../core/replies/evidence';
import { evidenceText } from '../../ui/evidenceText';
import { t, type MessageKey } from '../../ui/i18n';
import { ChoiceMenu } from './ChoiceMenu';
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
  error: string | null;
  now: () => number;
  options: DueOptions;
  onChoose(choice: Choice, condition: FollowUpCondition): void;
  onEnd(status: 'done' | 'cancelled'): void;
  onNote(note: string): void;
  /** Moves the due time (to when someone is back from leave). */
  onMove(dueAt: number): void;
}

export function FollowUpControl({ followUp, error, now, options, onChoose, onEnd, onNote, onMove }: FollowUpControlProps) {
  const menu = useMenu();
  const tracked = followUp && isActive(followUp) ? followUp : null;
  const note = followUp ? evidenceNote(followUp.replyCheck, now(), options) : null;
  const evidence = followUp?.status === 'replied' && note?.kind === 'replied' ? note : null;
  const state: ControlState = tracked ? 'tracked' : evidence ? 'replied' : 'untracked';
  const [condition, setCondition] = useState<FollowUpCondition>(tracked?.condition ?? 'if-no-reply');

  const label = tracked
    ? t(
        'trackedLabel',
        formatDueDate(tracked.dueAt),
        t(tracked.condition === 'always' ? 'conditionAlways' : 'conditionIfNoReply'),
      )
    : evidence
      ? evidenceText(evidence, now())
      : t('followUpButton');
  const heading: MessageKey = tracked ? (tracked.firedAt ? 'snoozeHeading' : 'changeHeading') : evidence ? 'againHeading' : 'newHeading';
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
        title={t(TOOLTIPS[state])}
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
          condition={condition}
          onCondition={setCondition}
          onChoose={(choice) => act(() => onChoose(choice, condition))()}
          lead={
            tracked && note && note.kind !== 'replied' ? (
              <>
                <div class="ft-evidence" data-evidence={note.kind}>
                  {evidenceText(note, now())}
                </div>
                {note.kind === 'away' && note.moveTo !== undefined && (
                  <button type="button" role="menuitem" class="ft-item" data-action="move-to-return" onClick={act(() => onMove(note.moveTo!))}>
                    <span>{t('moveToReturn', formatDayDate(note.moveTo))}</span>
                  </button>
                )}
                <div class="ft-separator" role="separator" />
              </>
            ) : undefined
          }
        >
          {tracked && [
            <NoteField key="note" note={tracked.note} onSave={(note) => act(() => onNote(note))()} />,
            <div key="separator" class="ft-separator" role="separator" />,
            <button key="done" type="button" role="menuitem" class="ft-item" data-action="done" onClick={act(() => onEnd('done'))}>
              <span>{t('markDone')}</span>
            </button>,
            <button key="cancel" type="button" role="menuitem" class="ft-item" data-action="cancel" onClick={act(() => onEnd('cancelled'))}>
              <span>{t('cancelFollowUp')}</span>
            </button>,
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

/** A note for the follow-up; saved with the button or Ctrl+Enter. Over-long text is refused with a message. */
function NoteField({ note, onSave }: { note: string; onSave(note: string): void }) {
  const [text, setText] = useState(note);
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
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !tooLong) onSave(text);
        }}
      />
      {tooLong && (
        <div class="ft-hint ft-hint-error" role="status">
          {t('noteTooLong', String(MAX_NOTE_LENGTH))}
        </div>
      )}
      <button type="button" role="menuitem" class="ft-item ft-save" data-action="save-note" disabled={tooLong || text === note} onClick={() => onSave(text)}>
        <span>{t('saveNote')}</span>
      </button>
    </div>
  );
}
