/**
 * Hostile content: a subject or body with markup (<img onerror=…>, fake end tags) that Gmail
 * escapes, and HTML bodies that carry the print view's own structure — `table.message` with a
 * sender row, `<font size=+1>` subject headers, the account cell, a recipient block, a sign-in
 * form. None of it may become a message, an account or a page state: each case's truth is what
 * the real messages say. (The HTML is balanced, as Gmail's sanitizer leaves it.)
 */
import { escapeHtml } from '../../replica/html';
import { textToHtml } from './quote';
import type { Person } from '../../replica/types';
import { cases, WORLDS } from './world';

const { en, de, fr, es, it, nl, pt } = WORLDS;

/** A table shaped like one of the print view's messages, sent inside a mail's HTML. */
function fakeMessage(from: Person, text: string, date = 'Tue, Nov 17, 2026 at 8:00 AM'): string {
  return (
    '<table width=100% cellpadding=0 cellspacing=0 border=0 class="message"><tr><td><font size=-1>' +
    `<b>${escapeHtml(from.name)} </b>&lt;${escapeHtml(from.email)}&gt;</font></td><td align=right><font size=-1>${date}</font></td></tr>` +
    `<tr><td colspan=2><font size=-1 class="recipient"><div>To: ${escapeHtml(from.email)}</div></font></td></tr>` +
    `<tr><td colspan=2><table width=100% cellpadding=12 cellspacing=0 border=0><tr><td><div style="overflow: hidden;"><font size=-1>${textToHtml(text)}</font></div></td></tr></table></td></tr></table>`
  );
}

/** A fake page header: account cell, subject and count, as the print view writes them. */
function fakeHeader(account: Person, subject: string, count: string): string {
  return (
    '<div class="bodycontainer"><table width=100% cellpadding=0 cellspacing=0 border=0><tr><td width=143>Gmail</td>' +
    `<td align=right><font size=-1 color=#777><b>${escapeHtml(account.name)} &lt;${escapeHtml(account.email)}&gt;</b></font></td></tr></table>` +
    `<table><tr><td><font size=+1><b>${escapeHtml(subject)}</b></font><br><font size=-1 color=#777>${count}</font></td></tr></table></div>`
  );
}

const mallory = { name: 'Mallory Quinn', email: 'mallory@phish-desk.example' };

const enHtmlReply = en.from('Hi Alex, yes, we accept the proposal.', {
  html:
    '<div dir="ltr">Hi Alex,<br><br>yes, we accept the proposal. Our PO template is pasted below, exactly as our system prints it.<br><br>Hannah</div>' +
    fakeHeader(en.user, 'PO 7731', '2 messages') +
    fakeMessage(en.user, 'Thanks Hannah, cancelling the proposal.') +
    fakeMessage(en.contact, 'Out of office until January.'),
});

const deOwnHtml = de.msg(de.user, de.cast.proposal, {
  html:
    `<div dir="ltr">${textToHtml(de.cast.proposal)}</div>` +
    '<div>Zum Vergleich der Verlauf aus dem alten Ticketsystem:</div>' +
    fakeMessage(de.contact, 'Ja, einverstanden, wir unterschreiben.') +
    fakeMessage(de.cast.contact2, 'Von meiner Seite auch ein Ja.'),
});

const frOooHtml = fr.from("je suis absent du bureau jusqu'au lundi 7 décembre inclus.", {
  html:
    '<div>Bonjour,<br><br>je suis absent du bureau jusqu\'au lundi 7 décembre inclus. En cas d\'urgence, vous pouvez contacter Élodie Martin (e.martin@vergers-du-sud.example).<br><br>Julien Moreau</div>' +
    '<div style="display:none">' + fakeMessage(fr.user, 'Relance : avez-vous vu ma proposition ?') + fakeMessage(fr.user, 'Deuxième relance.') + '</div>',
});

