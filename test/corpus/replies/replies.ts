/**
 * A person answers: plainly, or quoting the user's mail the way their mail client does (Gmail's
 * HTML quote, Outlook's HTML and plain-text header blocks, `>` lines under "On … wrote:").
 * Several of the quoted mails say "I am out of the office …": if the quote were read as the
 * answer, it would look like an auto-reply.
 */
import type { CorpusLanguage } from './types';
import { cases, WORLDS } from './world';

const { en, de, fr, es, it, nl, pt } = WORLDS;

/** The user's mail that mentions the user's own absence, per language. */
const ABSENCE_MENTION: Record<CorpusLanguage, string> = {
  en: 'Hi Hannah,\n\nI am out of the office from December 1 to 4, so it would help to hear from you by Friday: can we book the kickoff for December 7?\n\nAlex',
  de: 'Guten Tag Frau Wolf,\n\nich bin vom 1. bis 4. Dezember nicht im Büro. Könnten Sie mir deshalb bis Freitag sagen, ob der Start am 7. Dezember passt?\n\nViele Grüße\nJonas Keller',
  fr: "Bonjour Julien,\n\nje suis absente du bureau du 1er au 4 décembre : pourriez-vous me confirmer d'ici vendredi le lancement du 7 décembre ?\n\nCamille",
  es: 'Hola Javier,\n\nestaré fuera de la oficina del 1 al 4 de diciembre, así que me vendría bien saber antes del viernes si empezamos el 7.\n\nLucía',
  it: 'Buongiorno Giulia,\n\nsarò fuori ufficio dal 1° al 4 dicembre: mi può confermare entro venerdì la partenza del 7 dicembre?\n\nMarco',
  nl: 'Hoi Pieter,\n\nik ben van 1 t/m 4 december afwezig, dus het zou fijn zijn als je vóór vrijdag laat weten of 7 december doorgaat.\n\nSanne',
  pt: 'Olá Rafael,\n\nestarei fora do escritório de 1 a 4 de dezembro; consegue confirmar até sexta-feira o arranque a 7 de dezembro?\n\nBeatriz',
};

const enAbsent = en.ask(ABSENCE_MENTION.en);
const deAbsent = de.ask(ABSENCE_MENTION.de);
const frAbsent = fr.ask(ABSENCE_MENTION.fr);
const esAbsent = es.ask(ABSENCE_MENTION.es);
const itAbsent = it.ask(ABSENCE_MENTION.it);
const nlAbsent = nl.ask(ABSENCE_MENTION.nl);
const ptAbsent = pt.ask(ABSENCE_MENTION.pt);

