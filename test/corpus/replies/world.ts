/**
 * The people of the corpus and the mail they write, per language. All invented: the domains are
 * `.example` (RFC 2606), the names and companies made up.
 *
 * Each language has a user (the Gmail account, at a company), the contact the user writes to, a
 * second person at the contact's company, two colleagues of the user, and a user on gmail.com.
 */
import type { Person } from '../../replica/types';
import { quoting, type QuoteStyle } from './quote';
import type { CorpusCase, CorpusLanguage, CorpusMessage, Situation, Truth } from './types';

interface Cast {
  user: Person;
  contact: Person;
  /** Works with the contact (same domain), not on the user's mail. */
  contact2: Person;
  colleague: Person;
  colleague2: Person;
  /** Another user of this language, on gmail.com. */
  gmailUser: Person;
  /** A friend of the gmail user, also on gmail.com. */
  gmailFriend: Person;
  subject: string;
  /** The user's first mail to the contact. */
  proposal: string;
  /** Other first mails, for variety. */
  topics: string[];
  /** The user's nudges. */
  nudges: string[];
  /** A plain human answer from the contact. */
  reply: string;
}

const CASTS: Record<CorpusLanguage, Cast> = {
  en: {
    user: { name: 'Alex Morgan', email: 'alex.morgan@fernhill-studio.example' },
    contact: { name: 'Hannah Pierce', email: 'hannah.pierce@oakridge-supply.example' },
    contact2: { name: 'Tom Becker', email: 'tom.becker@oakridge-supply.example' },
    colleague: { name: 'Priya Raman', email: 'priya.raman@fernhill-studio.example' },
    colleague2: { name: 'Owen Clarke', email: 'owen.clarke@fernhill-studio.example' },
    gmailUser: { name: 'Rosie Tan', email: 'rosie.tan.makes@gmail.com' },
    gmailFriend: { name: 'Nadia Brooks', email: 'nadiabrooks.art@gmail.com' },
    subject: 'Oakridge showroom redesign: proposal',
    proposal:
      'Hi Hannah,\n\nas discussed on Tuesday, here is our proposal for the Oakridge showroom redesign: three phases over ten weeks, fixed fee of $42,000, site visits included.\n\nCould you let me know by Friday whether we can book the kickoff for December 7?\n\nBest,\nAlex',
    topics: [
      'Hi Hannah,\n\nquick one: could you send me the floor plan of the second showroom before our call? The PDF from March is enough.\n\nThanks,\nAlex',
      'Hi Hannah,\n\nattached is the revised timeline with the lighting work moved to January. Does that still fit your opening date?\n\nAlex',
    ],
    nudges: [
      'Hi Hannah,\n\njust bringing this back to the top of your inbox: any thoughts on the proposal?\n\nAlex',
      'Hannah, one more nudge: should I still hold December 7 for the kickoff?\n\nThanks,\nAlex',
    ],
    reply:
      'Hi Alex,\n\nthanks for the proposal. We are happy with phases one and two; can we talk about the site visits on Thursday?\n\nHannah',
  },
  de: {
    user: { name: 'Jonas Keller', email: 'jonas.keller@bergmann-logistik.example' },
    contact: { name: 'Sabine Wolf', email: 's.wolf@hansa-druck.example' },
    contact2: { name: 'Lukas Brandt', email: 'l.brandt@hansa-druck.example' },
    colleague: { name: 'Mia Schubert', email: 'mia.schubert@bergmann-logistik.example' },
    colleague2: { name: 'Felix Neumann', email: 'felix.neumann@bergmann-logistik.example' },
    gmailUser: { name: 'Lena Hoffmann', email: 'lena.hoffmann@gmail.com' },
    gmailFriend: { name: 'Katrin Vogel', email: 'katrin.vogel82@gmail.com' },
    subject: 'Angebot Lagerumstellung Bremen',
    proposal:
      'Guten Tag Frau Wolf,\n\nanbei wie besprochen unser Angebot für die Umstellung Ihres Lagers in Bremen: 14 Wochen Laufzeit, Festpreis 86.500 € netto.\n\nKönnten Sie mir bis Freitag Bescheid geben, ob wir den Projektstart am 7. Dezember einplanen dürfen?\n\nViele Grüße\nJonas Keller',
    topics: [
      'Guten Tag Frau Wolf,\n\nkönnten Sie mir vor unserem Termin noch die aktuellen Palettenzahlen für Halle 3 schicken?\n\nDanke und viele Grüße\nJonas Keller',
      'Hallo Frau Wolf,\n\nim Anhang finden Sie den überarbeiteten Zeitplan; die Regalmontage ist jetzt für Januar vorgesehen. Passt das für Sie?\n\nGruß\nJonas Keller',
    ],
    nudges: [
      'Guten Tag Frau Wolf,\n\nich wollte kurz nachfragen, ob Sie schon Gelegenheit hatten, sich unser Angebot anzusehen.\n\nViele Grüße\nJonas Keller',
      'Frau Wolf, kurze Erinnerung: Sollen wir den 7. Dezember weiter für den Start reservieren?\n\nGruß\nJonas Keller',
    ],
    reply:
      'Hallo Herr Keller,\n\nvielen Dank für das Angebot. Grundsätzlich passt das, wir hätten aber noch Fragen zur Laufzeit. Können wir am Donnerstag telefonieren?\n\nBeste Grüße\nSabine Wolf',
  },
  fr: {
    user: { name: 'Camille Laurent', email: 'camille.laurent@atelier-lumen.example' },
    contact: { name: 'Julien Moreau', email: 'j.moreau@vergers-du-sud.example' },
    contact2: { name: 'Élodie Martin', email: 'e.martin@vergers-du-sud.example' },
    colleague: { name: 'Hugo Petit', email: 'hugo.petit@atelier-lumen.example' },
    colleague2: { name: 'Chloé Garnier', email: 'chloe.garnier@atelier-lumen.example' },
    gmailUser: { name: 'Camille Durand', email: 'camille.durand@gmail.com' },
    gmailFriend: { name: 'Manon Lefèvre', email: 'manon.lefevre.photo@gmail.com' },
    subject: 'Proposition identité visuelle – Vergers du Sud',
    proposal:
      "Bonjour Julien,\n\ncomme convenu, voici notre proposition pour la nouvelle identité visuelle des Vergers du Sud : six semaines de travail, 18 400 € HT.\n\nPourriez-vous me dire d'ici vendredi si nous pouvons lancer le projet le 7 décembre ?\n\nBien cordialement,\nCamille",
    topics: [
      'Bonjour Julien,\n\npourriez-vous me transmettre les fichiers sources de votre ancien logo avant notre réunion ?\n\nMerci,\nCamille',
      'Bonjour Julien,\n\nvous trouverez ci-joint le planning révisé, avec la séance photo décalée à janvier. Est-ce que cela vous convient ?\n\nCamille',
    ],
    nudges: [
      'Bonjour Julien,\n\nje me permets de revenir vers vous au sujet de notre proposition. Avez-vous pu en prendre connaissance ?\n\nBien à vous,\nCamille',
      'Julien, petite relance : je garde toujours le 7 décembre pour le lancement ?\n\nCamille',
    ],
    reply:
      'Bonjour Camille,\n\nmerci pour la proposition, elle nous convient. Pouvons-nous faire un point jeudi pour caler le planning ?\n\nJulien',
  },
  es: {
    user: { name: 'Lucía Ortega', email: 'lucia.ortega@solano-consultores.example' },
    contact: { name: 'Javier Ruiz', email: 'jruiz@ibertec.example' },
    contact2: { name: 'Carmen Vidal', email: 'cvidal@ibertec.example' },
    colleague: { name: 'Diego Navarro', email: 'diego.navarro@solano-consultores.example' },
    colleague2: { name: 'Marta Gil', email: 'marta.gil@solano-consultores.example' },
    gmailUser: { name: 'Pablo Herrera', email: 'pablo.herrera.dev@gmail.com' },
    gmailFriend: { name: 'Elena Castro', email: 'elenacastro.bcn@gmail.com' },
    subject: 'Propuesta auditoría de procesos Ibertec',
    proposal:
      'Hola Javier,\n\nte adjunto la propuesta para la auditoría de procesos de Ibertec: cuatro semanas de trabajo, 12.800 € más IVA.\n\n¿Podrías confirmarme antes del viernes si empezamos el 7 de diciembre?\n\nUn saludo,\nLucía',
    topics: [
      'Hola Javier,\n\n¿me puedes enviar el organigrama actualizado antes de la reunión del martes?\n\nGracias,\nLucía',
      'Hola Javier,\n\nte paso el calendario revisado, con las entrevistas movidas a enero. ¿Os sigue encajando?\n\nLucía',
    ],
    nudges: [
      'Hola Javier,\n\nte escribo para saber si has podido revisar la propuesta.\n\nUn saludo,\nLucía',
      'Javier, un recordatorio rápido: ¿sigo reservando el 7 de diciembre para empezar?\n\nLucía',
    ],
    reply:
      'Hola Lucía,\n\ngracias por la propuesta. Nos encaja, pero queremos revisar el alcance de la segunda semana. ¿Hablamos el jueves?\n\nJavier',
  },
  it: {
    user: { name: 'Marco Bianchi', email: 'marco.bianchi@studio-ferraris.example' },
    contact: { name: 'Giulia Rossi', email: 'g.rossi@ceramiche-adriatica.example' },
    contact2: { name: 'Paolo Conti', email: 'p.conti@ceramiche-adriatica.example' },
    colleague: { name: 'Sara Greco', email: 'sara.greco@studio-ferraris.example' },
    colleague2: { name: 'Luca Marino', email: 'luca.marino@studio-ferraris.example' },
    gmailUser: { name: 'Chiara Lombardi', email: 'chiara.lombardi.design@gmail.com' },
    gmailFriend: { name: 'Davide Ricci', email: 'davide.ricci77@gmail.com' },
    subject: 'Preventivo nuovo catalogo 2027',
    proposal:
      'Buongiorno Giulia,\n\nin allegato il preventivo per il nuovo catalogo 2027 di Ceramiche Adriatica: otto settimane di lavoro, 9.600 € + IVA.\n\nMi può confermare entro venerdì se possiamo partire il 7 dicembre?\n\nCordiali saluti,\nMarco Bianchi',
    topics: [
      'Buongiorno Giulia,\n\nmi potrebbe inviare le foto dei nuovi formati prima della riunione di martedì?\n\nGrazie,\nMarco',
      'Buongiorno Giulia,\n\nle giro il calendario aggiornato, con lo shooting spostato a gennaio. Va ancora bene per voi?\n\nMarco',
    ],
    nudges: [
      'Buongiorno Giulia,\n\nvolevo sapere se ha avuto modo di guardare il preventivo.\n\nCordiali saluti,\nMarco',
      'Giulia, un piccolo promemoria: teniamo ancora il 7 dicembre per la partenza?\n\nMarco',
    ],
    reply:
      'Buongiorno Marco,\n\ngrazie del preventivo. Per noi va bene, ma vorremmo spostare la consegna a fine gennaio. Possiamo sentirci giovedì?\n\nGiulia Rossi',
  },
  nl: {
    user: { name: 'Sanne de Vries', email: 'sanne@dijkstra-ontwerp.example' },
    contact: { name: 'Pieter Jansen', email: 'pieter@havenkraan.example' },
    contact2: { name: 'Lotte Bakker', email: 'lotte@havenkraan.example' },
    colleague: { name: 'Daan Visser', email: 'daan@dijkstra-ontwerp.example' },
    colleague2: { name: 'Noor Smit', email: 'noor@dijkstra-ontwerp.example' },
    gmailUser: { name: 'Sanne de Vries', email: 'sanne.devries@gmail.com' },
    gmailFriend: { name: 'Bram Mulder', email: 'brammulder.fiets@gmail.com' },
    subject: 'Offerte nieuwe huisstijl Havenkraan',
    proposal:
      'Hoi Pieter,\n\nzoals besproken stuur ik je hierbij de offerte voor de nieuwe huisstijl van Havenkraan: zes weken, € 14.200 excl. btw.\n\nKun je me vóór vrijdag laten weten of we op 7 december kunnen starten?\n\nGroet,\nSanne',
    topics: [
      'Hoi Pieter,\n\nkun je me vóór ons overleg de oude logobestanden sturen? Een pdf is prima.\n\nDank je,\nSanne',
      'Hoi Pieter,\n\nhierbij de aangepaste planning, met de fotoshoot verschoven naar januari. Past dat nog bij jullie?\n\nSanne',
    ],
    nudges: [
      'Hoi Pieter,\n\nik wilde even checken of je al naar de offerte hebt kunnen kijken.\n\nGroet,\nSanne',
      'Pieter, nog een kort berichtje: houd ik 7 december vrij voor de start?\n\nSanne',
    ],
    reply: 'Hoi Sanne,\n\ndank voor de offerte. Ziet er goed uit; kunnen we donderdag even bellen over de planning?\n\nPieter',
  },
  pt: {
    user: { name: 'Beatriz Costa', email: 'beatriz.costa@atlantico-software.example' },
    contact: { name: 'Rafael Almeida', email: 'rafael.almeida@tejo-logistica.example' },
    contact2: { name: 'Inês Ferreira', email: 'ines.ferreira@tejo-logistica.example' },
    colleague: { name: 'Tiago Sousa', email: 'tiago.sousa@atlantico-software.example' },
    colleague2: { name: 'Mariana Lopes', email: 'mariana.lopes@atlantico-software.example' },
    gmailUser: { name: 'Beatriz Costa', email: 'beatriz.costa@gmail.com' },
    gmailFriend: { name: 'João Pereira', email: 'joaopereira.porto@gmail.com' },
    subject: 'Proposta migração do sistema de armazém',
    proposal:
      'Olá Rafael,\n\nconforme combinado, segue a proposta para a migração do sistema de armazém da Tejo Logística: dez semanas, 38.000 € + IVA.\n\nConsegue confirmar até sexta-feira se podemos começar a 7 de dezembro?\n\nCumprimentos,\nBeatriz',
    topics: [
      'Olá Rafael,\n\nconsegue enviar-me a lista atualizada de utilizadores antes da reunião de terça-feira?\n\nObrigada,\nBeatriz',
      'Olá Rafael,\n\nsegue o calendário revisto, com a formação adiada para janeiro. Continua a servir-vos?\n\nBeatriz',
    ],
    nudges: [
      'Olá Rafael,\n\nqueria saber se já teve oportunidade de ver a proposta.\n\nCumprimentos,\nBeatriz',
      'Rafael, só um lembrete: mantenho o dia 7 de dezembro para o arranque?\n\nBeatriz',
    ],
    reply: 'Olá Beatriz,\n\nobrigado pela proposta. Parece-nos bem; podemos falar na quinta-feira sobre o calendário?\n\nRafael Almeida',
  },
};