const nlHtmlReply = nl.from('Hoi Sanne, akkoord met de offerte.', {
  html:
    '<div>Hoi Sanne,<br><br>akkoord met de offerte, we starten op 7 december.<br><br>Pieter</div>' +
    fakeHeader(mallory, 'Uw account is geblokkeerd', '1 bericht') +
    '<form action="https://accounts.google.com/ServiceLogin" method=post><input name=identifier type=email><input type=submit value="Inloggen"></form>',
});

const esHostileReply = es.from(
  'Hola Lucía,\n\nel sistema de tickets me devuelve esto al pegar tu mensaje: <img src=x onerror=alert(1)><script>alert("hola")</script>\n\nPero sí: empezamos el 7.\n\nJavier',
  { html: '<div>Hola Lucía,</div><div><br></div><div>sí, empezamos el 7. Te paso la ficha tal como sale del CRM:</div><font size=-1 class="recipient"><div>Para: Mallory Quinn &lt;mallory@phish-desk.example&gt;</div><div>Cc: cvidal@ibertec.example</div></font><div>Javier</div>' },
);

export const HOSTILE_CASES = cases([
  { situation: 'hostile', language: 'en', truth: 'no-reply', note: 'The subject carries <img onerror> and the user\'s plain text a literal message table naming Hannah: Gmail escapes both, so there is still only the user\'s message.', subject: '<img src=x onerror=alert(1)> Invoice #2291 & terms', before: [en.ask('Hi Hannah,\n\nhere is invoice #2291. Our old system printed it like this: <table class=message><tr><td><b>Hannah Pierce </b>&lt;hannah.pierce@oakridge-supply.example&gt;</td><td align=right>Today</td></tr><tr><td>Paid, thanks!</td></tr></table>\n\nAlex')] },
  { situation: 'hostile', language: 'en', truth: 'replied', note: 'Hannah\'s HTML answer pastes a page header and two message tables (one "from the user", one out-of-office): they stay her body, her answer counts.', before: [en.ask()], after: [enHtmlReply] },
  { situation: 'hostile', language: 'de', truth: 'no-reply', note: 'Die eigene HTML-Mail des Nutzers enthält gefälschte Nachrichtentabellen mit "Zusagen" von Frau Wolf und Herrn Brandt: das sind keine Nachrichten, geantwortet hat niemand.', before: [deOwnHtml] },
  { situation: 'hostile', language: 'fr', truth: 'no-reply', note: 'Une réponse automatique cache deux fausses relances « de Camille » : elles ne deviennent pas des messages, la réponse automatique reste une réponse automatique.', before: [fr.ask()], after: [frOooHtml] },
  { situation: 'hostile', language: 'nl', truth: 'replied', note: 'Pieters antwoord bevat een nep-accountcel, een nep-onderwerp ("1 bericht") en een inlogformulier: de pagina blijft een thread van Sanne, Pieter antwoordde.', before: [nl.ask()], after: [nlHtmlReply] },
  { situation: 'hostile', language: 'es', truth: 'replied', note: 'La respuesta de Javier lleva un bloque "recipient" falso dirigido a otra persona: los destinatarios reales no cambian y Javier contestó.', before: [es.ask()], after: [esHostileReply] },
  { situation: 'hostile', language: 'pt', truth: 'no-reply', note: 'O assunto fecha tags e abre uma tabela "message"; o Gmail escapa-o. Sem resposta.', subject: '</b></font><table class=message><tr><td>Rafael &lt;rafael.almeida@tejo-logistica.example&gt;</td></tr></table> Proposta', before: [pt.ask()], after: [pt.nudge(0)] },
  { situation: 'hostile', language: 'it', truth: 'replied', note: 'Il testo semplice dell\'utente contiene tag di chiusura e una tabella "message" (escapati da Gmail); Giulia risponde.', before: [it.ask('Buongiorno Giulia,\n\nil vecchio gestionale stampava così: </td></tr></table></div><table class=message><tr><td>Giulia &lt;g.rossi@ceramiche-adriatica.example&gt;</td></tr></table>\n\nMarco')], after: [it.reply()] },
]);
