/**
 * The popup's list in real Chromium with the built extension: sections and
 * rows, opening a thread in the right account, search, the account filter,
 * live updates, the empty state, the first rows painted from the snapshot
 * the background keeps, and mail content shown only as text.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDueDate, formatShortDate } from '../../src/core/format';
import { threadUrl } from '../../src/gmail/urls';
import { DB_NAME } from '../../src/storage/db';
import { sampleReplica, SAMPLE } from '../replica';
import { aFollowUp, OptionsPage, PopupPage, putFollowUps } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { GmailPage, sendFromExtensionPage, storedAccounts, storedFollowUps } from '../support/pages';

const ZONE = { locale: 'en-GB', timezoneId: 'Europe/Berlin' };
const inZone = { locale: ZONE.locale, timeZone: ZONE.timezoneId };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OTHER_ACCOUNT = SAMPLE.account1.email;

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** `ownBrowser` for a test that sets Playwright's clock: it is the whole browser's. */
async function start(ownBrowser = false): Promise<ExtensionSession> {
  session = await launchExtension({ replica: sampleReplica(), ...ZONE, ownBrowser });
  return session;
}

describe('the popup list', () => {
  it('sorts follow-ups into overdue, today, upcoming and recent replies, each row saying what and when', async () => {
    const s = await start(true);
    // The popup's clock is pinned to midday, so "today" has room on both sides whenever the test runs.
    const now = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1, 11);
    const overdue = aFollowUp({ dueAt: now - 3 * DAY, sentAt: now - 7 * DAY, note: 'Ask about the kickoff date' });
    const today = aFollowUp({ dueAt: now + 2 * HOUR, subject: 'Pricing & terms', threadId: SAMPLE.account0.htmlSubjectThread });
    const upcoming = aFollowUp({ dueAt: now + 2 * DAY, subject: 'Renewal terms', recipients: [
      { name: 'Nora Patel', email: 'nora@fieldstone.example' },
      { name: '', email: 'ops@fieldstone.example' },
    ] });
    const replied = aFollowUp({
      status: 'replied',
      dueAt: now - DAY,
      subject: 'Lumen Labs: API access',
      replyCheck: {
        checkedAt: now - DAY,
        outcome: 'replied',
        evidence: { by: { name: 'Priya Natarajan', email: 'priya@lumenlabs.example' }, dateText: 'Fri, Nov 20, 2026 at 9:14 AM' },
      },
    });
    const done = aFollowUp({ status: 'done', subject: 'Finished business' });
    await putFollowUps(s, [upcoming, replied, done, today, overdue]);

    const page = await s.context.newPage();
    await page.clock.setFixedTime(now);
    const popup = await PopupPage.open(s, page);
    await expect.poll(() => popup.ids()).toEqual([overdue.id, today.id, upcoming.id, replied.id]);
    expect(await page.locator('section h2').allTextContents()).toEqual(['Overdue', 'Today', 'Upcoming', 'Replied recently']);
    expect(await popup.section('overdue').count()).toBe(1);
    expect(await popup.section('replied').count()).toBe(1);

    const row = popup.row(overdue.id);
    expect(await row.locator('.subject').textContent()).toBe(overdue.subject);
    expect(await row.locator('.recipients').textContent()).toBe('To Dana Whitfield');
    expect(await row.locator('.sent').textContent()).toBe(`Sent ${formatShortDate(overdue.sentAt, now, inZone)}`);
    expect(await row.locator('.due').textContent()).toBe('3 days overdue');
    expect(await row.locator('.due').getAttribute('title')).toBe(`Due ${formatDueDate(overdue.dueAt, inZone)}`);
    expect(await row.getByRole('img', { name: 'Has a note' }).getAttribute('title')).toBe(overdue.note);
    expect(await popup.row(today.id).locator('.due').textContent()).toBe('Due in 2 hours');
    expect(await popup.row(today.id).getByRole('img', { name: 'Has a note' }).count()).toBe(0);
    expect(await popup.row(upcoming.id).locator('.due').textContent()).toBe('Due in 2 days');
    expect(await popup.row(upcoming.id).locator('.recipients').textContent()).toBe('To Nora Patel, ops@fieldstone.example');
    expect(await popup.row(replied.id).locator('.ended-how').textContent()).toBe('Priya Natarajan replied 20 Nov');
    // One account: rows don't name it, and there is nothing to filter by.
    expect(await page.locator('.account').count()).toBe(0);
    expect(await page.locator('[data-field=account]').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('explains how to set the first follow-up when there is none', async () => {
    const s = await start();
    const popup = await PopupPage.open(s);
    const empty = popup.page.locator('main p.empty');
    await expect.poll(() => empty.textContent()).toContain('No follow-ups yet.');
    expect(await empty.textContent()).toContain('open a thread you sent and click “Follow up”');
    expect(await popup.page.locator('[data-field=search]').count()).toBe(0);
  });

  it('updates while open when a follow-up is set or ends elsewhere', async () => {
    const s = await start();
    const first = aFollowUp();
    await putFollowUps(s, [first]);
    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.rows.count()).toBe(1);
    const { account1 } = SAMPLE;
    await sendFromExtensionPage(s, {
      type: 'followUp.create',
      payload: {
        account: account1.email,
        threadId: account1.unansweredThread,
        threadPermId: `thread-f:${BigInt(`0x${account1.unansweredThread}`)}`,
        messageId: account1.unansweredThread,
        subject: 'Brand refresh: first concepts',
        recipients: [{ name: 'Olivia Chen', email: 'olivia@harbor.example' }],
        sentAt: Date.now() - DAY,
        dueAt: Date.now() + DAY,
        condition: 'if-no-reply',
      },
    });
    await expect.poll(() => popup.rows.count()).toBe(2);
    await sendFromExtensionPage(s, { type: 'followUp.end', payload: { id: first.id, status: 'cancelled' } });
    await expect.poll(() => popup.ids()).not.toContain(first.id);
  });
});

describe("the popup's first rows", () => {
  /** What the background keeps in storage.local for the popup's first paint (popup/snapshot.ts). */
  const snapshotSubjects = (page: Page) =>
    page.evaluate(async () => {
      const stored = (await chrome.storage.local.get('popupSnapshot')).popupSnapshot as { active: { rows: Array<{ subject: string }> } } | undefined;
      return stored?.active.rows.map((f) => f.subject) ?? [];
    });

  it('paints the rows the background kept while the database is busy, then the live rows', async () => {
    const s = await start();
    const kept = aFollowUp({ subject: 'Kept for the first paint' });
    await putFollowUps(s, [kept]);
    // Rows written behind the extension's back: tell it, as an import does.
    await sendFromExtensionPage(s, { type: 'data.changed', payload: {} });
    const holder = await OptionsPage.open(s);
    await expect.poll(() => snapshotSubjects(holder.page)).toEqual([kept.subject]);

    // Another page renames the follow-up in a transaction it keeps open: the popup's database
    // read waits for it, so whatever the popup shows meanwhile came from the snapshot.
    await holder.page.evaluate(
      ({ name, row }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('followUps', 'readwrite');
            const store = tx.objectStore('followUps');
            store.put(row);
            const w = window as unknown as { releaseDb?: () => void };
            let held = true;
            w.releaseDb = () => (held = false);
            const keepBusy = () => {
              if (held) store.count().onsuccess = keepBusy;
            };
            keepBusy();
            resolve();
          };
        }),
      { name: DB_NAME, row: { ...kept, subject: 'Renamed while the popup opened' } },
    );
    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.row(kept.id).locator('.subject').textContent()).toBe(kept.subject);

    await holder.page.evaluate(() => (window as unknown as { releaseDb: () => void }).releaseDb());
    await expect.poll(() => popup.row(kept.id).locator('.subject').textContent()).toBe('Renamed while the popup opened');
    expect(await popup.rows.count()).toBe(1);
    expect(s.pageErrors).toEqual([]);
  });

  it('keeps the rows of the last change, and none once the data is deleted', async () => {
    const s = await start();
    const first = aFollowUp({ subject: 'First', dueAt: Date.now() + DAY });
    const second = aFollowUp({ subject: 'Second', dueAt: Date.now() + 2 * DAY, threadId: SAMPLE.account0.htmlSubjectThread });
    await putFollowUps(s, [first, second]);
    await sendFromExtensionPage(s, { type: 'data.changed', payload: {} });
    const options = await OptionsPage.open(s);
    await expect.poll(() => snapshotSubjects(options.page)).toEqual(['First', 'Second']);

    await sendFromExtensionPage(s, { type: 'followUp.end', payload: { id: first.id, status: 'done' } });
    await expect.poll(() => snapshotSubjects(options.page)).toEqual(['Second']);

    await options.deleteAll();
    await expect.poll(() => snapshotSubjects(options.page)).toEqual([]);
    const popup = await PopupPage.open(s);
    await popup.page.getByText("No follow-ups yet.").waitFor();
    expect(await popup.rows.count()).toBe(0);
  });
});

