/**
 * Reads which account Gmail's Atom feed (`/mail/u/N/feed/atom`) belongs to. Its first `<title>`
 * is "Gmail - Inbox for alex@example.com" and its alternate link names `/mail/u/N`; a signed-out
 * session gets 401 instead (docs/gmail.md, "Identifiers"). Only the feed's own header is read:
 * the entries after it are mail, and an entry's title could hold any address.
 */
import { decodeEntities } from './html/entities';
import { accountIndexFromUrl } from './urls';

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** The account's address, lower-case, or null when the text is not that account's feed. */
export function accountOfFeed(xml: string, accountIndex: number): string | null {
  const header = xml.slice(0, headerEnd(xml));
  const title = /<title>([^<]*)<\/title>/.exec(header)?.[1];
  if (title === undefined || !/<feed[\s>]/.test(header)) return null;
  // The address ends the title; the words before it may be localized.
  const address = decodeEntities(title).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!EMAIL.test(address)) return null;
  // A feed of another /u/N (Gmail sends an unknown index to /u/0) is not this account's.
  const link = /<link\b[^>]*\bhref="([^"]*)"/.exec(header)?.[1];
  const linkedIndex = link === undefined ? null : accountIndexFromUrl(`${decodeEntities(link)}/`);
  if (linkedIndex !== null && linkedIndex !== accountIndex) return null;
  return address;
}

function headerEnd(xml: string): number {
  const entry = xml.indexOf('<entry');
  return entry === -1 ? xml.length : entry;
}
