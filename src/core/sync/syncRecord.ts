/**
 * A follow-up as it travels between the user's computers in `storage.sync`, the browser's own
 * sync (Chrome Sync, Firefox Sync): one item per follow-up, under `f:<id>`. Pure.
 *
 * The fields are kept in groups, each with the time of its last change (`t`), so that two
 * computers changing one follow-up keep the latest change of each group (mergeRecords.ts):
 * - `i`, what the follow-up is about: account, thread, subject, recipients, how it was set and
 *   what the thread held then (the baseline's last few messages: enough to find the place again);
 * - `s`, where it stands: status, due time, the reminder shown, the plan's progress — together,
 *   since they change together (a snooze moves both status and due time). `b` is the state this
 *   computer knew when it made the change: an end the change never saw wins over it;
 * - `n`, the note; `c`, the condition; `o`, the outcome.
 * What one computer keeps for itself stays out: the engine's queue, checks, the note history,
 * whether a reminder is still to be shown here. A deleted follow-up leaves a tombstone.
 */
import * as v from 'valibot';
import type { FollowUp, MadeFollowUp } from '../followUp';
import { followUpSchema } from '../followUpSchema';
import type { Baseline } from '../replies/baseline';

export const SYNC_KEY_PREFIX = 'f:';
export const syncKey = (id: string) => `${SYNC_KEY_PREFIX}${id}`;

/** Notes up to this long travel; a longer one stays on the computer where it was written. */
export const MAX_SYNCED_NOTE = 2_000;
/** The baseline's last messages that travel: the place is found again by them (baseline.ts, `partial`). */
export const SYNCED_BASELINE_MESSAGES = 3;
/** Made follow-ups that travel: a plan's steps at most; both computers' lists are joined. */
export const SYNCED_MADE = 12;

const IDENTITY = ['account', 'threadId', 'messageId', 'subject', 'recipients', 'sentAt', 'createdAt', 'tracking', 'baseline'] as const;
const STATE = ['status', 'dueAt', 'promisedAt', 'firedAt', 'headsUpFor', 'plan', 'made', 'replyCheck'] as const;
const NOTE = ['note', 'noteAt'] as const;
const CONDITION = ['condition'] as const;
const OUTCOME = ['outcome'] as const;

/** Which follow-up fields each group carries. */
export const GROUPS = { i: IDENTITY, s: STATE, n: NOTE, c: CONDITION, o: OUTCOME } as const;
export type GroupName = keyof typeof GROUPS;
export const GROUP_NAMES = Object.keys(GROUPS) as GroupName[];

type Fields<K extends readonly (keyof FollowUp)[]> = Partial<Pick<FollowUp, K[number]>>;
export type GroupValue<G extends GroupName> = Fields<(typeof GROUPS)[G]> & { t: number } & (G extends 's' ? { b: number } : unknown);

export interface LiveRecord {
  i: GroupValue<'i'>;
  s: GroupValue<'s'>;
  n: GroupValue<'n'>;
  c: GroupValue<'c'>;
  o: GroupValue<'o'>;
}
/** A deleted follow-up: `deleted` is when. */
export interface DeletedRecord {
  deleted: number;
}
export type SyncRecord = LiveRecord | DeletedRecord;

export const isDeleted = (record: SyncRecord): record is DeletedRecord => 'deleted' in record;

const E = followUpSchema.entries;
const clock = E.createdAt;
/** A group's schema: its fields as the follow-up schema has them, `required` among them. */
const group = (keys: readonly (keyof typeof E)[], required: readonly string[], extra: v.ObjectEntries = {}) =>
  v.pipe(
    v.strictObject({ t: clock, ...extra, ...(Object.fromEntries(keys.map((key) => [key, v.optional(E[key])])) as v.ObjectEntries) }),
    v.check((value: { t: number }) => required.every((field) => (value as Record<string, unknown>)[field] !== undefined), 'incomplete'),
  );

