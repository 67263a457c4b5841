// GmailReplica: the in-memory mailbox plus a pure request handler for https://mail.google.com.
// Mirrors docs/gmail.md sections "The page" (/mail/u/N/ app with GLOBALS), "Compose"
// (/sync/u/N/i/s), "Thread view" (thread layouts 'a98' / 'bs'), "Identifiers" (hex/decimal ids)
// and "The print view" (view=pt, ik required, sign-in page when signed out).

import type { BrowserContext } from 'playwright-core';
import { clientFile, gmailCsp, newNonce, renderAppPage } from './appPage.js';
import { renderFeed, UNAUTHORIZED_PAGE } from './feed.js';
import { renderErrorPage, renderRedirectPage, renderSignInPage } from './pages.js';
import { renderPrintView } from './printView.js';
import { clientThread, deliverReply, findThread, fromChoices, normalizeId } from './state.js';
import { handleSend, handleUndo } from './sync.js';
import type {
  Person,
  ReplicaAccount,
  ReplicaInit,
  ReplicaMessage,
  ReplicaRequest,
  ReplicaResponse,
  ReplicaThread,
  ThreadLayout,
} from './types.js';

export const REPLICA_ORIGIN = 'https://mail.google.com';
/** How long the "Message sent" toast (with Undo / View message) stays up. */
export const TOAST_TIMEOUT_MS = 8000;

const NO_STORE = 'no-cache, no-store, max-age=0, must-revalidate';

function text(status: number, body: string): ReplicaResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': NO_STORE }, body };
}

function json(status: number, value: unknown): ReplicaResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': NO_STORE, 'x-content-type-options': 'nosniff' },
    body: JSON.stringify(value),
  };
}

function html(status: number, body: string, nonce = newNonce()): ReplicaResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': NO_STORE,
      'content-security-policy': gmailCsp(nonce),
      'x-frame-options': 'SAMEORIGIN',
      'x-content-type-options': 'nosniff',
    },
    body,
  };
}

/** 302 with an absolute Location (Chromium does not route a relative redirect target through context.route). */
function redirect(path: string): ReplicaResponse {
  const location = REPLICA_ORIGIN + path;
  const nonce = newNonce();
  const res = html(302, renderRedirectPage(location, nonce), nonce);
  res.headers.location = location;
  return res;
}

export class GmailReplica {
  accounts: ReplicaAccount[];
  threadLayout: ThreadLayout;
  signedOut = false;
  /** Every request handled, with the wall-clock time it arrived (for pacing assertions). */
  requests: Array<{ method: string; url: string; at: number }> = [];
  /**
   * Addition: IANA time zone for dates. The print view uses it (default 'UTC'); the app uses it
   * when set, else the browser's own zone (like Gmail, which follows the user's settings).
   */
  timeZone: string | undefined;
  /** Addition: the clock used for new messages and relative dates. */
  now: () => number;

  constructor(init: ReplicaInit) {
    this.accounts = init.accounts;
    this.threadLayout = init.threadLayout ?? 'a98';
    this.now = init.now ?? (() => Date.now());
    this.timeZone = init.timeZone;
  }

  thread(accountIndex: number, threadHex: string): ReplicaThread | undefined {
    const account = this.accounts[accountIndex];
    return account ? findThread(account, threadHex) : undefined;
  }

  /** A reply from someone else arrives in a thread: appended, thread goes to the inbox, unread. */
  addReply(
    accountIndex: number,
    threadHex: string,
    msg: { from: Person; to?: Person[]; cc?: Person[]; body: string; date?: number },
  ): ReplicaMessage {
    const account = this.accounts[accountIndex];
    if (!account) throw new Error(`no account at /u/${accountIndex}/`);
    const thread = findThread(account, threadHex);
    if (!thread) throw new Error(`no thread ${threadHex} in /u/${accountIndex}/`);
    return deliverReply(this.accounts, account, thread, { ...msg, date: msg.date ?? this.now() });
  }

  /** Print-view URL of a thread (what the extension is expected to fetch). */
  printUrl(accountIndex: number, threadHex: string): string {
    const account = this.accounts[accountIndex];
    const hex = normalizeId(threadHex);
    if (!account || !hex) throw new Error('unknown account or malformed thread id');
    const dec = BigInt('0x' + hex).toString(10);
    return `${REPLICA_ORIGIN}/mail/u/${accountIndex}/?ik=${account.ik}&view=pt&search=all&permthid=thread-f:${dec}`;
  }

