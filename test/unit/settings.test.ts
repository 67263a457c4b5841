import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  settingsFrom,
  updatedSettings,
} from '../../src/settings/settings';

describe('settings', () => {
  it('defaults everything when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each valid stored field and defaults each invalid one', () => {
    expect(settingsFrom({ reminderHour: 14, workDays: 'weekdays', theme: 'neon', notifyOnReply: true })).toEqual({
      ...DEFAULT_SETTINGS,
      reminderHour: 14,
      notifyOnReply: true,
    });
  });

  it('saves a valid change and reads it back, normalizing addresses', async () => {
    const saved = await saveSettings({ otherAddresses: [' Alex@Rivera-Studio.example '], workDays: [0, 1, 2, 3, 4] });
    expect(saved.ok).toBe(true);
    expect(await loadSettings()).toMatchObject({
      otherAddresses: ['alex@rivera-studio.example'],
      workDays: [0, 1, 2, 3, 4],
    });
  });

  it('refuses an invalid change, naming the fields, and stores nothing', async () => {
    expect(updatedSettings(DEFAULT_SETTINGS, { reminderHour: 25, otherAddresses: ['nope'] })).toEqual({
      ok: false,
      fields: ['reminderHour', 'otherAddresses.0'],
    });
    expect(await saveSettings({ workDays: [] })).toEqual({ ok: false, fields: ['workDays'] });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
