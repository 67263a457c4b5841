import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onSettings, settings as contentSettings, watchSettings } from '../../src/content/settingsStore';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  MAX_ADDRESS_LENGTH,
  MAX_HEADS_UP_PLANS,
  MAX_OTHER_ADDRESSES,
  MAX_PLAN_ID_LENGTH,
  onSettingsChanged,
  settingsFrom,
  settingsItems,
  updatedSettings,
  writeSettings,
  type Settings,
} from '../../src/settings/settings';
import { enforceSyncQuotas, itemBytes, SYNC_QUOTA } from '../support/quotaStorage';
import {
  MAX_OWN_PLANS,
  MAX_PLAN_NAME_LENGTH,
  MAX_PLAN_STEPS,
  MAX_STEP_COUNT,
  MAX_STEP_MONTHS,
  MAX_STEP_NOTE_LENGTH,
  type Plan,
} from '../../src/core/plans';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A valid address of exactly `length` characters, all ASCII like every address the schema takes. */
function addressOfLength(length: number, n = 0): string {
  const domain = `@d${n}.example`;
  return `${'a'.repeat(length - domain.length)}${domain}`;
}

const maxAddresses = (count = MAX_OTHER_ADDRESSES, length = MAX_ADDRESS_LENGTH) =>
  Array.from({ length: count }, (_, n) => addressOfLength(length, n));

describe('settings', () => {
  it('defaults everything when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each valid stored field and defaults each invalid one', () => {
    expect(settingsFrom({ settings: { reminderHour: 14, workDays: 'weekdays', theme: 'neon', notifyOnReply: true } })).toEqual({
      ...DEFAULT_SETTINGS,
      reminderHour: 14,
      notifyOnReply: true,
    });
  });

  it('keeps every valid stored address when one is not', () => {
    expect(settingsFrom({ otherAddresses: ['me@home.example', 'nope', 42, ' Me@Work.example '] }).otherAddresses).toEqual([
      'me@home.example',
      'me@work.example',
    ]);
  });

  it('writes valid settings and reads them back, normalizing addresses', async () => {
    const saved = updatedSettings(DEFAULT_SETTINGS, { otherAddresses: [' Alex@Rivera-Studio.example '], workDays: [0, 1, 2, 3, 4] });
    expect(saved.ok).toBe(true);
    if (saved.ok) await writeSettings(saved.settings);
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      otherAddresses: ['alex@rivera-studio.example'],
      workDays: [0, 1, 2, 3, 4],
    });
  });

  it('refuses an invalid change, naming the fields', () => {
    expect(updatedSettings(DEFAULT_SETTINGS, { reminderHour: 25, otherAddresses: ['nope'] })).toEqual({
      ok: false,
      fields: ['reminderHour', 'otherAddresses.0'],
    });
    expect(updatedSettings(DEFAULT_SETTINGS, { workDays: [] })).toEqual({ ok: false, fields: ['workDays'] });
  });

  it(`takes up to ${MAX_OTHER_ADDRESSES} addresses of up to ${MAX_ADDRESS_LENGTH} characters, and no more`, () => {
    expect(updatedSettings(DEFAULT_SETTINGS, { otherAddresses: maxAddresses() }).ok).toBe(true);
    expect(updatedSettings(DEFAULT_SETTINGS, { otherAddresses: maxAddresses(MAX_OTHER_ADDRESSES + 1) })).toEqual({
      ok: false,
      fields: ['otherAddresses'],
    });
    const tooLong = [...maxAddresses(2), addressOfLength(MAX_ADDRESS_LENGTH + 1)];
    expect(updatedSettings(DEFAULT_SETTINGS, { otherAddresses: tooLong })).toEqual({ ok: false, fields: ['otherAddresses.2'] });
  });
});

