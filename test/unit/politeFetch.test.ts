import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoliteFetch } from '../../src/background/politeFetch';

/** Fake timers: sleeping advances a clock the test owns, so pacing is observable without waiting. */
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

function virtualTime() {
  return {
    now: () => Date.now(),
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    starts: [] as number[],
  };
}

/** Runs a call to completion, firing timers as it sleeps. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync();
  return promise;
}

const response = (status: number, headers: Record<string, string> = {}) =>
  new Response(status === 200 ? '<html>ok</html>' : 'err', { status, headers });

describe('politeFetch', () => {
  it('spaces request starts at least 250 ms apart, even when called concurrently', async () => {
    const clock = virtualTime();
    const fetch = vi.fn(async () => {
      clock.starts.push(clock.now());
      return response(200);
    });
    const politeFetch = createPoliteFetch({ fetch, now: clock.now, sleep: clock.sleep });
    await settle(Promise.all([politeFetch('a'), politeFetch('b'), politeFetch('c')]));
    expect(fetch).toHaveBeenCalledTimes(3);
    const gaps = clock.starts.slice(1).map((t, i) => t - clock.starts[i]!);
    expect(gaps.every((gap) => gap >= 250)).toBe(true);
  });

  it('backs off on 429, honouring Retry-After, then succeeds', async () => {
    const clock = virtualTime();
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(response(429, { 'retry-after': '7' }))
      .mockResolvedValueOnce(response(200));
    const politeFetch = createPoliteFetch({ fetch, now: clock.now, sleep: clock.sleep });
    expect(await settle(politeFetch('a'))).toEqual({ ok: true, status: 200, text: '<html>ok</html>' });
    expect(clock.now()).toBeGreaterThanOrEqual(7000);
  });

  it('gives up after three attempts with a reason, never throwing', async () => {
    const clock = virtualTime();
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    const politeFetch = createPoliteFetch({ fetch, now: clock.now, sleep: clock.sleep });
    expect(await settle(politeFetch('a'))).toEqual({ ok: false, reason: 'network error (TypeError) after 3 attempts' });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(clock.now()).toBeGreaterThanOrEqual(1000 + 2000); // exponential backoff between attempts
  });

  it('does not retry a client error other than 429', async () => {
    const clock = virtualTime();
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(response(404));
    const politeFetch = createPoliteFetch({ fetch, now: clock.now, sleep: clock.sleep });
    expect(await settle(politeFetch('a'))).toMatchObject({ ok: true, status: 404 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
