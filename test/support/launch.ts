/**
 * Starts Chromium with the built extension and the Gmail replica — the one
 * way the end-to-end tests, `npm start` and `npm run bench` all run the product.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { GmailReplica } from '../replica';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  replica: GmailReplica;
  /** Uncaught errors of any page: our code must never throw into Gmail. */
  pageErrors: Error[];
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
}: LaunchOptions): Promise<ExtensionSession> {
  const extensionPath = resolve(dist);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionPath}: run \`npm run build\` first.`);
  }
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'followthrough-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executablePath ?? findChromium(),
    headless,
    viewport,
    locale,
    timezoneId,
    args: [
      ...CHROMIUM_ARGS,
      ...extraArgs,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
    ],
  });
  // An action that can't happen (an element that never settles, a page in the background) fails
  // with Playwright's log of what it waited for, rather than running into the test's timeout.
  context.setDefaultTimeout(20_000);
  await replica.route(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const pageErrors: Error[] = [];
  const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push(error));
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    worker,
    extensionId,
    replica,
    pageErrors,
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function extensionUrl(session: ExtensionSession, path: string): string {
  return `chrome-extension://${session.extensionId}/${path}`;
}
