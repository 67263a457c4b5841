// Server-rendered print view (`/mail/u/N/?ik=…&view=pt&search=all&permthid=thread-f:<dec>`).
// Mirrors docs/gmail.md "The print view" and the real page saved in
// ../shared/real-gmail/printview-2023-chrome-saved-1msg.html (SOURCES.md):
// <div class="bodycontainer">, the account as <b>Name &lt;email&gt;</b> in the header's right
// cell, the subject as <font size=+1><b>…</b></font> + "N messages", then one table per message
// whose first row holds sender and date, a <font size=-1 class="recipient"> block
// (<div class="replyto">Reply-To: …</div> first, then To, then Cc), the body, and the page's own
// window.print() script after the body container.
//
// Two forms of the same page:
// - 'server' (default): what Gmail sends. Attributes mostly unquoted, but class="message",
//   class="recipient", class="bodycontainer" and class="maincontent" quoted (SOURCES.md,
//   "Looked for and not found"); no <tbody>.
// - 'browser': the page as Chrome serializes the DOM when it is saved: every attribute quoted,
//   <tbody> inserted into every table.
// Labels ("To:", "N messages", "Reply-To:") and the date text follow the account's language.
// Every piece of user data goes through escapeHtml; `bodyHtml` is the sender's HTML as Gmail
// shows it (already sanitized by Gmail), so it is inserted as it is.

import { escapeHtml, formatPrintDate } from './html.js';
import type { Person, ReplicaAccount, ReplicaLanguage, ReplicaMessage, ReplicaThread } from './types.js';

export type PrintViewForm = 'server' | 'browser';

export interface PrintViewOptions {
  /** 'server' (default): Gmail's raw response; 'browser': as Chrome saves it (quoted attributes, <tbody>). */
  form?: PrintViewForm;
  /** Gmail's display language; default the account's (`account.language`), else 'en'. */
  language?: ReplicaLanguage;
  /** The nonce of the inline script and styles (the real page has one per response). */
  nonce?: string;
}

/** Gmail logo drawn inline (the real page loads it from ssl.gstatic.com; the replica stays offline). */
const LOGO_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' width='143' height='59' viewBox='0 0 143 59'>" +
  "<path d='M8 46V20l20 15 20-15v26' fill='none' stroke='%234285f4' stroke-width='6'/>" +
  "<path d='M8 20l20 15 20-15' fill='none' stroke='%23ea4335' stroke-width='6'/>" +
  "<text x='58' y='42' font-family='Arial' font-size='26' fill='%235f6368'>Gmail</text></svg>";
const LOGO_SRC = 'data:image/svg+xml,' + LOGO_SVG.replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20');

/** The two style blocks of the real page, as it has them. */
const FONT_STYLE = '\n        body,td,div,p,a,input {font-family: arial, sans-serif;}\n    ';
const PRINT_STYLE =
  '\n        body, td {font-size:13px} a:link, a:active {color:#1155CC; text-decoration:none} ' +
  'a:hover {text-decoration:underline; cursor: pointer} a:visited{color:##6611CC} img{border:0px} ' +
  'pre { white-space: pre; white-space: -moz-pre-wrap; white-space: -o-pre-wrap; white-space: pre-wrap; ' +
  'word-wrap: break-word; max-width: 800px; overflow: auto;} .logo { left: -7px; position: relative; }\n    ';
/** The real page's last element: it prints itself once loaded (the replica's CSP nonce differs, so it never runs there). */
const PRINT_SCRIPT = '// <![CDATA[\n    document.body.onload=function(){document.body.offsetHeight;window.print()};\n    // ]]>';
const DEFAULT_NONCE = 'pRiNtViEwNoNcE';

interface Labels {
  to: string;
  replyTo: string;
  cc: string;
  /** "1 message", "3 messages" */
  count: (n: number) => string;
}

function plural(locale: string, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) {
  const rules = new Intl.PluralRules(locale);
  return (n: number) => `${n} ${forms[rules.select(n)] ?? forms.other}`;
}

