// The Gmail app page served at /mail/u/N/. Mirrors docs/gmail.md "The page" (GLOBALS defined by
// an inline script: GLOBALS[9] = ik, GLOBALS[10] = account email; Trusted Types + nonce CSP) and
// "Compose"/"Thread view" for the static shell (left nav Compose button, [role=main], the
// compose dock and toast area). Everything dynamic is built by client/app.js with
// createElement/textContent only.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { escapeHtml } from './html.js';
import type { ReplicaAccount } from './types.js';

const clientFiles = new Map<string, string>();

/** Reads test/replica/client/<name> (cached). */
export function clientFile(name: 'app.js' | 'app.css'): string {
  let text = clientFiles.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`./client/${name}`, import.meta.url), 'utf8');
    clientFiles.set(name, text);
  }
  return text;
}

export function newNonce(): string {
  return randomBytes(16).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 22);
}

/** Gmail-like CSP: nonce + strict-dynamic for scripts, and Trusted Types for script sinks. */
export function gmailCsp(nonce: string): string {
  return (
    `script-src 'report-sample' 'nonce-${nonce}' 'unsafe-inline' 'strict-dynamic' https: http: 'unsafe-eval';` +
    "object-src 'none';base-uri 'self', require-trusted-types-for 'script'"
  );
}

/** JSON that is safe inside <script> (no "</script>", no "<!--"). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function renderAppPage(opts: {
  account: ReplicaAccount;
  accountIndex: number;
  nonce: string;
  state: unknown;
}): string {
  const { account, accountIndex: n, nonce, state } = opts;
  const lang = account.language ?? 'en';
  // Gmail's GLOBALS is a long positional array; only [9] (ik) and [10] (email) matter here.
  const globals = [
    null, null, 5_040_000, lang, 'us', null, `https://mail.google.com/mail/u/${n}/`, null, null,
    account.ik, account.email, null, 'gmail_fe_replica', `/mail/u/${n}/`, null, null, null, 1, null, null,
  ];
  const email = escapeHtml(account.email);
  const name = escapeHtml(account.name);
  const initial = escapeHtml((account.name.trim()[0] ?? account.email[0] ?? '?').toUpperCase());
  const base = `/mail/u/${n}/`;
  const navItem = (label: string, hash: string, icon: string, extra = '') =>
    `<div class="TO" data-label="${hash}"><div class="TN"><div class="qj" data-icon="${icon}"></div>` +
    `<a href="https://mail.google.com${base}#${hash}" class="J-Ke n0" title="${label}" aria-label="${label}">${label}</a>` +
    `<div class="bsU"${extra}></div></div></div>`;
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gmail</title>
<link rel="icon" href="data:,">
<script nonce="${nonce}">var GLOBALS=${scriptJson(globals)};</script>
<style>${clientFile('app.css')}</style>
</head>
<body>
<div class="nH w-asV aiw" id="replica-shell">
 <header class="gb_header" role="banner">
  <div class="gb_menu" role="button" aria-label="Main menu" data-icon="menu"></div>
  <a class="gb_logo" href="https://mail.google.com${base}#inbox" title="Gmail"><span class="gb_m"></span><span class="gb_t">Gmail</span></a>
  <form class="gb_search" role="search"><div class="gb_si" data-icon="search"></div><input class="gb_sq" aria-label="Search mail" placeholder="Search mail" name="q" autocomplete="off"></form>
  <div class="gb_acct" title="Google Account: ${name} (${email})" aria-label="Google Account: ${name} (${email})"><span class="gb_email">${email}</span><span class="gb_avatar">${initial}</span></div>
 </header>
 <div class="nH bkL">
  <div class="aeN" role="navigation">
   <div class="aic"><div class="z0"><div class="T-I T-I-KE L3" role="button" tabindex="0" gh="cm" style="user-select: none;"><span class="Yb" data-icon="edit"></span>Compose</div></div></div>
   <div class="n3">
    ${navItem('Inbox', 'inbox', 'inbox')}
    ${navItem('Starred', 'starred', 'star')}
    ${navItem('Snoozed', 'snoozed', 'schedule')}
    ${navItem('Sent', 'sent', 'send')}
    ${navItem('Drafts', 'drafts', 'draft')}
   </div>
  </div>
  <div class="AO"><div class="Tm aeJ"><div class="aeF"><div class="nH bkK"><div class="nH" role="main"></div></div></div></div></div>
 </div>
</div>
<div class="dw"><div class="no"></div></div>
<div class="b8 UC" role="alert" aria-live="assertive"></div>
<script type="application/json" id="replica-state">${scriptJson(state)}</script>
<script nonce="${nonce}" src="https://mail.google.com${base}_replica/app.js"></script>
</body></html>`;
}
