/**
 * Where "after" starts. Long threads (20–60 messages) followed up on their last message; a
 * reply that arrived before the baseline was recorded (set from compose: it still counts); a
 * follow-up set on a thread view that already held a reply (it was "before"); the tracked
 * message deleted (the place is lost: unknown); an earlier message deleted (still decided).
 */
import { quoting } from './quote';
import type { CorpusLanguage, CorpusMessage } from './types';
import { cases, WORLDS, type World } from './world';

const { en, de, fr, es, it, nl, pt } = WORLDS;

/** What the two sides of a long project thread talk about, per language. */
const TALK: Record<CorpusLanguage, { mine: (n: number, item: string) => string; theirs: (n: number, item: string) => string; items: string[] }> = {
  en: {
    mine: (n, item) => `Hi Hannah,\n\nnote ${n} from our side: ${item}.\n\nAlex`,
    theirs: (n, item) => `Hi Alex,\n\non point ${n}: ${item}, agreed.\n\nHannah`,
    items: ['the flooring samples arrive on Tuesday', 'the lighting plan needs one more circuit', 'the shelving supplier moved the delivery', 'the paint colours are confirmed', 'the electrician can start earlier', 'the signage proofs are attached', 'the budget line for furniture is updated', 'the fire inspection is booked'],
  },
  de: {
    mine: (n, item) => `Guten Tag Frau Wolf,\n\nPunkt ${n} von unserer Seite: ${item}.\n\nViele Grüße\nJonas Keller`,
    theirs: (n, item) => `Hallo Herr Keller,\n\nzu Punkt ${n}: ${item}, in Ordnung.\n\nGrüße\nSabine Wolf`,
    items: ['die Regale für Halle 3 sind bestellt', 'der Gabelstapler kommt eine Woche später', 'die Schulung ist auf Donnerstag verschoben', 'das Lagerverwaltungssystem ist eingerichtet', 'die Palettenplätze sind neu nummeriert', 'die Brandschutzabnahme ist gebucht', 'die Rampe 2 wird saniert', 'die Inventur startet am Montag'],
  },
  fr: {
    mine: (n, item) => `Bonjour Julien,\n\npoint ${n} de notre côté : ${item}.\n\nCamille`,
    theirs: (n, item) => `Bonjour Camille,\n\nsur le point ${n} : ${item}, c'est noté.\n\nJulien`,
    items: ['les pistes de logo sont prêtes', 'la typographie est validée', "la charte couleurs passe en relecture", 'les étiquettes de confiture sont en épreuve', 'le photographe confirme le 12 janvier', 'le site reprendra la nouvelle palette', 'les cartons d’emballage sont chiffrés', 'la présentation au conseil est fixée'],
  },
  es: {
    mine: (n, item) => `Hola Javier,\n\npunto ${n} por nuestra parte: ${item}.\n\nLucía`,
    theirs: (n, item) => `Hola Lucía,\n\nsobre el punto ${n}: ${item}, de acuerdo.\n\nJavier`,
    items: ['las entrevistas con compras están cerradas', 'falta el mapa de procesos de logística', 'el informe preliminar está en borrador', 'la reunión con dirección pasa al jueves', 'los datos de facturación ya están cargados', 'el equipo de IT nos da acceso el lunes', 'la encuesta interna se envía hoy', 'el taller de conclusiones está reservado'],
  },
  it: {
    mine: (n, item) => `Buongiorno Giulia,\n\npunto ${n} da parte nostra: ${item}.\n\nMarco`,
    theirs: (n, item) => `Buongiorno Marco,\n\nsul punto ${n}: ${item}, va bene.\n\nGiulia`,
    items: ['le foto dei formati grandi sono pronte', 'la copertina ha due varianti', 'i testi tecnici sono in revisione', 'la tipografia conferma la carta', 'le schede prodotto sono impaginate', 'il listino prezzi va aggiornato', 'la traduzione inglese arriva venerdì', 'la bozza finale è in approvazione'],
  },
  nl: {
    mine: (n, item) => `Hoi Pieter,\n\npunt ${n} van onze kant: ${item}.\n\nSanne`,
    theirs: (n, item) => `Hoi Sanne,\n\nover punt ${n}: ${item}, prima.\n\nPieter`,
    items: ['de logoschetsen staan klaar', 'het kleurenpalet is aangepast', 'de belettering van de kranen is uitgewerkt', 'de briefpapierproef is verstuurd', 'de website-header is vernieuwd', 'de fotograaf komt op dinsdag', 'de huisstijlgids krijgt een extra hoofdstuk', 'de presentatie voor de directie staat'],
  },
  pt: {
    mine: (n, item) => `Olá Rafael,\n\nponto ${n} da nossa parte: ${item}.\n\nBeatriz`,
    theirs: (n, item) => `Olá Beatriz,\n\nsobre o ponto ${n}: ${item}, combinado.\n\nRafael`,
    items: ['a base de dados de teste está pronta', 'os leitores de código de barras chegaram', 'a formação passa para quinta-feira', 'o inventário inicial está carregado', 'as permissões dos utilizadores estão revistas', 'a integração com a faturação está testada', 'o plano de arranque está aprovado', 'o suporte no primeiro dia está garantido'],
  },
};

