/**
 * Code too big for the script Gmail loads at start (chrono-node, ~15 KB gzipped,
 * and its locale for the user's language) is fetched the first time it is needed.
 * A failed fetch (the extension was updated under the page) is not kept: the next
 * use retries.
 */
import * as dateReaders from '../../ui/dateReaders';

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

export const loadPhraseParser = lazily(dateReaders.loadPhraseParser);
export const loadPromisedDate = lazily(dateReaders.loadPromisedDate);
