/**
 * The user's settings, in `storage.sync` so they follow the browser profile.
 * Every read is validated against the schema and falls back to the default
 * field by field: a bad or foreign value never breaks the extension.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { DEFAULT_REMINDER_HOUR } from '../core/dueDate';

const email = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(320), v.email());

export const settingsSchema = v.object({
  /** The hour (0–23, local) at which a follow-up set for a day comes due. */
  reminderHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  /** Days that count as business days, 0 = Sunday … 6 = Saturday. */
  workDays: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))), v.minLength(1), v.maxLength(7)),
  /** Every new message gets a follow-up "if no reply in N business days" unless switched off; 0 = off. */
  defaultFollowUpBusinessDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(30)),
  /** Other addresses of the user: their messages never count as replies. */
  otherAddresses: v.pipe(v.array(email), v.maxLength(50)),
  /** Notify when a follow-up comes due (off: badge and Gmail markers only). */
  notifyWhenDue: v.boolean(),
  /** A quiet notification when a reply closes a follow-up. */
  notifyOnReply: v.boolean(),
  theme: v.picklist(['system', 'light', 'dark']),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  reminderHour: DEFAULT_REMINDER_HOUR,
  workDays: [1, 2, 3, 4, 5],
  defaultFollowUpBusinessDays: 0,
  otherAddresses: [],
  notifyWhenDue: true,
  notifyOnReply: false,
  theme: 'system',
};

const KEY = 'settings';

/** Settings from stored data: each valid field kept, each invalid or missing one defaulted. */
export function settingsFrom(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const result = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(settingsSchema.entries)) {
    const parsed = v.safeParse(schema, record[key]);
    if (parsed.success) result[key] = parsed.output;
  }
  return result as Settings;
}

export type SettingsUpdate = { ok: true; settings: Settings } | { ok: false; fields: string[] };

/** Validates a change; on success returns the complete settings to store. Names the bad fields otherwise. */
export function updatedSettings(current: Settings, change: Partial<Settings>): SettingsUpdate {
  const parsed = v.safeParse(settingsSchema, { ...current, ...change });
  if (parsed.success) return { ok: true, settings: parsed.output };
  return { ok: false, fields: [...new Set(parsed.issues.map((issue) => v.getDotPath(issue) ?? '(settings)'))] };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return settingsFrom(stored[KEY]);
}

export async function saveSettings(change: Partial<Settings>): Promise<SettingsUpdate> {
  const result = updatedSettings(await loadSettings(), change);
  if (result.ok) await browser.storage.sync.set({ [KEY]: result.settings });
  return result;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) listener(settingsFrom(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