/**
 * A long project thread of `count` messages alternating between the user and the contact (and
 * `extra` people, every fifth message), ending with the user's message. With `quoted`, each
 * message quotes the one before in Gmail's HTML quote.
 */
function longThread(w: World, count: number, options: { extra?: CorpusMessage['from'][]; quoted?: boolean } = {}): CorpusMessage[] {
  const talk = TALK[w.language];
  const messages: CorpusMessage[] = [];
  for (let k = 0; k < count; k += 1) {
    const n = k + 1;
    const item = talk.items[k % talk.items.length]!;
    const fromUser = (count - 1 - k) % 2 === 0;
    const extra = options.extra?.length && !fromUser && k % 5 === 4 ? options.extra[k % options.extra.length] : undefined;
    const text = fromUser ? talk.mine(n, item) : talk.theirs(n, item);
    const from = fromUser ? w.user : (extra ?? w.contact);
    const to = fromUser ? [w.contact] : [w.user];
    const prev = messages[messages.length - 1];
    const quote = options.quoted && prev ? quoting(w.language, 'gmail', text, prev, w.cast.subject) : {};
    messages.push(w.msg(from, text, { to, ...quote }));
  }
  return messages;
}

const enThread = longThread(en, 24);
const deThread = longThread(de, 40);
const itThread = longThread(it, 60, { extra: [it.cast.contact2, it.cast.colleague] });
const ptThread = longThread(pt, 30, { quoted: true });
const nlThread = longThread(nl, 20);
const frThread = longThread(fr, 50, { quoted: true });
const esThread = longThread(es, 36);

const frQuestion = fr.from('Bonjour Camille,\n\npourriez-vous nous faire une proposition pour notre nouvelle identité visuelle ?\n\nJulien');
const esQuestion = es.from('Hola Lucía,\n\n¿nos podrías preparar una propuesta para auditar nuestros procesos de compras?\n\nJavier');
const nlQuestion = nl.from('Hoi Sanne,\n\nkun je een offerte maken voor een nieuwe huisstijl?\n\nPieter');

