/**
 * Requests to Gmail, paced like a considerate client: starts spaced at least
 * `minIntervalMs` apart, and on 429/5xx or a network error a bounded number
 * of retries with exponential backoff (or the server's Retry-After).
 */
export interface PoliteFetchDeps {
  fetch: typeof fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export type FetchResult = { ok: true; status: number; text: string } | { ok: false; reason: string };

export const MIN_INTERVAL_MS = 250; // at most 4 requests a second
const MAX_ATTEMPTS = 3;
const BASE_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

export function createPoliteFetch(deps: PoliteFetchDeps, minIntervalMs = MIN_INTERVAL_MS) {
  let nextStart = 0;
  /** Reserves the next start slot; concurrent callers queue behind each other. */
  async function pace(): Promise<void> {
    const now = deps.now();
    const start = Math.max(now, nextStart);
    nextStart = start + minIntervalMs;
    if (start > now) await deps.sleep(start - now);
  }

  return async function politeFetch(url: string): Promise<FetchResult> {
    let reason = '';
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      await pace();
      let retryAfter: number | undefined;
      try {
        const response = await deps.fetch(url, { credentials: 'include', redirect: 'follow', cache: 'no-store' });
        if (response.status !== 429 && response.status < 500) {
          return { ok: true, status: response.status, text: await response.text() };
        }
        reason = `HTTP ${response.status}`;
        retryAfter = retryAfterMs(response.headers.get('retry-after'));
      } catch (error) {
        reason = `network error${error instanceof Error ? ` (${error.name})` : ''}`;
      }
      if (attempt < MAX_ATTEMPTS - 1) {
        await deps.sleep(Math.min(retryAfter ?? BASE_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS));
      }
    }
    return { ok: false, reason: `${reason} after ${MAX_ATTEMPTS} attempts` };
  };
}

function retryAfterMs(header: string | null): number | undefined {
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
