/**
 * Code too big for the script Gmail loads at start (chrono-node, ~15 KB
 * gzipped) is fetched the first time it is needed. A failed fetch (the
 * extension was updated under the page) is not kept: the next use retries.
 */
function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

export const loadPhraseParser = lazily(() => import('../../core/dates/parsePhrase'));
export const loadPromisedDate = lazily(() => import('../../core/dates/promisedDate'));
