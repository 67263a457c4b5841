/**
 * Page objects for Firefox, driven by puppeteer-core: what pages.ts, compose.ts and
 * extensionPages.ts do for Chromium with Playwright, for the steps the Firefox tests take.
 * Our controls live in shadow roots: `>>>` reaches into them.
 */
import type { Page } from 'puppeteer-core';
import type { Browser as WebExtensionBrowser } from 'webextension-polyfill';
import type { Preset } from '../../src/core/dueDate';
import type { FollowUp } from '../../src/core/followUp';
import { DB_NAME } from '../../src/storage/db';
import type { FirefoxSession } from './firefox';
import { baselineIn } from './pages';
import { readTable } from './readTable';

const THREAD_CONTROL = '[data-followthrough=thread-control]';
const COMPOSE_CONTROL = '[data-followthrough=compose-control]';

/** The text of the first element matching `selector`, or null while there is none. */
function textOf(page: Page, selector: string): Promise<string | null> {
  return page.$(selector).then((element) => element?.evaluate((node) => node.textContent) ?? null);
}

export class FirefoxGmail {
  constructor(readonly page: Page) {}

  static async open(session: FirefoxSession, path = '/mail/u/0/#inbox'): Promise<FirefoxGmail> {
    return new FirefoxGmail(await session.openGmail(path));
  }

  /** Opens a thread the way a user does: from a list row. */
  async openThreadFromList(folder: 'inbox' | 'sent', threadHex: string): Promise<void> {
    await this.page.evaluate((hash) => void (location.hash = hash), `#${folder}`);
    await this.page.locator(`tr.zA:has([data-legacy-thread-id="${threadHex}"])`).click();
    await this.page.waitForSelector(`h2.hP[data-legacy-thread-id="${threadHex}"]`);
  }

  /** What the thread's Follow up control says; null while it isn't shown. */
  controlText(): Promise<string | null> {
    return textOf(this.page, `${THREAD_CONTROL} >>> button.ft-button`);
  }

  /** Picks a time in the control's menu and waits for the thread to show as tracked. */
  async choose(preset: Preset): Promise<void> {
    await this.page.locator(`${THREAD_CONTROL} >>> button.ft-button`).click();
    await this.page.waitForSelector(`${THREAD_CONTROL} >>> [role=menu]`);
    await this.page.locator(`${THREAD_CONTROL} >>> [data-action="${preset}"]`).click();
    await this.page.waitForSelector(`${THREAD_CONTROL} >>> button.ft-button[data-state=tracked]`);
  }
}

export class FirefoxCompose {
  /** `root`: a selector for the compose's div.M9. */
  constructor(
    readonly page: Page,
    readonly root: string,
  ) {}

  /** A new message, from the Compose button (the only compose open). */
  static async open(page: Page): Promise<FirefoxCompose> {
    await page.locator('div.T-I.T-I-KE.L3[role=button]').click();
    await page.waitForSelector('div.M9');
    return new FirefoxCompose(page, 'div.M9');
  }

  controlText(): Promise<string | null> {
    return textOf(this.page, `${this.root} ${COMPOSE_CONTROL} >>> button.ft-button`);
  }

  async write({ to, subject, body }: { to?: string[]; subject?: string; body?: string }): Promise<void> {
    for (const address of to ?? []) {
      await this.page.locator(`${this.root} div[name=to] input`).fill(address);
      await this.page.keyboard.press('Enter');
    }
    if (subject !== undefined) await this.page.locator(`${this.root} input[name=subjectbox]`).fill(subject);
    if (body !== undefined) await this.page.locator(`${this.root} div[contenteditable=true][g_editable=true]`).fill(body);
  }

  async choose(preset: Preset): Promise<void> {
    const control = `${this.root} ${COMPOSE_CONTROL} >>>`;
    await this.page.locator(`${control} button.ft-button`).click();
    await this.page.waitForSelector(`${control} [role=menu]`);
    await this.page.locator(`${control} [data-action="${preset}"]`).click();
    await this.page.waitForSelector(`${control} [role=menu]`, { hidden: true });
  }

  async send(): Promise<void> {
    await this.page.locator(`${this.root} .IZ .Up div[role=button]:not([aria-haspopup=true])`).click();
  }
}

/** The popup's list, opened in a tab as the toolbar would show it. */
export async function openPopup(session: FirefoxSession): Promise<Page> {
  const page = await session.openExtensionPage('src/popup/index.html');
  await page.setViewport({ width: 400, height: 600 });
  return page;
}

/** The popup's rows of one section: each its follow-up's id, subject and due text. */
export function popupRows(popup: Page, section: 'overdue' | 'today' | 'upcoming'): Promise<Array<{ id: string; subject: string; due: string; title: string }>> {
  return popup.$$eval(`section[data-section="${section}"] li[data-follow-up-id]`, (rows) =>
    rows.map((row) => ({
      id: (row as HTMLElement).dataset.followUpId ?? '',
      subject: row.querySelector('.subject')?.textContent ?? '',
      due: row.querySelector('.due')?.textContent ?? '',
      title: row.querySelector('.due')?.getAttribute('title') ?? '',
    })),
  );
}

/** Reads the follow-ups straight from the extension's IndexedDB, bypassing our code (readTable.ts). */
export function storedFollowUps(session: FirefoxSession): Promise<FollowUp[]> {
  return session.inExtension(readTable, { database: DB_NAME, table: 'followUps' }) as Promise<FollowUp[]>;
}

/** Waits until the background recorded what the thread held when the follow-up was set (see pages.ts). */
export function baselineRecorded(session: FirefoxSession, id?: string): Promise<FollowUp> {
  return baselineIn(() => storedFollowUps(session), id);
}

export function badgeText(session: FirefoxSession): Promise<string> {
  return session.inExtension(() => (globalThis as unknown as { browser: WebExtensionBrowser }).browser.action.getBadgeText({}));
}

/** The notifications shown now: id → title. */
export function shownNotifications(session: FirefoxSession): Promise<Record<string, string>> {
  return session.inExtension(async () => {
    const all = await (globalThis as unknown as { browser: WebExtensionBrowser }).browser.notifications.getAll();
    return Object.fromEntries(Object.entries(all).map(([id, { title }]) => [id, title]));
  });
}

/** Sends a protocol message as one of our pages does (the extension's origin); the raw reply. */
export function sendFromExtensionPage(session: FirefoxSession, message: unknown): Promise<unknown> {
  return session.inExtension((m) => (globalThis as unknown as { browser: WebExtensionBrowser }).browser.runtime.sendMessage(m), message);
}
