// Server-rendered print view (`/mail/u/N/?ik=…&view=pt&search=all&permthid=thread-f:<dec>`).
// Mirrors gmail-facts.md "Did anyone reply? — the print view": <div class="bodycontainer">,
// the account as <b>Name &lt;email&gt;</b> in the header's right cell, the subject as
// <font size=+1><b>…</b></font> + "N messages", then one table per message with UNQUOTED
// attributes (class=message, class=recipient) whose first row holds sender and date.
// Every piece of user data goes through escapeHtml.

import { escapeHtml, formatPrintDate } from './html.js';
import type { Person, ReplicaAccount, ReplicaMessage, ReplicaThread } from './types.js';

/** Gmail logo drawn inline (the real page loads it from ssl.gstatic.com; the replica stays offline). */
const LOGO_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' width='143' height='59' viewBox='0 0 143 59'>" +
  "<path d='M8 46V20l20 15 20-15v26' fill='none' stroke='%234285f4' stroke-width='6'/>" +
  "<path d='M8 20l20 15 20-15' fill='none' stroke='%23ea4335' stroke-width='6'/>" +
  "<text x='58' y='42' font-family='Arial' font-size='26' fill='%235f6368'>Gmail</text></svg>";
const LOGO_SRC = 'data:image/svg+xml,' + LOGO_SVG.replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20');

const PRINT_STYLE =
  'body, td {font-family: arial,sans-serif;font-size:80%} a:link, a:active, a:visited{color:#0000CC} ' +
  'img{border:0} pre { white-space: pre; white-space: -moz-pre-wrap; white-space: -o-pre-wrap; ' +
  'white-space: pre-wrap; word-wrap: break-word; width: 800px; overflow: auto;}.logo { left: -7px; position: relative; }';

function personHtml(p: Person): string {
  return p.name ? `${escapeHtml(p.name)} &lt;${escapeHtml(p.email)}&gt;` : escapeHtml(p.email);
}

function senderHtml(p: Person): string {
  return p.name ? `<b>${escapeHtml(p.name)} </b>&lt;${escapeHtml(p.email)}&gt;` : `<b>${escapeHtml(p.email)}</b>`;
}

/** Plain text body -> Gmail's print HTML: escaped, one <br> per line break. */
function bodyHtml(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeHtml(line))
    .join('<br>');
}

function messageHtml(m: ReplicaMessage, timeZone: string): string {
  const recipients: string[] = [];
  if (m.to.length) recipients.push(`<div>To: ${m.to.map(personHtml).join(', ')}</div>`);
  if (m.cc?.length) recipients.push(`<div>Cc: ${m.cc.map(personHtml).join(', ')}</div>`);
  return (
    '<table width=100% cellpadding=0 cellspacing=0 border=0 class=message>' +
    `<tr><td><font size=-1>${senderHtml(m.from)}</font></td>` +
    `<td align=right><font size=-1>${escapeHtml(formatPrintDate(m.date, timeZone))}</font></td></tr>` +
    `<tr><td colspan=2><font size=-1 class=recipient>${recipients.join('')}</font></td></tr>` +
    '<tr><td colspan=2><table width=100% cellpadding=12 cellspacing=0 border=0><tr><td>' +
    `<div style="overflow: hidden;"><font size=-1>${bodyHtml(m.body)}<br></font></div>` +
    '</td></tr></table></td></tr></table>'
  );
}

export function subjectText(subject: string): string {
  return subject.trim() ? subject : '(no subject)';
}

export function renderPrintView(account: ReplicaAccount, thread: ReplicaThread, timeZone: string): string {
  const subject = escapeHtml(subjectText(thread.subject));
  const count = thread.messages.length;
  return (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' +
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<link rel="icon" href="data:,">' +
    `<title>Gmail - ${subject}</title>` +
    `<style type="text/css">${PRINT_STYLE}</style></head>` +
    '<body><div class="bodycontainer">' +
    '<table width=100% cellpadding=0 cellspacing=0 border=0><tr height=14px>' +
    `<td width=143><img src="${LOGO_SRC}" width=143 height=59 alt="Gmail" class="logo"></td>` +
    `<td align=right><font size=-1 color=#777><b>${personHtml({ name: account.name, email: account.email })}</b></font></td>` +
    '</tr></table><hr><div class="maincontent">' +
    '<table width=100% cellpadding=0 cellspacing=0 border=0><tr><td>' +
    `<font size=+1><b>${subject}</b></font><br>` +
    `<font size=-1 color=#777>${count} ${count === 1 ? 'message' : 'messages'}</font>` +
    '</td></tr></table><hr>' +
    thread.messages.map((m) => messageHtml(m, timeZone) + '<hr>').join('') +
    '</div></div></body></html>'
  );
}
