/**
 * Finds a Chromium to drive. Playwright cannot download browsers on our
 * machines, so every launch passes an executable path from here.
 */
import { accessSync, constants, statSync } from 'node:fs';

/** Tried in order when CHROMIUM_PATH is not set. */
export const CHROMIUM_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

const INSTALL_HINT = 'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/**
 * No browser is a setup problem on the newcomer's machine, not a bug in our code: the message
 * says where we looked and what to do, and a stack trace would only bury it.
 */
export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';

  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}

export interface ChromiumLookup {
  env?: Readonly<Record<string, string | undefined>>;
  isExecutable?: (path: string) => boolean;
}

/**
 * CHROMIUM_PATH when set (and then only there: a path the user chose that is wrong should say
 * so, not be quietly replaced by another browser), else the first of CHROMIUM_LOCATIONS.
 */
export function findChromium({ env = process.env, isExecutable = isExecutableFile }: ChromiumLookup = {}): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new ChromiumNotFoundError(`Chromium was not found: CHROMIUM_PATH is ${fromEnv}, and that is not an executable file. ${INSTALL_HINT}`);
  }
  const found = CHROMIUM_LOCATIONS.find((path) => isExecutable(path));
  if (found) return found;
  throw new ChromiumNotFoundError(
    `Chromium was not found: CHROMIUM_PATH is not set, and none of ${CHROMIUM_LOCATIONS.join(', ')} exists. ${INSTALL_HINT}`,
  );
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Flags that keep Chromium quiet on a machine without general network access. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
