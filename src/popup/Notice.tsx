/**
 * The snackbar at the bottom of the popup, as in Gmail: what just happened,
 * with Undo when it can be undone. A failure stays until dismissed; a
 * success goes after a few seconds or with the next action.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Undo } from '../core/undo';
import { Icon } from '../ui/icons';
import { t } from '../ui/i18n';

export type Notice =
  | { kind: 'done'; text: string; undo?: readonly Undo[] }
  | { kind: 'failed'; text: string };

const SHOWN_MS = 8_000;
/** Gmail's own key for undo. */
const UNDO_KEY = 'z';

/** While an action can be undone, z undoes it from anywhere in the popup, except while typing. */
function useUndoKey(undo: readonly Undo[] | undefined, onUndo: (undos: readonly Undo[]) => void) {
  useEffect(() => {
    if (!undo) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== UNDO_KEY || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      onUndo(undo);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, onUndo]);
}

function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);
}

export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    if (notice?.kind !== 'done') return;
    const timer = setTimeout(() => setNotice(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, setNotice] as const;
}

/** Always in the page, so screen readers announce what appears in it (a live region must exist first). */
export function NoticeBar({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: Notice | null;
  onUndo(undos: readonly Undo[]): void;
  onDismiss(): void;
}) {
  const undo = notice?.kind === 'done' ? notice.undo : undefined;
  useUndoKey(undo, onUndo);
  return (
    <div class="notice-region" role="status">
      {notice && (
        <div class="notice" data-kind={notice.kind}>
          <span class="notice-text" role={notice.kind === 'failed' ? 'alert' : undefined}>
            {notice.text}
          </span>
          {undo && (
            <button type="button" class="button notice-undo" aria-keyshortcuts={UNDO_KEY} title={t('popupUndoTitle', UNDO_KEY)} onClick={() => onUndo(undo)}>
              {t('popupUndo')}
            </button>
          )}
          <button type="button" class="icon-button notice-close" aria-label={t('popupDismiss')} title={t('popupDismiss')} onClick={onDismiss}>
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
}
