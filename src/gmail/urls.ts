/**
 * URLs of Gmail itself. Accounts are addressed by the address we stored:
 * the /u/N index is the sign-in order and can change between sessions
 * (docs/gmail.md, "Identifiers").
 */
import { parseHexId } from './ids';

export const GMAIL_ORIGIN = 'https://mail.google.com';
export const GMAIL_MATCH = `${GMAIL_ORIGIN}/*`;

/** The /u/N index in a Gmail page URL, or null for other pages. */
export function accountIndexFromUrl(url: string): number | null {
  const match = /^https:\/\/mail\.google\.com\/mail\/u\/(\d{1,2})\//.exec(url);
  return match?.[1] ? Number(match[1]) : null;
}

/** A delegated mailbox (/mail/b/<id>/u/N/): another person's mail, opened with the user's session. */
export function isDelegatedUrl(url: string): boolean {
  return /^https:\/\/mail\.google\.com\/mail\/b\//.test(url);
}

/** Gmail's Atom feed of the account at /u/N: its title names the account the session has there. */
export function accountFeedUrl(accountIndex: number): string {
  return `${GMAIL_ORIGIN}/mail/u/${accountIndex}/feed/atom`;
}

/** Opens a thread in the given account. Gmail accepts the address in place of the index. */
export function threadUrl(account: string | number, threadHex: string): string {
  const id = parseHexId(threadHex);
  const base = `${GMAIL_ORIGIN}/mail/u/${encodeURIComponent(String(account))}/`;
  return id ? `${base}#inbox/${id}` : `${base}#sent`;
}

/**
 * A thread's address for people to read (a spreadsheet cell): the account's address in place of
 * /u/N, with its '@' unescaped (legal in a path, and readable). '' without a thread id.
 */
export function readableThreadUrl({ account, threadId }: { account: string; threadId: string }): string {
  const id = parseHexId(threadId);
  return id ? `${GMAIL_ORIGIN}/mail/u/${encodeURIComponent(account).replace(/%40/g, '@')}/#inbox/${id}` : '';
}

export function isGmailUrl(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith(`${GMAIL_ORIGIN}/`);
}

/**
 * Gmail's print view of a whole thread: the page "Print all" opens. Server
 * rendered, so it shows every message, including ones the tab never loaded
 * (docs/gmail.md, "The print view").
 */
export function printViewUrl(accountIndex: number, ik: string, threadPermId: string): string {
  const query = new URLSearchParams({ ik, view: 'pt', search: 'all', permthid: threadPermId });
  return `${GMAIL_ORIGIN}/mail/u/${accountIndex}/?${query.toString()}`;
}
