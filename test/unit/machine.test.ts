import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../src/core/followUp';
import { SCAN_CHARS, natureOf, type Language, type Nature } from '../../src/core/replies/machine';

// Tuesday 1 December 2026, 10:00 in Berlin.
const REFERENCE = new Date('2026-12-01T10:00:00+01:00').getTime();
const JORDAN: Recipient = { name: 'Jordan Lee', email: 'jordan@client.example' };

function nature(body: string, from: Recipient = JORDAN, dateText = ''): Nature {
  return natureOf({ from, body, dateText }, { reference: REFERENCE });
}

/** Local midnight of a day, as `backOn` is. */
function day(year: number, month: number, date: number): number {
  return new Date(year, month - 1, date).getTime();
}

const PERSON: Nature = { kind: 'person' };

interface LanguageCases {
  /** An out-of-office naming Friday 4 December as the last day away: back Saturday 5 December. */
  outOfOfficeUntilFriday: string;
  outOfOfficeUndated: string;
  readReceipt: string;
  ticket: string;
  bounce: string;
  accepted: string;
  declined: string;
  tentative: string;
  /** Outlook's response, the subject line repeated at the top. */
  acceptedOutlook: string;
  declinedOutlook: string;
  answer: string;
  /** A person who was away, in the past tense, and answers. */
  backFromVacation: string;
  /** Opens with a present absence, and answers in the same breath, with nothing of a responder: a person. */
  absentButAnswers: string;
  /** The same, next to responder boilerplate (an alternative contact): uncertain. */
  absentAnswersBesideBoilerplate: string;
  autoReply: string;
}

