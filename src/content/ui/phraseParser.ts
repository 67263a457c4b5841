/**
 * The typed-date parser pulls in chrono-node, too big for the script Gmail
 * loads at start: it is fetched the first time someone types a date. A
 * failed fetch (the extension was updated under the page) is not kept: the
 * next use tries again.
 */
type Module = typeof import('../../core/dates/parsePhrase');

let loading: Promise<Module> | undefined;

export function loadPhraseParser(): Promise<Module> {
  loading ??= import('../../core/dates/parsePhrase').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
