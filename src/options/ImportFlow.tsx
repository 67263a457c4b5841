/**
 * Importing a JSON export: choose a file, see what it would change, confirm.
 * A file that is not ours, damaged or too large is refused with the reason,
 * before anything is written. The preview is planned again on confirm
 * (storage/dataTransfer.ts), so what is written is right even if the data
 * changed meanwhile.
 */
import { useId, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '../core/exportFormat';
import { log } from '../core/log';
import { send } from '../messaging/client';
import type { FollowthroughDb } from '../storage/db';
import { importFollowUps, planImport, type PlannedImport } from '../storage/dataTransfer';
import { t, tCount } from '../ui/i18n';
import { importRefusalText, skipReasonText } from './importText';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'importing' }
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; fileName: string; text: string; plan: PlannedImport }
  | { kind: 'imported'; count: number };

/** Rows of skipped details shown; a damaged file can list thousands. */
const DETAILS_SHOWN = 50;

export function ImportFlow({ db }: { db: FollowthroughDb }) {
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const failed = (error: unknown) => {
    log.error('import failed', error);
    setStep({ kind: 'refused', message: t('optionsImportFailed') });
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Choosing the same file again must start over, so the input forgets it.
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setStep({ kind: 'refused', message: t('optionsImportTooLarge') });
    setStep({ kind: 'reading' });
    const text = await file.text();
    const plan = await planImport(db, text);
    setStep(plan.ok ? { kind: 'preview', fileName: file.name, text, plan } : { kind: 'refused', message: importRefusalText(plan) });
  };

  const confirm = async (text: string) => {
    // The preview's plan goes now: it can be as large as the file, and the import plans afresh.
    setStep({ kind: 'importing' });
    const result = await importFollowUps(db, text, Date.now());
    if (!result.ok) return setStep({ kind: 'refused', message: importRefusalText(result) });
    await send('data.changed', {});
    setStep({ kind: 'imported', count: result.add.length + result.update.length });
  };

  return (
    <div class="import">
      <p id={`${id}-hint`}>{t('optionsImportHint')}</p>
      <label class="file-label" for={`${id}-file`}>
        {t('optionsImportChoose')}
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        data-action="import-file"
        aria-describedby={`${id}-hint`}
        onChange={(e) => choose(e.currentTarget).catch(failed)}
      />
      <div class="import-result" aria-live="polite">
        {step.kind === 'reading' && <p>{t('optionsImportReading')}</p>}
        {step.kind === 'importing' && <p>{t('optionsImporting')}</p>}
        {step.kind === 'refused' && (
          <p class="error" role="alert" data-import="refused">
            {step.message}
          </p>
        )}
        {step.kind === 'imported' && (
          <p class="success" data-import="imported">
            {tCount('optionsImported', step.count, String(step.count))}
          </p>
        )}
        {step.kind === 'preview' && (
          <Preview
            fileName={step.fileName}
            plan={step.plan}
            onConfirm={() => confirm(step.text).catch(failed)}
            onCancel={() => setStep({ kind: 'choose' })}
          />
        )}
      </div>
    </div>
  );
}

function Preview({ fileName, plan, onConfirm, onCancel }: { fileName: string; plan: PlannedImport; onConfirm(): void; onCancel(): void }) {
  const changes = plan.add.length + plan.update.length;
  const figures = [
    { label: t('optionsPlanNew'), value: plan.add.length, key: 'add' },
    { label: t('optionsPlanNewer'), value: plan.update.length, key: 'update' },
    { label: t('optionsPlanUnchanged'), value: plan.unchanged, key: 'unchanged' },
    { label: t('optionsPlanInvalid'), value: plan.skipped.length, key: 'skipped' },
    { label: t('optionsPlanConflict'), value: plan.conflicts.length, key: 'conflicts' },
  ];
  return (
    <div class="preview" data-import="preview" role="group" aria-label={t('optionsImportPreview', fileName)}>
      <h4>{t('optionsImportPreview', fileName)}</h4>
      <dl class="plan">
        {figures.map(({ label, value, key }) => (
          <div key={key} data-plan={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {plan.skipped.length > 0 && (
        <details>
          <summary>{t('optionsPlanInvalidDetails')}</summary>
          <ul class="details">
            {plan.skipped.slice(0, DETAILS_SHOWN).map(({ index, problems }) => (
              <li key={index}>{t('optionsPlanEntry', String(index + 1), skipReasonText(problems))}</li>
            ))}
            {plan.skipped.length > DETAILS_SHOWN && <li>{t('optionsPlanMore', String(plan.skipped.length - DETAILS_SHOWN))}</li>}
          </ul>
        </details>
      )}
      {plan.conflicts.length > 0 && (
        <details>
          <summary>{t('optionsPlanConflictDetails')}</summary>
          <ul class="details">
            {plan.conflicts.slice(0, DETAILS_SHOWN).map((f) => (
              <li key={f.id}>{t('optionsPlanConflictEntry', f.subject || t('popupNoSubject'), f.account)}</li>
            ))}
            {plan.conflicts.length > DETAILS_SHOWN && <li>{t('optionsPlanMore', String(plan.conflicts.length - DETAILS_SHOWN))}</li>}
          </ul>
        </details>
      )}
      {changes === 0 && <p>{t('optionsImportNothing')}</p>}
      <div class="actions">
        {changes > 0 && (
          <button type="button" class="button filled" data-action="confirm-import" onClick={onConfirm}>
            {tCount('optionsImportConfirm', changes, String(changes))}
          </button>
        )}
        <button type="button" class="button" data-action="cancel-import" onClick={onCancel}>
          {changes > 0 ? t('optionsCancel') : t('optionsClose')}
        </button>
      </div>
    </div>
  );
}
