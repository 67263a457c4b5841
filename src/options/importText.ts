/** Why an import file was refused, or an entry of it skipped, in the user's words. */
import type { ImportError, RowProblem } from '../core/exportFormat';
import { t, type MessageKey } from '../ui/i18n';

const REFUSALS: Record<Exclude<ImportError['reason'], 'duplicate' | 'newer-version'>, MessageKey> = {
  'too-large': 'optionsImportTooLarge',
  'not-json': 'optionsImportNotJson',
  'not-ours': 'optionsImportNotOurs',
  'unknown-version': 'optionsImportUnknownVersion',
  damaged: 'optionsImportDamaged',
};

export function importRefusalText(error: ImportError): string {
  switch (error.reason) {
    case 'duplicate':
      return t('optionsImportDuplicate', String(error.first + 1), String(error.second + 1));
    case 'newer-version':
      return t('optionsImportNewerVersion', String(error.version));
    default:
      return t(REFUSALS[error.reason]);
  }
}

/** Problems named in one entry's reason; a damaged entry can have dozens. */
const PROBLEMS_SHOWN = 5;

function problemText(problem: RowProblem): string {
  switch (problem.kind) {
    case 'invalid':
      return t('optionsSkipInvalid', problem.field);
    case 'unexpected-field':
      return problem.in ? t('optionsSkipUnexpectedFieldIn', problem.in) : t('optionsSkipUnexpectedField');
    case 'not-a-follow-up':
      return t('optionsSkipNotFollowUp');
  }
}

/** "invalid status, invalid note": why an entry was skipped. */
export function skipReasonText(problems: readonly RowProblem[]): string {
  const list = problems.slice(0, PROBLEMS_SHOWN).map(problemText).join(', ');
  return problems.length > PROBLEMS_SHOWN ? t('optionsSkipMore', list, String(problems.length - PROBLEMS_SHOWN)) : list;
}
