/**
 * How mail clients quote the message they answer, in each language: Gmail's HTML quote, Outlook's
 * HTML header block (web and desktop), Outlook's plain-text header block, "-----Original
 * Message-----", and `>` lines under an "On … wrote:" line. Each returns the body to give a
 * message (`html` or `body`); the message's `text` stays what the sender wrote new.
 */
import { escapeHtml } from '../../replica/html';
import type { CorpusLanguage, CorpusMessage } from './types';

export type QuoteStyle = 'gmail' | 'outlook-web' | 'outlook-desktop' | 'outlook-plain' | 'original-message' | 'angle' | 'thunderbird';

/** Gmail's attribution line in the language of the one who answers. */
const GMAIL_ATTRIBUTION: Record<CorpusLanguage, (name: string, email: string) => string> = {
  en: (n, e) => `On Mon, Nov 16, 2026 at 9:14 AM ${n} <${e}> wrote:`,
  de: (n, e) => `Am Mo., 16. Nov. 2026 um 09:14 Uhr schrieb ${n} <${e}>:`,
  fr: (n, e) => `Le lun. 16 nov. 2026 à 09:14, ${n} <${e}> a écrit :`,
  es: (n, e) => `El lun, 16 nov 2026 a las 9:14, ${n} (<${e}>) escribió:`,
  it: (n, e) => `Il giorno lun 16 nov 2026 alle ore 09:14 ${n} <${e}> ha scritto:`,
  nl: (n, e) => `Op ma 16 nov 2026 om 09:14 schreef ${n} <${e}>:`,
  pt: (n, e) => `Em seg., 16 de nov. de 2026 às 09:14, ${n} <${e}> escreveu:`,
};

/** Thunderbird's and Apple Mail's shorter attribution. */
const THUNDERBIRD_ATTRIBUTION: Record<CorpusLanguage, (name: string) => string> = {
  en: (n) => `On 16/11/2026 09:14, ${n} wrote:`,
  de: (n) => `Am 16.11.26 um 09:14 schrieb ${n}:`,
  fr: (n) => `Le 16/11/2026 à 09:14, ${n} a écrit :`,
  es: (n) => `El 16/11/26 a las 9:14, ${n} escribió:`,
  it: (n) => `Il 16/11/26 09:14, ${n} ha scritto:`,
  nl: (n) => `Op 16-11-2026 om 09:14 schreef ${n}:`,
  pt: (n) => `Em 16/11/2026 09:14, ${n} escreveu:`,
};

interface OutlookLabels {
  from: string;
  sent: string;
  to: string;
  subject: string;
  date: string;
  re: string;
  original: string;
}

const OUTLOOK: Record<CorpusLanguage, OutlookLabels> = {
  en: { from: 'From:', sent: 'Sent:', to: 'To:', subject: 'Subject:', date: 'Monday, November 16, 2026 9:14 AM', re: 'RE: ', original: '-----Original Message-----' },
  de: { from: 'Von:', sent: 'Gesendet:', to: 'An:', subject: 'Betreff:', date: 'Montag, 16. November 2026 09:14', re: 'AW: ', original: '-----Ursprüngliche Nachricht-----' },
  fr: { from: 'De :', sent: 'Envoyé :', to: 'À :', subject: 'Objet :', date: 'lundi 16 novembre 2026 09:14', re: 'RE : ', original: "-----Message d'origine-----" },
  es: { from: 'De:', sent: 'Enviado:', to: 'Para:', subject: 'Asunto:', date: 'lunes, 16 de noviembre de 2026 9:14', re: 'RE: ', original: '-----Mensaje original-----' },
  it: { from: 'Da:', sent: 'Inviato:', to: 'A:', subject: 'Oggetto:', date: 'lunedì 16 novembre 2026 09:14', re: 'R: ', original: '-----Messaggio originale-----' },
  nl: { from: 'Van:', sent: 'Verzonden:', to: 'Aan:', subject: 'Onderwerp:', date: 'maandag 16 november 2026 09:14', re: 'RE: ', original: '-----Oorspronkelijk bericht-----' },
  // Outlook in Brazilian Portuguese writes "Enviada em:".
  pt: { from: 'De:', sent: 'Enviada em:', to: 'Para:', subject: 'Assunto:', date: 'segunda-feira, 16 de novembro de 2026 09:14', re: 'RES: ', original: '-----Mensagem original-----' },
};

