/**
 * Marks the rows of threads whose follow-up is due in Gmail's lists, so
 * they stand out where the user already looks. Plain DOM (this runs in the
 * small script Gmail loads at start); the marker sits in a shadow root so
 * Gmail's CSS and ours never mix, and is text, never markup.
 */
import { log } from '../../core/log';
import { parseHexId } from '../../gmail/ids';
import { closestOf, queryFirst } from '../../gmail/query';
import { LIST_ROW, LIST_ROW_SUBJECT, LIST_ROW_THREAD, listRowThreadById } from '../../gmail/selectors';
import { send } from '../../messaging/client';
import { t } from '../../ui/i18n';
import type { FeatureDefinition } from './registry';

const MARKER = 'row-marker';
/** Asking the background again at most this often: on navigation, and while rows are shown. */
const REFRESH_MS = 30_000;
const STYLE = `
:host { display: inline-block; vertical-align: baseline; white-space: nowrap; }
span { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 4px; background: #fce8e6; color: #8c1d18;
  font: 500 12px/18px "Google Sans", Roboto, Arial, sans-serif; vertical-align: 1px; }
`;

export const rowMarkers: FeatureDefinition = { name: 'row markers', init };

function init(context: Parameters<FeatureDefinition['init']>[0], signal: AbortSignal) {
  const label = () => t('rowMarker');
  let due = new Set<string>();
  /** The markers we placed: checking them costs nothing while none is out, unlike searching the page. */
  const placed = new Set<Element>();
  let askedAt = 0;

  function refresh(force = false) {
    const account = context.account();
    if (!account || (!force && Date.now() - askedAt < REFRESH_MS)) return;
    askedAt = Date.now();
    send('followUp.dueThreads', { account: account.email })
      .then((ids) => {
        due = new Set(ids);
        markRows(); // now, not at Gmail's next DOM change, which may never come
      })
      .catch((error: unknown) => log.error('listing due threads failed', error));
  }
  window.addEventListener('hashchange', () => refresh(true), { signal });
  signal.addEventListener('abort', () => {
    for (const existing of placed) existing.remove();
    placed.clear();
  });

  function marker(): HTMLElement {
    const host = document.createElement('span');
    host.setAttribute('data-followthrough', MARKER);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const text = document.createElement('span');
    text.textContent = label();
    shadow.append(style, text);
    placed.add(host);
    return host;
  }

  /**
   * Work in proportion to what is due, not to the list: each due thread's row
   * is found by its id, and only existing markers are checked for removal.
   */
  function markRows() {
    for (const existing of placed) {
      const row = closestOf(existing, LIST_ROW);
      const threadId = parseHexId(row && queryFirst(row, LIST_ROW_THREAD)?.element.getAttribute('data-legacy-thread-id'));
      if (existing.isConnected && threadId && due.has(threadId)) continue;
      existing.remove();
      placed.delete(existing);
    }
    for (const threadId of due) {
      for (const idElement of document.querySelectorAll(listRowThreadById(threadId))) {
        const row = closestOf(idElement, LIST_ROW);
        if (row && !row.querySelector(`[data-followthrough=${MARKER}]`)) queryFirst(row, LIST_ROW_SUBJECT)?.element.before(marker());
      }
    }
  }

  return {
    update() {
      if (!queryFirst(document, LIST_ROW)) return;
      refresh();
      if (due.size > 0 || placed.size > 0) markRows();
    },
    changed: () => refresh(true),
  };
}
