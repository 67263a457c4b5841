/**
 * The page at the check: cut off (inside a body or between two messages: the missing part could
 * hold the reply, so unknown), the sign-in page (signed out: unknown), Gmail's display language
 * changed since the follow-up was set (date texts and labels differ; the thread is the same, so
 * still decided), and the browser-serialized form of the page.
 */
import { cases, WORLDS } from './world';

const { en, de, fr, es, it, nl, pt } = WORLDS;

const esQuestion = es.from('Hola Lucía,\n\n¿nos podrías preparar una propuesta para auditar nuestros procesos de compras?\n\nJavier');

export const PAGE_STATE_CASES = cases([
  // Truncated pages.
  { situation: 'truncated', language: 'en', truth: 'unknown', note: 'The page ends inside Hannah\'s message: what it says is unknown.', before: [en.ask()], after: [en.reply()], check: { truncate: 'mid-body' } },
  { situation: 'truncated', language: 'de', truth: 'unknown', note: 'Die Seite bricht vor der letzten Nachricht ab ("3 Nachrichten", nur 2 da): die fehlende könnte die Antwort sein.', before: [de.ask()], after: [de.nudge(0), de.reply()], check: { truncate: 'between-messages' } },
  { situation: 'truncated', language: 'pt', truth: 'unknown', note: 'A página termina antes da última mensagem: a resposta pode estar no que falta.', before: [pt.ask(), pt.nudge(0)], after: [pt.from('Olá,\n\nestou fora do escritório até dia 7 de dezembro, com acesso limitado ao e-mail.\n\nRafael Almeida'), pt.reply()], check: { truncate: 'between-messages' } },
  { situation: 'truncated', language: 'fr', truth: 'unknown', note: "La page s'arrête au milieu du dernier message : on ne sait pas ce qu'il dit.", before: [fr.ask()], after: [fr.from("Bonjour,\n\nje suis absent du bureau jusqu'au lundi 7 décembre inclus. En cas d'urgence, vous pouvez contacter Élodie Martin.\n\nJulien Moreau")], check: { truncate: 'mid-body' } },
  { situation: 'truncated', language: 'it', truth: 'unknown', note: 'Pagina salvata dal browser (attributi tra virgolette, <tbody>) e troncata a metà dell\'ultimo messaggio.', before: [it.ask()], after: [it.reply()], check: { truncate: 'mid-body', form: 'browser' } },

  // Signed out.
  { situation: 'signed-out', language: 'en', truth: 'unknown', note: 'Gmail answers with the sign-in page: the thread could not be checked.', before: [en.ask()], after: [en.reply()], check: { signedOut: true } },
  { situation: 'signed-out', language: 'es', truth: 'unknown', note: 'Sesión cerrada: no se pudo comprobar.', before: [es.ask()], check: { signedOut: true } },
  { situation: 'signed-out', language: 'it', truth: 'unknown', note: 'Sessione scaduta: pagina di accesso, nessuna verifica possibile.', before: [it.ask()], after: [it.from('Buongiorno,\n\nsono fuori ufficio fino al 7 dicembre compreso.\n\nGiulia Rossi')], check: { signedOut: true } },

  // Gmail's language changed between setting the follow-up and the check.
  { situation: 'language-changed', language: 'de', truth: 'replied', note: 'Gmail was switched from German to English: every date text differs, the messages are the same; Frau Wolf answered.', before: [de.ask()], after: [de.reply()], check: { language: 'en' } },
  { situation: 'language-changed', language: 'fr', truth: 'no-reply', note: 'Passé du français à l\'allemand ; seule une relance de Camille est arrivée.', before: [fr.ask()], after: [fr.nudge(0)], check: { language: 'de' } },
  { situation: 'language-changed', language: 'en', truth: 'no-reply', note: 'Switched from English to Spanish; only Hannah\'s out-of-office came.', before: [en.ask()], after: [en.from('Thank you for your email. I am out of the office until Monday, December 7, with limited access to email.\n\nHannah Pierce')], check: { language: 'es' } },
  { situation: 'language-changed', language: 'pt', truth: 'replied', note: 'De português para inglês; o Rafael respondeu.', before: [pt.ask(), pt.nudge(0)], after: [pt.reply()], check: { language: 'en' } },
  { situation: 'language-changed', language: 'it', truth: 'replied', note: 'Da italiano a francese; Giulia risponde citando il messaggio.', before: [it.ask()], after: [it.answer('gmail', 'Buongiorno Marco,\n\nconfermo il 7 dicembre.\n\nGiulia', it.ask())], check: { language: 'fr' } },
  { situation: 'language-changed', language: 'nl', truth: 'replied', note: 'Van Nederlands naar Russisch, en de pagina als door de browser opgeslagen; Pieter antwoordde.', setFrom: 'thread', before: [nl.ask()], after: [nl.reply()], check: { language: 'ru', form: 'browser' } },
  { situation: 'language-changed', language: 'es', truth: 'replied', note: 'Del español al italiano y, además, borrada la pregunta inicial de Javier: el mensaje seguido sigue ahí y Javier contestó.', before: [esQuestion, es.ask()], after: [es.reply()], check: { language: 'it', deleted: [0] } },
]);
