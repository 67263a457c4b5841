/**
 * "Your data" and "Your results" on the options page, in real Chromium:
 * export → delete all → import gives back the very same file; a second
 * import changes nothing; bad files are refused with nothing changed; and
 * the background hears of every wholesale change (the badge follows).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { BUILT_IN_PLANS, startPlan } from '../../src/core/plans';
import { sampleReplica, SAMPLE } from '../replica';
import { aFollowUp, OptionsPage, putFollowUps } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { badgeText, sendFromExtensionPage, storedFollowUps } from '../support/pages';

const DAY = 86_400_000;

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(followUps: FollowUp[], clock?: number): Promise<{ s: ExtensionSession; options: OptionsPage }> {
  // A clock is the whole browser's: a test that sets one has a browser of its own.
  session = await launchExtension({ replica: sampleReplica(), locale: 'en-GB', timezoneId: 'Europe/Berlin', ownBrowser: clock !== undefined });
  await putFollowUps(session, followUps);
  const page = await session.context.newPage();
  if (clock !== undefined) await page.clock.setFixedTime(clock);
  return { s: session, options: await OptionsPage.open(session, page) };
}

/** A history worth round-tripping: every status, reply evidence, hostile and non-ASCII text. */
function history(): FollowUp[] {
  const now = Date.now();
  return [
    aFollowUp({
      note: 'Ask about the kickoff — “the 1st”?\nThen call.',
      noteAt: now - DAY,
      earlierNotes: [{ at: now - 3 * DAY, text: '=SUM(A1) <b>sent</b> the deck' }],
      promisedAt: now + 2 * DAY,
      made: [{ promisedAt: now - 2 * DAY, at: now - 2 * DAY + 3_600_000 }],
      tracking: { kind: 'compose', from: 'hello@rivera-studio.example', body: '34.1k2j3h4' },
      // Recorded already: the engine has nothing to add between the two exports.
      baseline: {
        recordedAt: now - DAY,
        messages: [{ from: 'alex.rivera@example.com', dateText: 'Thu, Nov 26, 2026 at 9:00 AM', body: '34.1k2j3h4' }],
        tracked: 0,
        addressees: ['dana.whitfield@northwind.example'],
      },
    }),
    aFollowUp({
      threadId: SAMPLE.account0.repliedThread,
      subject: SAMPLE.htmlSubject,
      status: 'replied',
      dueAt: now - DAY,
      replyCheck: {
        checkedAt: now - DAY,
        outcome: 'replied',
        evidence: { by: { name: 'Priya Natarajan', email: 'priya@lumenlabs.example' }, dateText: 'Fri, Nov 20, 2026 at 9:14 AM' },
        messageCount: 2,
      },
    }),
    aFollowUp({ account: SAMPLE.account1.email, threadId: SAMPLE.account1.unansweredThread, status: 'done', subject: 'Brand refresh' }),
  ];
}

const importFile = (bytes: Buffer | string) => ({ name: 'followthrough.json', buffer: Buffer.from(bytes) });