const CASES: Record<Language, LanguageCases> = {
  en: {
    outOfOfficeUntilFriday:
      'Thank you for your email. I am out of the office until Friday 4 December with limited access to email. For urgent matters please contact sam@acme.example.',
    outOfOfficeUndated:
      'Hello,\n\nI am currently out of the office with limited access to email. I will reply when I return.\n\nBest regards,\nJordan',
    readReceipt:
      'Your message\n\n  To: Dana Whitfield\n  Subject: Pilot review\n  Sent: Tuesday, December 1, 2026 9:14 AM\n\nwas read on Tuesday, December 1, 2026 9:20 AM.',
    ticket:
      '##- Please type your reply above this line -##\n\nYour request (12345) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.',
    bounce:
      "** Address not found **\n\nYour message wasn't delivered to dana@northwind.example because the address couldn't be found, or is unable to receive mail.",
    accepted: 'Jordan Lee has accepted this invitation.\n\nPilot review\nTuesday Dec 8, 2026 ⋅ 10am – 11am (Central European Time - Berlin)',
    declined: 'Jordan Lee has declined this invitation.\n\nPilot review\nTuesday Dec 8, 2026 ⋅ 10am – 11am',
    tentative: 'Jordan Lee has tentatively accepted this invitation.\n\nPilot review\nTuesday Dec 8, 2026',
    acceptedOutlook: 'Accepted: Pilot review @ Tue Dec 8, 2026 10am - 11am (CET) (dana@northwind.example)',
    declinedOutlook: 'Declined: Pilot review @ Tue Dec 8, 2026 10am - 11am (CET)',
    answer: "Hi Dana,\n\nYes, Friday works for me. Let's go over the numbers then.\n\nBest,\nJordan",
    backFromVacation: "Sorry, I was on vacation — yes, let's do it.",
    absentButAnswers: "I'm out of the office this week, but yes, let's sign on Monday.",
    absentAnswersBesideBoilerplate:
      "I'm out of the office this week, but yes, let's sign on Monday. For urgent matters please contact sam@acme.example.",
    autoReply: 'This is an automated response. This mailbox is not monitored.',
  },
  de: {
    outOfOfficeUntilFriday:
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 4. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an sam@acme.example.',
    outOfOfficeUndated:
      'Guten Tag,\n\nich bin derzeit abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Grüßen',
    readReceipt:
      'Ihre Nachricht\n\n  An: Dana Whitfield\n  Betreff: Pilot\n  Gesendet: Dienstag, 1. Dezember 2026 09:14:00 (UTC+01:00)\n\nwurde am Dienstag, 1. Dezember 2026 09:20:00 (UTC+01:00) gelesen.',
    ticket:
      'Sehr geehrte Damen und Herren,\n\nwir haben Ihre Anfrage erhalten. Ihre Ticketnummer lautet 48213. Ein Mitarbeiter wird sich in Kürze bei Ihnen melden.',
    bounce: 'Unzustellbar: Pilot\n\nIhre Nachricht konnte nicht an dana@northwind.example zugestellt werden.',
    accepted: 'Jordan Lee hat diese Einladung angenommen.\n\nPilot-Review\nDienstag, 8. Dez. 2026 ⋅ 10:00 – 11:00',
    declined: 'Jordan Lee hat diese Einladung abgelehnt.\n\nPilot-Review',
    tentative: 'Jordan Lee hat diese Einladung mit Vorbehalt angenommen.',
    acceptedOutlook: 'Angenommen: Pilot-Review',
    declinedOutlook: 'Abgelehnt: Pilot-Review',
    answer: 'Hallo Dana,\n\nja, Freitag passt mir gut. Lass uns dann die Zahlen durchgehen.\n\nViele Grüße\nJordan',
    backFromVacation: 'Entschuldigung, ich war im Urlaub – ja, machen wir so.',
    absentButAnswers: 'Ich bin diese Woche nicht im Büro, aber ja, das passt.',
    absentAnswersBesideBoilerplate:
      'Ich bin diese Woche nicht im Büro, aber ja, das passt. In dringenden Fällen wenden Sie sich bitte an sam@acme.example.',
    autoReply: 'Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.',
  },
  fr: {
    outOfOfficeUntilFriday:
      "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 4 décembre inclus. En cas d'urgence, vous pouvez contacter sam@acme.example.\n\nCordialement",
    outOfOfficeUndated: 'Merci pour votre message. Je suis actuellement en congés et je vous répondrai à mon retour.',
    readReceipt:
      'Votre message\n\n  À : Dana Whitfield\n  Objet : Pilote\n  Envoyé : mardi 1 décembre 2026 09:14:00 (UTC+01:00)\n\na été lu le mardi 1 décembre 2026 09:20:00 (UTC+01:00).',
    ticket:
      'Bonjour,\n\nNous avons bien reçu votre demande (n° 48213). Un membre de notre équipe vous répondra dans les plus brefs délais.',
    bounce:
      "Adresse introuvable\n\nVotre message n'a pas été remis à dana@northwind.example, car l'adresse est introuvable ou ne peut pas recevoir de messages.",
    accepted: 'Jordan Lee a accepté cette invitation.\n\nRevue du pilote\nmardi 8 déc. 2026 ⋅ 10:00 – 11:00',
    declined: 'Jordan Lee a refusé cette invitation.',
    tentative: 'Jordan Lee a accepté provisoirement cette invitation.',
    acceptedOutlook: 'Accepté : Revue du pilote',
    declinedOutlook: 'Refusé : Revue du pilote',
    answer: 'Bonjour Dana,\n\nOui, vendredi me convient. On regarde les chiffres ensemble ?\n\nBien à vous,\nJordan',
    backFromVacation: "Désolé, j'étais en congés — oui, faisons comme ça.",
    absentButAnswers: "Je suis absent du bureau aujourd'hui, mais oui, d'accord pour lundi.",
    absentAnswersBesideBoilerplate:
      "Je suis absent du bureau aujourd'hui, mais oui, d'accord pour lundi. En cas d'urgence, vous pouvez contacter sam@acme.example.",
    autoReply: 'Ceci est un message automatique, merci de ne pas répondre à ce message.',
  },
  es: {
    outOfOfficeUntilFriday:
      'Gracias por su mensaje. Estoy fuera de la oficina hasta el viernes 4 de diciembre. Para asuntos urgentes, puede contactar con sam@acme.example.',
    outOfOfficeUndated:
      'Hola:\n\nEn este momento estoy de vacaciones, con acceso limitado al correo. Le responderé a mi regreso.',
    readReceipt:
      'Su mensaje\n\n  Para: Dana Whitfield\n  Asunto: Piloto\n  Enviado: martes, 1 de diciembre de 2026 9:14:00 (UTC+01:00)\n\nse leyó el martes, 1 de diciembre de 2026 9:20:00 (UTC+01:00).',
    ticket:
      'Hola Alex,\n\nHemos recibido su solicitud y se ha creado un ticket (#48213). Un miembro de nuestro equipo se pondrá en contacto con usted en breve.',
    bounce:
      'Dirección no encontrada\n\nTu mensaje no se ha entregado a dana@northwind.example porque no se ha encontrado la dirección.',
    accepted: 'Jordan Lee ha aceptado esta invitación.\n\nRevisión del piloto\nmartes, 8 dic 2026',
    declined: 'Jordan Lee ha rechazado esta invitación.',
    tentative: 'Jordan Lee ha aceptado provisionalmente esta invitación.',
    acceptedOutlook: 'Aceptado: Revisión del piloto',
    declinedOutlook: 'Rechazado: Revisión del piloto',
    answer: 'Hola Dana:\n\nSí, el viernes me viene bien. ¿Revisamos las cifras entonces?\n\nSaludos,\nJordan',
    backFromVacation: 'Perdón, estaba de vacaciones. Sí, hagámoslo.',
    absentButAnswers: 'Estoy fuera de la oficina esta semana, pero sí, de acuerdo con el lunes.',
    absentAnswersBesideBoilerplate:
      'Estoy fuera de la oficina esta semana, pero sí, de acuerdo con el lunes. Para asuntos urgentes, puede contactar con sam@acme.example.',
    autoReply: 'Este es un mensaje automático. Por favor, no responda a este correo.',
  },
  it: {
    outOfOfficeUntilFriday:
      'Grazie per la sua email. Sono fuori ufficio fino a venerdì 4 dicembre. Per urgenze può contattare sam@acme.example.',
    outOfOfficeUndated:
      'Buongiorno,\n\nsono attualmente in ferie con accesso limitato alla posta. Risponderò al mio rientro.',
    readReceipt:
      'Il messaggio\n\n  A: Dana Whitfield\n  Oggetto: Pilota\n  Inviato: martedì 1 dicembre 2026 09:14:00 (UTC+01:00)\n\nè stato letto in data martedì 1 dicembre 2026 09:20:00 (UTC+01:00).',
    ticket: 'Gentile cliente,\n\nabbiamo ricevuto la sua richiesta. Un operatore la contatterà al più presto.',
    bounce:
      "Indirizzo non trovato\n\nIl tuo messaggio non è stato recapitato a dana@northwind.example perché l'indirizzo non è stato trovato.",
    accepted: 'Jordan Lee ha accettato questo invito.\n\nRevisione del pilota\nmartedì 8 dic 2026',
    declined: 'Jordan Lee ha rifiutato questo invito.',
    tentative: 'Jordan Lee ha accettato provvisoriamente questo invito.',
    acceptedOutlook: 'Accettato: Revisione del pilota',
    declinedOutlook: 'Rifiutato: Revisione del pilota',
    answer: 'Ciao Dana,\n\nsì, venerdì va bene. Guardiamo insieme i numeri?\n\nA presto,\nJordan',
    backFromVacation: 'Scusa, ero in ferie: sì, facciamolo.',
    absentButAnswers: 'Sono fuori ufficio oggi, ma va bene, procediamo lunedì.',
    absentAnswersBesideBoilerplate: 'Sono fuori ufficio oggi, ma va bene, procediamo lunedì. Per urgenze può contattare sam@acme.example.',
    autoReply: 'Questo è un messaggio automatico. Si prega di non rispondere a questa email.',
  },
  nl: {
    outOfOfficeUntilFriday:
      'Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 4 december. Voor dringende zaken kunt u contact opnemen met sam@acme.example.',
    outOfOfficeUndated:
      'Beste,\n\nIk ben momenteel met vakantie en beperkt bereikbaar. Na mijn terugkeer beantwoord ik uw e-mail.',
    readReceipt:
      'Uw bericht\n\n  Aan: Dana Whitfield\n  Onderwerp: Pilot\n  Verzonden: dinsdag 1 december 2026 09:14:00 (UTC+01:00)\n\nis gelezen op dinsdag 1 december 2026 09:20:00 (UTC+01:00).',
    ticket:
      'Beste Alex,\n\nWij hebben uw aanvraag ontvangen. Een van onze medewerkers neemt zo snel mogelijk contact met u op.',
    bounce: 'Adres niet gevonden\n\nUw bericht is niet bezorgd bij dana@northwind.example, omdat het adres niet is gevonden.',
    accepted: 'Jordan Lee heeft deze uitnodiging geaccepteerd.\n\nPilotreview\ndinsdag 8 dec. 2026',
    declined: 'Jordan Lee heeft deze uitnodiging afgewezen.',
    tentative: 'Jordan Lee heeft deze uitnodiging voorlopig geaccepteerd.',
    acceptedOutlook: 'Geaccepteerd: Pilotreview',
    declinedOutlook: 'Geweigerd: Pilotreview',
    answer: 'Hoi Dana,\n\nJa, vrijdag komt goed uit. Zullen we dan de cijfers doornemen?\n\nGroet,\nJordan',
    backFromVacation: 'Sorry, ik was op vakantie. Ja, laten we dat doen.',
    absentButAnswers: 'Ik ben vandaag niet op kantoor, maar akkoord, laten we maandag tekenen.',
    absentAnswersBesideBoilerplate:
      'Ik ben vandaag niet op kantoor, maar akkoord, laten we maandag tekenen. Voor dringende zaken kunt u contact opnemen met sam@acme.example.',
    autoReply: 'Dit is een automatisch gegenereerd bericht. Reageer niet op deze e-mail.',
  },
  pt: {
    outOfOfficeUntilFriday:
      'Obrigado pela sua mensagem. Estou fora do escritório até sexta-feira, 4 de dezembro. Em caso de urgência, por favor contacte sam@acme.example.',
    outOfOfficeUndated:
      'Olá,\n\nEstou de férias com acesso limitado ao e-mail. Responderei assim que possível no meu regresso.',
    readReceipt:
      'A sua mensagem\n\n  Para: Dana Whitfield\n  Assunto: Piloto\n  Enviada: terça-feira, 1 de dezembro de 2026 09:14:00 (UTC+01:00)\n\nfoi lida em terça-feira, 1 de dezembro de 2026 09:20:00 (UTC+01:00).',
    ticket:
      'Olá Alex,\n\nRecebemos a sua solicitação e foi criado um ticket (#48213). Um membro da nossa equipa entrará em contacto consigo brevemente.',
    bounce:
      'Endereço não encontrado\n\nA sua mensagem não foi entregue a dana@northwind.example porque o endereço não foi encontrado.',
    accepted: 'Jordan Lee aceitou este convite.\n\nRevisão do piloto\nterça-feira, 8 de dez. de 2026',
    declined: 'Jordan Lee recusou este convite.',
    tentative: 'Jordan Lee aceitou provisoriamente este convite.',
    acceptedOutlook: 'Aceito: Revisão do piloto',
    declinedOutlook: 'Recusado: Revisão do piloto',
    answer: 'Olá Dana,\n\nSim, sexta-feira funciona para mim. Vemos os números juntos?\n\nAbraço,\nJordan',
    backFromVacation: 'Desculpe, estive de férias. Sim, vamos fazer isso.',
    absentButAnswers: 'Estou fora do escritório hoje, mas combinado, assinamos na segunda.',
    absentAnswersBesideBoilerplate:
      'Estou fora do escritório hoje, mas combinado, assinamos na segunda. Em caso de urgência, por favor contacte sam@acme.example.',
    autoReply: 'Esta é uma mensagem automática. Por favor, não responda a este e-mail.',
  },
};

