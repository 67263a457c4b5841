/**
 * Runs in Gmail's own JavaScript world (manifest `"world": "MAIN"`), the only
 * place that can read the page variable GLOBALS: [10] is the signed-in
 * address and [9] the `ik` key (docs/gmail.md, "The page"). It hands both to
 * our isolated content script through an attribute on <html>, and does
 * nothing else. GLOBALS can be missing early, so it retries for a while.
 */
import { BRIDGE_ATTRIBUTE } from './bridgeAttribute';

const RETRY_MS = 250;
const MAX_TRIES = 40;

function publish(tries: number): void {
  const globals = (window as unknown as { GLOBALS?: unknown }).GLOBALS;
  if (Array.isArray(globals) && typeof globals[10] === 'string') {
    const ik = typeof globals[9] === 'string' ? globals[9] : '';
    document.documentElement.setAttribute(BRIDGE_ATTRIBUTE, JSON.stringify({ email: globals[10], ik }));
  } else if (tries < MAX_TRIES) {
    setTimeout(() => publish(tries + 1), RETRY_MS);
  }
}

publish(0);
