/**
 * Absence: out-of-office responders in each language (with and without a return date, "away
 * until", "OOO until", parental leave, "no longer with the company"); people who mention their
 * own leave or limited access while answering; people who quote an auto-reply or the user's own
 * absence notice; an auto-reply followed by the real answer.
 */
import type { CorpusMessage } from './types';
import { cases, WORLDS } from './world';

const { en, de, fr, es, it, nl, pt } = WORLDS;

const OOO = {
  enDated: en.from('Thank you for your email. I am out of the office until Monday, December 7, with limited access to email. For urgent matters please contact Tom Becker at tom.becker@oakridge-supply.example.\n\nBest regards,\nHannah Pierce'),
  enUndated: en.from("Hello,\n\nI'm currently out of the office and will respond to your message as soon as possible after my return.\n\nKind regards,\nHannah"),
  enAway: en.from("Hi there, I'm away until 7 December with no access to email. I'll get back to you when I return.\n\nHannah"),
  enOoo: en.from('OOO until 12/7. For anything urgent, reach ops@oakridge-supply.example.\n\n-- \nHannah Pierce | Purchasing | Oakridge Supply'),
  enParental: en.from('Thank you for your message. I am on parental leave until the end of March 2027. For anything related to showroom projects, please contact Tom Becker (tom.becker@oakridge-supply.example).'),
  enGone: en.from('Hannah Pierce is no longer with Oakridge Supply. Your email has not been forwarded. Please contact info@oakridge-supply.example for assistance.\n\nThis is an automated message.'),
  deDated: de.from('Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Lukas Brandt (l.brandt@hansa-druck.example).\n\nMit freundlichen Grüßen\nSabine Wolf'),
  deParental: de.from('Guten Tag,\n\nich befinde mich bis zum 31. März 2027 in Elternzeit. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden Sie sich an vertrieb@hansa-druck.example.\n\nSabine Wolf'),
  deGone: de.from('Sehr geehrte Damen und Herren,\n\nFrau Sabine Wolf ist nicht mehr für die Hansa Druck GmbH tätig. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich an info@hansa-druck.example.\n\nDies ist eine automatisch generierte Nachricht.'),
  frDated: fr.from("Bonjour,\n\nje suis absent du bureau jusqu'au lundi 7 décembre inclus. En cas d'urgence, vous pouvez contacter Élodie Martin (e.martin@vergers-du-sud.example).\n\nCordialement,\nJulien Moreau"),
  frUndated: fr.from("Bonjour,\n\nJe suis actuellement en congé et n'ai pas accès à mes e-mails. Je traiterai votre message dès mon retour.\n\nJulien Moreau"),
  frGone: fr.from("Bonjour,\n\nJulien Moreau ne fait plus partie des Vergers du Sud. Votre message n'a pas été transféré ; merci d'écrire à contact@vergers-du-sud.example.\n\nCeci est une réponse automatique."),
  esDated: es.from('Gracias por su mensaje. Estaré fuera de la oficina hasta el 7 de diciembre, con acceso limitado al correo electrónico. Para asuntos urgentes, contacte con Carmen Vidal (cvidal@ibertec.example).\n\nJavier Ruiz'),
  esParental: es.from('Hola:\n\nEstoy de baja por paternidad hasta el 15 de marzo de 2027. Durante este tiempo no revisaré el correo. Para cualquier consulta, escriba a proyectos@ibertec.example.\n\nJavier'),
  esUndated: es.from('Respuesta automática: en este momento me encuentro fuera de la oficina. Responderé a su correo a mi regreso.\n\nJavier Ruiz\nIbertec'),
  itDated: it.from('Buongiorno,\n\nsono fuori ufficio fino al 7 dicembre compreso, con accesso limitato alla posta. Per urgenze può contattare Paolo Conti (p.conti@ceramiche-adriatica.example).\n\nGiulia Rossi'),
  itParental: it.from('Risposta automatica: sono in congedo di maternità fino a marzo 2027. La sua e-mail non verrà inoltrata; per informazioni scriva a info@ceramiche-adriatica.example.'),
  nlDated: nl.from('Beste afzender,\n\nIk ben afwezig tot en met maandag 7 december en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kun je contact opnemen met Lotte Bakker (lotte@havenkraan.example).\n\nMet vriendelijke groet,\nPieter Jansen'),
  nlGone: nl.from('Goedendag,\n\nPieter Jansen is niet langer werkzaam bij Havenkraan. Uw e-mail wordt niet doorgestuurd. Neem contact op via info@havenkraan.example.\n\nDit is een automatisch bericht.'),
  ptDated: pt.from('Olá,\n\nestou fora do escritório até dia 7 de dezembro, com acesso limitado ao e-mail. Para assuntos urgentes, contacte a Inês Ferreira (ines.ferreira@tejo-logistica.example).\n\nRafael Almeida'),
  ptParental: pt.from('Obrigado pelo seu e-mail. Estou de licença parental até ao final de março de 2027. Para qualquer assunto, por favor contacte geral@tejo-logistica.example.'),
  ptHoliday: pt.from('Olá! Estou de férias até 4 de janeiro e sem acesso ao e-mail. Responderei assim que retornar.\n\nRafael'),
} satisfies Record<string, CorpusMessage>;

