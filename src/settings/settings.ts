/**
 * The user's settings, in `storage.sync` so they follow the browser profile.
 * Every read is validated against the schema and falls back to the default
 * field by field: a bad or foreign value never breaks the extension.
 *
 * storage.sync refuses an item over QUOTA_BYTES_PER_ITEM (8,192 bytes: the key's length plus
 * its value's JSON, in UTF-8) and more than QUOTA_BYTES (102,400) in all. So the settings are
 * kept under two keys, each with limits that make it fit whatever the user enters:
 * - `otherAddresses`, the list. At most MAX_OTHER_ADDRESSES addresses of at most
 *   MAX_ADDRESS_LENGTH characters, ASCII only (the email check admits no other, and JSON
 *   escapes none of them): 14 + (25 × (254 + 3) + 1) = 6,440 bytes, 1,752 under the limit.
 *   The old limits, 50 addresses of 320 characters, came to 16,165 bytes: they did not fit.
 * - `ownPlan0` … `ownPlan7`, the user's own plans, one per key (null when free), so each fits
 *   alone: a name of MAX_PLAN_NAME_LENGTH and MAX_PLAN_STEPS steps with notes of
 *   MAX_STEP_NOTE_LENGTH characters. Text is refused with control characters or lone
 *   surrogates, the only ones JSON writes as six bytes: no character takes more than three, and
 *   a plan at its largest comes to under 4,300 bytes.
 * - `settings`, everything else: numbers, a week, a word and the plans with a heads-up (at most
 *   MAX_HEADS_UP_PLANS ids of at most MAX_PLAN_ID_LENGTH ASCII characters): under 1,300 bytes.
 * All of them at their largest take under 42,000 of the 102,400 bytes.
 * test/unit/settings.test.ts checks the worst case of each against Chrome's quotas.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { DEFAULT_REMINDER_HOUR } from '../core/dueDate';
import { log } from '../core/log';
import {
  CHANNELS,
  MAX_OWN_PLANS,
  MAX_PLAN_NAME_LENGTH,
  MAX_PLAN_STEPS,
  MAX_STEP_COUNT,
  MAX_STEP_MONTHS,
  MAX_STEP_NOTE_LENGTH,
  OWN_PLAN_ID,
  type Plan,
} from '../core/plans';

/** RFC 5321 caps a forward path at 256 octets, brackets included: no address that gets mail is longer. */
export const MAX_ADDRESS_LENGTH = 254;
/** As many addresses of MAX_ADDRESS_LENGTH as fit one storage.sync item with a fifth to spare. */
export const MAX_OTHER_ADDRESSES = 25;

/** Plans with a heads-up: the built-in ones, and room for the user's own. */
export const MAX_HEADS_UP_PLANS = 20;
export const MAX_PLAN_ID_LENGTH = 40;
const planId = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), v.maxLength(MAX_PLAN_ID_LENGTH));

/** Text a person typed: trimmed, with no control characters or lone surrogates (see above). */
const typedText = (max: number) => v.pipe(v.string(), v.trim(), v.regex(/^[^\p{Cc}\p{Cs}]*$/u), v.maxLength(max));

export const ownPlanSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(OWN_PLAN_ID)),
  name: v.pipe(typedText(MAX_PLAN_NAME_LENGTH), v.minLength(1)),
  steps: v.pipe(
    v.array(
      v.pipe(
        v.strictObject({
          after: v.strictObject({
            unit: v.picklist(['business-days', 'months']),
            count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_STEP_COUNT)),
          }),
          channel: v.picklist(CHANNELS),
          note: typedText(MAX_STEP_NOTE_LENGTH),
        }),
        v.check(({ after }) => after.unit !== 'months' || after.count <= MAX_STEP_MONTHS, 'too many months'),
      ),
    ),
    v.minLength(1),
    v.maxLength(MAX_PLAN_STEPS),
  ),
}) satisfies v.GenericSchema<unknown, Plan>;

/** An address as stored: any valid one is read, whatever limit it was saved under. */
const storedAddress = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email());
const address = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(MAX_ADDRESS_LENGTH), v.email());

