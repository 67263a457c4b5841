/**
 * "Your data": export to JSON (to import again) and CSV (for a spreadsheet),
 * import a JSON export after a preview, and delete everything. The page
 * writes the database directly (storage/dataTransfer.ts), then tells the
 * background so it re-arms the alarm and the badge.
 */
import { format } from 'date-fns';
import { useId, useState } from 'preact/hooks';
import { exportCsv, exportJson } from '../core/exportFormat';
import { readableThreadUrl } from '../gmail/urls';
import { log } from '../core/log';
import { send } from '../messaging/client';
import type { FollowthroughDb } from '../storage/db';
import { forgetSnapshot } from '../popup/snapshot';
import { allFollowUps, deleteAllData } from '../storage/dataTransfer';
import { downloadText } from '../ui/download';
import { t, tCount } from '../ui/i18n';
import { live } from '../storage/live';
import { useLiveQuery } from '../ui/useLiveQuery';
import { csvWords } from './csvWords';
import { ImportFlow } from './ImportFlow';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

async function exportAs(db: FollowthroughDb, kind: 'json' | 'csv'): Promise<void> {
  const followUps = await allFollowUps(db);
  const now = Date.now();
  const name = `followthrough-${format(now, 'yyyy-MM-dd')}.${kind}`;
  if (kind === 'json') downloadText(name, exportJson(followUps, now), 'application/json');
  else downloadText(name, BOM + exportCsv(followUps, { threadLink: readableThreadUrl, words: csvWords() }), 'text/csv;charset=utf-8');
}

export function DataSection({ db }: { db: FollowthroughDb }) {
  const id = useId();
  const count = useLiveQuery(live(() => db.followUps.count()), []);
  const stored = count.state === 'ready' ? count.value : 0;
  const [status, setStatus] = useState('');
  const run = (work: () => Promise<string | void>) =>
    work().then((message) => setStatus(message ?? ''), (error: unknown) => {
      log.error('data action failed', error);
      setStatus(t('optionsDataFailed'));
    });

  return (
    <section aria-labelledby={`${id}-heading`} data-section="data">
      <h2 id={`${id}-heading`}>{t('optionsDataHeading')}</h2>
      <p data-stored={count.state === 'ready' ? stored : undefined}>{tCount('optionsDataStored', stored, String(stored))}</p>

      <h3>{t('optionsExportHeading')}</h3>
      <p>{t('optionsExportHint')}</p>
      <div class="actions">
        <button type="button" class="button tonal" data-action="export-json" onClick={() => run(() => exportAs(db, 'json'))}>
          {t('optionsExportJson')}
        </button>
        <button type="button" class="button tonal" data-action="export-csv" onClick={() => run(() => exportAs(db, 'csv'))}>
          {t('optionsExportCsv')}
        </button>
      </div>

      <h3>{t('optionsImportHeading')}</h3>
      <ImportFlow db={db} />

      <h3>{t('optionsDeleteHeading')}</h3>
      <DeleteAll
        stored={stored}
        onDelete={() =>
          run(async () => {
            const deleted = await deleteAllData(db);
            await forgetSnapshot();
            await send('data.changed', {});
            return tCount('optionsDeleted', deleted, String(deleted));
          })
        }
      />
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}

function DeleteAll({ stored, onDelete }: { stored: number; onDelete(): void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div class="actions">
        <button type="button" class="button danger" data-action="delete-all" onClick={() => setConfirming(true)}>
          {t('optionsDeleteAll')}
        </button>
      </div>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={t('optionsDeleteHeading')}>
      <p>{tCount('optionsDeleteConfirm', stored, String(stored))}</p>
      <div class="actions">
        <button
          type="button"
          class="button filled danger"
          data-action="confirm-delete-all"
          onClick={() => {
            setConfirming(false);
            onDelete();
          }}
        >
          {t('optionsDeleteConfirmButton')}
        </button>
        <button type="button" class="button" onClick={() => setConfirming(false)}>
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}
