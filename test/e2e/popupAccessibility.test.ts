/**
 * The popup for every user: light and dark (the setting, or the system's),
 * usable at 200 % zoom, and no axe-core violations in any of its states.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleReplica, SAMPLE } from '../replica';
import { aFollowUp, axeViolations, fitsWidth, PopupPage, putFollowUps, setZoom } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';

const DAY = 86_400_000;
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(31, 31, 31)';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Every kind of row: overdue with a note, upcoming in another account, replied. */
async function start(): Promise<ExtensionSession> {
  session = await launchExtension({ replica: sampleReplica(), locale: 'en-GB', timezoneId: 'Europe/Berlin' });
  await putFollowUps(session, [
    aFollowUp({ dueAt: Date.now() - 2 * DAY, note: 'Ask about the kickoff date' }),
    aFollowUp({ dueAt: Date.now() + DAY, account: SAMPLE.account1.email, threadId: SAMPLE.account1.unansweredThread, subject: 'Brand refresh' }),
    aFollowUp({
      status: 'replied',
      dueAt: Date.now(),
      threadId: SAMPLE.account0.repliedThread,
      subject: 'Lumen Labs: API access',
      replyCheck: { checkedAt: Date.now(), outcome: 'replied', evidence: { by: { name: 'Priya Natarajan', email: 'priya@lumenlabs.example' }, dateText: 'Fri, Nov 20, 2026 at 9:14 AM' } },
    }),
  ]);
  return session;
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const setTheme = (page: Page, theme: string) => page.evaluate((theme) => chrome.storage.sync.set({ settings: { theme } }), theme);

describe('popup themes', () => {
  it('follows the system by default, and the theme setting when it pins one, live', async () => {
    const s = await start();
    const page = await s.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    const popup = await PopupPage.open(s, page);
    await popup.rows.first().waitFor();
    expect(await background(page)).toBe(DARK);
    await setTheme(page, 'light');
    await expect.poll(() => background(page)).toBe(LIGHT);
    await page.emulateMedia({ colorScheme: 'light' });
    await setTheme(page, 'dark');
    await expect.poll(() => background(page)).toBe(DARK);
    await setTheme(page, 'system');
    await expect.poll(() => background(page)).toBe(LIGHT);
  });

  it('fits its window at 200 % zoom, where the popup grows to 800 × 600 device pixels', async () => {
    const s = await start();
    const popup = await PopupPage.open(s);
    await popup.page.setViewportSize({ width: 800, height: 600 });
    await setZoom(popup.page, 2);
    await expect.poll(() => popup.page.evaluate(() => innerWidth)).toBe(400);
    await popup.rows.first().waitFor();
    expect(await fitsWidth(popup.page)).toBe(true);
  });
});

describe('popup accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations in the ${scheme} theme: list, snooze panel, note editor, selection, snackbar`, async () => {
      const s = await start();
      const page = await s.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const popup = await PopupPage.open(s, page);
      await expect.poll(() => popup.rows.count()).toBe(3);
      expect(await axeViolations(page)).toEqual([]);

      const [first] = await popup.ids();
      await popup.act(first!, 'snooze');
      await popup.whenPanel.locator('[data-field=phrase]').fill('yesterday');
      await popup.whenPanel.locator('[data-field=exact]').fill('2020-01-01T10:00');
      await popup.whenPanel.getByRole('alert').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await popup.act(first!, 'note');
      await popup.notePanel.locator('textarea').fill('x'.repeat(10_001));
      await popup.notePanel.getByRole('alert').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await popup.notePanel.getByRole('button', { name: 'Cancel' }).click();

      await popup.select(first!);
      await popup.page.locator('[data-bulk=done]').click();
      await popup.notice.waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