const LANGUAGES = Object.keys(CASES) as Language[];

describe.each(LANGUAGES)('natureOf, %s', (language) => {
  const cases = CASES[language];

  it('reads an out-of-office with its return date', () => {
    expect(nature(cases.outOfOfficeUntilFriday)).toEqual({
      kind: 'machine',
      reason: 'out-of-office',
      language,
      backOn: day(2026, 12, 5),
    });
  });

  it('reads an out-of-office that names no date', () => {
    expect(nature(cases.outOfOfficeUndated)).toEqual({ kind: 'machine', reason: 'out-of-office', language });
  });

  it('reads a read receipt', () => {
    expect(nature(cases.readReceipt)).toEqual({ kind: 'machine', reason: 'read-receipt', language });
  });

  it('reads a help-desk acknowledgement', () => {
    expect(nature(cases.ticket, { name: 'Acme Support', email: 'support@acme.example' })).toEqual({
      kind: 'machine',
      reason: 'ticket',
      language,
    });
  });

  it('reads a bounce relayed under an ordinary sender', () => {
    expect(nature(cases.bounce, { name: 'Northwind IT', email: 'it@northwind.example' })).toEqual({
      kind: 'machine',
      reason: 'delivery-failure',
      language,
    });
  });

  it('reads calendar responses as answers', () => {
    expect(nature(cases.accepted)).toEqual({ kind: 'calendar', response: 'accepted' });
    expect(nature(cases.declined)).toEqual({ kind: 'calendar', response: 'declined' });
    expect(nature(cases.tentative)).toEqual({ kind: 'calendar', response: 'tentative' });
    expect(nature(cases.acceptedOutlook)).toEqual({ kind: 'calendar', response: 'accepted' });
    expect(nature(cases.declinedOutlook)).toEqual({ kind: 'calendar', response: 'declined' });
  });

  it('reads a self-declared automatic message', () => {
    expect(nature(cases.autoReply)).toEqual({ kind: 'machine', reason: 'auto-reply', language });
  });

  it('counts a person answering in the language', () => {
    expect(nature(cases.answer)).toEqual(PERSON);
  });

  it('counts a person who was away (past tense) and answers', () => {
    expect(nature(cases.backFromVacation)).toEqual(PERSON);
  });

  it('counts a present absence that answers, with nothing of a responder, as a person', () => {
    expect(nature(cases.absentButAnswers)).toEqual(PERSON);
  });

  it('is uncertain about an absence that answers next to responder boilerplate', () => {
    expect(nature(cases.absentAnswersBesideBoilerplate)).toEqual({ kind: 'uncertain', why: 'opens with an absence notice but also answers' });
  });
});