/** Gmail's labels per display language. */
const LABELS: Record<ReplicaLanguage, Labels> = {
  en: { to: 'To:', replyTo: 'Reply-To:', cc: 'Cc:', count: plural('en', { one: 'message', other: 'messages' }) },
  de: { to: 'An:', replyTo: 'Antwort an:', cc: 'Cc:', count: plural('de', { one: 'Nachricht', other: 'Nachrichten' }) },
  fr: { to: 'À :', replyTo: 'Répondre à :', cc: 'Cc :', count: plural('fr', { one: 'message', other: 'messages' }) },
  es: { to: 'Para:', replyTo: 'Responder a:', cc: 'Cc:', count: plural('es', { one: 'mensaje', other: 'mensajes' }) },
  it: { to: 'A:', replyTo: 'Rispondi a:', cc: 'Cc:', count: plural('it', { one: 'messaggio', other: 'messaggi' }) },
  nl: { to: 'Aan:', replyTo: 'Antwoord aan:', cc: 'Cc:', count: plural('nl', { one: 'bericht', other: 'berichten' }) },
  pt: { to: 'Para:', replyTo: 'Responder para:', cc: 'Cc:', count: plural('pt', { one: 'mensagem', other: 'mensagens' }) },
  ru: {
    to: 'Кому:',
    replyTo: 'Ответить:',
    cc: 'Копия:',
    count: plural('ru', { one: 'сообщение', few: 'сообщения', many: 'сообщений', other: 'сообщения' }),
  },
};

export function printLabels(language: ReplicaLanguage = 'en'): Readonly<Labels> {
  return LABELS[language];
}

/** Locale, the word between date and time, and whether the hour has two digits. */
const DATE_STYLE: Record<Exclude<ReplicaLanguage, 'en'>, { locale: string; at: string; hour: '2-digit' | 'numeric' }> = {
  de: { locale: 'de-DE', at: 'um', hour: '2-digit' },
  fr: { locale: 'fr-FR', at: 'à', hour: '2-digit' },
  es: { locale: 'es-ES', at: 'a las', hour: 'numeric' },
  it: { locale: 'it-IT', at: 'alle ore', hour: '2-digit' },
  nl: { locale: 'nl-NL', at: 'om', hour: '2-digit' },
  pt: { locale: 'pt-BR', at: 'às', hour: '2-digit' },
  ru: { locale: 'ru-RU', at: 'в', hour: '2-digit' },
};

/** Intl's date text with plain spaces, like Gmail's print view. */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * Gmail's date text in a display language: "Fri, Nov 20, 2026 at 9:14 AM",
 * "Fr., 20. Nov. 2026 um 09:14", "ven. 20 nov. 2026 à 09:14", "vie, 20 nov 2026 a las 9:14",
 * "ven 20 nov 2026 alle ore 09:14", "vr 20 nov 2026 om 09:14", "sex., 20 de nov. de 2026 às 09:14",
 * "пт, 20 нояб. 2026 г. в 09:14".
 */
