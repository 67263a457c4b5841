/**
 * Starts Firefox ESR with the built Firefox extension (dist-firefox/) and the Gmail replica, for
 * the tests in test/firefox/. Playwright can't drive Debian's Firefox (it needs its own patched
 * build, which can't be downloaded here), so puppeteer-core drives it over WebDriver BiDi.
 *
 * The replica is reached as on the network: Firefox sends every request through a proxy of ours,
 * which tunnels https://mail.google.com to the replica's loopback HTTPS server (replicaServer.ts)
 * and refuses every other host. So Gmail tabs, the extension's background fetches (print view,
 * feed) and the tabs it opens all reach the replica, from the first request of a start, with no
 * request interception, no root and no port 443.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { GmailReplica, ReplicaResponse } from '../replica';
import { serveReplicaOverHttps } from './replicaServer';

export const FIREFOX_LOCATIONS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'] as const;

/** FIREFOX_PATH when set, else the first of FIREFOX_LOCATIONS; an error that says what to do. */
export function findFirefox(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const candidates = env.FIREFOX_PATH ? [env.FIREFOX_PATH] : FIREFOX_LOCATIONS;
  const found = candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (found) return found;
  throw new Error(`Firefox was not found at ${candidates.join(', ')}. Install it with \`sudo apt-get install -y firefox-esr\` (Debian/Ubuntu), or set FIREFOX_PATH.`);
}

/** Pinned, so the extension's pages have a known address: moz-extension://<uuid>/… */
export const EXTENSION_UUID = '6f0c1a2e-3b4d-4c5e-8f70-81a2b3c4d5e6';

interface ReplicaProxy {
  port: number;
  /** From now on, mail.google.com is this replica. */
  serve(replica: GmailReplica): void;
  close(): Promise<void>;
}

async function startReplicaProxy(): Promise<ReplicaProxy> {
  let current: GmailReplica | undefined;
  const none: ReplicaResponse = { status: 503, headers: { 'content-type': 'text/plain' }, body: 'no replica' };
  const https = await serveReplicaOverHttps({ handle: (request) => (current ? current.handle(request) : none) });
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  // Plain HTTP through the proxy is only ever Firefox's own traffic.
  const proxy = createServer((_request, response) => response.writeHead(404).end());
  proxy.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    track(client);
    if (request.url !== 'mail.google.com:443') return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = connect(https.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    serve: (replica) => void (current = replica),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => proxy.close(() => done()));
      await https.close();
    },
  };
}