describe('natureOf: out-of-office texts', () => {
  it.each([
    ["I'm away until Monday 7 December with limited access to email", day(2026, 12, 8)],
    ['OOO until 12/7', day(2026, 12, 8)],
    ['I am currently on parental leave until March. My colleague Sam covers for me.', day(2027, 3, 1)],
    ["I'm out of the office and will be back on Monday 7 December.", day(2026, 12, 7)],
    ['Ich bin bis zum 7. Dezember nicht im Büro.', day(2026, 12, 8)],
    ["Je suis absent(e) du bureau jusqu'au 7 décembre.", day(2026, 12, 8)],
    ['Estoy fuera de la oficina hasta el 7 de diciembre.', day(2026, 12, 8)],
    ['Sono fuori ufficio fino al 7 dicembre.', day(2026, 12, 8)],
    ['Ik ben afwezig tot en met 7 december.', day(2026, 12, 8)],
    ['Estou fora do escritório até 7 de dezembro.', day(2026, 12, 8)],
    ["Hi Dana,\n\nThanks for your email. I'm on holiday until the 7th and will reply when I'm back.", day(2026, 12, 8)],
    ['Hi all, I am OOO today. Back tomorrow.', day(2026, 12, 2)],
    ['Hola, estaré fuera de la oficina del 30 de noviembre al 4 de diciembre, con acceso limitado al correo.', day(2026, 12, 5)],
    ['Bonjour, je suis en congés du 30 novembre au 4 décembre inclus. Je prendrai connaissance de votre message à mon retour.', day(2026, 12, 5)],
    [
      'Vielen Dank für Ihre E-Mail. Ich bin vom 30.11. bis einschließlich 04.12.2026 nicht im Büro. Ab dem 07.12. bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an sam@acme.example.',
      day(2026, 12, 7),
    ],
    ["Thank you for your email! I'm out of office until Dec 7. Need immediate assistance? Call us at +49 30 1234.", day(2026, 12, 8)],
  ])('%s', (body, backOn) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'out-of-office', backOn });
  });

  it.each([
    'Thank you for your email. I am currently out of the office.',
    'Vielen Dank für Ihre Nachricht. Ich bin derzeit abwesend.',
    'Jane Doe is no longer with the company. Please contact sam@acme.example for anything related to your account.',
    'Jane Doe no longer works at Acme, please contact sam@acme.example.',
    "Bonjour,\n\nJulien Moreau ne fait plus partie des Vergers du Sud. Votre message n'a pas été transféré ; merci d'écrire à contact@vergers.example.",
    'Hello and thank you for your message! I am currently out of the office and will respond as soon as possible. For urgent matters please contact Sam.',
    'Out of Office: I am travelling this week.',
    'Abwesenheitsnotiz',
    'Réponse automatique : je suis absente.',
    'Respuesta automática: estoy de vacaciones.',
    'Risposta automatica: sono in ferie.',
    'Automatisch antwoord: ik ben op vakantie.',
    'Resposta automática: estou de férias.',
  ])('%s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'out-of-office' });
  });

  it('reads the Outlook and Gmail responder titles alone as automatic', () => {
    for (const title of ['Automatic reply', 'Réponse automatique', 'Respuesta automática', 'Risposta automatica', 'Automatisch antwoord', 'Resposta automática', 'Automatische Antwort']) {
      expect(nature(title)).toMatchObject({ kind: 'machine', reason: 'auto-reply' });
    }
  });

  it('reads a salutation, a thank-you line and hard-wrapped text', () => {
    const body = 'Dear Dana,\n\nThank you for your message.\nI am currently out of the office\nuntil Friday 4 December and will respond\nupon my return.\n\nKind regards\nJordan';
    expect(nature(body)).toEqual({ kind: 'machine', reason: 'out-of-office', language: 'en', backOn: day(2026, 12, 5) });
  });

  it('does not mind curly apostrophes, capitals and no-break spaces', () => {
    expect(nature('I’M OUT OF THE OFFICE\u00a0UNTIL MONDAY 7 DECEMBER. For urgent matters please contact Sam.')).toMatchObject({
      kind: 'machine',
      reason: 'out-of-office',
      backOn: day(2026, 12, 8),
    });
  });

  it('reads the text without its accents too', () => {
    expect(nature('Respuesta automatica: estoy fuera de la oficina hasta el 7 de diciembre.')).toMatchObject({
      kind: 'machine',
      reason: 'out-of-office',
      language: 'es',
      backOn: day(2026, 12, 8),
    });
  });

  it('reads a bilingual responder in its first language, the date from the English part if needed', () => {
    const body = 'Ich bin derzeit nicht im Büro. / I am out of the office until Friday 4 December.';
    expect(nature(body)).toEqual({ kind: 'machine', reason: 'out-of-office', language: 'de', backOn: day(2026, 12, 5) });
  });

  it('resolves "until Friday" from the message date when Gmail printed one', () => {
    const body = 'I am out of the office until Friday. For urgent matters please contact Sam.';
    // Friday 20 November 2026: the Friday meant is that very day.
    expect(nature(body, JORDAN, 'Fri, Nov 20, 2026 at 9:14 AM')).toMatchObject({ backOn: day(2026, 11, 21) });
    expect(nature(body, JORDAN, 'Fr., 20. Nov. 2026 um 09:14')).toMatchObject({ backOn: day(2026, 11, 21) });
    expect(nature(body, JORDAN, 'ven. 20 nov. 2026 à 09:14')).toMatchObject({ backOn: day(2026, 11, 21) });
    // Without a readable date, the reference (Tuesday 1 December) decides: Friday 4 December.
    expect(nature(body, JORDAN, '9:14 AM (3 hours ago)')).toMatchObject({ backOn: day(2026, 12, 5) });
    expect(nature(body, JORDAN, '')).toMatchObject({ backOn: day(2026, 12, 5) });
  });

  it('puts backOn at local midnight', () => {
    const found = nature('OOO until 12/7');
    expect(found.kind === 'machine' && new Date(found.backOn ?? NaN).getHours()).toBe(0);
  });
});