/** The user's own absence notice, sent by Gmail's vacation responder (the user's address). */
const deOwnNotice = de.msg(de.user, 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an mia.schubert@bergmann-logistik.example.\n\nJonas Keller', { to: [de.contact] });
const ptOwnNotice = pt.msg(pt.user, 'Obrigada pelo seu e-mail. Estou fora do escritório até 4 de dezembro, com acesso limitado ao e-mail.\n\nBeatriz Costa', { to: [pt.contact] });
const nlLotteOoo = nl.from('Ik ben afwezig tot en met 4 december. Voor dringende zaken: pieter@havenkraan.example.\n\nLotte Bakker', { by: nl.cast.contact2 });
const vendorSupport = { name: 'NubeAxis Soporte', email: 'soporte@nubeaxis.example' };
const esInvoice = es.msg(es.user, 'Hola,\n\nnos habéis cobrado dos veces la factura de noviembre (FA-2026-1187). ¿Podéis revisarlo?\n\nLucía Ortega', { to: [vendorSupport] });
const esTicketAck = es.from('##- Por favor, escriba su respuesta encima de esta línea -##\n\nHemos recibido su solicitud (#58213). Un agente le responderá en un plazo de 24 horas laborables.\n\nNubeAxis Soporte', { by: vendorSupport });

export const ABSENCE_CASES = cases([
  // Out-of-office responders.
  { situation: 'out-of-office', language: 'en', truth: 'no-reply', note: 'A responder with a return date and a deputy: nobody read the proposal yet.', before: [en.ask()], after: [OOO.enDated] },
  { situation: 'out-of-office', language: 'en', truth: 'no-reply', note: 'A responder without a return date.', before: [en.ask()], after: [OOO.enUndated] },
  { situation: 'out-of-office', language: 'en', truth: 'no-reply', note: '"I\'m away until 7 December … I\'ll get back to you when I return": a promise of a future answer, not an answer.', before: [en.ask()], after: [OOO.enAway] },
  { situation: 'out-of-office', language: 'en', truth: 'no-reply', note: 'Terse "OOO until 12/7" with an ops address and a signature.', before: [en.ask(en.cast.topics[0])], after: [OOO.enOoo] },
  { situation: 'out-of-office', language: 'en', truth: 'no-reply', note: 'Parental leave until March, with a deputy; then the user nudges: still nobody answered.', before: [en.ask()], after: [OOO.enParental, en.nudge(0)] },
  { situation: 'out-of-office', language: 'en', truth: 'no-reply', note: '"No longer with the company": the mailbox answers, no person does.', before: [en.ask()], after: [OOO.enGone] },
  { situation: 'out-of-office', language: 'de', truth: 'no-reply', note: 'Abwesenheitsnotiz mit Rückkehrdatum und Vertretung.', before: [de.ask()], after: [OOO.deDated] },
  { situation: 'out-of-office', language: 'de', truth: 'no-reply', note: 'Elternzeit bis März, keine Weiterleitung.', before: [de.ask()], after: [OOO.deParental] },
  { situation: 'out-of-office', language: 'de', truth: 'no-reply', note: '"Nicht mehr für die Hansa Druck GmbH tätig": automatic, nobody answered.', before: [de.ask(de.cast.topics[0])], after: [OOO.deGone] },
  { situation: 'out-of-office', language: 'fr', truth: 'no-reply', note: "Absent jusqu'au 7 décembre, avec un contact en cas d'urgence.", before: [fr.ask()], after: [OOO.frDated] },
  { situation: 'out-of-office', language: 'fr', truth: 'no-reply', note: 'En congé, sans date de retour.', before: [fr.ask()], after: [OOO.frUndated] },
  { situation: 'out-of-office', language: 'fr', truth: 'no-reply', note: '"Ne fait plus partie des Vergers du Sud": réponse automatique.', before: [fr.ask()], after: [OOO.frGone] },
  { situation: 'out-of-office', language: 'es', truth: 'no-reply', note: 'Fuera de la oficina hasta el 7 de diciembre.', before: [es.ask()], after: [OOO.esDated] },
  { situation: 'out-of-office', language: 'es', truth: 'no-reply', note: 'Baja por paternidad hasta marzo.', before: [es.ask()], after: [OOO.esParental] },
  { situation: 'out-of-office', language: 'es', truth: 'no-reply', note: '"Respuesta automática", sin fecha de regreso.', before: [es.ask(es.cast.topics[0])], after: [OOO.esUndated] },
  { situation: 'out-of-office', language: 'it', truth: 'no-reply', note: 'Fuori ufficio fino al 7 dicembre.', before: [it.ask()], after: [OOO.itDated] },
  { situation: 'out-of-office', language: 'it', truth: 'no-reply', note: 'Congedo di maternità, risposta automatica.', before: [it.ask()], after: [OOO.itParental] },
  { situation: 'out-of-office', language: 'nl', truth: 'no-reply', note: 'Afwezig tot en met 7 december, beperkt toegang tot e-mail.', before: [nl.ask()], after: [OOO.nlDated] },
  { situation: 'out-of-office', language: 'nl', truth: 'no-reply', note: '"Niet langer werkzaam bij Havenkraan": automatisch bericht.', before: [nl.ask()], after: [OOO.nlGone] },
  { situation: 'out-of-office', language: 'pt', truth: 'no-reply', note: 'Fora do escritório até 7 de dezembro.', before: [pt.ask()], after: [OOO.ptDated] },
  { situation: 'out-of-office', language: 'pt', truth: 'no-reply', note: 'Licença parental até março.', before: [pt.ask()], after: [OOO.ptParental] },
  { situation: 'out-of-office', language: 'pt', truth: 'no-reply', note: 'De férias até 4 de janeiro (português do Brasil), sem resposta.', before: [pt.ask(pt.cast.topics[0])], after: [OOO.ptHoliday] },
  { situation: 'out-of-office', language: 'en', truth: 'no-reply', note: 'Travelling, checking mail intermittently, answers on return: a responder.', before: [en.ask()], after: [en.from('I am currently travelling for business and checking email intermittently. I will respond on my return on 3 December.\n\nHannah Pierce')] },
  { situation: 'out-of-office', language: 'de', truth: 'no-reply', note: 'Urlaub, "ab dem 7.12. wieder für Sie da".', before: [de.ask()], after: [de.from('Guten Tag,\n\nich bin derzeit im Urlaub und ab dem 7.12. wieder für Sie da. Ihre E-Mail wird nicht automatisch weitergeleitet.\n\nSabine Wolf')] },
  { situation: 'out-of-office', language: 'de', truth: 'no-reply', note: '"Außer Haus" bis zu einem Datum.', before: [de.ask()], after: [de.from('Danke für Ihre E-Mail. Ich bin bis 04.12.2026 außer Haus und lese meine E-Mails nur unregelmäßig.\n\nSabine Wolf')] },
  { situation: 'out-of-office', language: 'fr', truth: 'no-reply', note: 'En déplacement avec un accès limité.', before: [fr.ask()], after: [fr.from('Merci pour votre message. Je suis en déplacement jusqu\'au 4 décembre avec un accès limité à ma messagerie.\n\nJulien Moreau')] },
  { situation: 'out-of-office', language: 'fr', truth: 'no-reply', note: 'Congé maternité avec un contact.', before: [fr.ask()], after: [fr.from("Bonjour,\n\nje suis en congé maternité jusqu'au 1er avril 2027. Pour toute question, merci de contacter Élodie Martin (e.martin@vergers-du-sud.example).\n\nJulie Moreau", { by: { name: 'Julie Moreau', email: 'j.moreau@vergers-du-sud.example' } })] },
  { situation: 'out-of-office', language: 'es', truth: 'no-reply', note: 'De vacaciones sin acceso al correo.', before: [es.ask()], after: [es.from('Hola, estoy de vacaciones hasta el 4 de diciembre sin acceso al correo. Para temas urgentes, escribe a cvidal@ibertec.example.\n\nJavier')] },
  { situation: 'out-of-office', language: 'it', truth: 'no-reply', note: 'Assente dall\'ufficio, risponderà al rientro.', before: [it.ask()], after: [it.from("Gentile mittente,\n\nsarò assente dall'ufficio fino al 4 dicembre. Le risponderò al mio rientro.\n\nGiulia Rossi")] },
  { situation: 'out-of-office', language: 'it', truth: 'no-reply', note: 'In ferie, con numero per le urgenze.', before: [it.ask()], after: [it.from('Sono in ferie fino al 7 dicembre. Per urgenze contattare il numero 0541 000000.\n\nGiulia Rossi')] },
  { situation: 'out-of-office', language: 'nl', truth: 'no-reply', note: 'Met vakantie, leest geen mail.', before: [nl.ask()], after: [nl.from('Bedankt voor je e-mail. Ik ben met vakantie tot en met 4 december en lees mijn mail niet.\n\nPieter')] },
  { situation: 'out-of-office', language: 'nl', truth: 'no-reply', note: 'Niet op kantoor, vanaf maandag weer aanwezig.', before: [nl.ask()], after: [nl.from('Ik ben momenteel niet op kantoor. Vanaf maandag 7 december ben ik weer aanwezig.\n\nPieter Jansen')] },
  { situation: 'out-of-office', language: 'pt', truth: 'no-reply', note: 'De férias, sem acesso ao correio eletrónico.', before: [pt.ask()], after: [pt.from('Obrigado pelo contacto. Encontro-me de férias até 4 de dezembro, sem acesso ao correio eletrónico.\n\nRafael Almeida')] },
  { situation: 'out-of-office', language: 'pt', truth: 'no-reply', note: 'Ausente até segunda-feira, com telefone para urgências.', before: [pt.ask()], after: [pt.from('Olá, estou ausente até segunda-feira, 7 de dezembro. Em caso de urgência, ligue para o 210 000 000.\n\nRafael')] },

  // A person mentions their vacation or limited access, and answers.
  { situation: 'vacation-mention-reply', language: 'en', truth: 'replied', note: 'Past vacation, then a clear yes: a person answering.', before: [en.ask()], after: [en.from('Hi Alex,\n\nsorry for the slow reply, I was on vacation last week. Yes, December 7 works for us; please send the invite.\n\nHannah')] },
  { situation: 'vacation-mention-reply', language: 'en', truth: 'replied', note: 'Limited access stated in the present, but she answers the question: a reply.', before: [en.ask()], after: [en.from("Hi Alex, I'm travelling this week with limited access to email, but quickly: the proposal is approved, go ahead with December 7.\n\nHannah")] },
  { situation: 'vacation-mention-reply', language: 'en', truth: 'replied', note: 'Back from leave and answering.', before: [en.ask()], after: [en.from('Back from leave today and catching up. The answer is yes: all three phases, as proposed.\n\nHannah')] },
  { situation: 'vacation-mention-reply', language: 'de', truth: 'replied', note: 'Urlaub in der Vergangenheit, dann die Antwort.', before: [de.ask()], after: [de.from('Hallo Herr Keller,\n\nentschuldigen Sie die späte Antwort, ich war zwei Wochen im Urlaub. Der Start am 7. Dezember passt uns.\n\nViele Grüße\nSabine Wolf')] },
  { situation: 'vacation-mention-reply', language: 'de', truth: 'replied', note: '"Nur eingeschränkt erreichbar" im Präsens, aber mit klarer Zusage.', before: [de.ask()], after: [de.from('Hallo Herr Keller,\n\nich bin diese Woche nur eingeschränkt erreichbar, deshalb kurz: Ja, wir nehmen das Angebot an.\n\nS. Wolf')] },
  { situation: 'vacation-mention-reply', language: 'fr', truth: 'replied', note: "J'étais en congés, puis l'accord.", before: [fr.ask()], after: [fr.from("Bonjour Camille,\n\ndésolé pour le délai, j'étais en congés. C'est d'accord pour le 7 décembre.\n\nJulien")] },
  { situation: 'vacation-mention-reply', language: 'es', truth: 'replied', note: 'Estuvo de vacaciones y contesta que sí.', before: [es.ask()], after: [es.from('Hola Lucía,\n\nperdona la tardanza, estuve de vacaciones. Sí, el 7 de diciembre nos va bien.\n\nJavier')] },
  { situation: 'vacation-mention-reply', language: 'it', truth: 'replied', note: 'Era in ferie, poi la conferma.', before: [it.ask()], after: [it.from('Buongiorno Marco,\n\nmi scusi il ritardo, ero in ferie la settimana scorsa. Va bene partire il 7 dicembre.\n\nGiulia')] },
  { situation: 'vacation-mention-reply', language: 'nl', truth: 'replied', note: 'Was op vakantie, en antwoordt.', before: [nl.ask()], after: [nl.from('Hoi Sanne,\n\nsorry voor de late reactie, ik was op vakantie. 7 december is prima.\n\nPieter')] },
  { situation: 'vacation-mention-reply', language: 'pt', truth: 'replied', note: 'Esteve de férias e responde.', before: [pt.ask()], after: [pt.from('Olá Beatriz,\n\ndesculpe a demora, estive de férias. Sim, podemos começar a 7 de dezembro.\n\nRafael')] },
  { situation: 'vacation-mention-reply', language: 'fr', truth: 'replied', note: "Absent demain (un projet, pas un répondeur), il répond tout de suite : c'est validé.", before: [fr.ask()], after: [fr.from("Bonjour Camille,\n\nje suis absent demain, donc je vous réponds tout de suite : c'est validé pour le 7.\n\nJulien")] },
  { situation: 'vacation-mention-reply', language: 'es', truth: 'replied', note: 'Está de viaje ahora mismo, pero confirma.', before: [es.ask()], after: [es.from('Hola Lucía,\n\nahora mismo estoy de viaje, pero te confirmo: empezamos el 7 de diciembre.\n\nJavier')] },
  { situation: 'vacation-mention-reply', language: 'nl', truth: 'replied', note: 'Volgende week op vakantie (een plan), en hij antwoordt nu.', before: [nl.ask()], after: [nl.from('Hoi Sanne,\n\nik ben volgende week op vakantie, dus snel even: akkoord, we starten op 7 december.\n\nPieter')] },

  // A person quotes an auto-reply, or the user's own absence notice.
  { situation: 'quotes-auto-reply', language: 'en', truth: 'replied', note: 'After her responder fired, Hannah answers above a quote of it: the quote is history, her text an answer.', before: [en.ask()], after: [OOO.enDated, en.answer('gmail', 'Hi Alex,\n\nplease ignore my auto-reply below, I am back early. Yes to December 7.\n\nHannah', OOO.enDated)] },
  { situation: 'quotes-auto-reply', language: 'de', truth: 'replied', note: 'Frau Wolf antwortet und zitiert die Abwesenheitsnotiz des Nutzers mit ">"-Zeilen.', before: [de.from('Guten Tag Herr Keller,\n\nkönnen Sie uns ein Angebot für die Lagerumstellung machen?\n\nSabine Wolf'), deOwnNotice, de.ask()], after: [de.answer('angle', 'Hallo Herr Keller,\n\ndanke, das Angebot passt. Wir unterschreiben nach Ihrer Rückkehr.\n\nSabine Wolf', deOwnNotice)] },
  { situation: 'quotes-auto-reply', language: 'nl', truth: 'replied', note: "Pieter neemt het over van Lotte en citeert haar afwezigheidsmelding (Outlook platte tekst).", before: [nl.ask(nl.cast.proposal, { cc: [nl.cast.contact2] })], after: [nlLotteOoo, nl.answer('outlook-plain', 'Hoi Sanne,\n\nLotte is afwezig (zie hieronder), dus ik pak het op: akkoord met de offerte.\n\nPieter', nlLotteOoo)] },
  { situation: 'quotes-auto-reply', language: 'pt', truth: 'replied', note: 'Rafael responde citando (Gmail) o aviso de ausência da própria utilizadora.', before: [pt.from('Olá Beatriz, pode enviar-nos uma proposta para a migração?\n\nRafael'), ptOwnNotice, pt.ask()], after: [pt.answer('gmail', 'Olá Beatriz,\n\nvi a sua resposta automática; sem pressa. A proposta está aprovada.\n\nRafael', ptOwnNotice)] },
  { situation: 'quotes-auto-reply', language: 'fr', truth: 'replied', note: "Julien parle de la réponse automatique de Camille (« absente jusqu'au 4 ») sans la citer, et répond.", before: [fr.ask(fr.cast.topics[1])], after: [fr.from("Bonjour Camille,\n\nvotre réponse automatique indique que vous êtes absente jusqu'au 4 ; je réponds quand même : le planning nous convient.\n\nJulien")] },

  // An auto-reply, then the real answer.
  { situation: 'auto-then-reply', language: 'en', truth: 'replied', note: 'Out-of-office first, then Hannah answers herself.', before: [en.ask()], after: [OOO.enUndated, en.from("Hi Alex,\n\nI'm back. The proposal works for us; let's kick off on December 7.\n\nHannah")] },
  { situation: 'auto-then-reply', language: 'de', truth: 'replied', note: 'Abwesenheitsnotiz, dann antwortet die Vertretung aus der Firma des Kunden (nicht angeschrieben, aber außerhalb der eigenen Organisation).', before: [de.ask()], after: [OOO.deDated, de.from('Guten Tag Herr Keller,\n\nin Vertretung von Frau Wolf: Wir sind mit dem Angebot einverstanden.\n\nLukas Brandt', { by: de.cast.contact2 })] },
  { situation: 'auto-then-reply', language: 'fr', truth: 'replied', note: 'Accusé de réception automatique, puis la vraie réponse.', before: [fr.ask()], after: [fr.from('Ceci est un accusé de réception automatique : votre message a bien été reçu et sera traité dans les meilleurs délais.\n\nLes Vergers du Sud'), fr.reply()] },
  { situation: 'auto-then-reply', language: 'es', truth: 'replied', note: 'Acuse del ticket y luego un agente contesta desde la misma dirección de soporte.', subject: 'Factura duplicada noviembre', before: [esInvoice], after: [esTicketAck, es.from('Hola Lucía,\n\nsoy Andrés, del equipo de soporte. He anulado el cargo duplicado; verás el abono en 3-5 días.\n\nUn saludo,\nAndrés', { by: vendorSupport })] },
  { situation: 'auto-then-reply', language: 'es', truth: 'replied', note: 'The agent answers through the help desk, which wraps the answer in its own lines ("escriba su respuesta encima de esta línea", "su solicitud ha sido actualizada"): a person wrote it, the user needs no follow-up.', subject: 'Factura duplicada noviembre', before: [esInvoice], after: [esTicketAck, es.from('##- Por favor, escriba su respuesta encima de esta línea -##\n\nSu solicitud (58213) ha sido actualizada. Para añadir comentarios adicionales, responda a este correo.\n\nAndrés (NubeAxis Soporte)\n17 nov. 2026, 10:02 CET\n\nHola Lucía,\n\nhe anulado el cargo duplicado; verás el abono en 3-5 días.\n\nUn saludo,\nAndrés', { by: vendorSupport })] },
  { situation: 'auto-then-reply', language: 'it', truth: 'replied', note: 'Fuori ufficio, un sollecito del mittente, poi la risposta di Giulia.', before: [it.ask()], after: [OOO.itDated, it.nudge(1), it.reply()] },
  { situation: 'auto-then-reply', language: 'pt', truth: 'replied', note: 'Resposta automática de férias, depois o Rafael responde.', before: [pt.ask()], after: [OOO.ptHoliday, pt.reply()] },
]);
