import { readableThreadUrl } from '../../src/gmail/urls';
import { describe, expect, it } from 'vitest';
import {
  exportCsv,
  exportJson,
  MAX_IMPORT_BYTES,
  parseImport,
  type ImportError,
  type ImportPlan,
} from '../../src/core/exportFormat';
import type { FollowUp } from '../../src/core/followUp';
import { csvWords } from '../../src/options/csvWords';
import { importRefusalText, skipReasonText } from '../../src/options/importText';
import { DAY, NOW, newFollowUp, storedFollowUp, uuid } from './fixtures';

/** A stored follow-up on the fixtures' thread. */
const followUp = (overrides: Partial<FollowUp> = {}): FollowUp => storedFollowUp({ threadId: newFollowUp().threadId, ...overrides });

const HOSTILE = '<img src=x onerror=alert(1)> "Pricing", \'Q1\'\n</script>';

/** Every optional field present, hostile text, non-ASCII. */
function richFollowUp(): FollowUp {
  return followUp({
    subject: HOSTILE,
    note: 'Call back 📞 — naïve café, line two\nline three',
    noteAt: NOW - DAY,
    earlierNotes: [
      { at: NOW - 3 * DAY, text: '=1+1 budget; “Q1”' },
      { at: NOW - 2 * DAY, text: 'Sent the deck\nthey liked slide 4' },
    ],
    recipients: [
      { name: 'Jordan Lee', email: 'jordan@client.example' },
      { name: '', email: 'sam@client.example' },
    ],
    status: 'replied',
    tracking: { kind: 'compose', from: 'sales@client-side.example', body: '42.1x9a7k' },
    baseline: {
      recordedAt: NOW - 2 * DAY,
      messages: [{ from: 'alex.rivera@example.com', dateText: 'Nov 20, 2026, 9:00 AM', body: '42.1x9a7k' }],
      tracked: 0,
      addressees: ['jordan@client.example', 'sam@client.example'],
    },
    firedAt: NOW - DAY,
    replyCheck: {
      checkedAt: NOW - DAY / 2,
      outcome: 'replied',
      evidence: { by: { name: 'Jordan Lee', email: 'jordan@client.example' }, dateText: 'Nov 21, 2026, 3:14 PM' },
      autoReplies: [
        { by: { name: 'Mail Delivery', email: 'mailer-daemon@x' }, dateText: 'Nov 20', reason: 'delivery-failure' },
      ],
      messageCount: 4,
    },
    plan: {
      planId: 'mine',
      name: 'Call, then “mail” <b>',
      steps: [
        { after: { unit: 'business-days', count: 2 }, channel: 'email', note: '' },
        { after: { unit: 'months', count: 1 }, channel: 'call', note: 'Ask about the pilot budget — ☎' },
      ],
      current: 1,
      doneAt: [NOW - DAY],
    },
    outcome: { kind: 'next-step', at: NOW, steps: 1, nextId: '00000000-0000-4000-8000-0000000000ff' },
  });
}

const EXPORTED_AT = Date.parse('2026-11-22T12:34:56.789Z');

function plan(result: ImportPlan | ImportError): ImportPlan {
  if (!result.ok) throw new Error(`expected a plan, got: ${importRefusalText(result)}`);
  return result;
}
/** The refusal as the user reads it (English messages). */
function error(result: ImportPlan | ImportError): string {
  if (result.ok) throw new Error('expected an import error');
  return importRefusalText(result);
}
/** The skipped entries with their reasons as the user reads them. */
const skipped = (result: ImportPlan) => result.skipped.map(({ index, problems }) => ({ index, reason: skipReasonText(problems) }));

/** An export file with the given rows as they are (not canonicalized). */
function fileWith(rows: unknown[], header: Record<string, unknown> = {}): string {
  const exportedAt = '2026-11-22T12:00:00.000Z';
  return JSON.stringify({ format: 'followthrough-export', version: 2, exportedAt, followUps: rows, ...header });
}