export interface MessageOptions {
  to?: Person[];
  cc?: Person[];
  replyTo?: Person[];
  html?: string;
  body?: string;
}

/** One language's cast, with shorthands for its mail. */
export class World {
  readonly cast: Cast;
  constructor(readonly language: CorpusLanguage) {
    this.cast = CASTS[language];
  }

  get user() {
    return this.cast.user;
  }
  get contact() {
    return this.cast.contact;
  }

  /** A message from `from`, by default to the user (or, from the user, to the contact). */
  msg(from: Person, text: string, options: MessageOptions = {}): CorpusMessage {
    const to = options.to ?? [from === this.cast.user ? this.cast.contact : this.cast.user];
    return {
      from,
      to,
      text,
      ...(options.cc ? { cc: options.cc } : {}),
      ...(options.replyTo ? { replyTo: options.replyTo } : {}),
      ...(options.html !== undefined ? { html: options.html } : {}),
      ...(options.body !== undefined ? { body: options.body } : {}),
    };
  }

  /** The user's first mail (the proposal, or a topic) to the contact. */
  ask(text = this.cast.proposal, options: MessageOptions = {}): CorpusMessage {
    return this.msg(this.cast.user, text, options);
  }

  nudge(k = 0, options: MessageOptions = {}): CorpusMessage {
    return this.msg(this.cast.user, this.cast.nudges[k]!, options);
  }

