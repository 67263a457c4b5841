/**
 * Which Gmail account this tab says it shows. First choice: GLOBALS, relayed by
 * page-bridge.iife.ts; fallback: the address in the tab title
 * ("Inbox (3) - alex@example.com - Gmail"). The /u/N index comes from the URL.
 * The page can write all of these, so they are only a claim: the background
 * asks Gmail which account /u/N is and refuses a tab that names another.
 */
import { accountIndexFromUrl } from '../gmail/urls';
import { BRIDGE_ATTRIBUTE } from './bridgeAttribute';

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
// Only the address right before the closing " - Gmail": a subject earlier in the title can hold any text.
const TITLE_EMAIL = / - ([^\s@<>"]+@[^\s@<>"]+) - Gmail$/;

export interface GmailAccount {
  email: string;
  index: number;
  ik: string;
}

export function currentAccount(doc: Document, url: string): GmailAccount | null {
  const index = accountIndexFromUrl(url);
  if (index === null) return null;
  const bridged = fromBridge(doc);
  if (bridged) return { ...bridged, index };
  const email = TITLE_EMAIL.exec(doc.title)?.[1]?.toLowerCase();
  return email && EMAIL.test(email) ? { email, index, ik: '' } : null;
}

function fromBridge(doc: Document): { email: string; ik: string } | null {
  const raw = doc.documentElement.getAttribute(BRIDGE_ATTRIBUTE);
  if (!raw) return null;
  try {
    const { email, ik } = JSON.parse(raw) as { email?: unknown; ik?: unknown };
    if (typeof email !== 'string' || !EMAIL.test(email)) return null;
    return { email: email.toLowerCase(), ik: typeof ik === 'string' && /^[0-9a-f]{6,20}$/.test(ik) ? ik : '' };
  } catch {
    return null;
  }
}