/** Plain text as Gmail's HTML compose writes it: a div per line, <div><br></div> for a blank one. */
export function textToHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '<div><br></div>' : `<div>${escapeHtml(line)}</div>`))
    .join('');
}

function angle(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function names(people: readonly { name: string; email: string }[]): string {
  return people.map((p) => p.name || p.email).join('; ');
}

/**
 * The body of an answer that says `text` and quotes `of` in `style`, written in `language`.
 * `subject` is the thread's subject (Outlook repeats it in its header block).
 */
export function quoting(
  language: CorpusLanguage,
  style: QuoteStyle,
  text: string,
  of: CorpusMessage,
  subject: string,
): { html: string } | { body: string } {
  const { name, email } = of.from;
  const old = of.text;
  const o = OUTLOOK[language];
  switch (style) {
    case 'gmail':
      return {
        html:
          `<div dir="ltr">${textToHtml(text)}</div><br>` +
          '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' +
          `${escapeHtml(GMAIL_ATTRIBUTION[language](name, email))}<br></div>` +
          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
          `<div dir="ltr">${textToHtml(old)}</div></blockquote></div>`,
      };
    case 'outlook-web':
      return {
        html:
          `<div style="font-family: Aptos, Arial, sans-serif; font-size: 12pt;">${textToHtml(text)}</div>` +
          '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
          '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
          `<b>${o.from}</b> ${escapeHtml(name)} &lt;${escapeHtml(email)}&gt;<br><b>${o.sent}</b> ${o.date}<br>` +
          `<b>${o.to}</b> ${escapeHtml(names(of.to))}<br><b>${o.subject}</b> ${escapeHtml(subject)}</font><div>&nbsp;</div></div>` +
          `<div>${textToHtml(old)}</div>`,
      };
    case 'outlook-desktop':
      return {
        html:
          `<div class="WordSection1"><p class="MsoNormal">${escapeHtml(text).replace(/\n/g, '<br>')}<o:p></o:p></p>` +
          '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' +
          '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
          `<p class="MsoNormal"><b>${o.from}</b> ${escapeHtml(name)} &lt;${escapeHtml(email)}&gt; <br><b>${o.sent}</b> ${o.date}<br>` +
          `<b>${o.to}</b> ${escapeHtml(names(of.to))}<br><b>${o.subject}</b> ${escapeHtml(o.re + subject)}<o:p></o:p></p></div></div>` +
          `<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">${escapeHtml(old).replace(/\n/g, '<br>')}<o:p></o:p></p></div>`,
      };
    case 'outlook-plain':
      return {
        body:
          `${text}\n\n________________________________\n${o.from} ${name} <${email}>\n${o.sent} ${o.date}\n` +
          `${o.to} ${names(of.to)}\n${o.subject} ${o.re}${subject}\n\n${old}`,
      };
    case 'original-message':
      return {
        body: `${text}\n\n${o.original}\n${o.from} ${name} [mailto:${email}]\n${o.sent} ${o.date}\n${o.to} ${names(of.to)}\n${o.subject} ${subject}\n\n${old}`,
      };
    case 'angle':
      return { body: `${text}\n\n${GMAIL_ATTRIBUTION[language](name, email)}\n${angle(old)}` };
    case 'thunderbird':
      return { body: `${text}\n\n${THUNDERBIRD_ATTRIBUTION[language](name)}\n${angle(old)}` };
  }
}