/** "+3d", "+12h": how far ahead a relaunched browser's clock runs, in seconds. */
function secondsAhead(offset: string): number {
  const match = /^\+(\d+)([smhd])$/.exec(offset);
  if (!match) throw new Error(`clockAhead must look like +3d, got ${offset}`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'];
}

/** Builds clockShim.c into `dir`: Debian's faketime hangs Firefox at start-up, this does not. */
function buildClockShim(dir: string): string {
  const out = join(dir, 'clockShim.so');
  try {
    execFileSync('gcc', ['-shared', '-fPIC', '-O2', '-o', out, resolve(import.meta.dirname, 'clockShim.c'), '-ldl'], { stdio: 'pipe' });
  } catch (error) {
    throw new Error('Building the clock shim failed: is gcc installed? (`sudo apt-get install -y gcc`)', { cause: error });
  }
  return out;
}

function prefs(geckoId: string, proxyPort: number, keepStorage: boolean): Record<string, unknown> {
  return {
    // Uninstalling would drop the pinned UUID from this pref: the next install would get another.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    'extensions.webextensions.keepUuidOnUninstall': true,
    // A temporary add-on is uninstalled when the browser closes: its data stays for a relaunch only so.
    'extensions.webextensions.keepStorageOnUninstall': keepStorage,
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.trr.mode': 5,
    'network.http.http3.enable': false,
    // Firefox's own notification window, not the desktop's (there is none here): it stays listed
    // while shown, and a test can click it.
    'alerts.useSystemBackend': false,
  };
}

export interface FirefoxOptions {
  replica: GmailReplica;
  dist?: string;
  /** Reuse a profile (the browser "restarted"); it is kept on close, and so is the extension's data. */
  profileDir?: string;
  /** The browser's wall clock this far ahead, e.g. '+3d'. */
  clockAhead?: string;
}

export interface FirefoxSession {
  browser: Browser;
  replica: GmailReplica;
  extensionId: string;
  /** Uncaught errors of Gmail pages: our code must never throw into Gmail. */
  pageErrors: Error[];
  /** A new tab with Gmail (the replica) at `path`. */
  openGmail(path?: string): Promise<Page>;
  /** A new tab with one of the extension's pages, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` in an extension page of ours that shows none of our UI (its manifest), with `browser.*`. */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Clicks the shown notification with this title, as the user does; false when none is shown. */
  clickNotification(title: string): Promise<boolean>;
  /**
   * Stops the extension's event page as Firefox does when it has been idle (about:debugging's
   * "Terminate background script"); resolves once it is stopped. Only a browser event starts it again.
   */
  stopBackground(): Promise<void>;
  /** Firefox's word for the event page's state: 'starting', 'running', 'suspending' or 'stopped'. */
  backgroundState(): Promise<string>;
  close(): Promise<void>;
}

/** puppeteer-core internals used here, as of 25: the BiDi connection and a page's browsing context id. */
type Bidi = { send(method: string, params: object): Promise<{ result: unknown }> };
const bidi = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** Firefox's own windows (BiDi shows them with system access): the browser window, notification windows. */
async function chromeWindows(browser: Browser): Promise<Array<{ context: string; url: string }>> {
  const { result } = await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  return (result as { contexts: Array<{ context: string; url: string }> }).contexts;
}

/**
 * Calls a function, given as source (it uses Firefox's privileged globals, which TypeScript doesn't
 * know), with one string argument in one of Firefox's own windows; its result, a primitive.
 */
async function callInChrome<R>(browser: Browser, context: string, functionDeclaration: string, arg: string): Promise<R> {
  const { result } = await bidi(browser).send('script.callFunction', {
    target: { context },
    functionDeclaration,
    arguments: [{ type: 'string', value: arg }],
    awaitPromise: true,
  });
  const evaluated = result as { type: 'success'; result: { value: R } } | { type: 'exception'; exceptionDetails: { text: string } };
  if (evaluated.type === 'exception') throw new Error(`In Firefox's window: ${evaluated.exceptionDetails.text}`);
  return evaluated.result.value;
}

const BROWSER_WINDOW = 'chrome://browser/content/browser.xhtml';
const NOTIFICATION_WINDOW = 'chrome://global/content/alerts/alert.xhtml';

interface RunningFirefox {
  browser: Browser;
  proxy: ReplicaProxy;
  profile: string;
  keepProfile: boolean;
  shimDir: string | undefined;
}

async function startFirefox(extensionPath: string, { profileDir, clockAhead }: Omit<FirefoxOptions, 'replica' | 'dist'>): Promise<RunningFirefox> {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const proxy = await startReplicaProxy();
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'followthrough-firefox-'));
  const shimDir = clockAhead ? mkdtempSync(join(tmpdir(), 'followthrough-clock-')) : undefined;
  try {
    // The zone is the test process's (vitest's project sets it), so expected dates match.
    const env: Record<string, string | undefined> = { ...process.env };
    if (shimDir && clockAhead) {
      env.LD_PRELOAD = buildClockShim(shimDir);
      env.FOLLOWTHROUGH_CLOCK_AHEAD = String(secondsAhead(clockAhead));
    }
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      userDataDir: profile,
      // The replica's certificate is self-signed; this is Firefox's, for the whole browser.
      acceptInsecureCerts: true,
      // BiDi navigates to moz-extension:// pages, and reads Firefox's notification window, only so.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs(manifest.browser_specific_settings.gecko.id, proxy.port, profileDir !== undefined),
      env,
    });
    return { browser, proxy, profile, keepProfile: profileDir !== undefined, shimDir };
  } catch (error) {
    await proxy.close();
    if (!profileDir) rmSync(profile, { recursive: true, force: true });
    if (shimDir) rmSync(shimDir, { recursive: true, force: true });
    throw error;
  }
}

async function stopFirefox(running: RunningFirefox): Promise<void> {
  await running.browser.close().catch(() => undefined);
  await running.proxy.close();
  if (!running.keepProfile) rmSync(running.profile, { recursive: true, force: true });
  if (running.shimDir) rmSync(running.shimDir, { recursive: true, force: true });
}