describe('natureOf: people who mention an absence', () => {
  it.each([
    ["Sorry, I was on vacation — yes, let's do it"],
    ['Back from holidays. Sounds good!'],
    ["I'm on vacation next week, so let's meet on the 14th?"],
    ['I have limited access to email this week, but yes, the pilot is approved'],
    ['Ich bin nächste Woche im Urlaub, lass uns also am 14. sprechen.'],
    ['Je serai en congés la semaine prochaine, on se voit le 14 ?'],
    ['Hi Dana, thanks for the reminder! The pilot is approved, I signed it this morning.'],
    ['Thank you for your email. Yes, we can start on Monday.'],
  ])('%s', (body) => {
    expect(nature(body)).toEqual(PERSON);
  });

  it('counts a person who quotes an auto-reply further down', () => {
    const body =
      "Hi Dana,\n\nYes, Friday works. Let's talk then.\n\nBest,\nJordan\n\nAutomatic reply: I am out of the office until Monday 7 December. For urgent matters please contact Sam.";
    expect(nature(body)).toEqual(PERSON);
  });

  it('counts a person who left the user’s own absence notice quoted under a header', () => {
    const body = [
      'Sounds good, thanks!',
      '',
      'On Tue, Dec 1, 2026 at 9:14 AM Dana Whitfield <dana@northwind.example> wrote:',
      'I am out of the office until Monday 7 December. For urgent matters please contact Sam.',
    ].join('\n');
    expect(nature(body)).toEqual(PERSON);
    const german = ['Passt, danke!', '', 'Am Di., 1. Dez. 2026 um 09:14 schrieb Dana Whitfield <dana@northwind.example>:', 'Ich bin bis zum 7. Dezember nicht im Büro.'].join('\n');
    expect(nature(german)).toEqual(PERSON);
    const outlook = ['Einverstanden.', '', 'From: Dana Whitfield', 'Sent: Tuesday, December 1, 2026 9:14 AM', 'Automatic reply: I am out of the office.'].join('\n');
    expect(nature(outlook)).toEqual(PERSON);
    expect(nature('Great, thanks.\n> Automatic reply: I am out of the office until Monday.')).toEqual(PERSON);
  });

  it.each([
    'The parcel was undeliverable, can you send me your new address?',
    'No se puede entregar el viernes, ¿te va bien el lunes?',
    'Het pakket is niet bezorgd, kun je het opnieuw sturen?',
    'I stopped using Boxbe last year, so this should reach me now. Yes, go ahead.',
    'María nos ha invitado a la presentación; sí, iré.',
  ])('counts a person whose words resemble a machine’s: %s', (body) => {
    expect(nature(body)).toEqual(PERSON);
  });

  it('counts an agent’s answer sent through a help desk', () => {
    const body =
      '##- Please type your reply above this line -##\n\nMaria (Acme Support)\n\nDec 1, 2026, 10:00 CET\n\nHi Alex, yes, the refund is processed and you will see it on Monday.';
    expect(nature(body, { name: 'Acme Support', email: 'support@acme.example' })).toEqual(PERSON);
  });

  it('counts a reply that opens with a salutation and answers', () => {
    expect(nature('Hi Dana,\n\nthe numbers look right to me. Please send the contract.')).toEqual(PERSON);
  });

  it('is uncertain when an absence notice also asks the correspondent something', () => {
    expect(nature("I'm out of the office this week. Can we do Monday instead?")).toEqual({
      kind: 'uncertain',
      why: 'opens with an absence notice but also answers',
    });
  });

  it('is uncertain about a bare absence statement with nothing of a responder', () => {
    expect(nature('I am away from my desk today.')).toEqual({
      kind: 'uncertain',
      why: 'absence notice without any responder wording',
    });
  });

  it('does not count a responder’s question when its boilerplate explains it', () => {
    expect(nature('I am out of the office until Monday 7 December. Need urgent help? Please contact sam@acme.example.')).toMatchObject({
      kind: 'machine',
      reason: 'out-of-office',
    });
  });

  it('keeps an absence "until next week" a present absence', () => {
    expect(nature('I am out of the office until next week. For urgent matters please contact Sam.')).toMatchObject({
      kind: 'machine',
      reason: 'out-of-office',
      backOn: day(2026, 12, 7),
    });
    expect(nature('Ich bin bis nächste Woche nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Sam.')).toMatchObject({
      kind: 'machine',
      reason: 'out-of-office',
      language: 'de',
    });
  });

  it('never reports mail content as the reason for doubt', () => {
    const found = nature("I'm out of the office until Monday, but yes, secret-project-x is approved. For urgent matters please contact Sam.");
    expect(found.kind).toBe('uncertain');
    expect(found.kind === 'uncertain' && found.why).not.toMatch(/secret|monday|approved/i);
  });
});

describe('natureOf: other machines', () => {
  it.each([
    'This is an automated response to let you know we got your message.',
    'Automatic reply: Pilot review',
    'Hello, this mailbox is not monitored. Please use our contact form.',
    'Dieses Postfach wird nicht überwacht.',
  ])('auto-reply: %s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'auto-reply' });
  });

  it.each([
    'We have received your request and a ticket has been created. A support representative will review it shortly.',
    'Thank you for contacting Acme Support. This is an automated message to confirm we received your email. A member of our team will get back to you within 1 business day.',
    'Ticket #4521 created: Pilot review',
    'Dear Alex,\n\nWe would like to acknowledge that we have received your request and a ticket has been created.',
  ])('ticket: %s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'ticket', language: 'en' });
  });

  it.each<[string, Language]>([
    ['Sehr geehrter Herr Keller,\n\nvielen Dank für Ihre Anfrage. Wir haben Ihr Anliegen unter der Ticketnummer #DP-4410 erfasst und melden uns in zwei Werktagen.', 'de'],
    ['Estimada Lucía:\n\nHemos recibido correctamente su consulta, registrada con el número de incidencia 2026-1234. Le responderemos en 48 horas.', 'es'],
    ['Beste Sanne,\n\nBedankt voor je bericht. We hebben je vraag ontvangen onder ticketnummer #NL-2231. We reageren binnen twee werkdagen.', 'nl'],
    ['Olá,\n\nRecebemos o seu pedido e vamos analisá-lo. Um membro da nossa equipa entrará em contacto consigo.', 'pt'],
  ])('ticket in other wordings: %s', (body, language) => {
    expect(nature(body, { name: 'Service', email: 'service@shop.example' })).toEqual({ kind: 'machine', reason: 'ticket', language });
  });

  it('counts a help-desk agent’s answer that only mentions the ticket number', () => {
    expect(nature('Hola Lucía, con respecto al número de incidencia 2026-1234, ya hemos enviado el reembolso.')).toEqual(PERSON);
    expect(nature('Unter der Ticketnummer 4410 haben wir den Fehler behoben, die Flyer gehen morgen raus.')).toEqual(PERSON);
  });

  it('is uncertain about a help-desk acknowledgement that also answers', () => {
    expect(nature('We have received your request. Yes, we can deliver on Friday.')).toMatchObject({ kind: 'uncertain' });
  });

  it.each([
    'Read: Pilot review',
    'This is a receipt for the mail you sent to dana@northwind.example at 12/1/2026 9:14 AM.',
    'Return receipt\n\nYour document: Pilot review\nwas received by: Dana Whitfield',
    'Gelesen: Pilot',
    'Lu : Revue du pilote',
    'Leído: Revisión del piloto',
    'Letto: Revisione del pilota',
    'Gelezen: Pilotreview',
    'Lida: Revisão do piloto',
    'Votre message\n\nÀ : Dana\nObjet : Pilote\n\na été lu le mardi 1 décembre 2026.',
  ])('read receipt: %s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'read-receipt' });
  });

  it.each([
    'Delivery Status Notification (Failure)\n\nDelivery to the following recipient failed permanently: dana@northwind.example',
    'Undeliverable: Pilot review',
    'Non remis : Revue du pilote',
    'No se puede entregar: Revisión',
    'Non recapitabile: Revisione',
    'Onbestelbaar: Pilotreview',
    'Não foi possível entregar: Revisão',
    'Mail delivery failed: returning message to sender',
    'Die Übermittlung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\nSabine Wolf (s.wolf@hansa-druck.example)',
    "La remise à ces destinataires ou groupes a échoué :\n\nj.moreau@vergers-du-sud.example",
    'Uw bericht kan niet worden bezorgd bij pieter@havenkraan.example.',
  ])('bounce: %s', (body) => {
    expect(nature(body, { name: 'IT', email: 'it@northwind.example' })).toMatchObject({ kind: 'machine', reason: 'delivery-failure' });
  });

  it.each([
    "Hello,\n\nI'm protecting myself from junk mail. Please click the link below to complete the verification process. You have to do this only once.",
    'Your message to Dana Whitfield is pending approval. Dana uses Boxbe to keep the inbox clean.',
    'Hi, I apologize for this automatic request. To control spam, I now allow messages only from approved senders. Please click the link below to verify.',
    'Votre message est en attente de validation. Cliquez sur le lien ci-dessous pour valider.',
    'Guten Tag,\n\nzum Schutz vor Spam wird Ihre Nachricht zurückgehalten. Bitte bestätigen Sie einmalig, dass Sie kein Roboter sind.',
    'Olá,\n\nA sua mensagem está retida pelo nosso filtro anti-spam. Confirme que é uma pessoa clicando na ligação abaixo.',
  ])('challenge: %s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'challenge' });
  });

  it.each([
    'Invitation: Pilot review @ Tue Dec 8, 2026 10am - 11am (CET) (alex@example.com)',
    'Updated invitation: Pilot review',
    'You have been invited to the following event.\n\nPilot review',
    'Einladung: Pilot-Review @ Di. 8. Dez. 2026',
    'Invitation mise à jour : Revue du pilote',
    'Has recibido una invitación para el siguiente evento.\n\nRevisión del piloto',
    'Deze afspraak is gewijzigd.\n\nOverleg huisstijl\ndinsdag 8 dec 2026',
    'Cet événement a été annulé.\n\nPoint mensuel',
  ])('calendar invitation: %s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'auto-reply' });
  });
});

