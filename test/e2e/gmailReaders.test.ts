/**
 * The readers of Gmail's DOM (src/gmail/threadView.ts, compose.ts, the list-row selectors), run in
 * real Chromium on (a) our own fixtures, which rebuild the structures real Gmail shows, (b) the
 * captures of real Gmail in ../shared/real-gmail/ when that folder is there, (c) a page whose mail
 * bodies carry Gmail-like markup, and (d) the replica, which must render what the readers read.
 * No extension: the readers are bundled with esbuild and added to the page.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GmailReplica, sampleAccounts, sampleReplica, SAMPLE } from '../replica';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import type { PageSummary, ReadOptions, ThreadSummary } from '../support/gmailReadersPage';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/gmail');
/** Beside the clone in CI (SOURCES.md describes each file). */
const REAL_GMAIL = join(ROOT, '..', 'shared', 'real-gmail');
/** The browser's zone is the test's zone (vitest.config.ts sets TZ), so local dates match. */
const ZONE = { locale: 'en-GB', timezoneId: 'Europe/Berlin' };

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(ROOT, 'test/support/gmailReadersPage.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Loads `html` as a page, adds the readers, and gives the page to `use`. */
async function withContent<T>(html: string, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(ZONE);
  try {
    const page = await context.newPage();
    await page.setContent(html);
    await page.addScriptTag({ content: bundle });
    return await use(page);
  } finally {
    await context.close();
  }
}

function read(page: Page, options: ReadOptions = {}): Promise<PageSummary> {
  return page.evaluate((o) => window.gmailReaders.read(o), options);
}

async function readHtml(html: string, options: ReadOptions = {}): Promise<PageSummary> {
  return withContent(html, (page) => read(page, options));
}

function thread(summary: PageSummary): Extract<ThreadSummary, { kind: 'thread' }> {
  expect(summary.thread.kind, JSON.stringify(summary.thread)).toBe('thread');
  return summary.thread as Extract<ThreadSummary, { kind: 'thread' }>;
}

describe('our fixtures (test/fixtures/gmail)', () => {
  it('reads a long thread: collapsed messages without ids, the older-messages bar, the expanded message and its Reply', async () => {
    const summary = await readHtml(fixture('thread-collapsed-older-expanded.html'), { user: ['Casey@Studio.example'] });
    const t = thread(summary);
    expect(t).toMatchObject({
      threadId: '18e0ab3c4d5e6f23',
      threadPermId: 'thread-f:1792620927177879331',
      subject: 'Quarterly plan review',
      hiddenCount: 5,
      replyButton: { fixture: 'thread-reply', insideMail: false },
      toolbar: { tag: 'div' },
      lastFromUser: true,
      // The sender's own words, lines kept; the "•••" and the quoted history under it left out.
      lastText: 'Final version below.\n\nShall we sign it off on Friday?',
    });
    expect(t.messages).toEqual([
      { messageId: '', from: { email: 'jordan@vale.example', name: 'Jordan Vale' }, to: [], sentAt: local(2024, 3, 3, 9, 5), expanded: false },
      { messageId: '', from: { email: 'casey@studio.example', name: 'Casey Lin' }, to: [], sentAt: local(2024, 3, 11, 16, 30), expanded: false },
      {
        messageId: '18e38dbe9a0c2f53',
        from: { email: 'casey@studio.example', name: 'Casey Lin' },
        to: [
          { email: 'jordan@vale.example', name: 'Jordan Vale' },
          { email: 'ops@vale.example', name: 'Ops team' },
        ],
        sentAt: local(2024, 3, 12, 17, 40),
        expanded: true,
      },
    ]);
    expect(summary.composes).toEqual([]);
    expect(summary.rows).toEqual([]);
  });

  it('says when an older-messages bar is there but its number cannot be read', async () => {
    await withContent(fixture('thread-collapsed-older-expanded.html'), async (page) => {
      await page.evaluate(() => {
        const count = document.querySelector('span.adx')!;
        count.textContent = '٥'; // Arabic-Indic five: still a number
      });
      expect(thread(await read(page)).hiddenCount).toBe(5);
      await page.evaluate(() => {
        const count = document.querySelector('span.adx')!;
        count.textContent = '';
        count.removeAttribute('aria-label');
      });
      expect(thread(await read(page)).hiddenCount).toBeNull();
      await page.evaluate(() => document.querySelectorAll('div.kQ').forEach((bar) => bar.remove()));
      expect(thread(await read(page)).hiddenCount).toBe(0);
    });
  });

  it('takes the thread id from data-legacy-thread-id when the perm id is "undefined" (table.Bs layout, German dates)', async () => {
    const t = thread(await readHtml(fixture('thread-subject-undefined-permid.html')));
    expect(t).toMatchObject({
      threadId: '19b2c3d4e5f60718',
      threadPermId: `thread-f:${BigInt('0x19b2c3d4e5f60718')}`,
      subject: 'Angebot Frühjahr',
      hiddenCount: 0,
      replyButton: null,
      toolbar: null,
    });
    expect(t.messages).toEqual([
      {
        messageId: '19b367406e128718',
        from: { email: 'mira.holt@example.org', name: 'Mira Holt' },
        to: [{ email: 'team@holt.example', name: 'Team' }],
        sentAt: local(2025, 8, 20, 13, 19),
        expanded: true,
      },
    ]);
  });

  it("reads a list row's thread id and subject", async () => {
    const summary = await readHtml(fixture('listrow.html'));
    expect(summary.thread).toEqual({ kind: 'none' });
    expect(summary.rows).toEqual([
      { threadId: '18d7e6f5a4b3c201', subject: 'Devis atelier' },
      { threadId: null, subject: 'Brouillon' },
    ]);
  });

  it('reads a PeopleKit compose: chips and typed addresses, subject, Send, the new text without the quote', async () => {
    const summary = await readHtml(fixture('compose-peoplekit.html'));
    expect(summary.composes).toHaveLength(1);
    expect(summary.composes[0]).toMatchObject({
      draftKey: 'msg-a:r-4242424242424242',
      subject: 'Re: Quarterly plan review',
      recipients: [
        { email: 'jordan@vale.example', name: 'Jordan Vale' },
        { email: 'ops@vale.example', name: 'ops@vale.example' },
        { email: 'pat@quill.example', name: 'pat@quill.example' },
      ],
      body: "Friday works.\n\nI'll follow up on Monday with the signed copy.",
      from: '',
      send: { fixture: 'send' },
    });
    expect(summary.sendAs).toEqual([]);
  });

  it('reads the From selector of "Send mail as": the chosen address and every address offered', async () => {
    const summary = await readHtml(fixture('compose-from-selector.html'));
    expect(summary.composes.map((c) => [c.draftKey, c.from, c.body])).toEqual([
      ['msg-a:r77', 'hello@lin-studio.example', 'Thanks!'],
      ['msg-a:r78', 'billing@lin-studio.example', 'Attached.'],
    ]);
    expect(summary.sendAs).toEqual(['casey@studio.example', 'hello@lin-studio.example', 'billing@lin-studio.example']);
  });

  it('reads localized date titles, and nothing it cannot read for sure', async () => {
    const cases: Array<[string, number | null]> = [
      ['26 дек. 2019 г., 22:53', local(2019, 12, 26, 22, 53)],
      ['20 Aug 2025, 13:19', local(2025, 8, 20, 13, 19)],
      ['20. Aug. 2025, 13:19', local(2025, 8, 20, 13, 19)],
      ['Fri, Nov 20, 2026, 9:14 AM', local(2026, 11, 20, 9, 14)],
      ['Thu, Aug 20, 2026 at 12:05 PM', local(2026, 8, 20, 12, 5)],
      ['mar. 12 mars 2024, 10:02', local(2024, 3, 12, 10, 2)],
      ['20 août 2025, 13:19', local(2025, 8, 20, 13, 19)],
      ['26 dic 2019, 22:53', local(2019, 12, 26, 22, 53)],
      ['26 de dez. de 2019, 22:53', local(2019, 12, 26, 22, 53)],
      ['26.12.2019, 22:53', local(2019, 12, 26, 22, 53)],
      ['2019年12月26日 22:53', local(2019, 12, 26, 22, 53)],
      ['12/26/2019, 10:53 PM', local(2019, 12, 26, 22, 53)],
      ['05/06/2019, 10:53', null],
      ['26 дек. 2019 г.', null],
      ['31 Feb 2024, 10:00', null],
      ['', null],
    ];
    const results = await withContent('<p>dates</p>', (page) =>
      page.evaluate((titles) => titles.map((t) => window.gmailReaders.parseDateTitle(t)), cases.map(([title]) => title)),
    );
    expect(results).toEqual(cases.map(([, expected]) => expected));
  });
});

describe('Gmail-like markup inside mail', () => {
  it('is never read as a message, sender, row, reply button, subject, toolbar or compose', async () => {
    await withContent(fixture('hostile-body.html'), async (page) => {
      const summary = await read(page, { user: ['casey@studio.example'] });
      const t = thread(summary);
      expect(t).toMatchObject({
        threadId: '18e0ab3c4d5e6f23',
        subject: 'Site checklist',
        subjectElement: { fixture: 'real' },
        hiddenCount: 0,
        replyButton: null,
        toolbar: null,
        lastFromUser: false,
      });
      // The real message's body, read as text: the Gmail-like markup in it is only more text.
      expect(t.lastText).toMatch(/^Here is our checklist, copied from Gmail as it was\.\nFake subject\n/);
      expect(t.messages).toEqual([
        { messageId: '18e38dbe9a0c2f53', from: { email: 'jordan@vale.example', name: 'Jordan Vale' }, to: [], sentAt: local(2024, 3, 12, 17, 40), expanded: true },
      ]);
      expect(summary.rows).toEqual([]);
      expect(summary.sendAs).toEqual([]);
      expect(summary.composes).toHaveLength(1);
      const [compose] = summary.composes;
      expect(compose).toMatchObject({
        root: { fixture: 'real' },
        draftKey: 'msg-a:r-31337',
        subject: 'Re: Site checklist',
        recipients: [{ email: 'jordan@vale.example', name: 'Jordan Vale' }],
        from: '',
        send: { fixture: 'real' },
        subjectElement: { fixture: 'real' },
        bodyElement: { fixture: 'real' },
      });
      expect(compose!.body.startsWith('Thanks, got it.')).toBe(true);
      expect(compose!.body).not.toContain('Fake quoted Reply');

      // Every selector group, through every query helper: nothing found is inside a body.
      const matches = await page.evaluate(() => window.gmailReaders.everyMatch());
      expect(matches.length).toBeGreaterThan(5);
      expect(matches.filter((m) => m.element.inMarkedBody)).toEqual([]);
    });
  });
});

/** The captures of real Gmail, and what each reader must answer on them (SOURCES.md). */
const REAL_CASES: Array<{ file: string; wrap?: (fragment: string) => string; options?: ReadOptions; check: (s: PageSummary) => void }> = [
  {
    file: 'thread-2019-12-ru-collapsed-messages.html',
    wrap: (fragment) => threadShell('16f438e906b36dac', 'thread-f:1654009536642772396', 'тестовое задание', fragment),
    check: (s) => {
      const t = thread(s);
      expect(t.threadId).toBe('16f438e906b36dac');
      expect(t.messages).toEqual([0, 1].map(() => ({
        messageId: '',
        from: { email: 'sender@mail.example', name: 'Sender' },
        to: [],
        sentAt: local(2019, 12, 26, 22, 53),
        expanded: false,
      })));
      expect(t.hiddenCount).toBe(0);
    },
  },
  {
    file: 'thread-2023-08-expanded-message-shell.html',
    wrap: (fragment) => threadShell('18a41665ecb473a3', 'thread-f:1775568780109575075', 'Subject', fragment),
    check: (s) => {
      const t = thread(s);
      // The source author removed the sender cell: the message is there, with its ids, sender unknown.
      expect(t.messages).toEqual([{ messageId: '18a41665ecb473a3', from: null, to: [], sentAt: null, expanded: true }]);
      expect(t.replyButton).toMatchObject({ className: expect.stringContaining('aaq'), insideMail: false });
    },
  },
  {
    file: 'message-2025-08-expanded-inner.html',
    // SYNTHETIC: the fragment is the inside of div.adn; its ids are the message's, from the fragment's jslog.
    wrap: (fragment) =>
      threadShell(
        '198c6747aabb71a9',
        'thread-f:1840959905192440233',
        'Placement',
        '<div class="h7" role="listitem" aria-expanded="true"><div class="Bk"><div class="G3 G2"><div><div id=":syn">' +
          `<div class="adn ads" data-message-id="#msg-f:1840959905192440233" data-legacy-message-id="198c6747aabb71a9">${fragment}</div>` +
          '</div></div></div></div></div>',
      ),
    options: { user: ['placement.officer@gmail.com'] },
    check: (s) => {
      const t = thread(s);
      expect(t.messages).toEqual([
        {
          messageId: '198c6747aabb71a9',
          from: { email: 'placement.officer@gmail.com', name: 'Placement Officer' },
          to: [{ email: 'batch-list@googlegroups.com', name: 'batch-list' }],
          sentAt: local(2025, 8, 20, 13, 19),
          expanded: true,
        },
      ]);
      expect(t.lastFromUser).toBe(true);
      expect(t.replyButton).toMatchObject({ className: expect.stringContaining('aaq'), insideMail: false });
    },
  },
  {
    file: 'subject-h2-2025-11-undefined-permid.html',
    // SYNTHETIC: the subject alone; a container with one collapsed message so the thread reads.
    wrap: (fragment) =>
      `<div role="main">${fragment}<div class="nH a98 iY"><div role="list"><div class="kv" role="listitem">` +
      '<div class="adf ads"><span class="gD" email="a@b.example" name="A">A</span></div></div></div></div></div>',
    check: (s) => {
      const t = thread(s);
      expect(t.threadId).toBe('19a36435ce2f0ff3');
      expect(t.threadPermId).toBe(`thread-f:${BigInt('0x19a36435ce2f0ff3')}`);
      expect(t.subject).toBe('{ email subject is here }');
    },
  },
  {
    file: 'listrow-2019-12-ru.html',
    check: (s) => expect(s.rows).toEqual([{ threadId: '16f438e906b36dac', subject: 'тестовое задание' }]),
  },
  {
    file: 'compose-2020-10-dialog.html',
    check: (s) => {
      expect(s.composes).toHaveLength(1);
      expect(s.composes[0]).toMatchObject({
        draftKey: 'msg-a:r-7673660351152959857',
        subject: '',
        recipients: [],
        from: '',
        send: { className: expect.stringContaining('aoO') },
        subjectElement: { tag: 'input' },
        bodyElement: { className: expect.stringContaining('Am') },
      });
      expect(s.composes[0]!.body.trim()).toBe('');
      expect(s.sendAs).toEqual([]);
    },
  },
  {
    file: 'compose-2023plus-vi-elements.html',
    options: { composeRoot: '#synthetic-holder' },
    check: (s) => {
      expect(s.composes).toHaveLength(1);
      expect(s.composes[0]).toMatchObject({
        send: { text: 'Gửi', className: expect.stringContaining('aoO') },
        subjectElement: { tag: 'input' },
        bodyElement: { className: expect.stringContaining('Am') },
        subject: '',
        from: '',
      });
      expect(s.composes[0]!.body.trim()).toBe('');
    },
  },
  {
    file: 'compose-peoplekit-chip.html',
    // SYNTHETIC: the chip alone; a compose root with its To field around it.
    wrap: (fragment) => `<div class="M9"><div name="to">${fragment}</div></div>`,
    check: (s) => expect(s.composes[0]!.recipients).toEqual([{ email: 'heeloo@gmail.com', name: 'heeloo@gmail.com' }]),
  },
];

/** SYNTHETIC shell (SOURCES.md): subject h2.hP + [role=main] .a98.iY + [role=list] around a fragment. */
function threadShell(hex: string, permId: string, subject: string, fragment: string): string {
  return (
    `<div role="main"><div class="nH a98 iY"><div class="ha"><h2 class="hP" data-thread-perm-id="${permId}" ` +
    `data-legacy-thread-id="${hex}">${subject}</h2></div><div role="list">${fragment}</div></div></div>`
  );
}

/** The body of a saved page (without its html/head/body shell). */
function bodyOf(html: string): string {
  const match = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return match ? match[1]! : html;
}

describe('captures of real Gmail (../shared/real-gmail)', () => {
  it('every reader gives the right answer on each capture, when the folder is there', async () => {
    const ran: string[] = [];
    if (existsSync(REAL_GMAIL)) {
      for (const { file, wrap, options, check } of REAL_CASES) {
        const html = readFileSync(join(REAL_GMAIL, file), 'utf8');
        const page = wrap ? `<!doctype html><html><head><meta charset="utf-8"></head><body>${wrap(bodyOf(html))}</body></html>` : html;
        const summary = await readHtml(page, options);
        try {
          check(summary);
        } catch (error) {
          throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
        }
        ran.push(file);
      }
      expect(ran).toEqual(REAL_CASES.map((c) => c.file));
    } else {
      console.warn(`${REAL_GMAIL} is not there: only our own fixtures were checked, not the captures of real Gmail.`);
      // CI always has ../shared beside the clone: there the captures must have been read.
      expect(process.env.CI ? 'CI without ../shared/real-gmail' : 'not CI').toBe('not CI');
      expect(ran).toEqual([]);
    }
  });
});

describe('the replica renders what the readers read', () => {
  async function open(replica: GmailReplica, path: string): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
    const context = await browser.newContext({ ...ZONE, viewport: { width: 1280, height: 900 } });
    // The replica's CSP blocks added script tags; an init script is added by the browser itself.
    await context.addInitScript({ content: bundle });
    await replica.route(context);
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`https://mail.google.com${path}`);
    return { context, page, errors };
  }
  const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

  it('shows a long thread as the first message, the older-messages bar and the last two; the bar and a click show the rest', async () => {
    const replica = sampleReplica();
    const hex = SAMPLE.account0.olderMessagesThread;
    const { context, page, errors } = await open(replica, `/mail/u/0/#inbox/${hex}`);
    try {
      await page.locator(`h2.hP[data-legacy-thread-id="${hex}"]`).waitFor();
      const all = replica.thread(0, hex)!.messages;
      expect(all.length).toBeGreaterThanOrEqual(8);
      let t = thread(await read(page, { user: [SAMPLE.account0.email] }));
      expect(t.hiddenCount).toBe(all.length - 3);
      expect(t.lastFromUser).toBe(true);
      const shown = [all[0]!, all.at(-2)!, all.at(-1)!];
      expect(t.messages).toEqual(
        shown.map((m, i) => ({
          messageId: i === 2 ? m.legacyId : '',
          from: { email: m.from.email, name: m.from.name },
          to: i === 2 ? m.to.map((p) => ({ email: p.email, name: p.name })) : [],
          sentAt: minute(m.date),
          expanded: i === 2,
        })),
      );
      expect(t.replyButton).toMatchObject({ className: expect.stringContaining('bkH'), insideMail: false });
      // The hidden messages are not in the DOM.
      expect(await page.locator('div.adf, div.adn').count()).toBe(3);

      await page.locator('div.kQ span.adx').click();
      t = thread(await read(page));
      expect(t.hiddenCount).toBe(0);
      expect(t.messages.map((m) => m.from?.email)).toEqual(all.map((m) => m.from.email));
      expect(t.messages.map((m) => m.expanded)).toEqual(all.map((_, i) => i === all.length - 1));

      // A collapsed message opens on click, and then it has its ids.
      await page.locator('div.kv[role=listitem]').nth(1).click();
      t = thread(await read(page));
      expect(t.messages[1]).toMatchObject({ messageId: all[1]!.legacyId, expanded: true });
      await page.locator('div.kv[role=listitem]').first().press('Enter');
      t = thread(await read(page));
      expect(t.messages[0]).toMatchObject({ messageId: all[0]!.legacyId, expanded: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('renders an HTML body as mail: Gmail-like markup in it is shown, never read, and nothing in it runs', async () => {
    const replica = sampleReplica();
    const hex = SAMPLE.account0.hostileBodyThread;
    const { context, page, errors } = await open(replica, `/mail/u/0/#inbox/${hex}`);
    try {
      await page.locator(`h2.hP[data-legacy-thread-id="${hex}"]`).waitFor();
      // The body is there, with its look-alikes.
      for (const lookAlike of ['div.adn', 'span.gD[email]', 'tr.zA', 'span.ams.bkH', 'h2.hP', 'div.M9', '[gh=mtb]', 'div.kQ']) {
        expect(await page.locator(`div.a3s ${lookAlike}`).count(), lookAlike).toBeGreaterThan(0);
      }
      await page.evaluate(() => document.querySelectorAll('div.a3s').forEach((b) => b.setAttribute('data-mail-body', '')));
      const summary = await read(page, { user: [SAMPLE.account0.email] });
      const t = thread(summary);
      const messages = replica.thread(0, hex)!.messages;
      expect(t.threadId).toBe(hex);
      expect(t.messages.map((m) => [m.messageId, m.from?.email, m.expanded])).toEqual([
        ['', messages[0]!.from.email, false],
        [messages[1]!.legacyId, messages[1]!.from.email, true],
      ]);
      expect(t.lastFromUser).toBe(false);
      expect(t.hiddenCount).toBe(0);
      expect(t.replyButton).toMatchObject({ className: expect.stringContaining('bkH'), inMarkedBody: false });
      expect(summary.rows).toEqual([]);
      expect(summary.composes).toEqual([]);
      expect(summary.sendAs).toEqual([]);
      const matches = await page.evaluate(() => window.gmailReaders.everyMatch());
      expect(matches.filter((m) => m.element.inMarkedBody)).toEqual([]);
      // Nothing in the mail ran, or can.
      expect(await page.title()).not.toContain('pwned');
      expect(await page.locator('div.a3s script').count()).toBe(0);
      expect(await page.locator('div.a3s [onerror], div.a3s [data-removed-onerror]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('offers send-as addresses in a From selector, sends from the chosen one, and replies from the address written to', async () => {
    const replica = sampleReplica();
    const { sendAs, email, sendAsThread } = SAMPLE.account1;
    const { context, page, errors } = await open(replica, '/mail/u/1/#sent');
    try {
      await page.locator('div.T-I.T-I-KE.L3[role=button]').click();
      const compose = page.locator('div.M9').last();
      await compose.waitFor();
      let summary = await read(page);
      expect(summary.sendAs).toEqual([email, sendAs.email]);
      expect(summary.composes.map((c) => c.from)).toEqual([email]);

      await compose.locator('.J-JN-M-I[role=button]').click();
      await compose.locator(`[role=menuitem][value="${sendAs.email}"]`).click();
      summary = await read(page);
      expect(summary.composes.map((c) => c.from)).toEqual([sendAs.email]);
      expect(await compose.locator('.J-JN-M-I').textContent()).toBe(`${sendAs.name} <${sendAs.email}>`);

      await compose.locator('div[name=to] input').fill('juno@example.org');
      await compose.locator('div[name=to] input').press('Enter');
      await compose.locator('input[name=subjectbox]').fill('From the studio');
      await compose.locator('div[contenteditable=true][g_editable=true]').fill('Hello from the studio address.');
      await compose.locator('.IZ .Up div[role=button]:not([aria-haspopup=true])').click();
      await page.locator('#link_undo').waitFor();
      const sent = replica.accounts[1]!.threads.find((th) => th.subject === 'From the studio')!;
      expect(sent.messages[0]!.from).toEqual(sendAs);

      // A reply in a thread the user wrote from the send-as address goes from that address.
      await page.evaluate((h) => (location.hash = `sent/${h}`), sendAsThread);
      await page.locator(`h2.hP[data-legacy-thread-id="${sendAsThread}"]`).waitFor();
      const t = thread(await read(page, { user: [email, sendAs.email] }));
      expect(t.messages.at(-1)!.from!.email).toBe(sendAs.email);
      expect(t.lastFromUser).toBe(true);
      await page.locator('span.ams.bkH').click();
      await page.locator('.ip.adB div.M9').waitFor();
      summary = await read(page);
      expect(summary.composes.map((c) => c.from)).toEqual([sendAs.email]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['de', 'fr', 'ru'] as const)('writes dates and labels in the account language (%s), and the readers still read them', async (language) => {
    const accounts = sampleAccounts(Date.now());
    accounts[0]!.language = language;
    const replica = new GmailReplica({ accounts });
    const hex = SAMPLE.account0.olderMessagesThread;
    const { context, page, errors } = await open(replica, `/mail/u/0/#inbox/${hex}`);
    try {
      await page.locator(`h2.hP[data-legacy-thread-id="${hex}"]`).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      const titles = await page.locator('span.g3[title]').evaluateAll((els) => els.map((e) => e.getAttribute('title')!));
      const pattern = {
        de: /^\d{1,2}\. \p{L}+\.? \d{4}, \d{2}:\d{2}$/u,
        fr: /^\d{1,2} \p{L}+\.? \d{4}, \d{2}:\d{2}$/u,
        ru: /^\d{1,2} \p{L}+\.? \d{4} г\., \d{2}:\d{2}$/u,
      }[language];
      for (const title of titles) expect(title).toMatch(pattern);
      const all = replica.thread(0, hex)!.messages;
      const t = thread(await read(page));
      expect(t.messages.map((m) => m.sentAt)).toEqual([all[0]!, all.at(-2)!, all.at(-1)!].map((m) => minute(m.date)));
      expect(t.hiddenCount).toBe(all.length - 3);
      const labels = {
        de: { older: `${all.length - 3} ältere Nachrichten`, reply: 'Antworten', to: 'an ' },
        fr: { older: `${all.length - 3} messages plus anciens`, reply: 'Répondre', to: 'à ' },
        ru: { older: `Более ранние сообщения: ${all.length - 3}`, reply: 'Ответить', to: 'кому ' },
      }[language];
      expect(await page.locator('div.kQ span.adx').getAttribute('aria-label')).toBe(labels.older);
      expect(await page.locator('span.ams.bkH').textContent()).toBe(labels.reply);
      expect(await page.locator('div.adn span.hb').textContent()).toMatch(new RegExp(`^${labels.to}`));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