/**
 * One Firefox for the tests of a file that need nothing special of it (no kept profile, no clock
 * ahead): starting it is most of a short test's time. Each test installs the extension afresh
 * and uninstalls it at its end, which deletes its data (no keepStorageOnUninstall here), with its
 * tabs closed: the next test starts as on a new browser. Turned on by test/firefox/setup.ts.
 */
let shared: { key: string; running: RunningFirefox } | undefined;
let sharing = false;

export async function shareFirefox(on: boolean): Promise<void> {
  sharing = on;
  if (!on && shared) {
    const { running } = shared;
    shared = undefined;
    await stopFirefox(running);
  }
}

export async function launchFirefox({ replica, dist = 'dist-firefox', profileDir, clockAhead }: FirefoxOptions): Promise<FirefoxSession> {
  const extensionPath = resolve(dist);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionPath}: run \`npm run build\` first.`);
  }
  const own = !sharing || profileDir !== undefined || clockAhead !== undefined;
  let running: RunningFirefox;
  if (own) {
    running = await startFirefox(extensionPath, { profileDir, clockAhead });
  } else {
    if (shared?.key !== extensionPath || !shared.running.browser.connected) {
      if (shared) await stopFirefox(shared.running);
      shared = { key: extensionPath, running: await startFirefox(extensionPath, {}) };
    }
    running = shared.running;
  }
  const { browser } = running;
  running.proxy.serve(replica);
  // A temporary add-on: installed after each start, gone when the browser closes.
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionPath);
  } catch (error) {
    if (own) await stopFirefox(running);
    throw error;
  }
  return session(running, replica, extensionId, async () => {
    if (own) return stopFirefox(running);
    try {
      // One blank tab, as a browser starts with; the test's tabs and the extension go.
      const blank = await browser.newPage();
      for (const page of await browser.pages()) if (page !== blank) await page.close();
      await browser.uninstallExtension(extensionId);
    } catch (error) {
      // A browser left in an unknown state is not handed to the next test.
      shared = undefined;
      await stopFirefox(running);
      throw error;
    }
  });
}

function session(running: RunningFirefox, replica: GmailReplica, extensionId: string, end: () => Promise<void>): FirefoxSession {
  const { browser } = running;
  const pageErrors: Error[] = [];
  let probe: Promise<Page> | undefined;
  const browserWindow = async () => {
    const window = (await chromeWindows(browser)).find(({ url }) => url === BROWSER_WINDOW);
    if (!window) throw new Error('Firefox has no browser window');
    return window.context;
  };
  const backgroundState = async () =>
    callInChrome<string>(browser, await browserWindow(), '(id) => WebExtensionPolicy.getByID(id).extension.backgroundState', extensionId);

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    // page.goto to a moz-extension:// page waits for network events Firefox never sends for it:
    // the BiDi command itself, waiting for the load.
    await bidi(browser).send('browsingContext.navigate', {
      context: contextOf(page),
      url: `moz-extension://${EXTENSION_UUID}/${path}`,
      wait: 'complete',
    });
    return page;
  }

  return {
    browser,
    replica,
    extensionId,
    pageErrors,
    async openGmail(path = '/mail/u/0/#inbox') {
      const page = await browser.newPage();
      page.on('pageerror', (error) => pageErrors.push(error as Error));
      await page.goto(`https://mail.google.com${path}`);
      return page;
    },
    openExtensionPage,
    async inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      probe ??= openExtensionPage('manifest.json');
      const page = await probe;
      return page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
    },
    async clickNotification(title: string) {
      // Firefox's notification is a window of its own (alert.xhtml): click it as a user would.
      for (const { context, url } of await chromeWindows(browser)) {
        if (url !== NOTIFICATION_WINDOW) continue;
        const clicked = await callInChrome<boolean>(browser, context, `(title) => {
          if (document.getElementById('alertTitleLabel')?.getAttribute('value') !== title) return false;
          document.getElementById('alertBox').click();
          return true;
        }`, title);
        if (clicked) return true;
      }
      return false;
    },
    async stopBackground() {
      await callInChrome(browser, await browserWindow(), `async (id) => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        await ExtensionParent.DebugUtils.terminateBackgroundScript(id);
      }`, extensionId);
      await expect.poll(backgroundState).toBe('stopped');
    },
    backgroundState,
    close: end,
  };
}
