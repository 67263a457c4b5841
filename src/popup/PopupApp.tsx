/**
 * The popup: pending follow-ups, soonest first. It reads the database
 * directly and live, so it updates while open; changes go through the
 * background like every other writer.
 */
import type { FollowUp } from '../core/followUp';
import { formatDueDate, formatShortDate } from '../core/format';
import type { FollowthroughDb } from '../storage/db';
import { countActive, listActiveByDue } from '../storage/followUps';
import { t } from '../ui/i18n';
import { useLiveQuery } from '../ui/useLiveQuery';
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/** Rows per page: what fits a glance. Thousands of rows would take seconds to render. */
export const PAGE_SIZE = 50;

export function PopupApp({ db, now }: { db: FollowthroughDb; now: () => number }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const followUps = useLiveQuery(
    async () => ({ rows: await listActiveByDue(db, limit), total: await countActive(db) }),
    [limit],
  );
  return (
    <>
      <header>
        <h1>{t('popupTitle')}</h1>
        <a href={browser.runtime.getURL('src/options/index.html')} target="_blank">
          {t('popupSettings')}
        </a>
      </header>
      <main>
        {followUps.state === 'failed' && <p class="empty" role="alert">{t('popupLoadFailed')}</p>}
        {followUps.state === 'ready' && followUps.value.total === 0 && (
          <p class="empty">
            <strong>{t('popupEmpty')}</strong>
            {t('popupEmptyHint')}
          </p>
        )}
        {followUps.state === 'ready' && followUps.value.total > 0 && (
          <ul aria-label={t('popupTitle')}>
            {followUps.value.rows.map((f) => (
              <FollowUpRow key={f.id} followUp={f} now={now()} />
            ))}
          </ul>
        )}
        {followUps.state === 'ready' && followUps.value.total > followUps.value.rows.length && (
          <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('popupShowMore', String(followUps.value.total - followUps.value.rows.length))}
          </button>
        )}
      </main>
    </>
  );
}

function FollowUpRow({ followUp, now }: { followUp: FollowUp; now: number }) {
  const who = followUp.recipients.map((r) => r.name || r.email).join(', ');
  return (
    <li data-follow-up-id={followUp.id}>
      <div class="subject">{followUp.subject || t('popupNoSubject')}</div>
      <div class="meta">
        <span>
          <span class="recipients">{t('popupTo', who)}</span>
          {' · '}
          <span class="sent">{t('popupSent', formatShortDate(followUp.sentAt, now))}</span>
        </span>
        <span class="due">{t('popupDue', formatDueDate(followUp.dueAt))}</span>
      </div>
    </li>
  );
}
