/**
 * Edits a follow-up's note, under the thread's earlier notes, dated. A note longer than the
 * limit is refused with a message rather than cut: cutting would drop the user's words without
 * a word.
 */
import { useId } from 'preact/hooks';
import { MAX_NOTE_LENGTH } from '../core/followUp';
import { formatDueDate } from '../core/format';
import type { ThreadNote } from '../core/noteHistory';
import { t } from '../ui/i18n';
import { messagesLocale } from '../ui/locale';
import { useAutofocus } from '../ui/useAutofocus';
import { useNoteDraft } from '../ui/useNoteDraft';

export interface NotePanelProps {
  note: string;
  title: string;
  /** The thread's notes, newest first, this follow-up's current one included (it is left out: it is being edited). */
  history: ThreadNote[];
  followUpId: string;
  /** `previous`: the note the edit began from; the background refuses if the note has changed since. */
  onSave(note: string, previous: string): void;
  onClose(): void;
}

export function NotePanel({ note, title, history, followUpId, onSave, onClose }: NotePanelProps) {
  const id = useId();
  const field = useAutofocus<HTMLTextAreaElement>();
  const { text, setText, previous, conflict, takeStored } = useNoteDraft(note);
  const tooLong = text.length > MAX_NOTE_LENGTH;
  const save = () => !tooLong && !conflict && onSave(text, previous);
  const count = new Intl.NumberFormat(messagesLocale());
  return (
    <form
      class="panel"
      aria-label={title}
      data-panel="note"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        }
      }}
    >
      <label for={`${id}-note`}>{t('popupNoteLabel')}</label>
      <textarea
        ref={field}
        id={`${id}-note`}
        data-field="note"
        rows={4}
        value={text}
        placeholder={t('popupNotePlaceholder')}
        aria-describedby={`${id}-count`}
        aria-invalid={tooLong}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div id={`${id}-count`} class={tooLong ? 'error' : 'hint'} role={tooLong ? 'alert' : undefined} data-field="note-count">
        {tooLong
          ? t('popupNoteTooLong', count.format(text.length), count.format(MAX_NOTE_LENGTH))
          : t('popupNoteCount', count.format(text.length), count.format(MAX_NOTE_LENGTH))}
      </div>
      <EarlierNotes id={`${id}-history`} notes={history.filter((entry) => !(entry.current && entry.followUpId === followUpId))} />
      {conflict && (
        <div class="conflict" role="alert" data-note-conflict>
          <p>{t('noteChangedElsewhere', note)}</p>
          <div class="panel-actions">
            <button type="button" class="button" data-action="take-other-note" onClick={takeStored}>
              {t('noteTakeOther')}
            </button>
            <button type="button" class="button tonal" data-action="save-my-note" disabled={tooLong} onClick={() => onSave(text, note)}>
              {t('noteSaveMine')}
            </button>
          </div>
        </div>
      )}
      <div class="panel-actions">
        <button type="button" class="button" onClick={onClose}>
          {t('popupCancel')}
        </button>
        <button type="submit" class="button filled" disabled={tooLong || conflict || text === note}>
          {t('popupNoteSave')}
        </button>
      </div>
    </form>
  );
}

/** What was noted on the thread before, newest first: each note as text, with when it was written. */
function EarlierNotes({ id, notes }: { id: string; notes: ThreadNote[] }) {
  if (notes.length === 0) return null;
  return (
    <section class="note-history" aria-labelledby={id} data-field="note-history">
      <h3 id={id}>{t('noteHistoryHeading')}</h3>
      <ol>
        {notes.map((entry) => (
          <li key={`${entry.followUpId}:${entry.at}`}>
            <time dateTime={new Date(entry.at).toISOString()}>{formatDueDate(entry.at)}</time>
            <p>{entry.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
