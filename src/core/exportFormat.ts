/**
 * "Your data": the user's follow-ups as a file they own. JSON is the full,
 * re-importable copy; CSV is a one-way view for a spreadsheet or a CRM.
 * Pure: clock, zone and the existing follow-ups are arguments.
 *
 * Decisions:
 * - `nextCheckAt` is not exported: it is the engine's queue position, a
 *   function of state and the clock. An import must be stored through
 *   `scheduled()` (storage/followUps.ts), which recomputes it.
 * - `unshown` is exported: a reminder that fired but was never shown is still
 *   owed to the user, and is shown after an import.
 * - Import is all-or-nothing for the file (not JSON, not ours, newer version,
 *   too large, an id listed twice) and row-by-row for content: an invalid
 *   follow-up is skipped with a reason, the others are still imported.
 * - A row whose id repeats refuses the whole file rather than letting one copy
 *   win silently: the file was edited or is damaged, and the user should know.
 * - Rows are validated strictly: an unknown field skips the row rather than
 *   being dropped, so nothing in the file is lost without a word. Unknown
 *   top-level fields next to `followUps` are ignored.
 * - Merge by id: unknown → add; known → the file's copy only if its
 *   updatedAt is newer, else unchanged (identical content is never newer).
 */
import * as v from 'valibot';
import type { FollowUp, FollowUpCondition, FollowUpStatus, Recipient, ReplyCheck, SeenMessage } from './followUp';
import { parseGmailDate } from './format';
import type { OutcomeKind } from './outcome';
import type { Channel, PlanProgress } from './plans';
import type { Baseline } from './replies/baseline';
import { followUpId, followUpSchema, type AllListed } from './followUpSchema';

export const EXPORT_FORMAT = 'followthrough-export';
/**
 * 2: follow-ups carry `tracking` and `baseline` instead of `trackedIndex` (a position counted in
 * Gmail's DOM, which was wrong on long threads). A version 1 file still imports: its
 * `trackedIndex` is dropped, and those follow-ups are checked as the ones stored before v2 are.
 */
export const EXPORT_VERSION = 2;
const OLDEST_IMPORTABLE_VERSION = 1;
/** Larger than any real export (about 1 kB per follow-up); guards the JSON parser against a wrong file. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Why a file is refused whole, as data: src/options/importText.ts says it to the user.
 * `first` and `second` are 0-based positions in the file's `followUps` list.
 */
export type ImportError =
  | { ok: false; reason: 'too-large' | 'not-json' | 'not-ours' | 'unknown-version' | 'damaged' }
  | { ok: false; reason: 'duplicate'; first: number; second: number }
  | { ok: false; reason: 'newer-version'; version: number };

/** What is wrong with a skipped follow-up. Fields are paths in our schema, never the file's text. */
export type RowProblem =
  | { kind: 'invalid'; field: string }
  /** `in`: the object holding the unknown field, absent at the top. */
  | { kind: 'unexpected-field'; in?: string }
  | { kind: 'not-a-follow-up' };
export interface ImportPlan {
  ok: true;
  add: FollowUp[];
  update: FollowUp[];
  unchanged: number;
  /** `index` is the 0-based position in the file's `followUps` list; `problems` name fields, never values. */
  skipped: Array<{ index: number; problems: RowProblem[] }>;
}

// ---------------------------------------------------------------- key order

/** Every stored field in export order. A field added to the model fails to compile until it is listed here. */
const FOLLOW_UP_KEYS = [
  'id',
  'account',
  'threadId',
  'threadPermId',
  'messageId',
  'subject',
  'recipients',
  'sentAt',
  'dueAt',
  'promisedAt',
  'made',
  'condition',
  'status',
  'note',
  'noteAt',
  'earlierNotes',
  'createdAt',
  'updatedAt',
  'tracking',
  'baseline',
  'firedAt',
  'unshown',
  'replyCheck',
  'headsUpFor',
  'plan',
  'outcome',
  'setElsewhere',
] as const satisfies ReadonlyArray<keyof FollowUp>;
const REPLY_CHECK_KEYS = [
  'checkedAt',
  'outcome',
  'evidence',
  'autoReplies',
  'colleagues',
  'reason',
  'about',
  'messageCount',
] as const satisfies ReadonlyArray<keyof ReplyCheck>;
const RECIPIENT_KEYS = ['name', 'email'] as const satisfies ReadonlyArray<keyof Recipient>;

