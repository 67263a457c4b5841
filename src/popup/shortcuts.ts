/**
 * Keyboard shortcuts of the popup's list, Gmail's where Gmail has one:
 * r follow up now (reply), b snooze, e done, x select, # delete, / search, j/k or arrows to move.
 * One table serves the key handler and the tooltips that show the keys.
 */
export type RowAction = 'open' | 'reply' | 'snooze' | 'done' | 'note' | 'delete' | 'select';

export const ROW_SHORTCUTS: Record<RowAction, string> = {
  open: 'Enter',
  reply: 'r',
  snooze: 'b',
  done: 'e',
  note: 'n',
  delete: '#',
  select: 'x',
};

const BY_KEY = new Map<string, RowAction>(
  Object.entries(ROW_SHORTCUTS).map(([action, key]) => [key, action as RowAction]),
);

/** The row action a key press asks for; Delete works like #. */
export function actionForKey(key: string): RowAction | undefined {
  return key === 'Delete' ? 'delete' : BY_KEY.get(key);
}

/** Which way a key moves through the list, if it is a movement key. */
export function movementForKey(key: string): 'next' | 'previous' | 'first' | 'last' | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return 'next';
    case 'ArrowUp':
    case 'k':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}
