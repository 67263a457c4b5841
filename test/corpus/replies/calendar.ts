/**
 * Calendar mail. An invitee's acceptance, tentative acceptance or decline answers the user's
 * invitation: a reply. An invitation, update or cancellation sent by someone else is calendar
 * machinery: it answers nothing the user asked.
 */
import type { CorpusLanguage, CorpusMessage } from './types';
import { cases, WORLDS, type World } from './world';

const { en, de, fr, es, it, nl, pt } = WORLDS;

const EVENT: Record<CorpusLanguage, { title: string; when: string; footer: string }> = {
  en: { title: 'Oakridge showroom kickoff', when: 'Monday Dec 7, 2026 ⋅ 10am – 11am (Central European Time - Berlin)', footer: 'Invitation from Google Calendar' },
  de: { title: 'Projektstart Lagerumstellung', when: 'Montag, 7. Dez. 2026 ⋅ 10:00–11:00 (Mitteleuropäische Normalzeit – Berlin)', footer: 'Einladung von Google Kalender' },
  fr: { title: 'Lancement identité visuelle', when: 'lundi 7 déc. 2026 ⋅ 10:00 – 11:00 (heure normale d’Europe centrale - Paris)', footer: 'Invitation provenant de Google Agenda' },
  es: { title: 'Arranque auditoría Ibertec', when: 'lunes, 7 dic 2026 ⋅ 10:00 – 11:00 (hora estándar de Europa central - Madrid)', footer: 'Invitación de Google Calendar' },
  it: { title: 'Avvio catalogo 2027', when: 'lunedì 7 dic 2026 ⋅ 10:00 – 11:00 (Ora standard dell’Europa centrale - Roma)', footer: 'Invito da Google Calendar' },
  nl: { title: 'Kick-off huisstijl Havenkraan', when: 'maandag 7 dec 2026 ⋅ 10:00 - 11:00 (Midden-Europese standaardtijd - Amsterdam)', footer: 'Uitnodiging van Google Agenda' },
  pt: { title: 'Arranque migração armazém', when: 'segunda-feira, 7 de dez. de 2026 ⋅ 10:00 – 11:00 (Hora padrão da Europa Central - Lisboa)', footer: 'Convite do Google Agenda' },
};

const INVITED: Record<CorpusLanguage, string> = {
  en: 'You have been invited to the following event.',
  de: 'Sie wurden zu folgendem Termin eingeladen.',
  fr: "Vous avez été invité à l'événement suivant.",
  es: 'Has recibido una invitación para el siguiente evento.',
  it: 'Sei stato invitato al seguente evento.',
  nl: 'Je bent uitgenodigd voor de volgende afspraak.',
  pt: 'Você foi convidado para o seguinte evento.',
};

/** The user's own invitation (Google Calendar sends it from the user's address). */
function invitation(w: World): CorpusMessage {
  const e = EVENT[w.language];
  return w.msg(w.user, `${INVITED[w.language]}\n\n${e.title}\n${e.when}\n\n${w.user.email} - organizer\n${w.contact.email}\n\n${e.footer}`, { to: [w.contact] });
}

/** An invitee's response as Google Calendar writes it. */
function response(w: World, line: string, note = ''): CorpusMessage {
  const e = EVENT[w.language];
  return w.from(`${line}${note ? `\n\n${note}` : ''}\n\n${e.title}\n${e.when}\n\n${e.footer}`);
}

/** Mail from the contact's calendar: an invitation, an update, a cancellation. */
function fromTheirCalendar(w: World, first: string, title: string, when: string): CorpusMessage {
  return w.from(`${first}\n\n${title}\n${when}\n\n${w.contact.email} - organizer\n${w.user.email}\n\n${EVENT[w.language].footer}`);
}