const followUpKeysComplete: AllListed<FollowUp, (typeof FOLLOW_UP_KEYS)[number], 'nextCheckAt'> = true;
const replyCheckKeysComplete: AllListed<ReplyCheck, (typeof REPLY_CHECK_KEYS)[number]> = true;
void [followUpKeysComplete, replyCheckKeysComplete];

/** A copy with only the listed keys, in that order, leaving out absent ones. */
function pick<T extends object>(value: T, keys: ReadonlyArray<keyof T>): T {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

const by = (r: Recipient): Recipient => pick(r, RECIPIENT_KEYS);
const seen = (m: SeenMessage): SeenMessage => ({ by: by(m.by), dateText: m.dateText });

function canonicalCheck(check: ReplyCheck): ReplyCheck {
  const out = pick(check, REPLY_CHECK_KEYS);
  if (check.evidence) out.evidence = { ...seen(check.evidence), ...pick(check.evidence, ['kind']) };
  if (check.autoReplies) {
    out.autoReplies = check.autoReplies.map((a) => ({ ...seen(a), ...pick(a, ['reason', 'backOn']) }));
  }
  if (check.colleagues) out.colleagues = check.colleagues.map(seen);
  if (check.about) out.about = seen(check.about);
  return out;
}

function canonicalBaseline(baseline: Baseline): Baseline {
  return {
    recordedAt: baseline.recordedAt,
    messages: baseline.messages.map((m) => pick(m, ['from', 'dateText', 'body'])),
    tracked: baseline.tracked,
    addressees: [...baseline.addressees],
  };
}

function canonicalPlan(plan: PlanProgress): PlanProgress {
  return {
    planId: plan.planId,
    name: plan.name,
    steps: plan.steps.map((step) => ({ after: { unit: step.after.unit, count: step.after.count }, channel: step.channel, note: step.note })),
    current: plan.current,
    doneAt: [...plan.doneAt],
  };
}

/** The follow-up as exported, and as an import plans it: fixed key order, no engine state. */
function canonical(followUp: FollowUp): FollowUp {
  const out = pick(followUp, FOLLOW_UP_KEYS);
  out.recipients = followUp.recipients.map(by);
  if (followUp.tracking) {
    out.tracking = followUp.tracking.kind === 'compose' ? pick(followUp.tracking, ['kind', 'from', 'body']) : { kind: 'thread' };
  }
  if (followUp.baseline) out.baseline = canonicalBaseline(followUp.baseline);
  if (followUp.replyCheck) out.replyCheck = canonicalCheck(followUp.replyCheck);
  if (followUp.plan) out.plan = canonicalPlan(followUp.plan);
  if (followUp.made) out.made = followUp.made.map((made) => pick(made, ['promisedAt', 'at']));
  if (followUp.earlierNotes) out.earlierNotes = followUp.earlierNotes.map((entry) => pick(entry, ['at', 'text']));
  if (followUp.outcome) out.outcome = pick(followUp.outcome, ['kind', 'at', 'steps', 'nextId']);
  return out;
}

// ---------------------------------------------------------------- JSON export

/** Code-unit order, not localeCompare: the same bytes whatever the user's locale. */
const byId = (a: FollowUp, b: FollowUp) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function exportJson(followUps: FollowUp[], exportedAt: number): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    followUps: [...followUps].sort(byId).map(canonical),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// ---------------------------------------------------------------- CSV export

/**
 * What a spreadsheet or CRM user expects: the subject first, words rather than codes, dates a
 * spreadsheet reads as dates, and our internal id last. One row per step: a plan's steps each
 * have theirs (a single reminder is one step), so a sheet can count replies by step. The header
 * and the words in the cells are the user's language: the caller gives them (`CsvWords`).
 */
export const CSV_COLUMNS = [
  'subject',
  'recipients',
  'account',
  'sent',
  'due',
  'status',
  'remind',
  'plan',
  'step',
  'channel',
  'stepNote',
  'followedUp',
  'outcome',
  'repliedBy',
  'replyDate',
  'replyDateAsGmailShowsIt',
  'note',
  'noteWritten',
  'earlierNotes',
  'threadLink',
  'id',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The words of a CSV export, in the user's language (src/options/csvWords.ts): core has no messages. */
export interface CsvWords {
  column: Record<CsvColumn, string>;
  status: Record<FollowUpStatus, string>;
  condition: Record<FollowUpCondition, string>;
  channel: Record<Channel, string>;
  outcome: Record<OutcomeKind, string>;
  /** A plan by name (a built-in one's in the user's language); undefined: a single reminder. */
  plan(plan: PlanProgress | undefined): string;
  /** "2 of 5": the step of the row. */
  step(step: number, of: number): string;
}

/**
 * One row per step reached (the steps done and the one under way), follow-ups oldest sent first.
 * Each row carries the follow-up's own columns, so it stands alone in a filtered sheet; the due
 * time is the step under way's, and a reply shows on the step it answered (the last one). Dates
 * are local date-times, "2026-11-20 13:05:00" (what spreadsheets read as a date in every locale),
 * in `timeZone`, default the system's. The reply date is Gmail's own text read as a date when it
 * can be (English), and that text beside it. No byte-order mark: whoever writes the file adds one
 * for Excel.
 */
export interface CsvOptions {
  timeZone?: string;
  /** The thread's address in Gmail (gmail/urls.ts: core knows no Gmail URLs); '' when it has none. */
  threadLink: (followUp: Pick<FollowUp, 'account' | 'threadId'>) => string;
  words: CsvWords;
}

export function exportCsv(followUps: FollowUp[], options: CsvOptions): string {
  const { words } = options;
  const rows = [...followUps]
    .sort((a, b) => a.sentAt - b.sentAt || byId(a, b))
    .flatMap((f) => {
      const reply = f.replyCheck?.outcome === 'replied' ? f.replyCheck.evidence : undefined;
      const replyDate = reply ? parseGmailDate(reply.dateText) : null;
      const steps = f.plan ? Math.max(f.plan.current + 1, f.plan.doneAt.length) : 1;
      return Array.from({ length: steps }, (_, k) => {
        const last = k === steps - 1;
        const step = f.plan?.steps[k];
        const followedUp = f.plan?.doneAt[k];
        return [
          f.subject,
          f.recipients.map(address).join('; '),
          f.account,
          localDateTime(f.sentAt, options.timeZone),
          last ? localDateTime(f.dueAt, options.timeZone) : '',
          words.status[f.status],
          words.condition[f.condition],
          words.plan(f.plan),
          words.step(k + 1, f.plan ? f.plan.steps.length : 1),
          words.channel[step?.channel ?? 'email'],
          step?.note ?? '',
          followedUp === undefined ? '' : localDateTime(followedUp, options.timeZone),
          f.outcome ? words.outcome[f.outcome.kind] : '',
          last && reply ? address(reply.by) : '',
          // Gmail's wall-clock time, as written: read and written in the same (system) zone.
          last && replyDate !== null ? localDateTime(replyDate, undefined) : '',
          last ? (reply?.dateText ?? '') : '',
          f.note,
          f.noteAt === undefined ? '' : localDateTime(f.noteAt, options.timeZone),
          // One line per note replaced, oldest first, each with when it was written.
          (f.earlierNotes ?? []).map((entry) => `${localDateTime(entry.at, options.timeZone)}: ${entry.text}`).join('\n'),
          options.threadLink(f),
          f.id,
        ];
      });
    });
  return [CSV_COLUMNS.map((column) => words.column[column]), ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function address({ name, email }: Recipient): string {
  return name && name !== email ? `${name} <${email}>` : email;
}

/**
 * Every field quoted (RFC 4180), after defusing formulas: a spreadsheet runs a cell that starts
 * with = + - @ (or a tab/CR before one) as a formula, and subjects and notes are text anyone can
 * send; the apostrophe makes the cell plain text. Quoting every field also keeps a ';' in a
 * subject inside its cell where the list separator is ';' (most European locales).
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const isoFormatters = new Map<string, Intl.DateTimeFormat>();
/** "2026-11-20 13:05:00" in the zone. Throws RangeError for an unknown zone name. */
function localDateTime(epochMs: number, timeZone: string | undefined): string {
  const key = timeZone ?? '';
  let format = isoFormatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    isoFormatters.set(key, format);
  }
  const part: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(epochMs)) part[type] = value;
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

// ---------------------------------------------------------------- import schema


// ---------------------------------------------------------------- import


export function parseImport(text: string, existing: ReadonlyMap<string, FollowUp>): ImportPlan | ImportError {
  if (utf8Exceeds(text, MAX_IMPORT_BYTES)) {
    return { ok: false, reason: 'too-large' };
  }
  let data: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const envelope = checkEnvelope(data);
  if (!envelope.ok) return envelope;

  const rows = envelope.followUps;
  const duplicate = findDuplicate(rows);
  if (duplicate) {
    const [first, second] = duplicate;
    return { ok: false, reason: 'duplicate', first, second };
  }

  const plan: ImportPlan = { ok: true, add: [], update: [], unchanged: 0, skipped: [] };
  rows.forEach((row, index) => {
    const result = v.safeParse(followUpSchema, row);
    if (!result.success) {
      plan.skipped.push({ index, problems: problemsOf(result.issues) });
      return;
    }
    const incoming = canonical(result.output);
    const current = existing.get(incoming.id);
    if (!current) plan.add.push(incoming);
    // Last writer wins, by the follow-up's own clock: an older copy never overwrites newer work.
    // Identical content has the same updatedAt, so it is "unchanged" by this rule too.
    else if (incoming.updatedAt > current.updatedAt) plan.update.push(incoming);
    else plan.unchanged += 1;
  });
  return plan;
}

type Envelope = { ok: true; followUps: unknown[] } | ImportError;

/** A version 1 row: `trackedIndex` is dropped (see EXPORT_VERSION); everything else is as in version 2. */
function fromVersion1(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const { trackedIndex: _dropped, ...rest } = row as Record<string, unknown>;
  return rest;
}

function checkEnvelope(data: unknown): Envelope {
  const notOurs: ImportError = { ok: false, reason: 'not-ours' };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return notOurs;
  const { format, version, exportedAt, followUps } = data as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return notOurs;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return { ok: false, reason: 'newer-version', version };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_IMPORTABLE_VERSION) {
    return { ok: false, reason: 'unknown-version' };
  }
  if (!v.is(v.pipe(v.string(), v.isoTimestamp()), exportedAt) || !Array.isArray(followUps)) {
    return { ok: false, reason: 'damaged' };
  }
  return { ok: true, followUps: version === 1 ? followUps.map(fromVersion1) : followUps };
}

/** Positions of the first id seen twice (any case), or null. Rows without a well-formed id are left to validation. */
function findDuplicate(rows: unknown[]): [number, number] | null {
  const seen = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
    const parsed = v.safeParse(followUpId, id);
    if (!parsed.success) continue;
    const first = seen.get(parsed.output);
    if (first !== undefined) return [first, index];
    seen.set(parsed.output, index);
  }
  return null;
}

/**
 * Invalid `subject`, `recipients.0.email`; each once. Paths come from our schema's keys only:
 * valibot's own messages quote the received value, which may be mail, and an unknown key is the
 * file's text, so it is only counted.
 */
function problemsOf(issues: ReadonlyArray<v.BaseIssue<unknown>>): RowProblem[] {
  const problems = new Map<string, RowProblem>();
  for (const issue of issues) {
    const path = v.getDotPath(issue);
    let problem: RowProblem;
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      const parent = issue.path?.slice(0, -1).map((item) => String(item.key)).join('.');
      problem = parent ? { kind: 'unexpected-field', in: parent } : { kind: 'unexpected-field' };
    } else if (path === null) {
      problem = { kind: 'not-a-follow-up' };
    } else {
      problem = { kind: 'invalid', field: path };
    }
    problems.set(JSON.stringify(problem), problem);
  }
  return [...problems.values()];
}

/** Whether the UTF-8 encoding of `text` is longer than `limit` bytes, without encoding it. */
function utf8Exceeds(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}
