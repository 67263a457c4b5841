/** Fails fast, with the fix, when the end-to-end prerequisites are missing. */
import { existsSync } from 'node:fs';
import { findChromium } from '../support/chromium';

export default function setup(): void {
  findChromium();
  if (!existsSync('dist/manifest.json')) {
    throw new Error('The extension is not built: run `npm run build` (npm test does it for you).');
  }
}