export const CALENDAR_CASES = cases([
  // Responses to the user's invitation: answers.
  { situation: 'calendar-response', language: 'en', truth: 'replied', note: 'Hannah accepted the kickoff invitation: she answered.', subject: `Invitation: ${EVENT.en.title} @ Mon Dec 7, 2026 10am - 11am (CET)`, before: [invitation(en)], after: [response(en, 'Hannah Pierce has accepted this invitation.')] },
  { situation: 'calendar-response', language: 'en', truth: 'replied', note: 'A decline with a note is an answer too.', subject: `Invitation: ${EVENT.en.title} @ Mon Dec 7, 2026 10am - 11am (CET)`, before: [invitation(en)], after: [response(en, 'Hannah Pierce has declined this invitation.', 'Note from Hannah: can we do the afternoon instead?')] },
  { situation: 'calendar-response', language: 'de', truth: 'replied', note: 'Frau Wolf hat die Einladung angenommen: eine Antwort.', subject: `Einladung: ${EVENT.de.title} @ Mo. 7. Dez. 2026 10:00 - 11:00 (MEZ)`, before: [invitation(de)], after: [response(de, 'Sabine Wolf hat diese Einladung angenommen.')] },
  { situation: 'calendar-response', language: 'fr', truth: 'replied', note: 'Julien a refusé : il a répondu.', subject: `Invitation: ${EVENT.fr.title} @ lun. 7 déc. 2026 10:00 - 11:00 (CET)`, before: [invitation(fr)], after: [response(fr, 'Julien Moreau a refusé cette invitation.')] },
  { situation: 'calendar-response', language: 'es', truth: 'replied', note: 'Outlook acceptance: the print view shows an empty body from Javier himself; a person answered.', subject: `Invitación: ${EVENT.es.title} @ lun 7 dic 2026 10:00 - 11:00 (CET)`, before: [invitation(es)], after: [es.from('')] },
  { situation: 'calendar-response', language: 'it', truth: 'replied', note: 'Giulia ha accettato l\'invito.', subject: `Invito: ${EVENT.it.title} @ lun 7 dic 2026 10:00 - 11:00 (CET)`, before: [invitation(it)], after: [response(it, 'Giulia Rossi ha accettato questo invito.')] },
  { situation: 'calendar-response', language: 'nl', truth: 'replied', note: 'Voorlopig geaccepteerd is ook een antwoord.', subject: `Uitnodiging: ${EVENT.nl.title} @ ma 7 dec 2026 10:00 - 11:00 (CET)`, before: [invitation(nl)], after: [response(nl, 'Pieter Jansen heeft deze uitnodiging voorlopig geaccepteerd.')] },
  { situation: 'calendar-response', language: 'pt', truth: 'replied', note: 'Rafael aceitou o convite.', subject: `Convite: ${EVENT.pt.title} @ seg 7 de dez de 2026 10:00 - 11:00 (CET)`, before: [invitation(pt)], after: [response(pt, 'Rafael Almeida aceitou este convite.')] },
  { situation: 'calendar-response', language: 'es', truth: 'replied', note: 'Javier rechazó la invitación: es una respuesta.', subject: `Invitación: ${EVENT.es.title} @ lun 7 dic 2026 10:00 - 11:00 (CET)`, before: [invitation(es)], after: [response(es, 'Javier Ruiz ha rechazado esta invitación.')] },
  { situation: 'calendar-response', language: 'pt', truth: 'replied', note: 'O Rafael recusou o convite: respondeu.', subject: `Convite: ${EVENT.pt.title} @ seg 7 de dez de 2026 10:00 - 11:00 (CET)`, before: [invitation(pt)], after: [response(pt, 'Rafael Almeida recusou este convite.')] },
  { situation: 'calendar-response', language: 'de', truth: 'replied', note: 'Mit Vorbehalt angenommen: eine Antwort.', subject: `Einladung: ${EVENT.de.title} @ Mo. 7. Dez. 2026 10:00 - 11:00 (MEZ)`, before: [invitation(de)], after: [response(de, 'Sabine Wolf hat diese Einladung mit Vorbehalt angenommen.')] },

  // Invitations and updates from the other side: not an answer.
  { situation: 'calendar-invite', language: 'en', truth: 'no-reply', note: 'Hannah\'s calendar sends an invitation to a site visit: calendar machinery, not an answer to the proposal.', before: [en.ask()], after: [fromTheirCalendar(en, INVITED.en, 'Oakridge showroom: site visit', 'Thursday Nov 19, 2026 ⋅ 2pm – 3pm (Central European Time - Berlin)')] },
  { situation: 'calendar-invite', language: 'de', truth: 'no-reply', note: 'Terminänderung aus Frau Wolfs Kalender: keine Antwort.', before: [de.ask()], after: [fromTheirCalendar(de, 'Dieser Termin wurde geändert.', 'Abstimmung Lagerumstellung', 'Geändert: Dienstag, 8. Dez. 2026 ⋅ 10:00–11:00 (Mitteleuropäische Normalzeit – Berlin)')] },
  { situation: 'calendar-invite', language: 'it', truth: 'no-reply', note: 'Invito dal calendario di Giulia: non è una risposta.', before: [it.ask()], after: [fromTheirCalendar(it, INVITED.it, 'Riunione catalogo 2027', 'martedì 8 dic 2026 ⋅ 10:00 – 11:00 (Ora standard dell’Europa centrale - Roma)')] },
  { situation: 'calendar-invite', language: 'nl', truth: 'no-reply', note: 'Gewijzigde afspraak uit Pieters agenda.', before: [nl.ask()], after: [fromTheirCalendar(nl, 'Deze afspraak is gewijzigd.', 'Overleg huisstijl', 'dinsdag 8 dec 2026 ⋅ 14:00 - 15:00 (Midden-Europese standaardtijd - Amsterdam)')] },
  { situation: 'calendar-invite', language: 'fr', truth: 'no-reply', note: 'Annulation envoyée par l\'agenda de Julien : aucune réponse à la proposition.', before: [fr.ask()], after: [fromTheirCalendar(fr, 'Cet événement a été annulé.', 'Point mensuel Vergers du Sud', 'jeudi 19 nov. 2026 ⋅ 15:00 – 16:00 (heure normale d’Europe centrale - Paris)')] },
  { situation: 'calendar-invite', language: 'pt', truth: 'no-reply', note: 'Convite do calendário do Rafael: não responde à proposta.', before: [pt.ask()], after: [fromTheirCalendar(pt, INVITED.pt, 'Reunião de arranque', 'quinta-feira, 19 de nov. de 2026 ⋅ 15:00 – 16:00 (Hora padrão da Europa Ocidental - Lisboa)')] },
  { situation: 'calendar-invite', language: 'es', truth: 'no-reply', note: 'Invitación actualizada desde el calendario de Javier.', before: [es.ask()], after: [fromTheirCalendar(es, 'Este evento ha cambiado.', 'Revisión de procesos', 'jueves, 19 nov 2026 ⋅ 16:00 – 17:00 (hora estándar de Europa central - Madrid)')] },
]);
