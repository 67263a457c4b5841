import { describe, expect, it } from 'vitest';
import { CHROMIUM_LOCATIONS, ChromiumNotFoundError, findChromium } from '../support/chromium';

/** A filesystem holding exactly these executables. */
const only = (...paths: string[]) => (path: string) => paths.includes(path);

function notFound(lookup: Parameters<typeof findChromium>[0]): ChromiumNotFoundError {
  try {
    findChromium(lookup);
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) return error;
    throw error;
  }
  throw new Error('expected Chromium not to be found');
}

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it points at an executable', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, isExecutable: only('/opt/chrome/chrome', '/usr/bin/chromium') })).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('without CHROMIUM_PATH, takes the first usual location that exists', () => {
    expect(findChromium({ env: {}, isExecutable: only('/usr/bin/chromium') })).toBe('/usr/bin/chromium');
    expect(findChromium({ env: { CHROMIUM_PATH: '' }, isExecutable: only('/usr/bin/google-chrome-stable', '/usr/bin/google-chrome') })).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('says where it looked and how to install, in one line without a stack trace', () => {
    const error = notFound({ env: {}, isExecutable: only() });
    expect(error.message).toBe(
      'Chromium was not found: CHROMIUM_PATH is not set, and none of /usr/bin/chromium, /usr/bin/chromium-browser, ' +
        '/usr/bin/google-chrome, /usr/bin/google-chrome-stable exists. Install it with `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    expect(error.stack).toBe(`ChromiumNotFoundError: ${error.message}`);
  });

  it('names a wrong CHROMIUM_PATH instead of quietly using another browser', () => {
    const error = notFound({ env: { CHROMIUM_PATH: '/nonexistent' }, isExecutable: only(...CHROMIUM_LOCATIONS) });
    expect(error.message).toBe(
      'Chromium was not found: CHROMIUM_PATH is /nonexistent, and that is not an executable file. ' +
        'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  });

  it('checks the real filesystem by default: a directory or a missing file is no browser', () => {
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/' } })).toThrow(ChromiumNotFoundError);
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/nonexistent/chromium' } })).toThrow(ChromiumNotFoundError);
    expect(findChromium({ env: { CHROMIUM_PATH: process.execPath } })).toBe(process.execPath);
  });
});