export function formatLocalizedPrintDate(ms: number, timeZone: string, language: ReplicaLanguage = 'en'): string {
  if (language === 'en') return formatPrintDate(ms, timeZone);
  const style = DATE_STYLE[language];
  const date = new Intl.DateTimeFormat(style.locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat(style.locale, { timeZone, hour: style.hour, minute: '2-digit', hourCycle: 'h23' });
  return plainSpaces(`${date.format(ms)} ${style.at} ${time.format(ms)}`);
}

/** Writes markup in one of the two forms. */
class Markup {
  constructor(readonly form: PrintViewForm) {}

  /**
   * ` name=value` pairs. Values in `quoted` are quoted in both forms (the server quotes them);
   * others only in the browser form or when they could not stand unquoted.
   */
  attrs(pairs: ReadonlyArray<readonly [string, string]>, quoted: readonly string[] = []): string {
    return pairs
      .map(([name, value]) => {
        const mustQuote = this.form === 'browser' || quoted.includes(name) || value === '' || /[\s"'=<>`]/.test(value);
        return mustQuote ? ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : ` ${name}=${value}`;
      })
      .join('');
  }

  /** A table whose rows are `rows`: the browser inserts <tbody>. */
  table(pairs: ReadonlyArray<readonly [string, string]>, rows: string, quoted: readonly string[] = []): string {
    const inner = this.form === 'browser' ? `<tbody>${rows}</tbody>` : rows;
    return `<table${this.attrs(pairs, quoted)}>${inner}</table>`;
  }
}

const LAYOUT_TABLE = [['width', '100%'], ['cellpadding', '0'], ['cellspacing', '0'], ['border', '0']] as const;

function personHtml(p: Person): string {
  return p.name ? `${escapeHtml(p.name)} &lt;${escapeHtml(p.email)}&gt;` : escapeHtml(p.email);
}

function senderHtml(p: Person): string {
  return p.name ? `<b>${escapeHtml(p.name)} </b>&lt;${escapeHtml(p.email)}&gt;` : `<b>${escapeHtml(p.email)}</b>`;
}

/** Plain text body -> Gmail's print HTML: escaped, one <br> per line break. */
function plainBodyHtml(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeHtml(line))
    .join('<br>');
}

function messageHtml(m: ReplicaMessage, timeZone: string, language: ReplicaLanguage, w: Markup): string {
  const labels = LABELS[language];
  const recipients: string[] = [];
  if (m.replyTo?.length) {
    recipients.push(`<div${w.attrs([['class', 'replyto']], ['class'])}>${labels.replyTo} ${m.replyTo.map(personHtml).join(', ')}</div>`);
  }
  if (m.to.length) recipients.push(`<div>${labels.to} ${m.to.map(personHtml).join(', ')}</div>`);
  if (m.cc?.length) recipients.push(`<div>${labels.cc} ${m.cc.map(personHtml).join(', ')}</div>`);
  const body = m.bodyHtml !== undefined ? m.bodyHtml : `${plainBodyHtml(m.body)}<br>`;
  const size = w.attrs([['size', '-1']]);
  const bodyTable = w.table(
    [...LAYOUT_TABLE.slice(0, 1), ['cellpadding', '12'], ...LAYOUT_TABLE.slice(2)],
    `<tr><td><div${w.attrs([['style', 'overflow: hidden;']])}><font${size}>${body}</font></div></td></tr>`,
  );
  const rows =
    `<tr><td><font${size}>${senderHtml(m.from)}</font></td>` +
    `<td${w.attrs([['align', 'right']])}><font${size}>${escapeHtml(formatLocalizedPrintDate(m.date, timeZone, language))}</font></td></tr>` +
    `<tr><td${w.attrs([['colspan', '2'], ['style', 'padding-bottom: 4px;']])}>` +
    `<font${w.attrs([['size', '-1'], ['class', 'recipient']], ['class'])}>${recipients.join('')}</font></td></tr>` +
    `<tr><td${w.attrs([['colspan', '2']])}>${bodyTable}</td></tr>`;
  return w.table([...LAYOUT_TABLE, ['class', 'message']], rows, ['class']);
}

export function subjectText(subject: string): string {
  return subject.trim() ? subject : '(no subject)';
}

export function renderPrintView(
  account: ReplicaAccount,
  thread: ReplicaThread,
  timeZone: string,
  options: PrintViewOptions = {},
): string {
  const w = new Markup(options.form ?? 'server');
  const language = options.language ?? account.language ?? 'en';
  // A browser hides the nonce from the DOM: a saved page has nonce="".
  const nonce = w.attrs([['nonce', w.form === 'browser' ? '' : (options.nonce ?? DEFAULT_NONCE)]], ['nonce']);
  const subject = escapeHtml(subjectText(thread.subject));
  const count = thread.messages.length;
  const header = w.table(
    LAYOUT_TABLE,
    `<tr${w.attrs([['height', '14px']])}>` +
      `<td${w.attrs([['width', '143']])}><img${w.attrs([['src', LOGO_SRC], ['width', '143'], ['height', '59'], ['alt', 'Gmail'], ['class', 'logo']], ['src', 'alt', 'class'])}></td>` +
      `<td${w.attrs([['align', 'right']])}><font${w.attrs([['size', '-1'], ['color', '#777']])}>` +
      `<b>${personHtml({ name: account.name, email: account.email })}</b></font></td></tr>`,
  );
  const subjectTable = w.table(
    LAYOUT_TABLE,
    `<tr><td><font${w.attrs([['size', '+1']])}><b>${subject}</b></font><br>` +
      `<font${w.attrs([['size', '-1'], ['color', '#777']])}>${LABELS[language].count(count)}</font></td></tr>`,
  );
  return (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "https://www.w3.org/TR/html4/strict.dtd">' +
    `<html${w.attrs([['lang', language]], ['lang'])}><head>` +
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' +
    `<style type="text/css"${nonce}>${FONT_STYLE}</style>` +
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">' +
    '<link rel="shortcut icon" href="data:," type="image/x-icon">' +
    `<title>Gmail - ${subject}</title>` +
    `<style type="text/css"${nonce}>${PRINT_STYLE}</style></head>` +
    `<body><div class="bodycontainer">${header}<hr><div class="maincontent">${subjectTable}<hr>` +
    thread.messages.map((m) => messageHtml(m, timeZone, language, w)).join('<hr>') +
    `</div></div><script type="text/javascript"${nonce}>${PRINT_SCRIPT}</script></body></html>`
  );
}
