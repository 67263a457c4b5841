/**
 * Who counts. The people the followed-up mail was written to, and anyone outside the user's
 * organisation, answer it. A colleague (the account's own company domain) who was not written
 * to does not: the customer still hasn't answered. On a public provider (gmail.com) nobody is a
 * colleague.
 */
import { quoting } from './quote';
import { cases, WORLDS } from './world';

const { en, de, fr, es, it, nl, pt } = WORLDS;

const owenUk = { name: 'Owen Clarke', email: 'owen.clarke@uk.fernhill-studio.example' };

const enFwd = en.msg(en.user, 'Priya, FYI: the Oakridge proposal below. Can you pencil in the site visits in case they say yes?\n\nAlex', { to: [en.cast.colleague] });
const deFwd = de.msg(de.user, 'Mia, zur Info: unser Angebot an Hansa Druck. Kannst du die Personalplanung vorbereiten, falls sie zusagen?\n\nJonas', { to: [de.cast.colleague], ...quoting('de', 'gmail', 'Mia, zur Info: unser Angebot an Hansa Druck. Kannst du die Personalplanung vorbereiten, falls sie zusagen?\n\nJonas', de.ask(), de.cast.subject) });
const frFwd = fr.msg(fr.user, "Hugo, pour info : notre proposition aux Vergers du Sud. Tu peux bloquer deux jours de shooting en janvier au cas où ?\n\nCamille", { to: [fr.cast.colleague] });

const rosie = en.cast.gmailUser;
const nadia = en.cast.gmailFriend;
const gallery = { name: 'Marlow Street Gallery', email: 'submissions@marlowgallery.example' };
const camille = fr.cast.gmailUser;
const manon = fr.cast.gmailFriend;
const agency = { name: 'Agence Riviera Immobilier', email: 'location@riviera-immo.example' };
const pablo = es.cast.gmailUser;
const elena = es.cast.gmailFriend;
const lena = de.cast.gmailUser;
const plumber = { name: 'Sanitär Albers GmbH', email: 'info@sanitaer-albers.example' };
const plumberMeister = { name: 'Uwe Albers', email: 'meister.albers@gmail.com' };
const ibertecConsultant = { name: 'Nuria Campos (consultora externa)', email: 'nuria@campos-asesores.example' };