describe('opening a thread', () => {
  it('opens it in the Gmail tab of its account, or in a new tab when that account has none', async () => {
    const s = await start();
    // A Gmail tab of the second account tells the extension where that account is (/u/1).
    const gmail = await GmailPage.open(s, '/mail/u/1/#inbox');
    await expect.poll(async () => (await storedAccounts(s)).map((account) => account.email)).toEqual([OTHER_ACCOUNT]);
    const inOpenTab = aFollowUp({ account: OTHER_ACCOUNT, threadId: SAMPLE.account1.unansweredThread });
    const inNewTab = aFollowUp({ threadId: SAMPLE.account0.unansweredThread });
    await putFollowUps(s, [inOpenTab, inNewTab]);
    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.rows.count()).toBe(2);

    await popup.act(inOpenTab.id, 'open');
    await expect.poll(() => gmail.page.url()).toBe(threadUrl(1, SAMPLE.account1.unansweredThread));

    // The Gmail tab came to the front; the user opens the popup again to open the next one.
    await popup.page.bringToFront();
    const pagesBefore = s.context.pages().length;
    await popup.act(inNewTab.id, 'open');
    // That account was never seen in a tab: Gmail takes its address in place of /u/N.
    const expected = threadUrl(SAMPLE.account0.email, SAMPLE.account0.unansweredThread);
    await expect.poll(() => s.context.pages().map((p) => p.url())).toContain(expected);
    expect(s.context.pages().length).toBe(pagesBefore + 1);
  });
});

