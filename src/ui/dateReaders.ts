/**
 * The date readers in the language Followthrough speaks (messagesLocale): typed phrases and the
 * dates promised in mail are read in it first, then in English. The readers and the language's
 * words (chrono-node locales, the bulk of them) load on first use, so the pages and the
 * content script that start with them stay small.
 */
import type { PhraseOptions } from '../core/dates/parsePhrase';
import { loadPhraseLanguage } from '../core/dates/phraseLanguages';
import type { PromiseOptions } from '../core/dates/promisedDate';
import { messagesLocale } from './locale';

type Unlocalized<T> = Omit<T, 'language'>;

export async function loadPhraseParser() {
  const [{ parsePhrase }, language] = await Promise.all([import('../core/dates/parsePhrase'), loadPhraseLanguage(messagesLocale())]);
  return { parsePhrase: (text: string, options: Unlocalized<PhraseOptions>) => parsePhrase(text, { ...options, language }) };
}

export async function loadPromisedDate() {
  const [{ findPromisedDate, findProposedDate }, language] = await Promise.all([
    import('../core/dates/promisedDate'),
    loadPhraseLanguage(messagesLocale()),
  ]);
  return {
    findPromisedDate: (body: string, options: Unlocalized<PromiseOptions>) => findPromisedDate(body, { ...options, language }),
    findProposedDate: (body: string, options: Unlocalized<PromiseOptions>, current: number) =>
      findProposedDate(body, { ...options, language }, current),
  };
}