describe('exportJson', () => {
  it('writes the header, follow-ups sorted by id, 2-space indentation and a trailing newline', () => {
    const a = followUp({ id: uuid(0xb) });
    const b = followUp({ id: uuid(0xa) });
    const text = exportJson([a, b], EXPORTED_AT);
    expect(text.endsWith('}\n')).toBe(true);
    const head = [
      '{',
      '  "format": "followthrough-export",',
      '  "version": 2,',
      '  "exportedAt": "2026-11-22T12:34:56.789Z",',
      '  "followUps": [',
      '    {',
      `      "id": "${uuid(0xa)}",`,
    ].join('\n');
    expect(text.startsWith(head)).toBe(true);
    const parsed = JSON.parse(text) as { followUps: FollowUp[] };
    expect(parsed.followUps.map((f) => f.id)).toEqual([uuid(0xa), uuid(0xb)]);
  });

  it('writes keys in a fixed order whatever the order of the stored object', () => {
    const f = richFollowUp();
    const shuffled = Object.fromEntries(Object.entries(f).reverse()) as unknown as FollowUp;
    const check = f.replyCheck!;
    const flip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).reverse()) as T;
    shuffled.replyCheck = flip({
      ...check,
      evidence: flip({ ...check.evidence!, by: flip(check.evidence!.by) }),
      autoReplies: check.autoReplies!.map((a) => flip({ ...a, by: flip(a.by) })),
    });
    shuffled.recipients = f.recipients.map(flip);
    shuffled.plan = flip({ ...f.plan!, steps: f.plan!.steps.map((step) => flip({ ...step, after: flip(step.after) })) });
    expect(exportJson([shuffled], EXPORTED_AT)).toBe(exportJson([f], EXPORTED_AT));
    const exported = JSON.parse(exportJson([shuffled], EXPORTED_AT)) as { followUps: object[] };
    const keys = Object.keys(exported.followUps[0]!);
    expect(keys).toEqual([
      'id', 'account', 'threadId', 'threadPermId', 'messageId', 'subject', 'recipients', 'sentAt', 'dueAt',
      'condition', 'status', 'note', 'noteAt', 'earlierNotes', 'createdAt', 'updatedAt', 'tracking', 'baseline', 'firedAt', 'replyCheck', 'plan', 'outcome',
    ]);
  });

  it('leaves out the engine queue time and absent optional fields', () => {
    const text = exportJson([followUp({ nextCheckAt: NOW, firedAt: undefined })], EXPORTED_AT);
    expect(text).not.toContain('nextCheckAt');
    expect(text).not.toContain('firedAt');
    expect(text).not.toContain('replyCheck');
  });

  it('round-trips byte for byte: export, import, export', () => {
    const followUps = [
      richFollowUp(),
      followUp({ threadId: '', threadPermId: '', messageId: '' }),
      followUp({ status: 'cancelled' }),
    ];
    const first = exportJson(followUps, EXPORTED_AT);
    const imported = plan(parseImport(first, new Map()));
    expect(imported.skipped).toEqual([]);
    expect(imported.add).toHaveLength(3);
    expect(exportJson(imported.add, EXPORTED_AT)).toBe(first);
  });

  it('keeps hostile subjects as the text they are', () => {
    const text = exportJson([richFollowUp()], EXPORTED_AT);
    const [back] = plan(parseImport(text, new Map())).add;
    expect(back!.subject).toBe(HOSTILE);
  });
});

