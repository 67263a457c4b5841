/**
 * A Chromium whose clock runs ahead, to reopen a profile "days later":
 * Debian's faketime wraps the real executable, and the pages and the
 * extension's service worker all see the shifted Date.now().
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium';

function findFaketime(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v faketime'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('faketime was not found. Install it with `sudo apt-get install -y faketime` (Debian/Ubuntu).');
  }
}

/** Path of an executable that starts Chromium with its clock `offset` ahead, e.g. '+3d'. */
export function chromiumWithClockAhead(offset: string): string {
  if (!/^\+\d+[smhd]$/.test(offset)) throw new Error(`offset must look like +3d, got ${offset}`);
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-faketime-'));
  const path = join(dir, 'chromium');
  writeFileSync(path, `#!/bin/sh\nexec "${findFaketime()}" -f '${offset}' "${findChromium()}" "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}
