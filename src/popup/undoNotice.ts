/**
 * What the popup says after Undo. An undo that was refused (the follow-up
 * changed since) is said as a failure, so it stays until dismissed: the user
 * must not believe it happened.
 */
import type { UndoOutcome } from '../core/undo';
import { t } from '../ui/i18n';
import type { Notice } from './Notice';

export function undoNotice(outcomes: readonly UndoOutcome[]): Notice {
  const undone = outcomes.filter((outcome) => outcome === 'undone').length;
  const left = outcomes.length - undone;
  if (outcomes.length === 1) {
    const [outcome] = outcomes;
    if (outcome === 'undone') return { kind: 'done', text: t('popupUndone') };
    return { kind: 'failed', text: t(outcome === 'exists' ? 'popupNotUndoneExists' : 'popupNotUndoneChanged') };
  }
  if (left === 0) return { kind: 'done', text: t('popupUndoneMany', String(undone)) };
  return { kind: 'failed', text: t('popupUndonePartly', String(undone), String(left)) };
}