  handle(req: ReplicaRequest): ReplicaResponse {
    const method = req.method.toUpperCase();
    this.requests.push({ method, url: req.url, at: Date.now() });
    let url: URL;
    try {
      url = new URL(req.url, REPLICA_ORIGIN);
    } catch {
      return text(400, 'Bad Request');
    }
    if (url.origin !== REPLICA_ORIGIN) return text(404, 'Not Found');
    const path = url.pathname;

    if (path === '/' || path === '/mail' || path === '/mail/') return redirect('/mail/u/0/');

    const mail = /^\/mail\/u\/(\d+)(\/.*)?$/.exec(path);
    if (mail) {
      const n = Number(mail[1]);
      const rest = mail[2];
      if (rest === undefined) return redirect(`/mail/u/${n}/${url.search}`);
      const account = this.accounts[n];
      if (rest === '/feed/atom') return this.feed(account, n);
      if (!account) {
        if (this.signedOut || this.accounts.length === 0) return html(200, renderSignInPage(url.href));
        return redirect('/mail/u/0/');
      }
      if (rest === '/') {
        if (this.signedOut) return html(200, renderSignInPage(url.href));
        if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method Not Allowed');
        if (url.searchParams.get('view') === 'pt') return this.printView(account, url);
        return this.appPage(account, n);
      }
      if (rest === '/_replica/app.js') {
        return {
          status: 200,
          headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': NO_STORE },
          body: clientFile('app.js'),
        };
      }
      if (rest === '/_replica/state.json') {
        if (this.signedOut) return json(401, { ok: false, error: 'signed out' });
        const open = normalizeId(url.searchParams.get('open'));
        const thread = open ? findThread(account, open) : undefined;
        if (thread) thread.unread = false;
        return json(200, this.clientState(account, n));
      }
      return text(404, 'Not Found');
    }

    const sync = /^\/sync\/u\/(\d+)\/i\/(s|undo)$/.exec(path);
    if (sync) {
      const account = this.accounts[Number(sync[1])];
      if (!account) return json(404, { ok: false, error: 'no such account' });
      if (this.signedOut) return json(401, { ok: false, error: 'signed out' });
      if (method !== 'POST') return text(405, 'Method Not Allowed');
      const result =
        sync[2] === 's' ? handleSend(this.accounts, account, req.body, this.now()) : handleUndo(account, req.body);
      return json(result.status, result.json);
    }

    return text(404, 'Not Found');
  }

  /** Serves every https://mail.google.com/** request of the context from handle(). */
  async route(context: BrowserContext): Promise<void> {
    await context.route(`${REPLICA_ORIGIN}/**`, async (route) => {
      const request = route.request();
      const body = request.postData();
      const res = this.handle({ method: request.method(), url: request.url(), ...(body !== null ? { body } : {}) });
      if (res.status >= 300 && res.status < 400 && request.isNavigationRequest()) {
        // Chromium does not send the target of a fulfilled redirect through context.route:
        // serve the redirect page itself, whose script goes on to the target (keeping the hash).
        const { location: _location, ...headers } = res.headers;
        await route.fulfill({ status: 200, headers, body: res.body });
        return;
      }
      await route.fulfill({ status: res.status, headers: res.headers, body: res.body });
    });
  }

  private clientState(account: ReplicaAccount, accountIndex: number) {
    return {
      accountIndex,
      email: account.email,
      name: account.name,
      ik: account.ik,
      /** The compose From selector's choices (the account first); shown only with send-as addresses. */
      sendAs: account.sendAs?.length ? fromChoices(account) : [],
      language: account.language ?? 'en',
      layout: this.threadLayout,
      timeZone: this.timeZone ?? null,
      toastTimeoutMs: TOAST_TIMEOUT_MS,
      now: this.now(),
      threads: account.threads.map((t) => clientThread(account, t)),
    };
  }

  private appPage(account: ReplicaAccount, accountIndex: number): ReplicaResponse {
    const nonce = newNonce();
    const body = renderAppPage({ account, accountIndex, nonce, state: this.clientState(account, accountIndex) });
    return html(200, body, nonce);
  }

  /** Which account is at /u/N, as Gmail's feed names it: 401 for a signed-out session or an index nobody is signed in at. */
  private feed(account: ReplicaAccount | undefined, accountIndex: number): ReplicaResponse {
    const headers = { 'cache-control': NO_STORE, 'x-content-type-options': 'nosniff' };
    if (!account || this.signedOut) {
      return { status: 401, headers: { ...headers, 'content-type': 'text/html; charset=UTF-8' }, body: UNAUTHORIZED_PAGE };
    }
    return {
      status: 200,
      headers: { ...headers, 'content-type': 'text/xml; charset=UTF-8' },
      body: renderFeed(account, accountIndex, this.now()),
    };
  }

  private printView(account: ReplicaAccount, url: URL): ReplicaResponse {
    const ik = url.searchParams.get('ik');
    if (!ik || ik !== account.ik) return html(200, renderErrorPage(403, 'The request is missing a valid key.'));
    const permthid = url.searchParams.get('permthid');
    const th = url.searchParams.get('th');
    let hex: string | undefined;
    if (permthid !== null) {
      if (!/^thread-f:\d{1,20}$/.test(permthid)) return html(400, renderErrorPage(400, 'Invalid conversation id.'));
      hex = normalizeId(permthid);
    } else if (th !== null) {
      hex = normalizeId(th);
    }
    if (!hex) return html(400, renderErrorPage(400, 'Invalid conversation id.'));
    const thread = findThread(account, hex);
    if (!thread) return html(200, renderErrorPage(404, 'The conversation could not be found.'));
    return html(200, renderPrintView(account, thread, this.timeZone ?? 'UTC'));
  }
}
