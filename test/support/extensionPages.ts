/// <reference types="chrome" />
/**
 * Page objects for the extension's own pages (popup, options) and a way to
 * put follow-ups in their database, so tests read as what a user does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page, Worker } from 'playwright-core';
import type { FollowUp } from '../../src/core/followUp';
import type { RowAction } from '../../src/popup/shortcuts';
import { DB_NAME } from '../../src/storage/db';
import { extensionUrl, type ExtensionSession } from './launch';

const DAY = 86_400_000;

/** A stored follow-up with believable defaults; ids are fresh unless given. */
export function aFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  const now = Date.now();
  return {
    id: crypto.randomUUID(),
    account: 'alex.rivera@example.com',
    threadId: '18f2a4c1d0e3b701',
    threadPermId: `thread-f:${BigInt('0x18f2a4c1d0e3b701')}`,
    messageId: '18f2a4c1d0e3b701',
    subject: 'Northwind pilot: proposal and next steps',
    recipients: [{ name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example' }],
    sentAt: now - 4 * DAY,
    dueAt: now + 3 * DAY,
    condition: 'if-no-reply',
    status: 'pending',
    note: '',
    createdAt: now - 4 * DAY,
    updatedAt: now - 4 * DAY,
    ...overrides,
  };
}

/**
 * Puts follow-ups straight into the extension's IndexedDB, as they would be
 * after any history. Do it before opening the page under test: writes that
 * bypass Dexie do not reach pages already showing the data.
 */
export async function putFollowUps(session: ExtensionSession, followUps: FollowUp[]): Promise<void> {
  const page = await OptionsPage.open(session);
  // Written only into the database the extension made, once the page has read it: opening it
  // first here would make an empty one.
  await page.page.locator('[data-section=data] [data-stored]').waitFor();
  await page.page.evaluate(
    ({ name, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('followUps', 'readwrite');
          for (const row of rows) tx.objectStore('followUps').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, rows: followUps },
  );
  await page.page.close();
}

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(session: ExtensionSession, page?: Page): Promise<PopupPage> {
    const target = page ?? (await session.context.newPage());
    await target.setViewportSize({ width: 400, height: 600 });
    await target.goto(extensionUrl(session, 'src/popup/index.html'));
    return new PopupPage(target);
  }

  get rows(): Locator {
    return this.page.locator('li[data-follow-up-id]');
  }

  row(id: string): Locator {
    return this.page.locator(`li[data-follow-up-id="${id}"]`);
  }

  /** The rows of one section, in order. */
  section(name: 'waiting-on-me' | 'overdue' | 'today' | 'upcoming' | 'replied' | 'history'): Locator {
    return this.page.locator(`section[data-section="${name}"] li[data-follow-up-id]`);
  }

  /** Ids of the rows shown, in order. */
  async ids(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.followUpId ?? ''));
  }

  /** Clicks one of a row's buttons, revealed by hovering as a user would. */
  async act(id: string, action: Exclude<RowAction, 'select'>): Promise<void> {
    await this.row(id).hover();
    await this.row(id).locator(`[data-action="${action}"]`).click();
  }

  async select(id: string): Promise<void> {
    await this.row(id).locator('input.select').check();
  }

  async search(text: string): Promise<void> {
    await this.page.locator('[data-field=search]').fill(text);
  }

  get whenPanel(): Locator {
    return this.page.locator('[data-panel=when]');
  }

  get notePanel(): Locator {
    return this.page.locator('[data-panel=note]');
  }

  get notice(): Locator {
    return this.page.locator('.notice');
  }

  async undo(): Promise<void> {
    await this.notice.getByRole('button', { name: 'Undo' }).click();
  }
}

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(session: ExtensionSession, page?: Page): Promise<OptionsPage> {
    const target = page ?? (await session.context.newPage());
    await target.goto(extensionUrl(session, 'src/options/index.html'));
    // The data section renders once the database answered: from then on the schema exists.
    await target.locator('[data-section=data]').waitFor();
    return new OptionsPage(target);
  }

  setting(name: string): Locator {
    return this.page.locator(`[data-setting="${name}"]`);
  }

  error(field: string): Locator {
    return this.page.locator(`[data-error="${field}"]`);
  }

  /** What the settings form says of saving: "", "Saving…" or "Saved". */
  status(): Promise<string> {
    return this.page.locator('[data-section=settings] p.saved[role=status]').innerText();
  }

  /** Clicks an export button and returns the downloaded file's bytes. */
  async export(kind: 'json' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator(`[data-action="export-${kind}"]`).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /**
   * Chooses a file to import; resolves once the page shows an answer (preview or refusal).
   * After an earlier answer, poll for the new one's text: the old one shows until it comes.
   */
  async chooseImport(file: { name: string; buffer: Buffer } | string): Promise<void> {
    const input = this.page.locator('[data-action=import-file]');
    await (typeof file === 'string'
      ? input.setInputFiles(file)
      : input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer }));
    await this.page.locator('[data-import=preview], [data-import=refused]').waitFor();
  }

  get importPreview(): Locator {
    return this.page.locator('[data-import=preview]');
  }

  get importRefusal(): Locator {
    return this.page.locator('[data-import=refused]');
  }

  planFigure(key: 'add' | 'update' | 'unchanged' | 'skipped' | 'conflicts'): Locator {
    return this.importPreview.locator(`[data-plan="${key}"] dd`);
  }

  async confirmImport(): Promise<void> {
    await this.page.locator('[data-action=confirm-import]').click();
    await this.page.locator('[data-import=imported]').waitFor();
  }

  async deleteAll(): Promise<void> {
    await this.page.locator('[data-action=delete-all]').click();
    await this.page.locator('[data-action=confirm-delete-all]').click();
  }

  stat(key: string): Locator {
    return this.page.locator(`[data-stat="${key}"] dd`);
  }
}

/** The settings as stored in storage.sync (the addresses have a key of their own), read in one of our pages or the worker. */
export function storedSettings(target: Page | Worker): Promise<unknown> {
  const read = async () => {
    const { settings, otherAddresses } = await chrome.storage.sync.get(['settings', 'otherAddresses']);
    return otherAddresses === undefined ? settings : { ...(settings as object), otherAddresses };
  };
  // Both evaluate alike, but TypeScript can't call a union of their overloads.
  return 'goto' in target ? target.evaluate(read) : target.evaluate(read);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is now and returns its violations as
 * "rule: selectors" lines. The source is evaluated, not added as a script tag:
 * extension pages' content security policy allows only their own scripts.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } };
    return (await axe.run()).violations;
  });
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Sets the browser's zoom for a page, as the user does with Ctrl + / Ctrl −,
 * for that tab only: by default Chrome zooms every page of the origin.
 */
export async function setZoom(page: Page, factor: number): Promise<void> {
  // Asked from the extension page itself: its own tab needs no lookup by URL, which Chromium
  // versions answer differently for chrome-extension:// pages (150 matches none).
  await page.evaluate(async (factor) => {
    const tab = await chrome.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('the page is not in a tab');
    await chrome.tabs.setZoomSettings(tab.id, { scope: 'per-tab' });
    await chrome.tabs.setZoom(tab.id, factor);
  }, factor);
}

/** Whether the page fits its viewport's width: nothing to scroll sideways. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}
