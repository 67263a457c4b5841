/**
 * The user's own messages: nudges, mail from a send-as address or an address listed in the
 * settings, and Gmail's other spellings of a gmail.com address (dots, +tags, googlemail.com).
 * None of them is an answer; an answer to them is.
 */
import { cases, WORLDS } from './world';

const { en, de, fr, es, it, nl, pt } = WORLDS;

const jonasConsulting = { name: 'Jonas Keller', email: 'jonas@keller-beratung.example' };
const alexDesign = { name: 'Alex Morgan Design', email: 'hello@alexmorgan-design.example' };
const luciaFreelance = { name: 'Lucía Ortega', email: 'lucia@ortega-freelance.example' };
const marcoOld = { name: 'Marco Bianchi', email: 'm.bianchi@vecchiostudio.example' };
const marcoSendAs = { name: 'Marco Bianchi – Fotografia', email: 'foto@marcobianchi.example' };

const lena = de.cast.gmailUser;
const camille = fr.cast.gmailUser;
const sanneG = nl.cast.gmailUser;
const rosie = en.cast.gmailUser;
const beaG = pt.cast.gmailUser;

const plumber = { name: 'Sanitär Albers GmbH', email: 'info@sanitaer-albers.example' };
const landlord = { name: 'Agence Riviera Immobilier', email: 'location@riviera-immo.example' };
const bikeShop = { name: 'Fietsenmaker Kok', email: 'werkplaats@fietsenkok.example' };
const gallery = { name: 'Marlow Street Gallery', email: 'submissions@marlowgallery.example' };
const cousin = { name: 'Bea Costa', email: 'bea.costa@gmail.com' };

