/**
 * Starts Chromium with the built extension and the Gmail replica — the one
 * way the end-to-end tests, `npm start` and `npm run bench` all run the product.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { GmailReplica } from '../replica';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  replica: GmailReplica;
  /** Uncaught errors of any page: our code must never throw into Gmail. */
  pageErrors: Error[];
  /** The extension's service worker now: `worker`, or the one started after a stop. */
  currentWorker(): Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  replica: GmailReplica;
  dist?: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Pin these in tests so dates render the same on every machine. */
  locale?: string;
  timezoneId?: string;
  /** Reuse a profile (the browser "restarted"); it is then kept on close. */
  profileDir?: string;
  /** Another executable, e.g. Chromium under faketime. */
  executablePath?: string;
  extraArgs?: string[];
  /**
   * A browser of its own even where tests share one: for a test that counts on what a browser
   * keeps for an extension across its reinstall, as storage.sync's write quotas (per minute and
   * per hour, counted by extension id for the browser's life), or that installs Playwright's
   * clock (it is the whole context's, and stays).
   */
  ownBrowser?: boolean;
}

type BrowserOptions = Pick<LaunchOptions, 'headless' | 'viewport' | 'locale' | 'timezoneId'>;

async function startBrowser(options: BrowserOptions, profile: string, executablePath: string | undefined, args: string[]): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: executablePath ?? findChromium(),
    ...options,
    args: [...CHROMIUM_ARGS, ...args],
  });
}

/**
 * One browser for all the tests of an end-to-end file that need nothing special of it (the
 * same zone, locale and window; no kept profile, other executable or flags). Starting Chromium
 * is about 1.9 s of the 5 s such a test takes on two cores. Instead each test gets the extension
 * installed afresh (CDP Extensions.loadUnpacked, about 0.1 s) and, at its end, uninstalled —
 * which deletes its IndexedDB, its storage (local, sync, session), alarms and notifications —
 * with its pages closed, its routes and cookies cleared: the next test starts as on a new
 * browser. Only the end-to-end tests share (shareBrowser, from test/e2e/setup.ts).
 */
interface SharedBrowser {
  key: string;
  context: BrowserContext;
  profile: string;
  cdp: CDPSession;
}
let shared: SharedBrowser | undefined;
let sharing = false;

export async function shareBrowser(on: boolean): Promise<void> {
  sharing = on;
  if (!on) await closeShared();
}

async function closeShared(): Promise<void> {
  const browser = shared;
  shared = undefined;
  if (!browser) return;
  await browser.context.close().catch(() => undefined);
  rmSync(browser.profile, { recursive: true, force: true });
}

async function sharedBrowser(extensionPath: string, options: BrowserOptions): Promise<SharedBrowser> {
  const key = JSON.stringify([extensionPath, options]);
  if (shared?.key === key) return shared;
  await closeShared();
  const profile = mkdtempSync(join(tmpdir(), 'followthrough-profile-'));
  // Extensions.loadUnpacked needs this flag; --disable-extensions-except keeps Playwright's
  // --disable-extensions from disabling what it loads.
  const context = await startBrowser(options, profile, undefined, ['--enable-unsafe-extension-debugging', `--disable-extensions-except=${extensionPath}`]);
  const browser = { key, context, profile, cdp: await context.browser()!.newBrowserCDPSession() };
  context.on('close', () => {
    if (shared === browser) shared = undefined;
  });
  shared = browser;
  return browser;
}

/**
 * Installs the extension afresh in the shared browser. That browser's process has been seen to
 * die between two tests, twice in some 25 runs of the suite (the next test's install then fails
 * with "Target page, context or browser has been closed", before any step of the test): then a new
 * browser is started and the install tried once more, and the log says so. A browser that dies
 * during a test still fails that test.
 */
async function installInShared(extensionPath: string, options: BrowserOptions, replica: GmailReplica, retried = false): Promise<ExtensionSession> {
  const { context, cdp } = await sharedBrowser(extensionPath, options);
  let id: string;
  let worker: Worker;
  try {
    await replica.route(context);
    const installed = context.waitForEvent('serviceworker');
    ({ id } = (await cdp.send('Extensions.loadUnpacked', { path: extensionPath })) as { id: string });
    worker = await installed;
  } catch (error) {
    const gone = !context.browser()?.isConnected() || /has been closed/.test(String(error));
    await closeShared();
    if (!gone || retried) throw error;
    console.warn(`launchExtension: the shared Chromium was gone at the start of this test (${String(error).split('\n')[0]}); starting a new one.`);
    return installInShared(extensionPath, options, replica, true);
  }
  return session(context, worker, replica, async () => {
    try {
      // One blank page, as a browser starts with; the test's pages and the extension go.
      await context.newPage();
      for (const page of context.pages().slice(0, -1)) await page.close();
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.clearCookies();
      await cdp.send('Extensions.uninstall', { id });
    } catch (error) {
      // A browser left in an unknown state is not handed to the next test.
      await closeShared();
      throw error;
    }
  });
}

export async function launchExtension({
  replica,
  dist = 'dist',
  headless = true,
  viewport = { width: 1280, height: 800 },
  locale,
  timezoneId,
  profileDir,
  executablePath,
  extraArgs = [],
  ownBrowser = false,
}: LaunchOptions): Promise<ExtensionSession> {
  const extensionPath = resolve(dist);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionPath}: run \`npm run build\` first.`);
  }
  const options: BrowserOptions = { headless, viewport, locale, timezoneId };
  if (sharing && !ownBrowser && profileDir === undefined && executablePath === undefined && extraArgs.length === 0) {
    return installInShared(extensionPath, options, replica);
  }
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'followthrough-profile-'));
  const context = await startBrowser(options, profile, executablePath, [
    ...extraArgs,
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
  ]);
  await replica.route(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return session(context, worker, replica, async () => {
    await context.close();
    if (!profileDir) rmSync(profile, { recursive: true, force: true });
  });
}

/** The session a test works with; `end` closes or resets its browser. */
function session(context: BrowserContext, worker: Worker, replica: GmailReplica, end: () => Promise<void>): ExtensionSession {
  // An action that can't happen (an element that never settles, a page in the background) fails
  // with Playwright's log of what it waited for, rather than running into the test's timeout.
  context.setDefaultTimeout(20_000);
  const pageErrors: Error[] = [];
  const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push(error));
  context.pages().forEach(watch);
  context.on('page', watch);
  // The extension's worker of this session: the one it started with, or the one the browser
  // started after a stop. Not merely the last the context lists: in a shared browser that can
  // still be an earlier test's, of the same extension id, that was uninstalled.
  const extensionId = new URL(worker.url()).host;
  let current = worker;
  const started = (next: Worker) => {
    if (new URL(next.url()).host === extensionId) current = next;
  };
  context.on('serviceworker', started);
  return {
    context,
    worker,
    extensionId,
    replica,
    pageErrors,
    currentWorker: () => current,
    async close() {
      context.off('page', watch);
      context.off('serviceworker', started);
      await end();
    },
  };
}

export function extensionUrl(session: ExtensionSession, path: string): string {
  return `chrome-extension://${session.extensionId}/${path}`;
}