describe('search and filter', () => {
  it('finds follow-ups by subject or recipient, and by account', async () => {
    const s = await start();
    const northwind = aFollowUp({ dueAt: Date.now() + DAY });
    const pricing = aFollowUp({
      dueAt: Date.now() + 2 * DAY,
      subject: 'Pricing for Q1',
      threadId: SAMPLE.account0.htmlSubjectThread,
      recipients: [{ name: 'Sam Okafor', email: 'sam@brightpath.example' }],
    });
    const studio = aFollowUp({
      dueAt: Date.now() + 3 * DAY,
      account: OTHER_ACCOUNT,
      subject: 'Brand refresh: pricing',
      threadId: SAMPLE.account1.unansweredThread,
      recipients: [{ name: 'Olivia Chen', email: 'olivia@harbor.example' }],
    });
    await putFollowUps(s, [northwind, pricing, studio]);
    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.ids()).toEqual([northwind.id, pricing.id, studio.id]);
    // Two accounts: each row names its own.
    expect(await popup.row(studio.id).locator('.account').textContent()).toBe(OTHER_ACCOUNT);

    await popup.search('pricing');
    await expect.poll(() => popup.ids()).toEqual([pricing.id, studio.id]);
    await popup.search('OKAFOR');
    await expect.poll(() => popup.ids()).toEqual([pricing.id]);
    await popup.search('harbor.example');
    await expect.poll(() => popup.ids()).toEqual([studio.id]);
    await popup.search('no such thing');
    await expect.poll(() => popup.page.locator('main p.empty').textContent()).toBe('No follow-ups match.');

    await popup.search('pricing');
    await popup.page.locator('[data-field=account]').selectOption(SAMPLE.account0.email);
    await expect.poll(() => popup.ids()).toEqual([pricing.id]);
    await popup.search('');
    await expect.poll(() => popup.ids()).toEqual([northwind.id, pricing.id]);
    await popup.page.locator('[data-field=account]').selectOption('');
    await expect.poll(() => popup.ids()).toEqual([northwind.id, pricing.id, studio.id]);
  });

  it('pages a long list instead of rendering it all', async () => {
    const s = await start();
    const many = Array.from({ length: 60 }, (_, i) => aFollowUp({ dueAt: Date.now() + (i + 1) * HOUR, threadId: (0x1000 + i).toString(16) }));
    await putFollowUps(s, many);
    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.rows.count()).toBe(25);
    await popup.page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => popup.rows.count()).toBe(50);
    await popup.page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => popup.ids()).toEqual(many.map((f) => f.id));
    expect(await popup.page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
  });
});

describe('bad input', () => {
  it('shows hostile subjects, names and notes as text, running nothing', async () => {
    const s = await start();
    const dialogs: string[] = [];
    s.context.on('page', (page) => page.on('dialog', (dialog) => void dialogs.push(dialog.message())));
    const hostile = aFollowUp({
      subject: SAMPLE.htmlSubject,
      recipients: [{ name: '<img src=y onerror=alert(2)>', email: 'sam@brightpath.example' }],
      note: '<script>alert(3)</script><b>bold</b>',
    });
    await putFollowUps(s, [hostile]);
    const popup = await PopupPage.open(s);
    const row = popup.row(hostile.id);
    await expect.poll(() => row.locator('.subject').textContent()).toBe(SAMPLE.htmlSubject);
    expect(await row.locator('.recipients').textContent()).toBe('To <img src=y onerror=alert(2)>');
    await popup.act(hostile.id, 'note');
    expect(await popup.notePanel.locator('textarea').inputValue()).toBe(hostile.note);
    expect(await popup.page.locator('img, script:not([src]), b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await storedFollowUps(s)).toHaveLength(1);
  });
});