export const ORGANISATION_CASES = cases([
  // A colleague who was not written to.
  { situation: 'colleague-not-addressee', language: 'en', truth: 'no-reply', note: 'Priya (same company) asks whether Oakridge answered: she was not written to, and the customer still has not answered.', before: [en.ask()], after: [en.from('Alex, did Oakridge get back to you yet? I need to plan the site visits.\n\nPriya', { by: en.cast.colleague })] },
  { situation: 'colleague-not-addressee', language: 'en', truth: 'no-reply', note: 'The user forwards internally after setting the follow-up; Priya answers the forward: an internal answer, not the customer\'s.', before: [en.ask()], after: [enFwd, en.from('Done, I have held Dec 8 and 9 for the visits.\n\nPriya', { by: en.cast.colleague })] },
  { situation: 'colleague-not-addressee', language: 'en', truth: 'no-reply', note: 'A colleague at a subdomain of the company (uk.fernhill-studio.example) is a colleague too.', before: [en.ask()], after: [en.from('Alex, the London team can help with the lighting if Oakridge says yes.\n\nOwen', { by: owenUk })] },
  { situation: 'colleague-not-addressee', language: 'de', truth: 'no-reply', note: 'Mia beantwortet die interne Weiterleitung: keine Antwort des Kunden.', before: [de.ask()], after: [deFwd, de.from('Mach ich, danke! Ich plane zwei Teams ein.\n\nMia', { by: de.cast.colleague, to: [de.user] })] },
  { situation: 'colleague-not-addressee', language: 'fr', truth: 'no-reply', note: 'Hugo répond au transfert interne : ce n\'est pas la réponse du client.', before: [fr.ask()], after: [frFwd, fr.from("C'est noté, je bloque les 12 et 13 janvier.\n\nHugo", { by: fr.cast.colleague })] },
  { situation: 'colleague-not-addressee', language: 'es', truth: 'no-reply', note: 'Diego (mismo despacho) pregunta si Ibertec contestó.', before: [es.ask()], after: [es.from('Lucía, ¿te han contestado ya los de Ibertec? Necesito saberlo para el calendario de diciembre.\n\nDiego', { by: es.cast.colleague })] },

  // A colleague who was written to.
  { situation: 'colleague-addressee', language: 'en', truth: 'replied', note: 'Priya was on Cc of the followed-up mail; her answer is from someone the mail was written to.', before: [en.ask(en.cast.proposal, { cc: [en.cast.colleague] })], after: [en.from('Hannah, to add to Alex\'s note: we can do all site visits in a single day.\n\nPriya', { by: en.cast.colleague, to: [en.contact], cc: [en.user] })] },
  { situation: 'colleague-addressee', language: 'de', truth: 'replied', note: 'Eine interne Anfrage an Mia: ihre Antwort ist die erwartete Antwort.', subject: 'Personalplanung Dezember', before: [de.msg(de.user, 'Hallo Mia,\n\nkannst du mir bis Mittwoch sagen, wie viele Leute wir im Dezember für Bremen frei haben?\n\nJonas', { to: [de.cast.colleague] })], after: [de.from('Hi Jonas,\n\nfür Bremen hätten wir sechs Leute ab dem 7. Dezember.\n\nMia', { by: de.cast.colleague })] },
  { situation: 'colleague-addressee', language: 'it', truth: 'replied', note: 'Sara era in copia: la sua risposta conta.', before: [it.ask(it.cast.proposal, { cc: [it.cast.colleague] })], after: [it.from('Giulia, aggiungo solo che possiamo anticipare le bozze a metà dicembre.\n\nSara Greco', { by: it.cast.colleague, to: [it.contact], cc: [it.user] })] },

  // Someone outside the organisation who was not on the mail.
  { situation: 'outside-org', language: 'en', truth: 'replied', note: 'Tom, Hannah\'s colleague at Oakridge, was not on the mail but answers for the customer: outside the user\'s organisation, so it counts.', before: [en.ask()], after: [en.from('Hi Alex,\n\nHannah forwarded me your proposal; I own the showroom budget. We are in for December 7.\n\nTom Becker', { by: en.cast.contact2 })] },
  { situation: 'outside-org', language: 'nl', truth: 'replied', note: 'Lotte (Havenkraan) stond niet in de mail maar antwoordt namens de klant.', before: [nl.ask()], after: [nl.from('Hoi Sanne,\n\nPieter heeft de offerte aan mij doorgestuurd. Wij gaan akkoord.\n\nLotte Bakker', { by: nl.cast.contact2 })] },
  { situation: 'outside-org', language: 'pt', truth: 'replied', note: 'A Inês (Tejo Logística) responde pelo Rafael.', before: [pt.ask()], after: [pt.from('Olá Beatriz,\n\no Rafael pediu-me para responder: avançamos a 7 de dezembro.\n\nInês Ferreira', { by: pt.cast.contact2 })] },
  { situation: 'outside-org', language: 'es', truth: 'replied', note: 'Una consultora externa de Ibertec, sin estar en el correo, contesta: fuera de la organización, cuenta.', before: [es.ask()], after: [es.from('Hola Lucía,\n\nsoy la consultora que coordina la auditoría por parte de Ibertec. Nos encaja empezar el 7.\n\nNuria Campos', { by: ibertecConsultant })] },

  // Accounts on gmail.com: nobody is a colleague.
  { situation: 'public-domain', language: 'en', truth: 'replied', note: 'Rosie is on gmail.com; Nadia, also on gmail.com and not written to, answers for the gallery. Same domain, but gmail.com makes nobody a colleague.', account: rosie, subject: 'Open call submission: "Tidal" series', before: [en.msg(rosie, 'Hello,\n\nplease find my submission for the winter open call attached: three prints from the "Tidal" series.\n\nRosie Tan', { to: [gallery] })], after: [en.from("Hi Rosie,\n\nI'm curating the winter show for Marlow Street; I'd love to include two of the prints.\n\nNadia", { by: nadia, to: [rosie] })] },
  { situation: 'public-domain', language: 'fr', truth: 'replied', note: 'La propriétaire (gmail.com) répond à la place de l\'agence : pas une collègue.', account: camille, subject: 'Dossier location T3 rue des Lices', before: [fr.msg(camille, 'Bonjour,\n\nje vous envoie mon dossier complet pour le T3 rue des Lices.\n\nCamille Durand', { to: [agency] })], after: [fr.from("Bonjour Camille,\n\nje suis la propriétaire ; l'agence m'a transmis votre dossier. Il me convient, pouvons-nous signer jeudi ?\n\nManon Lefèvre", { by: manon, to: [camille] })] },
  { situation: 'public-domain', language: 'es', truth: 'replied', note: 'Pablo escribe a Elena (ambos en gmail.com): su respuesta cuenta.', account: pablo, subject: 'Piso de Gràcia: fianza', before: [es.msg(pablo, 'Hola Elena,\n\n¿me confirmas el número de cuenta para la fianza del piso de Gràcia?\n\nPablo', { to: [elena] })], after: [es.from('Hola Pablo, te lo paso por aquí: ES12 0000 0000 0000 0000 0000.\n\nElena', { by: elena, to: [pablo] })] },
  { situation: 'public-domain', language: 'de', truth: 'replied', note: 'Der Meister antwortet von seiner gmail.com-Adresse, nicht angeschrieben: bei gmail.com gibt es keine Kollegen.', account: lena, subject: 'Termin Badsanierung', before: [de.msg(lena, 'Guten Tag,\n\nwann könnten Sie sich das Bad in der Lindenstraße 12 ansehen?\n\nLena Hoffmann', { to: [plumber] })], after: [de.from('Hallo Frau Hoffmann,\n\nich komme am Donnerstag um 8 Uhr vorbei.\n\nUwe Albers', { by: plumberMeister, to: [lena] })] },
]);
