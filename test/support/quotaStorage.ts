/**
 * chrome.storage.sync's quotas for unit tests. The fake browser's sync area stores anything;
 * Chrome refuses a write over a quota, whole (none of its items is stored). Figures and
 * messages are Chromium's, seen in Chromium 156 here (the same limits hold in real Chromium
 * without a Google sign-in: test/e2e/optionsSettings.test.ts runs against them).
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

export const SYNC_QUOTA = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
};

/** An item's size as Chrome counts it: the key plus the value's JSON, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Makes the fake's `storage.sync.set` enforce Chrome's quotas until `vi.restoreAllMocks()`.
 * Time is Date.now, so fake timers move the write windows. Returns how many writes were made.
 */
export function enforceSyncQuotas(): { readonly writes: number } {
  const area = fakeBrowser.storage.sync;
  const store = area.set.bind(area);
  const writes: number[] = [];
  const writesSince = (since: number) => writes.filter((at) => at > since).length;
  vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const now = Date.now();
    if (writesSince(now - MINUTE) >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    }
    if (writesSince(now - HOUR) >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_HOUR) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    }
    // Chromium counts a write refused for its size as a write.
    writes.push(now);
    if (Object.entries(items).some(([key, value]) => itemBytes(key, value) > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM)) {
      throw new Error('Resource::kQuotaBytesPerItem quota exceeded');
    }
    const after = Object.entries({ ...(await area.get(null)), ...items }).filter(([, value]) => value !== undefined);
    if (after.length > SYNC_QUOTA.MAX_ITEMS) throw new Error('Resource::kMaxItems quota exceeded');
    if (after.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0) > SYNC_QUOTA.QUOTA_BYTES) {
      throw new Error('Resource::kQuotaBytes quota exceeded');
    }
    await store(items);
  });
  return {
    get writes() {
      return writes.length;
    },
  };
}
