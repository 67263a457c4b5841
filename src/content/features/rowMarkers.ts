/**
 * Marks the rows of threads whose follow-up is due in Gmail's lists, so
 * they stand out where the user already looks. Plain DOM (this runs in the
 * small script Gmail loads at start); the marker sits in a shadow root so
 * Gmail's CSS and ours never mix, and is text, never markup.
 */
import { log } from '../../core/log';
import { parseHexId } from '../../gmail/ids';
import { queryAll, queryFirst } from '../../gmail/query';
import { LIST_ROW, LIST_ROW_SUBJECT, LIST_ROW_THREAD } from '../../gmail/selectors';
import { send } from '../../messaging/client';
import type { ContentContext, Feature } from '../context';

const MARKER = 'row-marker';
/** Asking the background again at most this often: on navigation, and while rows are shown. */
const REFRESH_MS = 30_000;
const STYLE = `
:host { display: inline-block; vertical-align: baseline; white-space: nowrap; }
span { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 4px; background: #fce8e6; color: #8c1d18;
  font: 500 12px/18px "Google Sans", Roboto, Arial, sans-serif; vertical-align: 1px; }
`;

export function createRowMarkers(context: ContentContext, label: () => string): Feature {
  let due = new Set<string>();
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
  window.addEventListener('hashchange', () => refresh(true));

  function marker(): HTMLElement {
    const host = document.createElement('span');
    host.setAttribute('data-followthrough', MARKER);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const text = document.createElement('span');
    text.textContent = label();
    shadow.append(style, text);
    return host;
  }

  function markRows() {
    for (const row of queryAll(document, LIST_ROW)) {
      const threadId = parseHexId(queryFirst(row, LIST_ROW_THREAD)?.element.getAttribute('data-legacy-thread-id'));
      const existing = row.querySelector(`[data-followthrough=${MARKER}]`);
      const isDue = threadId !== null && due.has(threadId);
      if (isDue && !existing) queryFirst(row, LIST_ROW_SUBJECT)?.element.before(marker());
      else if (!isDue && existing) existing.remove();
    }
  }

  return {
    update() {
      if (!queryFirst(document, LIST_ROW)) return;
      refresh();
      markRows();
    },
  };
}