export const TIMELINE_CASES = cases([
  // Long threads, followed up on their last message.
  { situation: 'long-thread', language: 'en', truth: 'replied', note: '24 messages; the follow-up is set on the last one (the user\'s); Hannah answers after it.', before: enThread, after: [en.from('Hi Alex,\n\nall 24 points covered, thanks. Let us sign on Friday.\n\nHannah')] },
  { situation: 'long-thread', language: 'de', truth: 'no-reply', note: '40 Nachrichten, Follow-up auf der letzten (vom Nutzer), danach nichts: Frau Wolfs frühere Antworten zählen nicht.', before: deThread, after: [] },
  { situation: 'long-thread', language: 'it', truth: 'no-reply', note: '60 messages with Giulia, Paolo and the colleague Sara; set on the thread view at the last one; only an out-of-office came after.', setFrom: 'thread', before: itThread, after: [it.from('Buongiorno,\n\nsono fuori ufficio fino al 7 dicembre compreso. Per urgenze può contattare Paolo Conti (p.conti@ceramiche-adriatica.example).\n\nGiulia Rossi')] },
  { situation: 'long-thread', language: 'pt', truth: 'replied', note: '30 messages, each quoting the one before; a nudge and then Rafael\'s answer after the tracked message.', before: ptThread, after: [pt.nudge(1), pt.reply()] },
  { situation: 'long-thread', language: 'nl', truth: 'replied', note: '20 berichten; Lotte (Havenkraan, niet aangeschreven) antwoordt na het laatste bericht: buiten de eigen organisatie.', before: nlThread, after: [nl.from('Hoi Sanne,\n\nik neem het van Pieter over: alles akkoord.\n\nLotte', { by: nl.cast.contact2 })] },
  { situation: 'long-thread', language: 'fr', truth: 'no-reply', note: '50 messages cités en HTML, suivi sur le dernier ; personne n\'a répondu depuis.', before: frThread, after: [] },
  { situation: 'long-thread', language: 'es', truth: 'no-reply', note: '36 mensajes, seguimiento desde la vista del hilo; después solo una confirmación de lectura.', setFrom: 'thread', before: esThread, after: [es.from('Su mensaje\n\n  Para: Javier Ruiz\n  Asunto: Propuesta auditoría de procesos Ibertec\n  Enviado: martes, 17 de noviembre de 2026 10:05:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París\n\nse leyó el martes, 17 de noviembre de 2026 12:14:51 (UTC+01:00) Bruselas, Copenhague, Madrid, París.')] },

  // Set from compose; the answer came before the baseline was recorded.
  { situation: 'compose-reply-before-baseline', language: 'en', truth: 'replied', note: 'Hannah answered within a minute, before the first look recorded the baseline: the compose message is the place, so her answer is after it.', before: [en.ask(), en.from('Yes! Book it.\n\nHannah')] },
  { situation: 'compose-reply-before-baseline', language: 'fr', truth: 'replied', note: 'Camille répond à la demande de Julien depuis la fenêtre de rédaction ; Julien répond aussitôt, avant le relevé.', before: [frQuestion, fr.ask(), fr.from('Parfait, on valide.\n\nJulien')] },
  { situation: 'compose-reply-before-baseline', language: 'es', truth: 'replied', note: 'Una respuesta automática y la respuesta de Javier llegaron antes de registrar la línea base: la de Javier cuenta.', before: [es.ask(), es.from('Respuesta automática: en este momento me encuentro fuera de la oficina. Responderé a su correo a mi regreso.\n\nJavier Ruiz'), es.reply()] },
  { situation: 'compose-reply-before-baseline', language: 'de', truth: 'replied', note: 'Der Nutzer hatte sich schon bedankt, als die Baseline aufgezeichnet wurde: verfolgt wird die erste Nachricht, Frau Wolfs Antwort liegt danach.', composed: 0, before: [de.ask(), de.reply(), de.msg(de.user, 'Danke, dann telefonieren wir Donnerstag.\n\nJonas Keller')] },
  { situation: 'compose-reply-before-baseline', language: 'it', truth: 'replied', note: 'Giulia ha risposto subito; il ringraziamento dell\'utente arriva dopo.', before: [it.ask(), it.reply()], after: [it.msg(it.user, 'Grazie Giulia, allora ci sentiamo giovedì.\n\nMarco')] },

  // Set on a thread view that already held the answer.
  { situation: 'thread-reply-already-there', language: 'en', truth: 'no-reply', note: 'Set on the thread view after Hannah had answered: everything there was "before", and nothing came since.', setFrom: 'thread', before: [en.ask(), en.reply()] },
  { situation: 'thread-reply-already-there', language: 'it', truth: 'no-reply', note: 'La risposta di Giulia era già nel thread; dopo solo un messaggio dell\'utente.', setFrom: 'thread', before: [it.ask(), it.reply()], after: [it.msg(it.user, 'Grazie, allora procediamo con gennaio.\n\nMarco')] },
  { situation: 'thread-reply-already-there', language: 'nl', truth: 'no-reply', note: 'Het antwoord van Pieter was er al; daarna alleen Lottes afwezigheidsmelding.', setFrom: 'thread', before: [nl.ask(nl.cast.proposal, { cc: [nl.cast.contact2] }), nl.reply()], after: [nl.from('Ik ben afwezig tot en met 4 december. Voor dringende zaken: pieter@havenkraan.example.\n\nLotte Bakker', { by: nl.cast.contact2 })] },
  { situation: 'thread-reply-already-there', language: 'pt', truth: 'no-reply', note: 'O Rafael já tinha respondido quando o acompanhamento foi definido na conversa; nada novo.', setFrom: 'thread', before: [pt.ask(), pt.reply()] },
  { situation: 'thread-reply-already-there', language: 'de', truth: 'replied', note: 'Die erste Antwort war "vorher"; eine zweite Nachricht von Frau Wolf kam danach: eine Antwort.', setFrom: 'thread', before: [de.ask(), de.reply()], after: [de.from('Hallo Herr Keller,\n\nnoch eine Ergänzung: Wir brauchen das Angebot zusätzlich auf Englisch.\n\nSabine Wolf')] },

  // The tracked message deleted.
  { situation: 'tracked-deleted', language: 'en', truth: 'unknown', note: 'The user deleted the followed-up message: the place is gone, so a later message can\'t be placed before or after it.', setFrom: 'thread', before: [en.ask()], after: [en.reply()], check: { deleted: [0] } },
  { situation: 'tracked-deleted', language: 'de', truth: 'unknown', note: 'Die verfolgte Nachricht (aus dem Verfassen-Fenster) wurde gelöscht, die spätere Erinnerung steht noch da: ohne die verfolgte Nachricht ist nichts zu entscheiden.', composed: 0, before: [de.ask(), de.nudge(0)], check: { deleted: [0] } },
  { situation: 'tracked-deleted', language: 'es', truth: 'unknown', note: 'Se borró el mensaje seguido (el segundo del hilo); queda la pregunta de Javier y un recordatorio.', before: [esQuestion, es.ask()], after: [es.nudge(0)], check: { deleted: [1] } },

  // An earlier message deleted.
  { situation: 'earlier-deleted', language: 'fr', truth: 'replied', note: 'La question de Julien a été supprimée ; le message suivi est toujours là et la réponse vient après.', before: [frQuestion, fr.ask()], after: [fr.reply()], check: { deleted: [0] } },
  { situation: 'earlier-deleted', language: 'it', truth: 'no-reply', note: 'Il primo scambio è stato cancellato; dopo il messaggio seguito non è arrivato nulla.', before: [it.ask(it.cast.topics[0]), it.from('Ecco le foto.\n\nGiulia'), it.ask(it.cast.topics[1])], check: { deleted: [0, 1] } },
  { situation: 'earlier-deleted', language: 'nl', truth: 'no-reply', note: 'Pieters vraag is verwijderd; na de offerte kwam alleen een afwezigheidsmelding.', before: [nlQuestion, nl.ask()], after: [nl.from('Beste afzender,\n\nIk ben afwezig tot en met maandag 7 december en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kun je contact opnemen met Lotte Bakker (lotte@havenkraan.example).\n\nMet vriendelijke groet,\nPieter Jansen')], check: { deleted: [0] } },
  { situation: 'earlier-deleted', language: 'en', truth: 'replied', note: 'Hannah\'s first short answer was deleted; the tracked proposal and her later answer remain.', before: [en.ask(en.cast.topics[0]), en.from('Attached.\n\nH.'), en.ask()], after: [en.reply()], check: { deleted: [1] } },
]);