describe('settings within storage.sync quotas', () => {
  /** A plan at its largest: the longest name and notes, in characters that take three bytes. */
  const largestPlan = (slot: number): Plan => ({
    id: `own-${String(slot).padStart(8, '0')}`,
    name: '€'.repeat(MAX_PLAN_NAME_LENGTH),
    steps: Array.from({ length: MAX_PLAN_STEPS }, () => ({
      after: { unit: 'business-days', count: MAX_STEP_COUNT },
      channel: 'linkedin',
      note: '€'.repeat(MAX_STEP_NOTE_LENGTH),
    })),
  });
  /** The largest settings the schema accepts: every value at its longest. */
  const worstCase: Settings = {
    reminderHour: 23,
    workDays: [0, 1, 2, 3, 4, 5, 6],
    defaultFollowUpBusinessDays: 30,
    otherAddresses: maxAddresses(),
    notifyWhenDue: false,
    notifyOnReply: false,
    theme: 'system',
    syncFollowUps: false,
    headsUpPlans: Array.from({ length: MAX_HEADS_UP_PLANS }, (_, i) => `${i}`.padStart(MAX_PLAN_ID_LENGTH, 'p')),
    ownPlans: Array.from({ length: MAX_OWN_PLANS }, (_, slot) => largestPlan(slot)),
  };

  it('fits every key under QUOTA_BYTES_PER_ITEM and all of them under QUOTA_BYTES, at their largest', () => {
    expect(updatedSettings(DEFAULT_SETTINGS, worstCase)).toEqual({ ok: true, settings: worstCase });
    const sizes = Object.entries(settingsItems(worstCase)).map(([key, value]) => itemBytes(key, value));
    expect(sizes).toHaveLength(2 + MAX_OWN_PLANS);
    for (const size of sizes) expect(size).toBeLessThan(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    // Under 42,000 bytes in all: more than half the quota stays free.
    expect(sizes.reduce((a, b) => a + b)).toBeLessThan(42_000);
    // A plan at its largest: under 4,300 bytes, about half the per-item quota.
    expect(itemBytes('ownPlan7', largestPlan(7))).toBeLessThan(4_300);
    // The address list is the large one: 6,440 bytes, a fifth under the per-item quota.
    expect(itemBytes('otherAddresses', worstCase.otherAddresses)).toBe(6_440);
    // What the old limits allowed (50 addresses of 320 characters) could not have been stored.
    expect(itemBytes('otherAddresses', maxAddresses(50, 320))).toBeGreaterThan(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    // The rest, with twenty plans of the longest id, stays small.
    expect(itemBytes('settings', settingsItems(worstCase).settings)).toBeLessThan(1_300);
  });

  it('keeps only plan ids it can use for heads-ups', () => {
    expect(updatedSettings(DEFAULT_SETTINGS, { headsUpPlans: ['multi-touch', 'persistent'] })).toMatchObject({ ok: true });
    expect(updatedSettings(DEFAULT_SETTINGS, { headsUpPlans: ['<img>'] })).toEqual({ ok: false, fields: ['headsUpPlans.0'] });
    expect(updatedSettings(DEFAULT_SETTINGS, { headsUpPlans: Array.from({ length: MAX_HEADS_UP_PLANS + 1 }, () => 'p') })).toMatchObject({ ok: false });
  });

  it('refuses own plans the quotas were not planned for: too many, too long, or with characters JSON writes long', () => {
    const plan = largestPlan(0);
    const refused = (ownPlans: Plan[]) => expect(updatedSettings(DEFAULT_SETTINGS, { ownPlans })).toMatchObject({ ok: false });
    refused(Array.from({ length: MAX_OWN_PLANS + 1 }, (_, slot) => largestPlan(slot)));
    refused([{ ...plan, name: `${plan.name}x` }]);
    refused([{ ...plan, steps: [...plan.steps, plan.steps[0]!] }]);
    refused([{ ...plan, steps: [{ ...plan.steps[0]!, note: `${plan.steps[0]!.note}x` }] }]);
    refused([{ ...plan, name: 'Call\u0007' }]);
    refused([{ ...plan, name: 'Half \ud83d' }]);
    refused([{ ...plan, name: '   ' }]);
    refused([{ ...plan, steps: [] }]);
    refused([{ ...plan, steps: [{ ...plan.steps[0]!, after: { unit: 'months', count: MAX_STEP_MONTHS + 1 } }] }]);
    refused([{ ...plan, id: 'persistent' }]);
    refused([plan, { ...largestPlan(1), id: plan.id }]);
    // Names and notes are trimmed; a whole emoji is fine.
    expect(updatedSettings(DEFAULT_SETTINGS, { ownPlans: [{ ...plan, name: '  Big deals 🚀 ' }] })).toMatchObject({
      ok: true,
      settings: { ownPlans: [{ name: 'Big deals 🚀' }] },
    });
  });

  it('reads each valid stored plan when another is not, and empties a slot no longer used', async () => {
    await fakeBrowser.storage.sync.set({ ownPlan0: largestPlan(0), ownPlan1: { id: 'own-bad', name: 'x' }, ownPlan2: largestPlan(2), ownPlan3: largestPlan(0) });
    const loaded = await loadSettings();
    expect(loaded.ownPlans.map((plan) => plan.id)).toEqual([largestPlan(0).id, largestPlan(2).id]);
    await writeSettings({ ...loaded, ownPlans: [largestPlan(2)] });
    // Emptied: null where the browser keeps it, gone where it drops null values as this fake does.
    const stored = await fakeBrowser.storage.sync.get(['ownPlan0', 'ownPlan1', 'ownPlan2']);
    expect([stored.ownPlan0, stored.ownPlan1 ?? null, stored.ownPlan2 ?? null]).toEqual([largestPlan(2), null, null]);
    expect((await loadSettings()).ownPlans).toEqual([largestPlan(2)]);
  });

  it('stores the largest settings where Chrome enforces its quotas', async () => {
    enforceSyncQuotas();
    await writeSettings(worstCase);
    expect(await loadSettings()).toEqual(worstCase);
  });
});

describe('settings stored before the addresses had their own key', () => {
  const legacy = { ...DEFAULT_SETTINGS, theme: 'dark', otherAddresses: ['me@home.example', 'me@work.example'] };

  it('reads the addresses from the old key, and moves them to their own on the next write, losing none', async () => {
    await fakeBrowser.storage.sync.set({ settings: legacy });
    const loaded = await loadSettings();
    expect(loaded).toEqual(legacy);

    const update = updatedSettings(loaded, { notifyOnReply: true });
    if (update.ok) await writeSettings(update.settings);
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(stored.otherAddresses).toEqual(['me@home.example', 'me@work.example']);
    expect(stored.settings).not.toHaveProperty('otherAddresses');
    expect(await loadSettings()).toEqual({ ...legacy, notifyOnReply: true });
  });

  it('keeps a list stored under the old, larger limits, and lets other fields change', async () => {
    const many = Array.from({ length: 40 }, (_, n) => `me${n}@home.example`);
    await fakeBrowser.storage.sync.set({ settings: { ...legacy, otherAddresses: many } });
    const loaded = await loadSettings();
    expect(loaded.otherAddresses).toEqual(many);
    expect(updatedSettings(loaded, { theme: 'light' })).toEqual({ ok: true, settings: { ...loaded, theme: 'light' } });
  });
});

describe('settings changes', () => {
  it('reach listeners whole, whichever key changed', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const heard: Settings[] = [];
    const stop = onSettingsChanged((settings) => heard.push(settings));
    await fakeBrowser.storage.sync.set({ otherAddresses: ['me@home.example'] });
    await expect.poll(() => heard.at(-1)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', otherAddresses: ['me@home.example'] });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
    await expect.poll(() => heard.at(-1)).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', otherAddresses: ['me@home.example'] });
    stop();
  });

  it('reach the content script, addresses included, until it stops', async () => {
    const stop = new AbortController();
    watchSettings(stop.signal);
    const redraws = vi.fn();
    onSettings(redraws);
    await writeSettings({ ...DEFAULT_SETTINGS, otherAddresses: ['me@home.example'], reminderHour: 8 });
    await expect.poll(() => contentSettings()).toEqual({ ...DEFAULT_SETTINGS, otherAddresses: ['me@home.example'], reminderHour: 8 });
    expect(redraws).toHaveBeenCalled();

    stop.abort();
    await writeSettings({ ...DEFAULT_SETTINGS, reminderHour: 10 });
    await fakeBrowser.storage.sync.get(); // the change's listeners have run by now
    expect(contentSettings().reminderHour).toBe(8);
  });
});
