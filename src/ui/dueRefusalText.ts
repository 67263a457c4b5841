/**
 * Why a time can't be a follow-up's due time, in the user's words: a typed phrase (Gmail's menu,
 * the popup) and an exact date and time are refused the same way (core/dates/dueLimits.ts).
 */
import { HORIZON_YEARS } from '../core/dates/dueLimits';
import type { PhraseRefusal } from '../core/dates/parsePhrase';
import { t } from './i18n';

export function dueRefusalText(refusal: PhraseRefusal): string {
  switch (refusal.reason) {
    case 'empty':
      return t('phraseEmpty');
    case 'too-long':
      return t('phraseTooLong');
    case 'unparseable':
      return t(refusal.as === 'time' ? 'phraseUnreadableTime' : 'phraseUnreadableDate', refusal.words);
    case 'past':
      return t('dueInPast', refusal.words);
    case 'too-far':
      return t('dueTooFar', refusal.words, String(HORIZON_YEARS));
  }
}