export const settingsSchema = v.object({
  /** The hour (0–23, local) at which a follow-up set for a day comes due. */
  reminderHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  /** Days that count as business days, 0 = Sunday … 6 = Saturday. */
  workDays: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))), v.minLength(1), v.maxLength(7)),
  /** Every new message gets a follow-up "if no reply in N business days" unless switched off; 0 = off. */
  defaultFollowUpBusinessDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(30)),
  /** Other addresses of the user: their messages never count as replies. */
  otherAddresses: v.pipe(v.array(address), v.maxLength(MAX_OTHER_ADDRESSES)),
  /** Notify when a follow-up comes due (off: badge and Gmail markers only). */
  notifyWhenDue: v.boolean(),
  /** A quiet notification when a reply closes a follow-up. */
  notifyOnReply: v.boolean(),
  theme: v.picklist(['system', 'light', 'dark']),
  /** Follow-ups travel to the user's other computers through the browser's sync (core/sync). */
  syncFollowUps: v.boolean(),
  /** Plans whose steps get a heads-up the work day before (core/headsUp.ts). */
  headsUpPlans: v.pipe(v.array(planId), v.maxLength(MAX_HEADS_UP_PLANS)),
  /** The user's own plans, offered after the built-in ones. */
  ownPlans: v.pipe(
    v.array(ownPlanSchema),
    v.maxLength(MAX_OWN_PLANS),
    v.check((plans) => new Set(plans.map((plan) => plan.id)).size === plans.length, 'a plan twice'),
  ),
});

export type Settings = v.InferOutput<typeof settingsSchema>;
export type Field = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  reminderHour: DEFAULT_REMINDER_HOUR,
  workDays: [1, 2, 3, 4, 5],
  defaultFollowUpBusinessDays: 0,
  otherAddresses: [],
  notifyWhenDue: true,
  notifyOnReply: false,
  theme: 'system',
  syncFollowUps: true,
  headsUpPlans: [],
  ownPlans: [],
};

const SETTINGS_KEY = 'settings';
const ADDRESSES_KEY = 'otherAddresses';
const PLAN_KEYS = Array.from({ length: MAX_OWN_PLANS }, (_, slot) => `ownPlan${slot}`);
const KEYS = [SETTINGS_KEY, ADDRESSES_KEY, ...PLAN_KEYS];

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** Each valid stored address, so one bad entry never costs the others. */
function addressesFrom(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = v.safeParse(storedAddress, item);
    return parsed.success ? [parsed.output] : [];
  });
}

/** Each valid plan in its slot, so one bad plan never costs the others; a plan's id only once. */
function plansFrom(items: Record<string, unknown>): Plan[] {
  const plans = new Map<string, Plan>();
  for (const key of PLAN_KEYS) {
    const parsed = v.safeParse(ownPlanSchema, items[key]);
    if (parsed.success && !plans.has(parsed.output.id)) plans.set(parsed.output.id, parsed.output);
  }
  return [...plans.values()];
}

/**
 * Settings from the items storage holds under our keys: each valid field kept, each invalid
 * or missing one defaulted. Until the addresses are saved under their own key they are read
 * where versions before the split kept them, in `settings`: nothing the user entered is lost.
 */
export function settingsFrom(items: Record<string, unknown>): Settings {
  const record = asRecord(items[SETTINGS_KEY]);
  const result = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(settingsSchema.entries)) {
    const parsed = v.safeParse(schema, record[key]);
    if (parsed.success) result[key] = parsed.output;
  }
  result.otherAddresses = addressesFrom(items[ADDRESSES_KEY] !== undefined ? items[ADDRESSES_KEY] : record.otherAddresses);
  result.ownPlans = plansFrom(items);
  return result as Settings;
}

/**
 * The items to store for these settings: every key, so the first write also moves the addresses
 * out of `settings`, and a plan slot no longer used is emptied in the same write.
 */
export function settingsItems({ otherAddresses, ownPlans, ...rest }: Settings): Record<string, unknown> {
  const plans = Object.fromEntries(PLAN_KEYS.map((key, slot) => [key, ownPlans[slot] ?? null]));
  return { [SETTINGS_KEY]: rest, [ADDRESSES_KEY]: otherAddresses, ...plans };
}

export type SettingsUpdate = { ok: true; settings: Settings } | { ok: false; fields: string[] };

/**
 * Validates the changed fields only (a list stored under older limits does not block a change
 * of theme); on success returns the complete settings. Names the bad fields otherwise.
 */
export function updatedSettings(current: Settings, change: Partial<Settings>): SettingsUpdate {
  const [first, ...others] = Object.keys(change).filter((key) => key in settingsSchema.entries) as Field[];
  if (!first) return { ok: true, settings: current };
  const parsed = v.safeParse(v.pick(settingsSchema, [first, ...others]), change);
  if (parsed.success) return { ok: true, settings: { ...current, ...parsed.output } };
  return { ok: false, fields: [...new Set(parsed.issues.map((issue) => v.getDotPath(issue) ?? '(settings)'))] };
}

export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await browser.storage.sync.get(KEYS));
}

/** Stores the settings in one write: storage.sync applies it whole or not at all. */
export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set(settingsItems(settings));
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !KEYS.some((key) => key in changes)) return;
    // A change lists only the keys whose value changed: read both again. Storage answers in
    // order, so the last call gets the latest settings.
    loadSettings().then(listener, (error: unknown) => log.error('reading settings failed', error));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
