/**
 * The list's keyboard: arrows (and j/k) move between rows, letters act on the
 * row that has the focus (shortcuts.ts). Typing in a panel is left alone.
 */
import { actionForKey, movementForKey, type RowAction } from './shortcuts';

export const ROW = 'li[data-follow-up-id]';

export function onListKey(e: KeyboardEvent, list: HTMLElement, act: (id: string, action: RowAction) => void): void {
  const target = e.target as HTMLElement;
  const row = target.closest<HTMLElement>(ROW);
  if (!row || target.closest('.panel') || e.ctrlKey || e.metaKey || e.altKey) return;
  const rows = [...list.querySelectorAll<HTMLElement>(ROW)];
  const index = rows.indexOf(row);
  const move = movementForKey(e.key);
  if (move) {
    e.preventDefault();
    const to = { next: index + 1, previous: index - 1, first: 0, last: rows.length - 1 }[move];
    rows[Math.max(0, Math.min(to, rows.length - 1))]?.focus();
    return;
  }
  // Enter and Space on a button or a checkbox are theirs.
  if (target !== row && (e.key === 'Enter' || e.key === ' ')) return;
  const action = actionForKey(e.key);
  // An ended follow-up can only be opened; its outcome is chosen with its buttons.
  if (!action || (row.dataset.kind === 'ended' && action !== 'open')) return;
  e.preventDefault();
  // The row is about to leave the list: keep the keyboard on its neighbour.
  if (action === 'done' || action === 'delete') (rows[index + 1] ?? rows[index - 1])?.focus();
  act(row.dataset.followUpId!, action);
}
