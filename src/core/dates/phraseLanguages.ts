/**
 * The date words of the user's language, loaded when first needed: each brings its chrono-node
 * locale (30-50 KB), so only the one in use is fetched. English is always there
 * (parsePhrase.ts); a language we have no words for reads English only.
 */
import type { PhraseLanguage } from './phraseLanguage';

export function loadPhraseLanguage(locale: string): Promise<PhraseLanguage | undefined> {
  switch (locale.slice(0, 2).toLowerCase()) {
    case 'de':
      return import('./languages/de').then((module) => module.de);
    case 'fr':
      return import('./languages/fr').then((module) => module.fr);
    case 'es':
      return import('./languages/es').then((module) => module.es);
    default:
      return Promise.resolve(undefined);
  }
}