export const OWN_CASES = cases([
  // Only the user's own nudges.
  { situation: 'own-nudge', language: 'en', truth: 'no-reply', note: 'Two nudges from the user and nothing else: no one answered.', before: [en.ask()], after: [en.nudge(0), en.nudge(1)] },
  { situation: 'own-nudge', language: 'de', truth: 'no-reply', note: 'Set on the thread after a first reminder; a second reminder is the user again.', before: [de.ask(), de.nudge(0)], after: [de.nudge(1)], setFrom: 'thread' },
  { situation: 'own-nudge', language: 'fr', truth: 'no-reply', note: 'La relance de la personne elle-même n\'est pas une réponse.', before: [fr.ask()], after: [fr.nudge(0)] },
  { situation: 'own-nudge', language: 'it', truth: 'no-reply', note: 'The nudge copies a colleague; still the user writing.', before: [it.ask()], after: [it.nudge(0, { cc: [it.cast.colleague] })] },
  { situation: 'own-nudge', language: 'nl', truth: 'no-reply', note: 'The nudge quotes the user\'s own offer in Gmail\'s HTML quote: still the user.', before: [nl.ask()], after: [nl.msg(nl.user, nl.cast.nudges[0]!, { to: [nl.contact], html: `<div dir="ltr">Hoi Pieter,<div><br></div><div>ik wilde even checken of je al naar de offerte hebt kunnen kijken.</div><div><br></div><div>Groet,</div><div>Sanne</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Op ma 16 nov 2026 om 09:05 schreef Sanne de Vries &lt;sanne@dijkstra-ontwerp.example&gt;:<br></div><blockquote class="gmail_quote"><div>Hoi Pieter, zoals besproken stuur ik je hierbij de offerte…</div></blockquote></div>` })] },
  { situation: 'own-nudge', language: 'pt', truth: 'no-reply', note: 'Follow-up set on the first nudge (from compose); the second nudge is the user.', before: [pt.ask(), pt.nudge(0)], after: [pt.nudge(1)] },

  // Send-as addresses and the user's other addresses.
  { situation: 'send-as', language: 'de', truth: 'replied', note: 'Sent from the send-as address of his consultancy; Frau Wolf answers to it.', account: de.user, sendAs: [jonasConsulting.email], before: [de.msg(jonasConsulting, de.cast.proposal, { to: [de.contact] })], after: [de.from(de.cast.reply, { to: [jonasConsulting] })] },
  { situation: 'send-as', language: 'de', truth: 'no-reply', note: 'Only a reminder from the same send-as address: that is the user.', account: de.user, sendAs: [jonasConsulting.email], before: [de.msg(jonasConsulting, de.cast.proposal, { to: [de.contact] })], after: [de.msg(jonasConsulting, de.cast.nudges[0]!, { to: [de.contact] })] },
  { situation: 'send-as', language: 'en', truth: 'no-reply', note: 'One nudge from the send-as address, one from the account: both are the user.', sendAs: [alexDesign.email], before: [en.msg(alexDesign, en.cast.topics[1]!, { to: [en.contact] })], after: [en.msg(alexDesign, en.cast.nudges[0]!, { to: [en.contact] }), en.nudge(1)] },
  { situation: 'send-as', language: 'es', truth: 'replied', note: 'Javier answers the mail sent from her freelance send-as address, quoting it.', sendAs: [luciaFreelance.email], before: [es.msg(luciaFreelance, es.cast.proposal, { to: [es.contact] })], after: [es.answer('gmail', 'Hola Lucía,\n\nadelante con el 7 de diciembre.\n\nJavier', es.msg(luciaFreelance, es.cast.proposal, { to: [es.contact] }), { to: [luciaFreelance] })] },
  { situation: 'send-as', language: 'it', truth: 'no-reply', note: 'A nudge from his old address, listed in the settings as one of his: the user.', otherAddresses: [marcoOld.email], before: [it.ask()], after: [it.msg(marcoOld, 'Giulia, le riscrivo dal vecchio indirizzo nel caso il mio messaggio fosse finito nello spam.\n\nMarco', { to: [it.contact] })] },
  { situation: 'send-as', language: 'it', truth: 'replied', note: 'Sent from the photography send-as address; Giulia answers: a reply.', sendAs: [marcoSendAs.email], before: [it.msg(marcoSendAs, it.cast.topics[1]!, { to: [it.contact] })], after: [it.from('Buongiorno Marco,\n\ngennaio va benissimo per lo shooting.\n\nGiulia', { to: [marcoSendAs] })] },

  // Gmail's spellings of the user's gmail.com address.
  { situation: 'gmail-spelling', language: 'de', truth: 'no-reply', note: 'lenahoffmann@gmail.com is lena.hoffmann@gmail.com without the dot: her own reminder.', account: lena, subject: 'Termin Badsanierung', before: [de.msg(lena, 'Guten Tag,\n\nwann könnten Sie sich das Bad in der Lindenstraße 12 ansehen? Ich bin ab 16 Uhr zu Hause.\n\nLena Hoffmann', { to: [plumber] })], after: [de.msg({ name: 'Lena Hoffmann', email: 'lenahoffmann@gmail.com' }, 'Guten Tag, ich wollte nur kurz nachhaken wegen eines Termins.\n\nLena Hoffmann', { to: [plumber] })] },
  { situation: 'gmail-spelling', language: 'fr', truth: 'replied', note: 'Sent from the googlemail.com spelling of her address; the agency answers.', account: camille, subject: 'Dossier location T3 rue des Lices', before: [fr.msg({ name: 'Camille Durand', email: 'camilledurand@googlemail.com' }, 'Bonjour,\n\nje vous envoie mon dossier complet pour le T3 rue des Lices. Une visite samedi serait-elle possible ?\n\nCamille Durand', { to: [landlord] })], after: [fr.from('Bonjour Madame Durand,\n\nune visite samedi à 10 h est possible, merci de confirmer.\n\nAgence Riviera', { by: landlord, to: [camille] })] },
  { situation: 'gmail-spelling', language: 'fr', truth: 'no-reply', note: 'Camille.Durand+logement@gmail.com is her own address with a +tag: her own reminder.', account: camille, subject: 'Dossier location T3 rue des Lices', before: [fr.msg(camille, 'Bonjour,\n\nje vous envoie mon dossier pour le T3 rue des Lices.\n\nCamille Durand', { to: [landlord] })], after: [fr.msg({ name: 'Camille Durand', email: 'Camille.Durand+logement@gmail.com' }, 'Bonjour, avez-vous bien reçu mon dossier ?\n\nCamille', { to: [landlord] })] },
  { situation: 'gmail-spelling', language: 'nl', truth: 'no-reply', note: 'Sent with a +tag, nudged from s.a.n.n.e.devries@googlemail.com: every message is hers.', account: sanneG, subject: 'Reparatie bakfiets', before: [nl.msg({ name: 'Sanne de Vries', email: 'sanne.devries+fiets@gmail.com' }, 'Hallo,\n\nkunnen jullie deze week naar de versnellingsnaaf van mijn bakfiets kijken?\n\nSanne', { to: [bikeShop] })], after: [nl.msg({ name: 'Sanne de Vries', email: 's.a.n.n.e.devries@googlemail.com' }, 'Hallo, nog even een herinnering over de bakfiets.\n\nSanne', { to: [bikeShop] })] },
  { situation: 'gmail-spelling', language: 'en', truth: 'no-reply', note: 'RosieTanMakes@gmail.com is rosie.tan.makes@gmail.com in other case and without dots.', account: rosie, subject: 'Open call submission: "Tidal" series', before: [en.msg(rosie, 'Hello,\n\nplease find my submission for the winter open call attached: three prints from the "Tidal" series.\n\nRosie Tan', { to: [gallery] })], after: [en.msg({ name: 'Rosie Tan', email: 'RosieTanMakes@gmail.com' }, 'Hello again, just checking the submission arrived in one piece.\n\nRosie', { to: [gallery] })] },
  { situation: 'gmail-spelling', language: 'pt', truth: 'replied', note: 'bea.costa@gmail.com is another mailbox (beacosta ≠ beatrizcosta): her cousin answering is a reply.', account: beaG, subject: 'Casa em Sintra: datas', before: [pt.msg(beaG, 'Olá Bea,\n\npodes confirmar se a casa em Sintra está livre de 18 a 21 de dezembro?\n\nBeatriz', { to: [cousin] })], after: [pt.from('Está livre! Reservei já em teu nome.\n\nBea', { by: cousin, to: [beaG] })] },
]);