  /** A message from the contact (or `from`) to the user. */
  from(text: string, options: MessageOptions & { by?: Person } = {}): CorpusMessage {
    return this.msg(options.by ?? this.cast.contact, text, options);
  }

  /** An answer from the contact (or `by`) that says `text` and quotes `of` the way `style`'s mail client does. */
  answer(style: QuoteStyle, text: string, of: CorpusMessage, options: MessageOptions & { by?: Person } = {}): CorpusMessage {
    return this.from(text, { ...options, ...quoting(this.language, style, text, of, this.cast.subject) });
  }

  /** The contact's plain answer. */
  reply(options: MessageOptions = {}): CorpusMessage {
    return this.from(this.cast.reply, options);
  }
}

export const WORLDS: Record<CorpusLanguage, World> = {
  en: new World('en'),
  de: new World('de'),
  fr: new World('fr'),
  es: new World('es'),
  it: new World('it'),
  nl: new World('nl'),
  pt: new World('pt'),
};

export interface CaseInput {
  situation: Situation;
  language: CorpusLanguage;
  truth: Truth;
  note: string;
  before: CorpusMessage[];
  after?: CorpusMessage[];
  account?: Person;
  sendAs?: string[];
  otherAddresses?: string[];
  subject?: string;
  setFrom?: 'compose' | 'thread';
  composed?: number;
  check?: CorpusCase['check'];
}

/**
 * A case list for one file: ids are `<situation>-<language>-<n>`, numbered per situation and
 * language; the account and subject default to the language's cast, the follow-up to compose.
 */
export function cases(inputs: CaseInput[]): CorpusCase[] {
  const counters = new Map<string, number>();
  return inputs.map((input) => {
    const key = `${input.situation}-${input.language}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const cast = CASTS[input.language];
    return {
      id: `${key}-${n}`,
      situation: input.situation,
      language: input.language,
      note: input.note,
      truth: input.truth,
      account: input.account ?? cast.user,
      ...(input.sendAs ? { sendAs: input.sendAs } : {}),
      ...(input.otherAddresses ? { otherAddresses: input.otherAddresses } : {}),
      subject: input.subject ?? cast.subject,
      setFrom: input.setFrom ?? 'compose',
      ...(input.composed !== undefined ? { composed: input.composed } : {}),
      before: input.before,
      after: input.after ?? [],
      ...(input.check ? { check: input.check } : {}),
    };
  });
}
