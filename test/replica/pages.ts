// Small non-app pages: the Google sign-in page a signed-out session gets, Gmail's error page and
// the redirect page. Mirrors docs/gmail.md "The print view" (a signed-out
// session returns a sign-in page; none of these pages contain table.message).

import { escapeHtml } from './html.js';

const BASE_STYLE =
  "body{margin:0;font-family:'Google Sans',Roboto,Arial,sans-serif;color:#202124;background:#fff}";

export function renderSignInPage(continueUrl: string): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Gmail</title>' +
    '<link rel="icon" href="data:,">' +
    `<style>${BASE_STYLE}` +
    '.card{width:448px;margin:80px auto;border:1px solid #dadce0;border-radius:8px;padding:48px 40px 36px}' +
    'h1{font-weight:400;font-size:24px;margin:16px 0 8px}p{margin:0 0 24px}' +
    'input[type=email]{width:100%;box-sizing:border-box;padding:13px 15px;font-size:16px;border:1px solid #dadce0;border-radius:4px}' +
    'form{display:flex;flex-direction:column}' +
    'button{margin-top:32px;align-self:flex-end;background:#0b57d0;color:#fff;border:0;border-radius:20px;padding:10px 24px;font-size:14px}' +
    '.g{font-size:22px}.g b:nth-child(1){color:#4285f4}.g b:nth-child(2){color:#ea4335}.g b:nth-child(3){color:#fbbc04}' +
    '.g b:nth-child(4){color:#4285f4}.g b:nth-child(5){color:#34a853}.g b:nth-child(6){color:#ea4335}</style></head>' +
    '<body><div class="card"><div class="g"><b>G</b><b>o</b><b>o</b><b>g</b><b>l</b><b>e</b></div>' +
    '<h1>Sign in</h1><p>to continue to Gmail</p>' +
    '<form id="gaia_loginform" method="post" action="https://accounts.google.com/v3/signin/identifier">' +
    `<input type="hidden" name="continue" value="${escapeHtml(continueUrl)}">` +
    '<input type="email" name="identifier" id="identifierId" aria-label="Email or phone" placeholder="Email or phone" autocomplete="username">' +
    '<button type="submit" id="identifierNext">Next</button></form></div></body></html>'
  );
}

/** Gmail-ish error page (no table.message). */
export function renderErrorPage(code: number, detail: string): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Gmail</title>' +
    '<link rel="icon" href="data:,">' +
    `<style>${BASE_STYLE}.e{margin:120px auto;width:520px;font-size:14px;line-height:1.5}` +
    'h1{font-size:20px;font-weight:400}</style></head><body><div class="e">' +
    '<h1>Oops… the system encountered a problem' + ` (#${code})</h1>` +
    `<p>${escapeHtml(detail)}</p>` +
    '<p>Please try again in a few minutes, or <a href="/mail/u/0/">return to your inbox</a>.</p>' +
    '</div></body></html>'
  );
}

/**
 * Body of a 302. A browser that follows the Location header never shows it; when the replica runs
 * behind Playwright's context.route (which does not route the target of a fulfilled redirect),
 * route() serves it with status 200 and the nonce'd script moves on, keeping the #fragment.
 */
export function renderRedirectPage(location: string, nonce: string): string {
  const href = escapeHtml(location);
  const target = JSON.stringify(location).replace(/</g, '\\u003c');
  return (
    `<!DOCTYPE html><html><head><title>Moved Temporarily</title>` +
    `<script nonce="${nonce}">location.replace(${target} + location.hash);</script>` +
    `<noscript><meta http-equiv="refresh" content="0; url=${href}"></noscript></head>` +
    `<body>The document has moved <a href="${href}">here</a>.</body></html>`
  );
}