describe('natureOf: senders', () => {
  it.each([
    'mailer-daemon@googlemail.com',
    'MAILER-DAEMON@mx.northwind.example',
    'postmaster@northwind.example',
    'Postmaster+bounce-42@Northwind.Example',
  ])('%s is a delivery failure, whatever the body', (email) => {
    expect(nature('Sounds good, thanks!', { name: email, email })).toEqual({ kind: 'machine', reason: 'delivery-failure' });
  });

  it('reads a delivery failure from the display name', () => {
    expect(nature('', { name: 'Mail Delivery Subsystem', email: 'x@northwind.example' })).toMatchObject({ reason: 'delivery-failure' });
    expect(nature('', { name: 'Mail Delivery System', email: 'x@northwind.example' })).toMatchObject({ reason: 'delivery-failure' });
    expect(nature('Address not found', { name: 'Mail Delivery Subsystem', email: 'mailer-daemon@googlemail.com' })).toEqual({
      kind: 'machine',
      reason: 'delivery-failure',
      language: 'en',
    });
  });

  it.each([
    'noreply@acme.example',
    'no-reply@acme.example',
    'no_reply@acme.example',
    'donotreply@acme.example',
    'do-not-reply@acme.example',
    'do_not_reply@acme.example',
    'NoReply@Acme.Example',
    'no-reply+tracking-123@acme.example',
    'calendar-noreply@google.com',
    'noreply-billing@acme.example',
    'bounces@lists.acme.example',
    'bounce-8812-abc@mail.acme.example',
    'mailer@acme.example',
    'ne-pas-repondre@vergers.example',
    'keine-antwort@hansa.example',
    'no-responder@ibertec.example',
    'non-rispondere@adriatica.example',
    'niet-beantwoorden@havenkraan.example',
    'nao-responder@tejo.example',
    'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tenant.onmicrosoft.example',
  ])('%s is a no-reply sender', (email) => {
    expect(nature('Thanks, we got it. Sounds good!', { name: 'Acme', email })).toEqual({ kind: 'machine', reason: 'no-reply-sender' });
  });

  it.each(['noreen@acme.example', 'reply@acme.example', 'replies@acme.example', 'bouncer.jones@acme.example', 'jordan.mailer@acme.example'])(
    '%s is an ordinary sender',
    (email) => {
      expect(nature('Sounds good!', { name: 'Someone', email })).toEqual(PERSON);
    },
  );

  it('lets a machine’s wording name the reason for a no-reply sender', () => {
    expect(nature('We have received your request (#12345).', { name: 'Acme', email: 'noreply@acme.example' })).toMatchObject({
      reason: 'ticket',
    });
    // No person writes from a no-reply address, so an answer word does not make it doubtful.
    expect(nature("I'm out of the office until Monday 7 December, but yes.", { name: 'Acme', email: 'noreply@acme.example' })).toMatchObject({
      kind: 'machine',
      reason: 'out-of-office',
    });
  });

  it('is uncertain about a notification relay unless its wording is a machine’s', () => {
    const relay = { name: 'Acme Support', email: 'notifications@acme.zendesk.example' };
    expect(nature('Maria replied: the refund is processed, you should see it on Monday.', relay)).toEqual({
      kind: 'uncertain',
      why: 'sent from a notifications address',
    });
    expect(nature('We have received your request and a ticket has been created.', relay)).toMatchObject({
      kind: 'machine',
      reason: 'ticket',
    });
  });
});

describe('natureOf: odd bodies', () => {
  it('counts an empty body from a person as a person', () => {
    expect(nature('')).toEqual(PERSON);
    expect(nature('   \n\n  ')).toEqual(PERSON);
  });

  // No timing in the verdict: a pattern that backtracks over 20,000 characters runs for minutes,
  // far past this test's time limit; reading only the start takes milliseconds.
  it('reads only the start of a long body, without backtracking over the rest', { timeout: 20_000 }, () => {
    natureOf({ from: JORDAN, body: 'OOO until 12/7', dateText: 'Fri, Nov 20, 2026 at 9:14 AM' }, { reference: REFERENCE }); // warm up chrono
    const longAnswer = `Yes, that works for me. ${'We went through the numbers again and everything adds up. '.repeat(350)}`;
    expect(longAnswer.length).toBeGreaterThan(20_000);
    expect(nature(longAnswer)).toEqual(PERSON);
    expect(nature(`I am out of the office until Monday 7 December. ${'x '.repeat(10_000)}`)).toMatchObject({ reason: 'out-of-office' });
    expect(nature('ich bin '.repeat(2_600))).toEqual(PERSON);
    expect(nature(`${'a'.repeat(20_000)}?`)).toEqual(PERSON);
    expect(nature('Hi '.repeat(7_000))).toEqual(PERSON);
  });

  it('does not find an auto-reply beyond the part it reads', () => {
    const filler = 'Some long answer text without any machine wording at all. ';
    const late = `${filler.repeat(Math.ceil(SCAN_CHARS / filler.length))}\n\nAutomatic reply: I am out of the office.`;
    expect(late.indexOf('Automatic reply')).toBeGreaterThan(SCAN_CHARS);
    expect(nature(late)).toEqual(PERSON);
  });

  it('does not read an absence statement that is not in the opening', () => {
    const body = 'The numbers look right.\n\nWe will sign the contract on Friday.\n\nI am out of the office until Monday 7 December.';
    expect(nature(body)).toEqual(PERSON);
  });
});