describe('export and import', () => {
  it('round-trips: export, delete all, import, export again gives the same bytes; a second import changes nothing', async () => {
    const { s, options } = await start(history(), Date.parse('2026-11-22T10:00:00Z'));
    const first = await options.export('json');
    expect(first.name).toBe('followthrough-2026-11-22.json');
    const parsed = JSON.parse(first.bytes.toString('utf8')) as { format: string; followUps: FollowUp[] };
    expect(parsed.format).toBe('followthrough-export');
    expect(parsed.followUps).toHaveLength(3);

    await options.deleteAll();
    await expect.poll(() => options.page.locator('.status').textContent()).toBe('Deleted 3 follow-ups.');
    expect(await storedFollowUps(s)).toEqual([]);

    await options.chooseImport(importFile(first.bytes));
    expect(await options.planFigure('add').textContent()).toBe('3');
    expect(await options.planFigure('unchanged').textContent()).toBe('0');
    expect(await storedFollowUps(s)).toEqual([]); // a preview writes nothing
    await options.confirmImport();
    expect(await options.page.locator('[data-import=imported]').textContent()).toBe('Imported 3 follow-ups.');
    expect(await storedFollowUps(s)).toHaveLength(3);

    const second = await options.export('json');
    expect(second.bytes.equals(first.bytes)).toBe(true);

    const before = await storedFollowUps(s);
    await options.chooseImport(importFile(first.bytes));
    expect(await options.planFigure('add').textContent()).toBe('0');
    expect(await options.planFigure('unchanged').textContent()).toBe('3');
    expect(await options.importPreview.textContent()).toContain('Nothing to import');
    expect(await options.page.locator('[data-action=confirm-import]').count()).toBe(0);
    expect(await storedFollowUps(s)).toEqual(before);
  });

  it('exports CSV with a byte-order mark, for spreadsheets', async () => {
    const { options } = await start(history());
    const { name, bytes } = await options.export('csv');
    expect(name).toMatch(/^followthrough-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toMatch(/^"Subject","Recipients","Account",/);
    expect(text).toContain(SAMPLE.htmlSubject);
  });
});

describe('bad import files', () => {
  it('refuses a file that is not JSON, not ours, lists a follow-up twice, or is over 50 MB, changing nothing', async () => {
    const followUps = history();
    const { s, options } = await start(followUps);
    const before = await storedFollowUps(s);
    const exported = JSON.parse((await options.export('json')).bytes.toString('utf8')) as { followUps: unknown[] };
    const twice = { ...exported, followUps: [...exported.followUps, exported.followUps[0]] };
    const dir = mkdtempSync(join(tmpdir(), 'followthrough-import-'));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024 + 1, 0x20));
    try {
      const cases: Array<[Parameters<OptionsPage['chooseImport']>[0], string]> = [
        [importFile('name,email\nDana,dana@northwind.example'), 'it is not a JSON file'],
        [importFile(JSON.stringify({ contacts: [] })), 'This file is not a Followthrough export.'],
        [importFile(JSON.stringify(twice)), 'The file lists the same follow-up twice (entries 1 and 4)'],
        [huge, 'larger than 50 MB'],
      ];
      for (const [file, message] of cases) {
        await options.chooseImport(file);
        await expect.poll(() => options.importRefusal.textContent()).toContain(message);
        expect(await options.importPreview.count()).toBe(0);
        expect(await storedFollowUps(s)).toEqual(before);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips invalid entries with their reason, and an active follow-up for a thread that already has one', async () => {
    const mine = aFollowUp({ subject: 'Northwind pilot (mine)' });
    const { s, options } = await start([mine]);
    const now = Date.now();
    const valid = aFollowUp({ threadId: SAMPLE.account0.htmlSubjectThread, subject: 'New from the file' });
    const secondActive = aFollowUp({ subject: 'Northwind pilot (theirs)', updatedAt: now });
    const file = {
      format: 'followthrough-export',
      version: 2,
      exportedAt: new Date(now).toISOString(),
      followUps: [valid, { ...aFollowUp(), dueAt: 'next week' }, { ...aFollowUp(), sentAt: Date.parse('1970-01-02') }, secondActive],
    };
    await options.chooseImport(importFile(JSON.stringify(file)));
    expect(await options.planFigure('add').textContent()).toBe('1');
    expect(await options.planFigure('skipped').textContent()).toBe('2');
    expect(await options.planFigure('conflicts').textContent()).toBe('1');
    await options.importPreview.getByText('Why entries were skipped').click();
    expect(await options.importPreview.locator('.details li').allTextContents()).toContain('Entry 2: invalid dueAt');
    await options.importPreview.getByText('Follow-ups left out').click();
    expect(await options.importPreview.textContent()).toContain(
      '“Northwind pilot (theirs)” (alex.rivera@example.com): this thread already has an active follow-up, which stays.',
    );
    await options.confirmImport();
    const stored = await storedFollowUps(s);
    expect(stored.map((f) => f.subject).sort()).toEqual(['New from the file', 'Northwind pilot (mine)']);
  });
});

describe('the background follows wholesale changes', () => {
  it('updates the badge after an import and after deleting everything', async () => {
    const fired = aFollowUp({ dueAt: Date.now() - DAY, firedAt: Date.now() - DAY });
    const { s, options } = await start([]);
    expect(await badgeText(s)).toBe('');
    const file = { format: 'followthrough-export', version: 2, exportedAt: new Date().toISOString(), followUps: [fired] };
    await options.chooseImport(importFile(JSON.stringify(file)));
    await options.confirmImport();
    await expect.poll(() => badgeText(s)).toBe('1');
    await options.deleteAll();
    await expect.poll(() => badgeText(s)).toBe('');
    await expect.poll(() => storedFollowUps(s)).toEqual([]);
    // The database is still usable afterwards.
    expect(await sendFromExtensionPage(s, { type: 'followUp.getForThread', payload: { account: fired.account, threadId: fired.threadId } })).toEqual({ ok: true, value: null });
  });
});

describe('your results', () => {
  it('shows the figures and a chart of replies per week', async () => {
    const now = Date.now();
    const { options } = await start([
      // Replied just now, so in this week's bar whatever day the test runs.
      aFollowUp({ status: 'replied', sentAt: now - 2 * DAY, replyCheck: { checkedAt: now - 1_000, outcome: 'replied' } }),
      aFollowUp({ status: 'done', threadId: SAMPLE.account0.htmlSubjectThread }),
      aFollowUp({ dueAt: now - DAY, threadId: SAMPLE.account0.followedUpThread }),
      aFollowUp({ dueAt: now + DAY, threadId: SAMPLE.account0.longThread }),
    ]);
    await expect.poll(() => options.stat('set').textContent()).toBe('4');
    expect(await options.stat('replied').textContent()).toBe('1');
    expect(await options.stat('doneWithoutReply').textContent()).toBe('1');
    expect(await options.stat('overdueNow').textContent()).toBe('1');
    expect(await options.stat('replyRate').textContent()).toBe('50%');
    expect(await options.stat('medianDaysToReply').textContent()).toBe('2 days');
    const chart = options.page.locator('.chart svg');
    expect(await chart.getAttribute('aria-label')).toBe('Replies per week over the last 12 weeks: 1 in all.');
    expect(await chart.locator('rect').count()).toBe(12);
    expect(await options.page.locator('.chart table td').allTextContents()).toEqual([...Array(11).fill('0'), '1']);
  });

  it('shows reply rates by step of a plan, by plan and by channel, and the outcomes recorded', async () => {
    const now = Date.now();
    const sent = now - 30 * DAY;
    const persistent = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'persistent')!);
    const afterTwo = { ...persistent, current: 2, doneAt: [sent + DAY, sent + 2 * DAY] };
    const { options } = await start([
      aFollowUp({
        sentAt: sent,
        status: 'replied',
        plan: afterTwo,
        replyCheck: { checkedAt: sent + 4 * DAY, outcome: 'replied' },
        outcome: { kind: 'yes', at: now, steps: 2 },
      }),
      aFollowUp({ sentAt: sent, status: 'done', plan: afterTwo, threadId: SAMPLE.account0.htmlSubjectThread, outcome: { kind: 'no-answer', at: now, steps: 2 } }),
    ]);
    const cellsOf = (table: string, row: string) => options.page.locator(`[data-results=${table}] tr[data-row="${row}"] td`).allTextContents();
    // The second follow-up: both reached it, one got its answer two days after it.
    await expect.poll(() => cellsOf('steps', '2')).toEqual(['2', '1', '50%', '2 days']);
    expect(await cellsOf('steps', '0')).toEqual(['2', '0', '0%', '–']);
    expect(await options.page.locator('[data-results=plans] tr[data-row=persistent] th').textContent()).toBe('Persistent');
    expect(await cellsOf('plans', 'persistent')).toEqual(['2', '1', '50%', '2 days']);
    expect(await cellsOf('channels', 'email')).toEqual(['4', '1', '25%', '2 days']);
    expect(await options.page.locator('[data-results=outcomes] [data-outcome=yes] dd').textContent()).toBe('1');
    expect(await options.page.locator('[data-results=outcomes] [data-outcome=no-answer] dd').textContent()).toBe('1');
  });
  it('shows the outcomes of each of the last six months, and how many follow-ups were made when promised', async () => {
    const now = Date.now();
    const monthKey = (ms: number) => `${new Date(ms).getFullYear()}-${String(new Date(ms).getMonth() + 1).padStart(2, '0')}`;
    const twoMonthsAgo = new Date(now);
    twoMonthsAgo.setDate(15);
    twoMonthsAgo.setMonth(twoMonthsAgo.getMonth() - 2);
    const { options } = await start([
      aFollowUp({
        status: 'replied',
        outcome: { kind: 'yes', at: now, steps: 1 },
        // Made an hour before it was due, and three days after it was due.
        made: [
          { promisedAt: now - 3 * DAY, at: now - 3 * DAY - 3_600_000 },
          { promisedAt: now - 6 * DAY, at: now - 3 * DAY },
        ],
      }),
      aFollowUp({ status: 'done', threadId: SAMPLE.account0.htmlSubjectThread, outcome: { kind: 'no', at: twoMonthsAgo.getTime(), steps: 0 } }),
    ]);
    const rows = options.page.locator('[data-results=outcomes-by-month] tbody tr');
    await expect.poll(() => rows.count()).toBe(6);
    expect(await options.page.locator('[data-results=outcomes-by-month] thead th').allTextContents()).toEqual(['Month', 'Yes', 'No', 'Next step', 'No answer']);
    const cells = (ms: number) => options.page.locator(`[data-results=outcomes-by-month] tr[data-row="${monthKey(ms)}"] td`).allTextContents();
    expect(await cells(now)).toEqual(['1', '0', '0', '0']);
    expect(await cells(twoMonthsAgo.getTime())).toEqual(['0', '1', '0', '0']);
    expect(await rows.last().getAttribute('data-row')).toBe(monthKey(now));
    expect(await options.page.locator('[data-results=promises]').textContent()).toBe('1 of 2 follow-ups you made were on the day they were due or earlier (50%).');
  });
});
