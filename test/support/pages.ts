/// <reference types="chrome" />
/** Page objects: what a user sees and does, so tests read as steps. */
import { expect } from 'vitest';
import type { Locator, Page, Worker } from 'playwright-core';
import type { Preset } from '../../src/core/dueDate';
import type { FollowUp } from '../../src/core/followUp';
import type { Account } from '../../src/storage/db';
import { extensionUrl, type ExtensionSession } from './launch';
import { readTable } from './readTable';
import { DB_NAME } from '../../src/storage/db';

export class GmailPage {
  constructor(readonly page: Page) {}

  static async open(session: ExtensionSession, path = '/mail/u/0/#inbox'): Promise<GmailPage> {
    const page = await session.context.newPage();
    await page.goto(`https://mail.google.com${path}`);
    return new GmailPage(page);
  }

  /** Opens a thread the way a user does: from a list row. */
  async openThreadFromList(folder: 'inbox' | 'sent', threadHex: string): Promise<void> {
    await this.page.evaluate((f) => (location.hash = f), `#${folder}`);
    await this.page.locator(`tr.zA:has([data-legacy-thread-id="${threadHex}"])`).first().click();
    await this.page.locator(`h2.hP[data-legacy-thread-id="${threadHex}"]`).waitFor();
  }

  /**
   * Resolves once everything scheduled for the current frame has run — our
   * content script checks Gmail's DOM in an animation frame — so a test can
   * assert that something did *not* appear without sleeping.
   */
  async settled(): Promise<void> {
    await this.page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
  }

  get control(): Locator {
    return this.page.locator('[data-followthrough=thread-control]');
  }

  get controlButton(): Locator {
    return this.control.locator('button.ft-button');
  }

  async openMenu(): Promise<void> {
    await this.controlButton.click();
    await this.control.locator('[role=menu]').waitFor();
  }

  /** Picks a menu item of the open menu and waits for the control to show the thread as tracked. */
  async pick(preset: Preset): Promise<void> {
    await this.control.locator(`[data-action="${preset}"]`).click();
    await this.control.locator('button.ft-button[data-state=tracked]').waitFor();
  }

  async choose(preset: Preset): Promise<void> {
    await this.openMenu();
    await this.pick(preset);
  }
}

/**
 * Sends a protocol message as one of our pages does (the extension's origin), returning the raw
 * reply. From manifest.json: an extension page that runs none of our UI, so it adds no load.
 */
export async function sendFromExtensionPage(session: ExtensionSession, message: unknown): Promise<unknown> {
  const page = await session.context.newPage();
  await page.goto(extensionUrl(session, 'manifest.json'));
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  return reply;
}

/** The running service worker: after a stop, the browser starts a new one. */
export function currentWorker(session: ExtensionSession): Worker {
  return session.currentWorker();
}

/**
 * Stops the extension's service worker as Chrome does when it is idle
 * (Chrome never does so itself while Playwright is attached), and tells when
 * the browser has started it again. Playwright's own `close` event comes too
 * late to rely on; CDP's running status is exact.
 */
export async function stopServiceWorker(session: ExtensionSession): Promise<{ restarted: Promise<void> }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const ours = `chrome-extension://${session.extensionId}/`;
  let wasStopped = false;
  let onStopped = () => {};
  let onRestarted = () => {};
  const stopped = new Promise<void>((resolve) => (onStopped = resolve));
  const restarted = new Promise<void>((resolve) => (onRestarted = resolve));
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(ours)) continue;
      if (version.runningStatus === 'stopped') {
        wasStopped = true;
        onStopped();
      } else if (wasStopped && version.runningStatus === 'running') {
        onRestarted();
      }
    }
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  return { restarted };
}

/**
 * Playwright's evaluate has no time limit, and one sent to a service worker the browser is just
 * stopping may never settle; inside `expect.poll`, which can't interrupt its callback, that hangs
 * the test until its timeout, saying nothing. Here it fails after 5 s, naming what was asked,
 * and a poll (10 s) asks again — of the worker that runs by then.
 */
const WORKER_ANSWER_MS = 5_000;
function askWorker<T>(session: ExtensionSession, what: string, ask: (worker: Worker) => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the service worker did not answer ${what} in ${WORKER_ANSWER_MS / 1000} s`)), WORKER_ANSWER_MS);
  });
  return Promise.race([ask(currentWorker(session)), late]).finally(() => clearTimeout(timer));
}

export async function notificationIds(session: ExtensionSession): Promise<string[]> {
  return askWorker(session, 'notifications.getAll', (worker) => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())));
}

export async function badgeText(session: ExtensionSession): Promise<string> {
  return askWorker(session, 'action.getBadgeText', (worker) => worker.evaluate(() => chrome.action.getBadgeText({})));
}

/** Reads a table straight from the extension's IndexedDB, bypassing our code (readTable.ts). */
function storedRows<T>(session: ExtensionSession, store: 'followUps' | 'accounts'): Promise<T[]> {
  return askWorker(session, `a read of ${store}`, (worker) => worker.evaluate(readTable, { database: DB_NAME, table: store }) as Promise<T[]>);
}

export function storedFollowUps(session: ExtensionSession): Promise<FollowUp[]> {
  return storedRows<FollowUp>(session, 'followUps');
}

export function storedAccounts(session: ExtensionSession): Promise<Account[]> {
  return storedRows<Account>(session, 'accounts');
}

/**
 * Waits until the background has recorded what the thread held when the follow-up was set
 * (from the print view, right after it was set). A reply delivered after this is a reply; one
 * delivered before it would be part of the thread as the user saw it.
 */
export function baselineRecorded(session: ExtensionSession, id?: string): Promise<FollowUp> {
  return baselineIn(() => storedFollowUps(session), id);
}

/** The same wait, over any browser's read of the stored follow-ups (Firefox's too). */
export async function baselineIn(read: () => Promise<FollowUp[]>, id?: string): Promise<FollowUp> {
  let found: FollowUp | undefined;
  await expect
    .poll(async () => {
      const all = await read();
      found = id ? all.find((f) => f.id === id) : all[0];
      return found?.baseline !== undefined;
    }, { timeout: 20_000, interval: 100 })
    .toBe(true);
  return found!;
}