// Wording families. Each sentence below is our own, a different wording of the family the rule
// is for, in several languages: the labelled corpus (test/corpus/replies) measures the rules,
// so none of its sentences is repeated here.

const SUPPORT: Recipient = { name: 'Acme Support', email: 'support@acme.example' };

describe('natureOf: a help desk’s reply-above-this-line marker', () => {
  it.each<[string, Language]>([
    // A marker with a full stop inside, then a salutation line: neither takes the opening's place.
    ['##- Digita la tua risposta sopra questa riga. -##\n\nBuongiorno Marco,\n\nla sua richiesta (n. 7781) è stata ricevuta e sarà esaminata dal nostro staff.', 'it'],
    ['##- Typ uw antwoord boven deze regel -##\n\nBeste Sanne,\n\nUw aanvraag (#4410) is ontvangen. Een collega bekijkt hem zo snel mogelijk.', 'nl'],
    ['##- Digite sua resposta acima desta linha. -##\n\nOlá Beatriz,\n\nSua solicitação (#3310) foi recebida e será analisada pela equipe.', 'pt'],
    // Jira Service Management: a rule of dashes, then the marker on a line of its own.
    ['—-—-—-—\n\nReply above this line.\n\nYour request REQ-881 has been received. Our service desk will look at it today.', 'en'],
  ])('reads the acknowledgement under it: %s', (body, language) => {
    expect(nature(body, SUPPORT)).toEqual({ kind: 'machine', reason: 'ticket', language });
  });

  it('is no machine sign by itself: an agent’s answer under it is a person', () => {
    const body = '## Responda arriba de esta línea ##\n\nHola Lucía,\n\nya hemos devuelto el importe; lo verás en tu cuenta el lunes.';
    expect(nature(body, SUPPORT)).toEqual(PERSON);
  });

  it('counts as responder boilerplate next to an absence that answers', () => {
    const body = '##- Bitte schreiben Sie Ihre Antwort oberhalb dieser Zeile -##\n\nIch bin diese Woche nicht im Büro, aber ja, die Gutschrift ist freigegeben.';
    expect(nature(body, SUPPORT)).toEqual({ kind: 'uncertain', why: 'opens with an absence notice but also answers' });
  });
});

describe('natureOf: help-desk acknowledgements in other wordings', () => {
  it.each<[string, Language]>([
    // "We confirm receipt / the creation of …" and "an advisor will get back to you".
    ['Bonjour,\n\nNous vous confirmons la bonne réception de votre demande. Une de nos conseillères vous recontactera sous deux jours ouvrés.', 'fr'],
    ['Hola Lucía,\n\nTe confirmamos la apertura del caso. Un asesor se pondrá en contacto contigo en 24 horas.', 'es'],
    ['Hello,\n\nThis email confirms the creation of ticket SR-20411. One of our advisors will be in touch within two working days.', 'en'],
    ['Guten Tag,\n\nhiermit bestätigen wir den Eingang Ihrer Nachricht. Einer unserer Kundenberater wird sich bei Ihnen melden.', 'de'],
    ['Hierbij bevestigen wij de ontvangst van uw melding. Wij nemen binnen drie werkdagen contact met u op.', 'nl'],
    ['Buongiorno,\n\nle confermiamo la presa in carico della pratica. Un nostro consulente la ricontatterà domani.', 'it'],
    // "Your request has been registered (under a number) and will be handled soon", number or none.
    ['Gentile cliente,\n\nla sua segnalazione è stata presa in carico e sarà lavorata entro tre giorni lavorativi.', 'it'],
    ['Su consulta ha quedado registrada y será atendida a la mayor brevedad.', 'es'],
    ['O seu pedido foi registado com o número 44-1290 e será analisado em breve.', 'pt'],
    ['Your support request has been logged under reference CS-7781 and will be handled shortly.', 'en'],
    ['Votre réclamation a bien été prise en compte sous le numéro 8812.', 'fr'],
    ['Uw vraag is in goede orde ontvangen en wordt zo snel mogelijk behandeld.', 'nl'],
  ])('%s', (body, language) => {
    expect(nature(body, SUPPORT)).toEqual({ kind: 'machine', reason: 'ticket', language });
  });
});

describe('natureOf: challenge-response filters in other wordings', () => {
  it.each([
    'Buenas, uso un sistema antispam. Antes de entregar tu correo, verifica que eres humano pulsando aquí: https://check.example/a1',
    'Il suo messaggio è in attesa di conferma. Dimostri di essere una persona aprendo il collegamento seguente.',
    "Your e-mail has been held pending verification. Please prove that you're a human at https://check.example/b2",
    'Votre courriel est en attente de vérification : prouvez que vous êtes une personne réelle en cliquant ici.',
    'Ihre E-Mail wartet auf Überprüfung. Bitte bestätigen Sie über den Link, dass Sie ein Mensch sind.',
    'Je bericht wacht op verificatie: bevestig via de link dat je een mens bent.',
    'A sua mensagem aguarda confirmação. Comprove que é um ser humano através da ligação abaixo.',
  ])('%s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'challenge' });
  });

  it('counts a person who says "you are a person" without being asked to prove it', () => {
    expect(nature('Sé que eres una persona muy ocupada, pero sí: firmamos el jueves.')).toEqual(PERSON);
    expect(nature('Je sais que vous êtes une personne de parole : c’est d’accord pour jeudi.')).toEqual(PERSON);
  });
});

describe('natureOf: a calendar product’s footer', () => {
  it.each<[string, Language]>([
    ['Se ha modificado la hora de este evento.\n\nRevisión trimestral\nmiércoles, 9 dic 2026 ⋅ 12:00 – 13:00\n\nInvitación de Google Calendar', 'es'],
    ['Termin verschoben auf Donnerstag.\n\nQuartalsgespräch\nDonnerstag, 10. Dez. 2026 ⋅ 14:00–15:00\n\nEinladung von Google Kalender', 'de'],
    ['Aggiornamento: cambio sala.\n\nRiunione di avanzamento\ngiovedì 10 dic 2026 ⋅ 9:00 – 10:00\n\nInvito da Google Calendar', 'it'],
    [
      'The organizer moved this event to the afternoon.\n\nPilot review\nThursday Dec 10, 2026 ⋅ 3pm – 4pm\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee of this event.',
      'en',
    ],
    ['Nieuwe locatie: zaal 2.\n\nProjectoverleg\ndonderdag 10 dec 2026 ⋅ 11:00 - 12:00\n\nUitnodiging van Google Agenda', 'nl'],
    ['Reunião adiada uma hora.\n\nPonto de situação\nquinta-feira, 10 de dez. de 2026 ⋅ 16:00 – 17:00\n\nConvite do Google Agenda', 'pt'],
    ['Cette réunion est annulée.\n\nPoint hebdomadaire\njeudi 10 déc. 2026 ⋅ 10:00 – 11:00\n\nInvitation de Google Agenda', 'fr'],
  ])('marks an invitation, update or cancellation: %s', (body, language) => {
    expect(nature(body)).toEqual({ kind: 'machine', reason: 'auto-reply', language });
  });

  it('still reads a response line under the event as an answer', () => {
    const body = 'Pilot review\n\nTuesday Dec 8, 2026 ⋅ 10am – 11am\n\nRoom 4.12\n\nJordan Lee has accepted this invitation.\n\nInvitation from Google Calendar';
    expect(nature(body)).toEqual({ kind: 'calendar', response: 'accepted' });
  });

  it('counts a person who names the product in a sentence', () => {
    expect(nature('Yes, I got the invitation from Google Calendar and added it. See you Tuesday.')).toEqual(PERSON);
  });
});

