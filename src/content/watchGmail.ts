/**
 * The content script's single observer of Gmail. Gmail renders in bursts of
 * many mutations; we coalesce them into one check per animation frame, which
 * runs before the next paint — so a control appears in the same frame as the
 * view it belongs to.
 *
 * Each batch is also classified, cheaply (the first node of each record):
 * when all Gmail did was re-render a list — rows, or a container of rows,
 * which holds neither a thread view nor a compose — the checks that search
 * the whole page are skipped: on a 5,000-row inbox one such search costs
 * milliseconds, while finding the first row of a list is immediate.
 */
import { LIST_ROW } from '../gmail/selectors';

export interface GmailChange {
  /** Only text and thread-list rows (or lists of them) changed since the last check. */
  onlyListRows: boolean;
}

const ROW = LIST_ROW.map((alternative) => alternative.selector).join(', ');

/** Text (counts, dates) can be no thread or compose; neither can a row or a list of rows. */
function cannotHoldViews(node: Node | null | undefined): boolean {
  return !(node instanceof Element) || node.matches(ROW) || node.querySelector(ROW) !== null;
}

/** Calls `onChange` once per animation frame with DOM changes, until `signal` aborts. */
export function watchGmail(signal: AbortSignal, onChange: (change: GmailChange) => void): void {
  let scheduled = false;
  let onlyListRows = true;
  const schedule = (rowsOnly: boolean) => {
    onlyListRows &&= rowsOnly;
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      const change = { onlyListRows };
      scheduled = false;
      onlyListRows = true;
      if (!signal.aborted) onChange(change);
    });
  };
  const observer = new MutationObserver((records) => {
    schedule(records.every((r) => cannotHoldViews(r.addedNodes[0] ?? r.removedNodes[0])));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
  window.addEventListener('hashchange', () => schedule(false), { signal });
  schedule(false);
}
