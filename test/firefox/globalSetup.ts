/** Fails fast, with the fix, when the Firefox tests' prerequisites are missing. */
import { existsSync } from 'node:fs';
import { findFirefox } from '../support/firefox';

export default function setup(): void {
  findFirefox();
  if (!existsSync('dist-firefox/manifest.json')) {
    throw new Error('The Firefox build is missing: run `npm run build` (npm run test:firefox does it for you).');
  }
}