export const REPLY_CASES = cases([
  // Plain answers.
  { situation: 'plain-reply', language: 'en', truth: 'replied', note: 'Hannah answers the proposal herself: a reply.', before: [en.ask()], after: [en.reply()] },
  { situation: 'plain-reply', language: 'en', truth: 'replied', note: 'A one-line answer is still a person answering.', before: [en.ask(en.cast.topics[0])], after: [en.from('Yes, go ahead. Floor plan attached.\n\nH.')] },
  { situation: 'plain-reply', language: 'de', truth: 'replied', note: 'Frau Wolf antwortet selbst mit einer Rückfrage: eine Antwort.', before: [de.ask()], after: [de.reply()] },
  { situation: 'plain-reply', language: 'de', truth: 'replied', note: 'A short "Passt, danke!" is an answer.', before: [de.ask(de.cast.topics[1])], after: [de.from('Passt, danke!\n\nS. Wolf')], setFrom: 'thread' },
  { situation: 'plain-reply', language: 'fr', truth: 'replied', note: 'Julien accepts the proposal: a reply.', before: [fr.ask()], after: [fr.reply()] },
  { situation: 'plain-reply', language: 'es', truth: 'replied', note: 'Javier answers and proposes a call: a reply.', before: [es.ask()], after: [es.reply({ cc: [es.cast.contact2] })] },
  { situation: 'plain-reply', language: 'it', truth: 'replied', note: 'Giulia answers, in HTML without a quote: a reply.', before: [it.ask()], after: [it.reply({ html: '<div dir="ltr">Buongiorno Marco,<div><br></div><div>grazie del preventivo. Per noi va bene, ma vorremmo spostare la consegna a fine gennaio.</div><div><br></div><div>Giulia Rossi</div></div>' })] },
  { situation: 'plain-reply', language: 'nl', truth: 'replied', note: 'Pieter answers; set on the thread view.', before: [nl.ask()], after: [nl.reply()], setFrom: 'thread' },
  { situation: 'plain-reply', language: 'pt', truth: 'replied', note: 'Rafael answers: a reply.', before: [pt.ask()], after: [pt.reply()] },
  // People whose answer opens like a help desk's acknowledgement.
  { situation: 'plain-reply', language: 'en', truth: 'replied', note: 'Opens like an acknowledgement ("thanks for your email", "we received the proposal") but it is Hannah saying yes.', before: [en.ask()], after: [en.from("Thanks for your email! Yes, we received the proposal and we're happy to go ahead with December 7.\n\nHannah")] },
  { situation: 'plain-reply', language: 'de', truth: 'replied', note: '"Wir haben Ihr Angebot erhalten" klingt nach Eingangsbestätigung, ist aber die Zusage.', before: [de.ask()], after: [de.from('Sehr geehrter Herr Keller,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihr Angebot erhalten und nehmen es an. Der Start am 7. Dezember passt.\n\nMit freundlichen Grüßen\nSabine Wolf')] },
  { situation: 'plain-reply', language: 'nl', truth: 'replied', note: '"We hebben de offerte ontvangen" en "akkoord": Pieter antwoordt.', before: [nl.ask()], after: [nl.from('Hoi Sanne,\n\ndank voor je bericht! We hebben de offerte ontvangen en gaan akkoord.\n\nPieter')] },
  { situation: 'plain-reply', language: 'pt', truth: 'replied', note: '"Recebemos a proposta" seguido da aprovação: uma resposta.', before: [pt.ask()], after: [pt.from('Olá Beatriz,\n\nrecebemos a proposta, obrigado. Está aprovada; começamos a 7 de dezembro.\n\nRafael')] },
  { situation: 'plain-reply', language: 'es', truth: 'replied', note: '"Hemos recibido tu propuesta" y la aceptación: Javier contesta.', before: [es.ask()], after: [es.from('Hola Lucía,\n\nhemos recibido tu propuesta y la aceptamos. Empezamos el 7.\n\nJavier')] },

  // Gmail's HTML quote.
  { situation: 'quote-gmail', language: 'en', truth: 'replied', note: 'Hannah answers above Gmail\'s quote of the user\'s "I am out of the office" mail; only her new text counts.', before: [enAbsent], after: [en.answer('gmail', 'Hi Alex,\n\nyes, December 7 works. I will send the invite today.\n\nHannah', enAbsent)] },
  { situation: 'quote-gmail', language: 'de', truth: 'replied', note: 'Antwort über Gmails Zitat der Mail, in der der Nutzer seine Abwesenheit erwähnt.', before: [deAbsent], after: [de.answer('gmail', 'Hallo Herr Keller,\n\nder 7. Dezember passt, die Freigabe kommt morgen.\n\nGrüße\nSabine Wolf', deAbsent)] },
  { situation: 'quote-gmail', language: 'fr', truth: 'replied', note: 'Réponse au-dessus de la citation Gmail du message où la personne dit être absente.', before: [frAbsent], after: [fr.answer('gmail', "Bonjour Camille,\n\nc'est confirmé pour le 7 décembre.\n\nJulien", frAbsent)] },
  { situation: 'quote-gmail', language: 'pt', truth: 'replied', note: 'Rafael answers above Gmail\'s quote of the proposal.', before: [pt.ask()], after: [pt.answer('gmail', 'Olá Beatriz,\n\npodemos começar a 7 de dezembro. Envio o contrato amanhã.\n\nRafael', pt.ask())] },

  // Outlook's HTML header block (web and desktop).
  { situation: 'quote-outlook-html', language: 'en', truth: 'replied', note: 'Outlook on the web: the answer, then divRplyFwdMsg and the user\'s absence mail, which is history.', before: [enAbsent], after: [en.answer('outlook-web', 'Hi Alex,\n\nDecember 7 is fine with us. Tom will join the kickoff.\n\nHannah', enAbsent)] },
  { situation: 'quote-outlook-html', language: 'de', truth: 'replied', note: 'Outlook Desktop (Trennlinie border-top #E1E1E1, "Von:/Gesendet:"): nur der neue Text zählt.', before: [deAbsent], after: [de.answer('outlook-desktop', 'Hallo Herr Keller,\nwir sind einverstanden. Bitte schicken Sie uns den Vertrag.\nMit freundlichen Grüßen\nSabine Wolf', deAbsent)] },
  { situation: 'quote-outlook-html', language: 'es', truth: 'replied', note: 'Outlook web en español ("De:/Enviado:"): respuesta de Javier.', before: [esAbsent], after: [es.answer('outlook-web', 'Hola Lucía,\n\nperfecto, empezamos el 7. Te mando el acceso a la carpeta compartida.\n\nJavier', esAbsent)] },
  { situation: 'quote-outlook-html', language: 'it', truth: 'replied', note: 'Outlook desktop in italiano ("Da:/Inviato:"): risposta di Giulia.', before: [itAbsent], after: [it.answer('outlook-desktop', 'Buongiorno Marco,\nconfermo la partenza del 7 dicembre.\nCordiali saluti\nGiulia Rossi', itAbsent)] },
  { situation: 'quote-outlook-html', language: 'nl', truth: 'replied', note: 'Outlook web in het Nederlands ("Van:/Verzonden:"): antwoord van Pieter.', before: [nlAbsent], after: [nl.answer('outlook-web', 'Hoi Sanne,\n\n7 december is akkoord. Ik stuur je de inkooporder.\n\nPieter', nlAbsent)] },

  // Outlook's plain-text header block, in each language; and "-----Original Message-----".
  { situation: 'quote-outlook-plain', language: 'en', truth: 'replied', note: 'Plain-text Outlook: "From:/Sent:/To:/Subject:" under a rule starts the history.', before: [enAbsent], after: [en.answer('outlook-plain', 'Alex,\n\nfine by us, book the 7th.\n\nHannah', enAbsent)] },
  { situation: 'quote-outlook-plain', language: 'de', truth: 'replied', note: '"Von:/Gesendet:/An:/Betreff:" beginnt das Zitat.', before: [deAbsent], after: [de.answer('outlook-plain', 'Hallo Herr Keller,\n\neinverstanden, wir starten am 7.\n\nGruß\nS. Wolf', deAbsent)] },
  { situation: 'quote-outlook-plain', language: 'fr', truth: 'replied', note: '"De :/Envoyé :/À :/Objet :" ouvre la citation.', before: [frAbsent], after: [fr.answer('outlook-plain', 'Bonjour Camille,\n\nok pour le 7, je préviens l\'équipe.\n\nJulien', frAbsent)] },
  { situation: 'quote-outlook-plain', language: 'es', truth: 'replied', note: '"De:/Enviado:/Para:/Asunto:" abre la cita.', before: [esAbsent], after: [es.answer('outlook-plain', 'Hola Lucía,\n\nde acuerdo, empezamos el 7.\n\nJavier', esAbsent)] },
  { situation: 'quote-outlook-plain', language: 'it', truth: 'replied', note: '"Da:/Inviato:/A:/Oggetto:" apre la citazione.', before: [itAbsent], after: [it.answer('outlook-plain', 'Buongiorno Marco,\n\nva bene il 7 dicembre.\n\nGiulia', itAbsent)] },
  { situation: 'quote-outlook-plain', language: 'nl', truth: 'replied', note: '"Van:/Verzonden:/Aan:/Onderwerp:" opent het citaat.', before: [nlAbsent], after: [nl.answer('outlook-plain', 'Hoi Sanne,\n\nprima, we starten op de 7e.\n\nPieter', nlAbsent)] },
  { situation: 'quote-outlook-plain', language: 'pt', truth: 'replied', note: 'Outlook pt-BR: "De:/Enviada em:/Para:/Assunto:" abre a citação.', before: [ptAbsent], after: [pt.answer('outlook-plain', 'Olá Beatriz,\n\ncombinado, começamos dia 7.\n\nRafael', ptAbsent)] },
  { situation: 'quote-outlook-plain', language: 'de', truth: 'replied', note: '"-----Ursprüngliche Nachricht-----" beginnt das Zitat.', before: [deAbsent], after: [de.answer('original-message', 'Guten Tag Herr Keller,\n\nwir nehmen das Angebot an.\n\nL. Brandt i. A. S. Wolf', deAbsent)] },
  { situation: 'quote-outlook-plain', language: 'fr', truth: 'replied', note: "\"-----Message d'origine-----\" ouvre la citation.", before: [frAbsent], after: [fr.answer('original-message', 'Bonjour Camille,\n\nnous validons la proposition.\n\nJulien Moreau', frAbsent)] },

  // ">" lines under a localized "On … wrote:".
  { situation: 'quote-angle', language: 'en', truth: 'replied', note: 'Plain text with "On … wrote:" and ">" lines: the quoted absence note is history.', before: [enAbsent], after: [en.answer('angle', 'Sounds good, the 7th it is.\n\nHannah', enAbsent)] },
  { situation: 'quote-angle', language: 'de', truth: 'replied', note: 'Gmail auf Deutsch: "Am … schrieb Jonas Keller <…>:" vor den ">"-Zeilen.', before: [deAbsent], after: [de.answer('angle', 'Passt, dann der 7.\n\nGrüße\nSabine Wolf', deAbsent)] },
  { situation: 'quote-angle', language: 'de', truth: 'replied', note: 'Thunderbird auf Deutsch: "Am 16.11.26 um 09:14 schrieb Jonas Keller:".', before: [deAbsent], after: [de.answer('thunderbird', 'Ja, das passt uns.\n\nS. Wolf', deAbsent)], setFrom: 'thread' },
  { situation: 'quote-angle', language: 'fr', truth: 'replied', note: '"Le … a écrit :" puis des lignes ">".', before: [frAbsent], after: [fr.answer('angle', 'Parfait pour le 7.\n\nJulien', frAbsent)] },
  { situation: 'quote-angle', language: 'es', truth: 'replied', note: '"El … escribió:" y líneas ">".', before: [esAbsent], after: [es.answer('angle', 'Perfecto, nos vemos el 7.\n\nJavier', esAbsent)] },
  { situation: 'quote-angle', language: 'it', truth: 'replied', note: '"Il giorno … ha scritto:" e righe ">".', before: [itAbsent], after: [it.answer('angle', 'Perfetto, partiamo il 7.\n\nGiulia', itAbsent)] },
  { situation: 'quote-angle', language: 'nl', truth: 'replied', note: 'Gmail in het Nederlands: "Op … schreef Sanne de Vries <…>:".', before: [nlAbsent], after: [nl.answer('angle', 'Top, dan de 7e.\n\nPieter', nlAbsent)] },
  { situation: 'quote-angle', language: 'nl', truth: 'replied', note: 'Thunderbird in het Nederlands: "Op 16-11-2026 om 09:14 schreef Sanne de Vries:".', before: [nlAbsent], after: [nl.answer('thunderbird', 'Akkoord.\n\nPieter', nlAbsent)] },
  { situation: 'quote-angle', language: 'pt', truth: 'replied', note: '"Em … escreveu:" e linhas ">".', before: [ptAbsent], after: [pt.answer('angle', 'Ótimo, dia 7 então.\n\nRafael', ptAbsent)] },
]);
