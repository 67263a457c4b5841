/** How a recorded outcome reads, the same in the popup, Gmail and the options page. */
import type { Outcome, OutcomeKind } from '../core/outcome';
import { t, type MessageKey } from './i18n';

const RECORDED: Record<Exclude<OutcomeKind, 'no-answer'>, MessageKey> = {
  yes: 'outcomeYes',
  no: 'outcomeNo',
  'next-step': 'outcomeNextStep',
};

/** "Yes", "No", "Next step", or "No answer after 3 follow-ups". */
export function outcomeText({ kind, steps }: Pick<Outcome, 'kind' | 'steps'>): string {
  if (kind !== 'no-answer') return t(RECORDED[kind]);
  return steps === 1 ? t('outcomeNoAnswerAfterOne') : t('outcomeNoAnswerAfter', String(steps));
}
