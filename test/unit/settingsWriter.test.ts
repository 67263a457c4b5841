import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, type Field } from '../../src/settings/settings';
import {
  flushWhenHidden,
  RETRY_AFTER_MS,
  settingsWriter,
  WRITE_DELAY_MS,
  writeFailure,
  type WriteFailure,
} from '../../src/settings/settingsWriter';
import { NOW } from './fixtures';
import { enforceSyncQuotas, SYNC_QUOTA } from '../support/quotaStorage';
import { fakeBrowser } from '@webext-core/fake-browser';

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A writer on the quota-enforcing fake, with what it reported. */
function writer() {
  const quota = enforceSyncQuotas();
  const saved: Field[][] = [];
  const failed: Array<{ fields: Field[]; failure: WriteFailure }> = [];
  const w = settingsWriter(DEFAULT_SETTINGS, {
    saved: (fields) => saved.push(fields),
    failed: (fields, failure) => failed.push({ fields, failure }),
  });
  return { w, quota, saved, failed };
}

/** Uses up this minute's writes, as another page or a runaway loop could. */
async function exhaustWrites() {
  for (let n = 0; n < SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE; n++) await fakeBrowser.storage.sync.set({ other: n });
}

describe('the settings writer', () => {
  it('coalesces rapid changes into one write, after a pause, and the last change wins', async () => {
    const { w, quota, saved } = writer();
    for (let n = 1; n <= 30; n++) w.change({ notifyOnReply: n % 2 === 1 });
    w.change({ theme: 'dark' });
    expect(w.settings).toMatchObject({ notifyOnReply: false, theme: 'dark' });
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS - 1);
    expect(quota.writes).toBe(0);
    expect(w.unsaved).toBe(true);

    await vi.advanceTimersByTimeAsync(1);
    expect(quota.writes).toBe(1);
    expect(saved).toEqual([['notifyOnReply', 'theme']]);
    expect(w.unsaved).toBe(false);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, notifyOnReply: false, theme: 'dark' });
  });

  it('stays within the per-minute quota however fast changes come', async () => {
    const { w, quota, failed } = writer();
    for (let n = 0; n < 600; n++) {
      w.change({ notifyWhenDue: n % 2 === 0 });
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS);
    expect(failed).toEqual([]);
    expect(quota.writes).toBe(1);
    expect((await loadSettings()).notifyWhenDue).toBe(false);
  });

  it('writes a waiting change at once when the page is closed or hidden', async () => {
    const { w, quota } = writer();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
    const stop = flushWhenHidden(w.flush, win, doc);

    w.change({ reminderHour: 7 });
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(quota.writes).toBe(0); // visible again: nothing to hurry

    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(quota.writes).toBe(1);

    w.change({ reminderHour: 8 });
    win.dispatchEvent(new Event('pagehide'));
    expect(quota.writes).toBe(2);
    await expect.poll(async () => (await loadSettings()).reminderHour).toBe(8);

    // The pause is over, and nothing is left to write.
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS);
    expect(quota.writes).toBe(2);
    stop();
  });

  it('reports a refused write on its fields, keeps their values, and writes them again a minute later', async () => {
    const { w, saved, failed } = writer();
    await exhaustWrites();
    w.change({ otherAddresses: ['me@home.example'] });
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS);
    expect(failed).toEqual([{ fields: ['otherAddresses'], failure: 'tooOften' }]);
    expect(w.settings.otherAddresses).toEqual(['me@home.example']);
    expect(w.unsaved).toBe(true);
    expect((await loadSettings()).otherAddresses).toEqual([]);

    await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS);
    expect(saved).toEqual([['otherAddresses']]);
    expect(w.unsaved).toBe(false);
    expect((await loadSettings()).otherAddresses).toEqual(['me@home.example']);
  });

  it('keeps changes not saved yet over settings stored elsewhere, and takes the rest', async () => {
    const { w } = writer();
    w.change({ theme: 'dark' });
    w.stored({ ...DEFAULT_SETTINGS, theme: 'light', reminderHour: 6 });
    expect(w.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', reminderHour: 6 });
  });

  it('does not count a field saved when it changed again while being written', async () => {
    let finish = () => {};
    const events = { saved: vi.fn(), failed: vi.fn() };
    const w = settingsWriter(DEFAULT_SETTINGS, events, () => new Promise<void>((resolve) => (finish = resolve)));
    w.change({ theme: 'dark' });
    w.flush();
    w.change({ theme: 'light' });
    finish();
    await expect.poll(() => events.saved.mock.calls).toEqual([[['theme']]]);
    expect(w.unsaved).toBe(true);
  });

  it('names the quota a failed write ran into, in any of Chrome’s wordings', () => {
    const cases: Array<[string, WriteFailure]> = [
      ['QUOTA_BYTES_PER_ITEM quota exceeded', 'tooLarge'],
      ['Resource::kQuotaBytesPerItem quota exceeded', 'tooLarge'],
      ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'tooOften'],
      ['This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.', 'tooOften'],
      ['QUOTA_BYTES quota exceeded', 'full'],
      ['Resource::kQuotaBytes quota exceeded', 'full'],
      ['Resource::kMaxItems quota exceeded', 'full'],
      ['IO error: .../LOCK: File currently in use.', 'refused'],
    ];
    for (const [message, failure] of cases) expect([message, writeFailure(new Error(message))]).toEqual([message, failure]);
    expect(writeFailure('not an Error')).toBe('refused');
  });
});
