// Gmail's Atom feed of an account's unread inbox, /mail/u/N/feed/atom: version 0.3, whose header
// names the account ("Gmail - Inbox for …") and links /mail/u/N; one <entry> per unread inbox
// thread. A session without an account at /u/N gets 401 "Unauthorized" (as Gmail answers).
// Mirrors docs/gmail.md "Identifiers".

import { escapeHtml } from './html.js';
import { isUnread } from './state.js';
import type { ReplicaAccount } from './types.js';

export function renderFeed(account: ReplicaAccount, accountIndex: number, now: number): string {
  const unread = account.threads.filter((t) => t.labels.includes('inbox') && isUnread(account, t));
  const entries = unread.map((t) => {
    const last = t.messages.at(-1)!;
    return (
      `<entry><title>${escapeHtml(t.subject)}</title><summary>${escapeHtml(last.body.slice(0, 100))}</summary>` +
      `<link rel="alternate" href="https://mail.google.com/mail/u/${accountIndex}?account_id=${encodeURIComponent(account.email)}&amp;message_id=${t.legacyId}&amp;view=conv&amp;extsrc=atom" type="text/html" />` +
      `<modified>${new Date(last.date).toISOString().replace(/\.\d{3}Z$/, 'Z')}</modified>` +
      `<id>tag:gmail.google.com,2004:${BigInt(`0x${last.legacyId}`).toString(10)}</id>` +
      `<author><name>${escapeHtml(last.from.name)}</name><email>${escapeHtml(last.from.email)}</email></author></entry>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">' +
    `<title>Gmail - Inbox for ${escapeHtml(account.email)}</title>` +
    '<tagline>New messages in your Gmail Inbox</tagline>' +
    `<fullcount>${unread.length}</fullcount>` +
    `<link rel="alternate" href="https://mail.google.com/mail/u/${accountIndex}" type="text/html" />` +
    `<modified>${new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z')}</modified>` +
    `${entries.join('')}</feed>`
  );
}

export const UNAUTHORIZED_PAGE =
  '<HTML><HEAD><TITLE>Unauthorized</TITLE></HEAD><BODY BGCOLOR="#FFFFFF" TEXT="#000000"><H1>Unauthorized</H1><H2>Error 401</H2></BODY></HTML>';