describe('natureOf: absences that are plans', () => {
  it.each([
    'Bonjour,\n\nje suis en congés demain ; on fait le point vendredi sur le devis.',
    'Ich bin morgen nicht im Büro, deshalb schicke ich Ihnen die Unterlagen gleich.',
    'Estoy de viaje pasado mañana, así que te mando el informe esta tarde.',
    'Sarò in ferie domani, quindi le mando il preventivo stasera.',
    'Ik ben morgen afwezig, dus ik stuur de offerte vanavond nog door.',
    'Estarei de férias amanhã, por isso envio-lhe a proposta esta tarde.',
    "I'm out of the office tomorrow, so I'll send the figures tonight.",
    'Je suis absent lundi prochain, envoyez-moi le devis avant.',
  ])('a person’s news: %s', (body) => {
    expect(nature(body)).toEqual(PERSON);
  });

  it('is uncertain about a plan next to responder boilerplate (a responder switched on the day before)', () => {
    expect(nature('I will be on leave tomorrow. For urgent matters please contact sam@acme.example.')).toEqual({
      kind: 'uncertain',
      why: 'speaks of a coming absence next to responder wording',
    });
    expect(nature('Ich bin morgen im Urlaub. Bei dringenden Fragen wenden Sie sich an sam@acme.example.')).toMatchObject({ kind: 'uncertain' });
  });

  it.each([
    // A present word in the sentence keeps it present.
    'Ich bin heute und morgen nicht im Büro. Bei dringenden Anliegen wenden Sie sich an sam@acme.example.',
    "Je suis absente aujourd'hui et demain. Pour toute urgence, merci de contacter sam@acme.example.",
    // A salutation is not part of the sentence.
    'Guten Morgen, ich bin im Urlaub, meine Vertretung erreichen Sie unter sam@acme.example.',
    // The day names the return.
    'Ik ben afwezig, morgen weer bereikbaar. Voor dringende zaken kunt u contact opnemen met sam@acme.example.',
    'Estoy fuera de la oficina hasta mañana. Si es urgente, escriba a sam@acme.example.',
    'Sono fuori ufficio fino a domani. Per urgenze può contattare sam@acme.example.',
  ])('still an out-of-office: %s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'out-of-office' });
  });
});

describe('natureOf: a present absence with a concrete answer', () => {
  it.each([
    'Estoy de vacaciones, pero confirmado: firmamos el jueves.',
    'Sono in trasferta in questi giorni, ma confermo: partiamo il 9.',
    'Ich bin gerade auf Dienstreise, aber geht klar: wir starten am 9.',
    'Ik ben op reis, maar bevestigd: we beginnen op de 9e.',
    'Estou em viagem, mas tudo certo: começamos dia 9.',
    'Je suis en déplacement cette semaine, mais je confirme : on démarre le 9.',
    "I'm away at a conference, but confirmed: we kick off on the 9th.",
  ])('is a person: %s', (body) => {
    expect(nature(body)).toEqual(PERSON);
  });

  it.each([
    // A thank-you opener, "limited access", "I will reply when I return", an automatic-reply line.
    'Thank you for your email. I am on vacation, but yes, the order is approved.',
    'Estoy de viaje con acceso limitado a mi correo, pero confirmado: firmamos el jueves.',
    'Sono in ferie, ma confermo il 9. Risponderò al mio rientro.',
    'Automatisch antwoord: ik ben op vakantie, maar akkoord.',
  ])('is uncertain next to responder wording: %s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'uncertain' });
  });

  it.each([
    'Le confirmo la recepción de su correo. Me encuentro de vacaciones hasta el lunes 14 de diciembre.',
    'Hiermit bestätige ich den Eingang Ihrer Nachricht. Ich bin bis zum 11. Dezember im Urlaub.',
    "I confirm receipt of your email. I'm away until Friday 11 December.",
  ])('does not take a responder’s “I confirm receipt” for an answer: %s', (body) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'out-of-office' });
  });
});

describe('natureOf: more responder wordings', () => {
  it.each<[string, Language]>([
    // The request number in brackets, with its prefix inside them.
    ['Votre demande (n° 5521) a bien été reçue.', 'fr'],
    ['Uw aanvraag (#4410) is ontvangen.', 'nl'],
    ['Su solicitud (#3310) ha sido recibida.', 'es'],
  ])('help desk: %s', (body, language) => {
    expect(nature(body, SUPPORT)).toEqual({ kind: 'machine', reason: 'ticket', language });
  });

  it.each<[string, Language]>([
    // An office closed, with the date between "is" and "closed" (German and Dutch word order).
    ['Unser Büro ist vom 24.12. bis einschließlich 1. Januar geschlossen.', 'de'],
    ['Ons kantoor is tot en met 1 januari gesloten.', 'nl'],
    // "Fechado" (closed) is no answer word.
    ['O nosso escritório está fechado até 4 de janeiro.', 'pt'],
  ])('office closed: %s', (body, language) => {
    expect(nature(body)).toMatchObject({ kind: 'machine', reason: 'out-of-office', language });
  });
});

describe('an absence that names a return date and has an answer word', () => {
  it('is doubt, never a person: a responder’s small talk must not close a follow-up', () => {
    expect(nature('I am out of the office until Monday 7 December. Perfect timing for a break!').kind).toBe('uncertain');
    expect(nature('Ich bin bis Montag, 7. Dezember nicht im Büro. Perfekt, endlich Urlaub!').kind).toBe('uncertain');
  });

  it('without a return date, a present absence with a concrete answer is the person’s answer', () => {
    expect(nature("I'm travelling right now, but yes: we start on the 7th.")).toEqual(PERSON);
  });
});