/** Records read from storage.sync are checked like every other input: another version, or damage, must not reach the database. */
export const syncRecordSchema = v.union([
  v.strictObject({
    i: group(IDENTITY, ['account', 'threadId', 'messageId', 'subject', 'recipients', 'sentAt', 'createdAt']),
    s: group(STATE, ['status', 'dueAt'], { b: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    n: group(NOTE, ['note']),
    c: group(CONDITION, ['condition']),
    o: group(OUTCOME, []),
  }),
  v.strictObject({ deleted: clock }),
]);

/** The record read from storage.sync, or undefined when it is not one we can trust. */
export function parseSyncRecord(value: unknown): SyncRecord | undefined {
  const parsed = v.safeParse(syncRecordSchema, value);
  return parsed.success ? (parsed.output as SyncRecord) : undefined;
}

/** What each group of a follow-up holds, as it travels (without the clocks). */
export function groupValues(followUp: FollowUp): { [G in GroupName]: Fields<(typeof GROUPS)[G]> } {
  return {
    i: pick(
      { ...followUp, ...(followUp.baseline ? { baseline: baselineTail(followUp.baseline) } : {}) },
      IDENTITY,
    ),
    s: pick(
      {
        ...followUp,
        ...(followUp.made ? { made: followUp.made.slice(-SYNCED_MADE) } : {}),
        // A check travels only as the answer that ended the follow-up: who replied, and when.
        replyCheck:
          followUp.status === 'replied' && followUp.replyCheck?.outcome === 'replied'
            ? { checkedAt: followUp.replyCheck.checkedAt, outcome: 'replied', ...(followUp.replyCheck.evidence ? { evidence: followUp.replyCheck.evidence } : {}) }
            : undefined,
      },
      STATE,
    ),
    n: pick(followUp, NOTE),
    c: pick(followUp, CONDITION),
    o: pick(followUp, OUTCOME),
  };
}

/**
 * The follow-up as a record, given the record it last agreed with (`shadow`): a group that is
 * as it was keeps its time; a changed one gets the follow-up's latest change, and always a time
 * after the one it replaces, so a computer whose clock runs behind still wins with a newer
 * change. A note too long to travel keeps the group as last agreed.
 */
export function encodeRecord(followUp: FollowUp, shadow: LiveRecord | undefined): LiveRecord {
  const values = groupValues(followUp);
  const stamp = <G extends GroupName>(name: G, value: Fields<(typeof GROUPS)[G]>) => {
    const before = shadow?.[name];
    if (before && sameGroup(before, value)) return before;
    return { t: Math.max(followUp.updatedAt, (before?.t ?? 0) + 1), ...value };
  };
  const note = (followUp.note.length > MAX_SYNCED_NOTE && shadow?.n) || stamp('n', values.n);
  const s = stamp('s', values.s) as GroupValue<'s'>;
  // The state this computer knew when it changed it: the one it last agreed on.
  const state = s === shadow?.s ? s : { ...s, b: shadow?.s.t ?? 0 };
  return {
    i: stamp('i', values.i) as GroupValue<'i'>,
    s: state,
    n: note as GroupValue<'n'>,
    c: stamp('c', values.c) as GroupValue<'c'>,
    o: stamp('o', values.o) as GroupValue<'o'>,
  };
}

/** Whether two groups, or a group and a group's values, hold the same values (clocks aside). */
export function sameGroup(a: object, b: object): boolean {
  return canonical(withoutClocks(a)) === canonical(withoutClocks(b));
}

function withoutClocks(group: object): object {
  const { t: _t, b: _b, ...fields } = group as Record<string, unknown>;
  return fields;
}

/** JSON with keys in order and absent fields left out: equal values give equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}

/**
 * The bytes storage.sync counts for an item: its key and its value's JSON, in UTF-8, as Chrome
 * writes it — which writes a number beyond 32 bits as a double in exponent form: a timestamp of
 * 13 digits, 1796234279596, counts as 1.796234279596e+12, 18 bytes (measured with
 * getBytesInUse). Each such number is counted 5 bytes longer than JavaScript writes it.
 */
export function recordBytes(id: string, record: SyncRecord): number {
  return new TextEncoder().encode(syncKey(id) + JSON.stringify(record)).length + 5 * wideNumbers(record);
}

function wideNumbers(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 0 : 1;
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + wideNumbers(item), 0);
  return 0;
}

/** The baseline's last messages, marked partial when the thread had more before them. */
function baselineTail(baseline: Baseline): Baseline {
  const skip = Math.max(0, baseline.messages.length - SYNCED_BASELINE_MESSAGES);
  if (skip === 0) return baseline;
  return {
    ...baseline,
    messages: baseline.messages.slice(skip),
    tracked: baseline.tracked >= skip ? baseline.tracked - skip : -1,
    partial: true,
  };
}

/** Both computers' made follow-ups, each once, oldest first. */
export function joinMade(a: readonly MadeFollowUp[] = [], b: readonly MadeFollowUp[] = []): MadeFollowUp[] | undefined {
  const all = new Map([...a, ...b].map((made) => [`${made.promisedAt}:${made.at}`, made]));
  const joined = [...all.values()].sort((x, y) => x.at - y.at || x.promisedAt - y.promisedAt);
  return joined.length > 0 ? joined : undefined;
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (object[key] !== undefined) picked[key] = object[key];
  return picked;
}