describe('exportCsv', () => {
  const HEADER =
    '"Subject","Recipients","Account","Sent","Due","Status","Remind","Plan","Step","Channel","Step note","Followed up",' +
    '"Outcome","Replied by","Reply date","Reply date as Gmail shows it","Note","Note written","Earlier notes","Thread link","Followthrough id"\r\n';
  const lines = (csv: string) => csv.split('\r\n');
  const csv = (followUps: FollowUp[], timeZone: string | undefined = 'UTC') => exportCsv(followUps, { timeZone, threadLink: readableThreadUrl, words: csvWords() });
  /** The cells of a one-line row: every field is quoted, so split on the quotes around commas. */
  const cells = (row: string) => row.slice(1, -1).split('","');
  const COLUMNS = HEADER.trim().slice(1, -1).split('","');
  /** The named cells of the first row of one follow-up's export. */
  const row = (f: FollowUp, ...names: string[]) => {
    const all = cells(lines(csv([f]))[1]!);
    return names.map((name) => all[COLUMNS.indexOf(name)]);
  };

  it('writes a header and one CRLF-terminated row per single reminder, oldest sent first', () => {
    const older = followUp({ sentAt: NOW - 5 * DAY, subject: 'Older' });
    const newer = followUp({ sentAt: NOW - DAY, subject: 'Newer' });
    const text = csv([newer, older]);
    expect(text.startsWith(HEADER)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(lines(text)).toHaveLength(4); // header, two rows, the empty string after the last CRLF
    expect(cells(lines(text)[1]!)[0]).toBe('Older');
    expect(cells(lines(text)[2]!)[0]).toBe('Newer');
  });

  it('writes only the header for no follow-ups', () => {
    expect(csv([])).toBe(HEADER);
  });

  it('fills every column: the subject first, words rather than codes, dates a spreadsheet reads, our id last', () => {
    const f = richFollowUp();
    // The step under way (the second of the plan's two) carries the due time and the reply.
    expect(cells(lines(csv([{ ...f, subject: 'Pricing', note: 'Call', outcome: { kind: 'yes', at: NOW, steps: 1 } }]))[2]!)).toEqual([
      'Pricing',
      'Jordan Lee <jordan@client.example>; sam@client.example',
      'alex.rivera@example.com',
      '2026-11-20 12:00:00',
      '2026-11-25 12:00:00',
      'Replied',
      'If no reply',
      'Call, then “mail” <b>',
      '2 of 2',
      'Call',
      'Ask about the pilot budget — ☎',
      '',
      'Yes',
      'Jordan Lee <jordan@client.example>',
      '2026-11-21 15:14:00', // Gmail's wall-clock time, read from its text
      'Nov 21, 2026, 3:14 PM',
      'Call',
      '2026-11-21 12:00:00',
      // The notes it replaced, one per line, oldest first, each dated; a formula inside a cell stays text.
      '2026-11-19 12:00:00: =1+1 budget; “Q1”\n2026-11-20 12:00:00: Sent the deck\nthey liked slide 4',
      'https://mail.google.com/mail/u/alex.rivera@example.com/#inbox/18c2f0a1b2c3d4e5',
      f.id,
    ]);
  });

  it.each([
    ['pending', 'Waiting'],
    ['snoozed', 'Snoozed'],
    ['done', 'Done'],
    ['cancelled', 'Cancelled'],
  ] as const)('says %s as "%s"', (status, word) => {
    expect(row(followUp({ status, condition: 'always' }), 'Status', 'Remind')).toEqual([word, 'Always']);
  });

  it('writes local date-times in the given zone', () => {
    const f = followUp({ sentAt: Date.parse('2026-07-01T22:30:05Z'), dueAt: Date.parse('2026-12-01T08:00:00Z') });
    const berlin = cells(lines(csv([f], 'Europe/Berlin'))[1]!);
    expect(berlin.slice(3, 5)).toEqual(['2026-07-02 00:30:05', '2026-12-01 09:00:00']);
    expect(cells(lines(csv([f], 'America/New_York'))[1]!).slice(3, 5)).toEqual(['2026-07-01 18:30:05', '2026-12-01 03:00:00']);
    // No zone given: the system's (Europe/Berlin in the unit project).
    expect(cells(lines(exportCsv([f], { threadLink: readableThreadUrl, words: csvWords() }))[1]!)).toEqual(berlin);
  });

  it('leaves reply columns empty without a reply and the link empty without a thread id', () => {
    const f = followUp({ threadId: '', replyCheck: { checkedAt: NOW, outcome: 'no-reply' } });
    expect(row(f, 'Replied by', 'Reply date', 'Reply date as Gmail shows it', 'Note', 'Note written', 'Earlier notes', 'Thread link')).toEqual(['', '', '', '', '', '', '']);
  });

  it('shows reply evidence only from a check that found a reply, and Gmail’s text alone when it can’t be read as a date', () => {
    const evidence = { by: { name: 'Jordan', email: 'jordan@client.example' }, dateText: '21 нояб. 2026 г., 15:14' };
    const REPLY = ['Replied by', 'Reply date', 'Reply date as Gmail shows it'];
    expect(row(followUp({ replyCheck: { checkedAt: NOW, outcome: 'unknown', evidence } }), ...REPLY)).toEqual(['', '', '']);
    const replied = followUp({ status: 'replied', replyCheck: { checkedAt: NOW, outcome: 'replied', evidence } });
    expect(row(replied, ...REPLY)).toEqual(['Jordan <jordan@client.example>', '', '21 нояб. 2026 г., 15:14']);
  });

  it('writes a bare address when the name is missing or is the address itself', () => {
    const recipients = [
      { name: '', email: 'a@client.example' },
      { name: 'b@client.example', email: 'b@client.example' },
    ];
    expect(row(followUp({ recipients }), 'Recipients')).toEqual(['a@client.example; b@client.example']);
  });

  it('quotes every field, doubling quotes (RFC 4180), so commas, semicolons and line breaks stay in their cell', () => {
    const f = followUp({ subject: 'Hello, "world"; Re: budget;=1+1', note: 'line one\nline two\r\nline three' });
    const row = csv([f]).slice(HEADER.length);
    expect(row.startsWith('"Hello, ""world""; Re: budget;=1+1",')).toBe(true);
    expect(row).toContain(',"line one\nline two\r\nline three",');
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555 0100', `"'+1 555 0100"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=cmd', `"'\t=cmd"`],
    ['\r=cmd', `"'\r=cmd"`],
  ])('defuses a formula in a subject or note: %j', (text, cell) => {
    const row = csv([followUp({ subject: text, note: text })]).slice(HEADER.length);
    expect(row.startsWith(`${cell},`)).toBe(true); // the subject
    expect(row).toContain(`,${cell},`); // the note
  });

  it('leaves text that merely contains formula characters alone', () => {
    expect(row(followUp({ subject: 'Q1 = done', note: 'a-b' }), 'Subject', 'Note')).toEqual(['Q1 = done', 'a-b']);
  });

  it('keeps hostile subjects as text', () => {
    expect(row(followUp({ subject: '<img src=x onerror=alert(1)>' }), 'Subject')).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('writes one row per step reached, each standing alone, with the reply on the step it answered', () => {
    const steps = [
      { after: { unit: 'business-days' as const, count: 2 }, channel: 'email' as const, note: '' },
      { after: { unit: 'business-days' as const, count: 3 }, channel: 'call' as const, note: 'Call Dana' },
      { after: { unit: 'business-days' as const, count: 5 }, channel: 'email' as const, note: '' },
    ];
    const evidence = { by: { name: 'Dana', email: 'dana@client.example' }, dateText: 'Nov 21, 2026, 3:14 PM' };
    const f = followUp({
      subject: 'Pilot',
      status: 'replied',
      plan: { planId: 'mine', name: 'Calls too', steps, current: 1, doneAt: [Date.parse('2026-11-18T10:00:00Z')] },
      replyCheck: { checkedAt: NOW, outcome: 'replied', evidence },
      outcome: { kind: 'yes', at: NOW, steps: 1 },
    });
    const rows = lines(csv([f])).slice(1, -1).map(cells);
    const pick = (r: string[], ...names: string[]) => names.map((name) => r[COLUMNS.indexOf(name)]);
    const NAMES = ['Subject', 'Plan', 'Step', 'Channel', 'Step note', 'Followed up', 'Outcome', 'Replied by'];
    expect(rows.map((r) => pick(r, ...NAMES))).toEqual([
      ['Pilot', 'Calls too', '1 of 3', 'Email', '', '2026-11-18 10:00:00', 'Yes', ''],
      ['Pilot', 'Calls too', '2 of 3', 'Call', 'Call Dana', '', 'Yes', 'Dana <dana@client.example>'],
    ]);
    expect(rows.map((r) => pick(r, 'Due')[0] !== '')).toEqual([false, true]);
    expect(new Set(rows.map((r) => pick(r, 'Followthrough id')[0]))).toEqual(new Set([f.id]));
  });
});

describe('parseImport: refusing the file', () => {
  const NOTHING = /Nothing was imported/;

  it.each([
    ['plain text', 'hello'],
    ['a CSV export', '"Subject","Recipients"\r\n'],
    ['an empty file', ''],
    ['truncated JSON', exportJson([followUp()], EXPORTED_AT).slice(0, 100)],
  ])('refuses %s as not JSON', (_, text) => {
    const message = error(parseImport(text, new Map()));
    expect(message).toMatch(/not a JSON file/);
    expect(message).toMatch(NOTHING);
  });

  it.each([
    ['an array', '[]'],
    ['null', 'null'],
    ['a number', '42'],
    ['another program’s JSON', '{"name":"my-package","version":"1.0.0"}'],
    ['a wrong format name', fileWith([], { format: 'followthrough-backup' })],
  ])('refuses %s as not a Followthrough export', (_, text) => {
    expect(error(parseImport(text, new Map()))).toBe('This file is not a Followthrough export. Nothing was imported.');
  });

  it('refuses a file from a newer version, naming the version', () => {
    const message = error(parseImport(fileWith([followUp()], { version: 3 }), new Map()));
    expect(message).toMatch(/newer version of Followthrough \(format version 3\)/);
    expect(message).toMatch(/Update the extension/);
  });

  it('imports a version 1 file, dropping the DOM position it carried (checked as follow-ups from before v3 are)', () => {
    const f = followUp();
    const plan = parseImport(fileWith([{ ...f, trackedIndex: 2 }], { version: 1 }), new Map());
    expect(plan).toMatchObject({ ok: true, add: [f], skipped: [] });
    expect(JSON.stringify(plan)).not.toContain('trackedIndex');
  });

  it.each([0, '1', 1.5, null, -1])('refuses an unknown version %j', (version) => {
    const message = error(parseImport(fileWith([], { version }), new Map()));
    expect(message).toMatch(/format version Followthrough does not know/);
  });

  it.each([
    ['no follow-up list', { followUps: undefined }],
    ['a follow-up list that is not a list', { followUps: { a: 1 } }],
    ['no export date', { exportedAt: undefined }],
    ['an export date that is not one', { exportedAt: 'yesterday' }],
  ])('refuses a damaged header: %s', (_, header) => {
    expect(error(parseImport(fileWith([], header), new Map()))).toMatch(/damaged/);
  });

  it('refuses more than MAX_IMPORT_BYTES of text', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(error(parseImport(' '.repeat(MAX_IMPORT_BYTES + 1), new Map()))).toMatch(/larger than 50 MB/);
  });

  it('counts bytes, not characters: 26 million two-byte characters are over 50 MB', () => {
    const text = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1);
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(error(parseImport(text, new Map()))).toMatch(/larger than 50 MB/);
  });

  it('accepts a file just under the limit', () => {
    const file = fileWith([followUp()]);
    const padded = file.slice(0, -1) + ' '.repeat(MAX_IMPORT_BYTES - file.length) + '}';
    expect(padded.length).toBe(MAX_IMPORT_BYTES);
    expect(plan(parseImport(padded, new Map())).add).toHaveLength(1);
  });

  it('counts a character outside the BMP (two UTF-16 units) as its 4 UTF-8 bytes', () => {
    const empty = fileWith([], { padding: '' });
    const emoji = '😀'.repeat(Math.floor((MAX_IMPORT_BYTES - empty.length) / 4));
    expect(plan(parseImport(fileWith([], { padding: emoji }), new Map())).ok).toBe(true);
    expect(error(parseImport(fileWith([], { padding: `${emoji}😀` }), new Map()))).toMatch(/larger than 50 MB/);
  });

  it('refuses a file that lists the same follow-up twice, importing nothing', () => {
    const a = followUp();
    const message = error(parseImport(fileWith([a, followUp(), { ...a, note: 'changed' }]), new Map()));
    expect(message).toBe(
      'The file lists the same follow-up twice (entries 1 and 3). ' +
        'Nothing was imported; remove one of them and try again.',
    );
  });

  it('sees a duplicate whose id differs only in case', () => {
    const a = followUp({ id: 'abcdef00-0000-4000-8000-000000000001' });
    const upper = { ...a, id: a.id.toUpperCase() };
    expect(error(parseImport(fileWith([a, upper]), new Map()))).toMatch(/twice \(entries 1 and 2\)/);
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(plan(parseImport(`\uFEFF${exportJson([followUp()], EXPORTED_AT)}`, new Map())).add).toHaveLength(1);
  });
});

describe('parseImport: skipping invalid follow-ups', () => {
  const valid = () => followUp();
  const tooManyRecipients = Array.from({ length: 501 }, (_, i) => ({ name: '', email: `r${i}@client.example` }));

  it.each<[string, Record<string, unknown> | unknown, RegExp]>([
    ['not an object', 'a follow-up', /^not a follow-up$/],
    ['null', null, /^not a follow-up$/],
    ['an unknown status', { status: 'archived' }, /^invalid status$/],
    ['an unknown condition', { condition: 'sometimes' }, /^invalid condition$/],
    ['a subject over 500 characters', { subject: 'x'.repeat(501) }, /^invalid subject$/],
    ['a note over 10,000 characters', { note: 'x'.repeat(10_001) }, /^invalid note$/],
    ['more than 500 recipients', { recipients: tooManyRecipients }, /^invalid recipients$/],
    [
      'an invalid recipient address',
      { recipients: [{ name: 'A', email: 'not an address' }] },
      /^invalid recipients\.0\.email$/,
    ],
    ['an invalid account', { account: 'alex' }, /^invalid account$/],
    ['a date before 2000', { sentAt: Date.parse('1999-12-31T23:59:59Z') }, /^invalid sentAt$/],
    ['a date after 2200', { dueAt: Date.parse('2200-01-02T00:00:00Z') }, /^invalid dueAt$/],
    ['a date that is not whole milliseconds', { createdAt: NOW + 0.5 }, /^invalid createdAt$/],
    ['a date as text', { updatedAt: '2026-11-22' }, /^invalid updatedAt$/],
    ['an id that is not a UUID', { id: '42' }, /^invalid id$/],
    ['a thread id that is not hex', { threadId: 'thread-a:r123' }, /^invalid threadId$/],
    ['a malformed thread-f id', { threadPermId: 'thread-f:abc' }, /^invalid threadPermId$/],
    ['a missing field', { note: undefined }, /^invalid note$/],
    ['a baseline pointing before its first message', { baseline: { recordedAt: NOW, messages: [{ from: 'a@b.example', dateText: '', body: '1.a' }], tracked: -2, addressees: [] } }, /^invalid baseline\.tracked$/],
    ['a compose tracking without the key of its text', { tracking: { kind: 'compose', from: '' } }, /^invalid tracking/],
    ['an unknown reply outcome', { replyCheck: { checkedAt: NOW, outcome: 'maybe' } }, /^invalid replyCheck\.outcome$/],
    ['an unknown field', { colour: 'red' }, /^unexpected field$/],
    [
      'an unknown nested field',
      { replyCheck: { checkedAt: NOW, outcome: 'replied', extra: 1 } },
      /^unexpected field in replyCheck$/,
    ],
  ])('skips a follow-up with %s and imports the others', (_, change, reason) => {
    const row = typeof change === 'object' && change !== null ? { ...valid(), ...change } : change;
    const good = [valid(), valid()];
    const result = plan(parseImport(fileWith([good[0], row, good[1]]), new Map()));
    expect(skipped(result)).toEqual([{ index: 1, reason: expect.stringMatching(reason) }]);
    expect(result.add.map((f) => f.id)).toEqual(good.map((f) => f!.id));
  });

  it('accepts the boundaries: 500-character subject, 10,000-character note, 500 recipients, the year 2000', () => {
    const row = followUp({
      subject: 'x'.repeat(500),
      note: 'y'.repeat(10_000),
      recipients: tooManyRecipients.slice(0, 500),
      sentAt: Date.parse('2000-01-01T00:00:00Z'),
    });
    expect(plan(parseImport(fileWith([row]), new Map())).add).toHaveLength(1);
  });

  it('never quotes mail content or unknown keys in a reason', () => {
    const rows = [
      { ...valid(), subject: `SECRET-SUBJECT ${'x'.repeat(600)}` },
      { ...valid(), recipients: [{ name: 'SECRET-NAME', email: 'SECRET-ADDRESS' }] },
      { ...valid(), 'SECRET-KEY': 'SECRET-VALUE' },
      { ...valid(), status: 'SECRET-STATUS', note: 5 },
    ];
    const result = plan(parseImport(fileWith(rows), new Map()));
    expect(result.skipped).toHaveLength(4);
    expect(JSON.stringify(result.skipped)).not.toMatch(/SECRET/);
    expect(skipped(result)[3]!.reason).toBe('invalid status, invalid note');
    expect(result.skipped[3]!.problems).toEqual([
      { kind: 'invalid', field: 'status' },
      { kind: 'invalid', field: 'note' },
    ]);
  });

  it('names at most five problems of an entry, then how many more', () => {
    const row = { ...valid(), status: 1, condition: 2, note: 3, subject: 4, account: 5, sentAt: 'x', dueAt: 'y' };
    const [entry] = plan(parseImport(fileWith([row]), new Map())).skipped;
    expect(entry!.problems).toHaveLength(7);
    expect(skipReasonText(entry!.problems)).toBe(
      'invalid account, invalid subject, invalid sentAt, invalid dueAt, invalid condition and 2 more',
    );
  });

  it('stores addresses and ids lower-case, as the extension writes them', () => {
    const row = { ...valid(), id: 'ABCDEF00-0000-4000-8000-000000000001', account: ' Alex.Rivera@Example.com ' };
    const [added] = plan(parseImport(fileWith([row]), new Map())).add;
    expect(added).toMatchObject({ id: 'abcdef00-0000-4000-8000-000000000001', account: 'alex.rivera@example.com' });
  });

  it('keeps loose addresses Gmail showed as reply evidence', () => {
    const f = richFollowUp();
    f.replyCheck!.evidence!.by = { name: 'Ops', email: 'ops@intranet' };
    expect(plan(parseImport(exportJson([f], EXPORTED_AT), new Map())).skipped).toEqual([]);
  });
});

describe('parseImport: merging by id', () => {
  const asMap = (followUps: FollowUp[]) => new Map(followUps.map((f) => [f.id, f]));

  it('adds unknown ids, counts identical ones as unchanged', () => {
    const known = followUp();
    const unknown = followUp();
    const result = plan(parseImport(exportJson([known, unknown], EXPORTED_AT), asMap([known])));
    expect(result).toEqual({ ok: true, add: [unknown], update: [], unchanged: 1, skipped: [] });
  });

  it('treats a stored copy as identical despite its queue time and key order', () => {
    const stored = { ...followUp({ firedAt: NOW }), nextCheckAt: NOW + DAY };
    const reordered = Object.fromEntries(Object.entries(stored).reverse()) as unknown as FollowUp;
    const file = exportJson([stored], EXPORTED_AT);
    expect(plan(parseImport(file, asMap([reordered])))).toMatchObject({ add: [], update: [], unchanged: 1 });
  });

  it("updates with the file's version when it is newer", () => {
    const stored = followUp({ updatedAt: NOW - DAY });
    const edited = { ...stored, note: 'from my laptop', updatedAt: NOW };
    const result = plan(parseImport(exportJson([edited], EXPORTED_AT), asMap([stored])));
    expect(result).toMatchObject({ add: [], update: [edited], unchanged: 0 });
  });

  it.each([
    ['older', -1],
    ['as old', 0],
  ])("keeps the stored version when the file's is %s", (_, delta) => {
    const stored = followUp({ note: 'newer work', updatedAt: NOW });
    const stale = { ...stored, note: 'old', updatedAt: NOW + delta };
    expect(plan(parseImport(exportJson([stale], EXPORTED_AT), asMap([stored])))).toMatchObject({
      add: [],
      update: [],
      unchanged: 1,
    });
  });

  it('changes nothing the second time the same file is imported', () => {
    const stored = new Map<string, FollowUp>();
    const older = followUp({ updatedAt: NOW - DAY });
    stored.set(older.id, older);
    const file = exportJson([{ ...older, status: 'done', updatedAt: NOW }, richFollowUp(), followUp()], EXPORTED_AT);

    const first = plan(parseImport(file, stored));
    expect(first.add).toHaveLength(2);
    expect(first.update).toHaveLength(1);
    for (const f of [...first.add, ...first.update]) stored.set(f.id, f);

    const second = plan(parseImport(file, stored));
    expect(second).toEqual({ ok: true, add: [], update: [], unchanged: 3, skipped: [] });
  });
});
