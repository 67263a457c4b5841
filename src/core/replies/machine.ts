/**
 * Did a machine write this message? Bounces, out-of-office responders, read receipts, help-desk
 * acknowledgements, challenge-response filters and no-reply robots never count as an answer;
 * a calendar response from the invitee does. Pure: no browser API, no clock of its own.
 *
 * The product's worst failures are a reminder after a real answer, and a follow-up closed as
 * "replied" when no human answered. So every rule below says "machine" only on a machine's own
 * wording, and a message that reads like a responder and like a person at once is `uncertain`:
 * the caller reports "unknown" rather than guess.
 *
 * The body arrives quote-stripped; we do not rely on it. Only its start is read: the first
 * 4,000 raw characters (SCAN_CHARS), from which "> " lines and everything from a quote header
 * on ("On … wrote:", "-----Original Message-----", "From: … Sent: …") are cut, and so are lines
 * without a letter or digit ("-----") and a help desk's reply-above-this-line marker (in any of
 * the languages; noted as a sign of a help desk, it never takes the place of the opening), then
 * the first 800 characters of what is left, normalized (HEAD_CHARS) — a responder's whole text
 * fits, and a 20,000-character body costs no more than a short one. Within that, the
 * **opening** is where responders say what they are: after a salutation ("Hi Dana,") and a
 * thank-you sentence ("Thank you for your email."), the next two sentences (OPENING_SENTENCES),
 * at most 300 characters (OPENING_CHARS). Two, not one, for "Hello and thank you for your
 * message! I am out of the office …". Machine wording must start in the opening, so a person
 * who quotes an auto-reply, or mentions one, further down is not mistaken for it.
 *
 * In order, first match wins:
 * 1. Sender `mailer-daemon`/`postmaster` (any domain and case, `+tag` ignored) or named "Mail
 *    Delivery Subsystem"/"Mail Delivery System" → delivery failure.
 * 2. Calendar responses in the opening ("… has accepted this invitation", "Declined: …") →
 *    `calendar` (tentative, declined, accepted: in that order, as "tentatively accepted" contains
 *    "accepted").
 * 3. Bounce wording, read receipts, calendar invitations/updates (in the opening) and
 *    challenge-response filters (anywhere in the head: their key sentence is often third) →
 *    machine. A calendar product's footer line ("Invitation from Google Calendar", "Einladung von
 *    Google Kalender" …) at the start of a line anywhere in the head marks an invitation, update
 *    or cancellation whatever its first line says — unless a response line stands anywhere in
 *    the head, which is still `calendar`.
 * 4. Responders (out-of-office, then help-desk acknowledgement, then "this is an automatic
 *    reply"). Out-of-office is the one that looks like a person, so its rule is:
 *    - an **absence statement** — present tense ("I am out of the office", "Ich bin bis … nicht
 *      im Büro") — starts in the opening, and is not a plan: a plan word for a day still to come
 *      ("tomorrow", "next week", "demain", "nächste Woche") in its sentence makes it a person's
 *      news ("I'm on vacation next week, so let's meet on the 14th?"), unless it names the
 *      return ("until next week", "back tomorrow", "morgen wieder im Büro") or a present word
 *      stands in the sentence too ("today and tomorrow", "heute und morgen"). "Today" and "this
 *      afternoon" are no plan words: a responder says them while it runs. A plan next to
 *      responder boilerplate is `uncertain` (a responder may be switched on the day before).
 *      Weaker openings ("I have limited access to email", "I'll be back on …") count only next
 *      to responder boilerplate;
 *    - **responder wording** is what only a responder adds: a thank-you opening, boilerplate (an
 *      alternative contact, "I will reply when I return", "urgent", "I confirm receipt of your
 *      email", a help desk's reply-above-this-line marker), a weak absence phrase ("limited
 *      access to email") or an "automatic reply" line;
 *    - if it **also answers** (an answer word of its language or English — "yes", "sounds
 *      good", "let's", "ja", "d'accord", "te confirmo" …), it is a **person** when it carries no
 *      responder wording (people write "I'm on leave this week, but yes: go ahead with the
 *      order"), and `uncertain` next to responder wording. A question mark is no answer: with no
 *      boilerplate to explain it (as "Need urgent help? Call …" is) it makes it `uncertain`;
 *    - otherwise it is an out-of-office if it carries responder wording or a return date, and
 *      `uncertain` if it is a bare absence statement with neither.
 *    Help-desk and "automatic reply" wording that also answers is `uncertain` too.
 * 5. Sender addresses: no-reply robots (noreply, no-reply, no_reply, donotreply, do-not-reply,
 *    do_not_reply, also as part of a longer name like `calendar-noreply`; `bounce(s)`, `mailer`,
 *    `autoreply`) → machine; a no-reply robot's `uncertain` or absence-with-an-answer from step 4
 *    becomes machine too, as no person writes from it. Notification relays (`notifications`,
 *    `notification`, `notify`) carry a ticket system's acknowledgements (caught above by their
 *    wording) but also a person's words relayed (an agent's answer, a comment) → `uncertain`
 *    unless the wording decided.
 * 6. Anything else, an empty body included → a person.
 *
 * Everything is linear in the body: the body is cut first, phrases are literal or small bounded
 * regexes, and chrono only reads the head of a message already judged an out-of-office.
 */
import type { ThreadMessage } from './message';
import { LANGUAGES, PHRASES, foldPhrase, foldText, normalizeText, type Language, type Phrase } from './phrases/index';
import { referenceFrom, returnCueAfter, returnCueBefore, returnDate } from './returnDate';

export type { Language } from './phrases/index';

export type MachineReason =
  | 'delivery-failure'
  | 'out-of-office'
  | 'auto-reply'
  | 'read-receipt'
  | 'ticket'
  | 'challenge'
  | 'no-reply-sender';

export type Nature =
  | { kind: 'person' }
  /** A calendar acceptance, tentative or decline sent by the invitee: an answer. */
  | { kind: 'calendar'; response: 'accepted' | 'tentative' | 'declined' }
  /** A machine wrote it. For out-of-office, `backOn` is local midnight (epoch ms) of the first day they say they are back, when stated. */
  | { kind: 'machine'; reason: MachineReason; language?: Language; backOn?: number }
  /** Reads like an automatic reply and like a person at once: the caller reports "unknown", never a guess. `why` is a short English phrase, never mail content. */
  | { kind: 'uncertain'; why: string };

/** Raw characters read from the body: enough for a responder's whole text, bounded for a 20,000-character reply. */
export const SCAN_CHARS = 4_000;
/** Normalized characters of the body's own text that are read at all (boilerplate, answers, return date). */
export const HEAD_CHARS = 800;
/** Sentences after the salutation and thank-you line in which a responder says what it is. */
export const OPENING_SENTENCES = 2;
/** …and at most this many characters of them. */
export const OPENING_CHARS = 300;

// ------------------------------------------------------------------ senders

const DELIVERY_SENDERS = new Set(['mailer-daemon', 'mailer_daemon', 'mailerdaemon', 'postmaster']);
const DELIVERY_NAMES = new Set(['mail delivery subsystem', 'mail delivery system', 'mail delivery service']);
/** No person reads or writes these mailboxes. */
const NO_REPLY_LOCAL = new RegExp(
  '(?:^|[._-])(?:' +
    [
      'no[._-]?reply',
      'do[._-]?not[._-]?reply',
      'dont[._-]?reply',
      'ne[._-]?pas[._-]?repondre', // French
      'keine[._-]?antwort', // German
      'nicht[._-]?antworten',
      'no[._-]?responder', // Spanish
      'no[._-]?contestar',
      'non[._-]?rispondere', // Italian
      'niet[._-]?beantwoorden', // Dutch
      'geen[._-]?antwoord',
      'nao[._-]?responder', // Portuguese
    ].join('|') +
    ')(?:$|[._-])' +
    // Bounce handlers, mailers, and Exchange's system mailbox (its NDRs come as "Microsoft Outlook").
    '|^(?:bounces?|mailer|auto-?reply|autoresponder)(?:$|[._-])|^microsoftexchange[0-9a-f]{32}$',
);
const NO_REPLY_NAMES = new Set(['noreply', 'donotreply']);
/** Relays: machines, but they also carry words a person wrote. */
const RELAY_LOCAL = /^(?:notifications?|notify)$/;

type Sender = 'delivery' | 'no-reply' | 'relay' | 'other';

/** The local part without a `+tag`, lower-case: `MAILER-DAEMON+x@host` → `mailer-daemon`. */
function localPart(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  return (at === -1 ? address : address.slice(0, at)).split('+')[0] ?? '';
}

function senderOf(from: ThreadMessage['from']): Sender {
  const local = localPart(from.email);
  const name = from.name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (DELIVERY_SENDERS.has(local) || DELIVERY_NAMES.has(name)) return 'delivery';
  if (NO_REPLY_LOCAL.test(local) || NO_REPLY_NAMES.has(name.replace(/[^a-z]/g, ''))) return 'no-reply';
  if (RELAY_LOCAL.test(local)) return 'relay';
  return 'other';
}

// ------------------------------------------------------------------ phrases, compiled once

type Compiled = {
  [K in 'deliveryFailure' | 'readReceipt' | 'challenge' | 'ticket' | 'autoReply' | 'absence' | 'weakAbsence']: Phrase[];
} & {
  language: Language;
  accepted: Phrase[];
  tentative: Phrase[];
  declined: Phrase[];
  invitation: Phrase[];
  /** Folded, matched only at the start of a line. */
  footer: string[];
  /** Normalized, accents kept. */
  answers: Phrase[];
};

const COMPILED: readonly Compiled[] = LANGUAGES.map((language) => {
  const p = PHRASES[language];
  const fold = (phrases: readonly Phrase[]) => phrases.map(foldPhrase);
  return {
    language,
    deliveryFailure: fold(p.deliveryFailure),
    readReceipt: fold(p.readReceipt),
    challenge: fold(p.challenge),
    ticket: fold(p.ticket),
    autoReply: fold(p.autoReply),
    absence: fold(p.absence),
    weakAbsence: fold(p.weakAbsence),
    accepted: fold(p.calendar.accepted),
    tentative: fold(p.calendar.tentative),
    declined: fold(p.calendar.declined),
    invitation: fold(p.calendar.invitation),
    footer: p.calendar.footer.map((s) => foldText(normalizeText(s))),
    answers: p.answers.map((answer) => (typeof answer === 'string' ? normalizeText(answer) : answer)),
  };
});

const COMPILED_BY_LANGUAGE = new Map(COMPILED.map((c) => [c.language, c]));

function allFolded(pick: (language: Language) => readonly string[]): string[] {
  return [...new Set(LANGUAGES.flatMap((language) => pick(language).map((s) => foldText(normalizeText(s)))))];
}

const THANKS = allFolded((l) => PHRASES[l].thanks);
const BOILERPLATE = allFolded((l) => PHRASES[l].boilerplate);
const PRESENT = allFolded((l) => PHRASES[l].present);
const REPLY_MARKERS = allFolded((l) => PHRASES[l].replyMarker);
/** Plan words of every language: strings folded, RegExps folded and made global, to walk a sentence's matches. */
const PLANS: readonly Phrase[] = LANGUAGES.flatMap((l) =>
  PHRASES[l].plans.map((plan) => {
    const folded = foldPhrase(plan);
    return typeof folded === 'string' ? folded : new RegExp(folded.source, `${folded.flags.replace('g', '')}g`);
  }),
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

// Longest first, so "sehr geehrter" is tried before "sehr geehrte".
const GREETING = allFolded((l) => PHRASES[l].greetings)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** A salutation line on its own: "Hi Dana,", "Sehr geehrte Damen und Herren,", "Bonjour". */
const GREETING_LINE = new RegExp(`^(?:${GREETING})(?![a-z])(?: +[^ ,!:?]+){0,4} ?[,!:.]?$`);
/** A salutation opening a line that goes on: "Hi Dana, I'm out of the office …". */
const GREETING_INLINE = new RegExp(`^(?:${GREETING})(?![a-z])(?: +[^ ,!:?]+){0,4} ?[,!:] *`);

// ------------------------------------------------------------------ the head of the body

const QUOTE_SEPARATOR =
  /^(?:-{2,} ?(?:original message|ursprungliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original|forwarded message|weitergeleitete nachricht|message transfere|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada)|_{8,}$)/;
const ATTRIBUTION_START = /^(?:on|am|le|el|il|op|em) /;
const ATTRIBUTION = /^(?:on|am|le|el|il|op|em) .{0,250}(?:wrote|schrieb|a ecrit|escribio|ha scritto|schreef|escreveu) ?:$/;
const HEADER_FROM = /^(?:from|von|de|da|van) ?: ./;
const HEADER_NEXT =
  /^(?:sent|date|gesendet|datum|envoye|enviado|fecha|inviato|data|verzonden|to|an|a|para|aan|cc|subject|betreff|objet|asunto|oggetto|onderwerp|assunto) ?: /;
const MAX_HEADER_LINE = 300;

interface Head {
  /** Normalized own text, accents kept. */
  text: string;
  /** The same, accents folded: same length, same offsets. */
  folded: string;
  /** Where the message may be said to start: 0, after the salutation, after each thank-you sentence. */
  starts: number[];
  /** End of the opening (exclusive). */
  openingEnd: number;
  /** It opened with a thank-you sentence ("Thank you for your email."). */
  thanked: boolean;
  /** Where the text goes on after a salutation that opens its first line (0 without one). */
  afterGreeting: number;
  /** It carried a help desk's reply-above-this-line marker (dropped from `text`). */
  helpDesk: boolean;
}

function lineKey(line: string): string {
  return line.length > MAX_HEADER_LINE ? '' : foldText(normalizeText(line));
}

/** Longest line read as a help desk's reply-above-this-line marker. */
const MAX_MARKER_LINE = 160;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The message's own lines: no "> " lines, nothing from a quote header on, no salutation line.
 * A help desk's reply-above-this-line marker and lines without a letter or digit ("-----",
 * "##") are blanked, so they never take the place of the message's opening.
 */
function ownLines(body: string): { lines: string[]; helpDesk: boolean } {
  const lines = body.slice(0, SCAN_CHARS).split(/\r\n?|\n/);
  const own: string[] = [];
  let helpDesk = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (/^\s*>/.test(line)) continue;
    const key = lineKey(line);
    if (key) {
      if (QUOTE_SEPARATOR.test(key)) break;
      if (ATTRIBUTION_START.test(key)) {
        // Clients wrap a long attribution, putting "wrote:" on the next line.
        if (ATTRIBUTION.test(key) || ATTRIBUTION.test(`${key} ${lineKey(lines[i + 1] ?? '')}`)) break;
      }
      if (HEADER_FROM.test(key) && HEADER_NEXT.test(lineKey(lines[i + 1] ?? ''))) break;
      if (!HAS_WORD.test(key)) {
        own.push('');
        continue;
      }
      if (key.length <= MAX_MARKER_LINE && hasAny(key, REPLY_MARKERS)) {
        helpDesk = true;
        own.push('');
        continue;
      }
    }
    own.push(line);
  }
  const first = own.findIndex((line) => line.trim() !== '');
  if (first !== -1 && GREETING_LINE.test(lineKey(own[first]!))) own.splice(0, first + 1);
  return { lines: own, helpDesk };
}

/** Lines of a paragraph joined with spaces (hard-wrapped text), paragraphs with a line break. */
function paragraphs(lines: readonly string[]): string {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) out.push(current.join(' '));
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) out.push(current.join(' '));
  return out.join('\n');
}

const SENTENCE_END = /[.!?\u2026]+(?=\s|$)|\n/g;

/** Index just past the end of the sentence starting at `from`, or -1 within `within` characters. */
function sentenceEnd(text: string, from: number, within: number): number {
  SENTENCE_END.lastIndex = from;
  const match = SENTENCE_END.exec(text);
  if (!match || match.index >= from + within) return -1;
  return match.index + match[0].length;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at += 1;
  return at;
}

function readHead(body: string): Head {
  const own = ownLines(body);
  const text = normalizeText(paragraphs(own.lines)).slice(0, HEAD_CHARS);
  const folded = foldText(text);
  const starts = [0];
  let at = 0;
  const greeting = GREETING_INLINE.exec(folded);
  if (greeting) {
    at = skipSpaces(folded, greeting[0].length);
    starts.push(at);
  }
  const afterGreeting = at;
  let thanked = false;
  for (let i = 0; i < 2 && THANKS.some((phrase) => folded.startsWith(phrase, at)); i += 1) {
    thanked = true;
    const end = sentenceEnd(folded, at, 250);
    if (end === -1) break;
    at = skipSpaces(folded, end);
    starts.push(at);
  }
  let openingEnd = at;
  for (let sentences = 0; sentences < OPENING_SENTENCES && openingEnd < folded.length; sentences += 1) {
    const end = sentenceEnd(folded, openingEnd, OPENING_CHARS);
    openingEnd = end === -1 ? folded.length : skipSpaces(folded, end);
  }
  return {
    text,
    folded,
    starts,
    openingEnd: Math.min(openingEnd, at + OPENING_CHARS),
    thanked,
    afterGreeting,
    helpDesk: own.helpDesk,
  };
}

// ------------------------------------------------------------------ matching

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Index of `word` in `text` as whole words, starting before `limit`; -1 if none. */
function indexOfWords(text: string, word: string, limit: number, from = 0): number {
  const checkStart = isWordChar(word[0]);
  const checkEnd = isWordChar(word[word.length - 1]);
  for (let i = text.indexOf(word, from); i !== -1 && i < limit; i = text.indexOf(word, i + 1)) {
    if (checkStart && isWordChar(text[i - 1])) continue;
    if (checkEnd && isWordChar(text[i + word.length])) continue;
    return i;
  }
  return -1;
}

/**
 * Where a phrase starts in `text`, if before `limit`; -1 otherwise. A RegExp anchored with `^`
 * is tried at each of the message's starts (after a salutation, after a thank-you sentence).
 */
function find(text: string, phrase: Phrase, limit: number, starts: readonly number[]): number {
  if (typeof phrase === 'string') return indexOfWords(text, phrase, limit);
  if (phrase.source.startsWith('^')) {
    for (const start of starts) if (start < limit && phrase.test(text.slice(start))) return start;
    return -1;
  }
  const match = phrase.exec(text);
  return match && match.index < limit ? match.index : -1;
}

/** Where the first of the phrases starts (before `limit`), or -1. */
function matches(head: Head, phrases: readonly Phrase[], limit: number): number {
  let first = -1;
  for (const phrase of phrases) {
    const at = find(head.folded, phrase, first === -1 ? limit : first, head.starts);
    if (at !== -1) first = at;
  }
  return first;
}

/**
 * The language whose phrases of one kind start first (before `limit`), so a bilingual text is
 * read in the language it opens with; on a tie, the first in LANGUAGES.
 */
function detect(head: Head, pick: (c: Compiled) => readonly Phrase[], limit: number): Language | undefined {
  let found: Language | undefined;
  let first = limit;
  for (const c of COMPILED) {
    const at = matches(head, pick(c), first);
    if (at !== -1 && at < first) {
      found = c.language;
      first = at;
    }
  }
  return found;
}

function hasAny(text: string, words: readonly string[], limit = text.length): boolean {
  return words.some((word) => indexOfWords(text, word, limit) !== -1);
}

/** An answer word of the language or English, on the text with accents ("sí" is not "si"). */
function answerWord(head: Head, language: Language): boolean {
  const languages = language === 'en' ? ['en' as const] : [language, 'en' as const];
  return languages.some((l) =>
    (COMPILED_BY_LANGUAGE.get(l)?.answers ?? []).some((answer) =>
      typeof answer === 'string' ? indexOfWords(head.text, answer, head.text.length) !== -1 : answer.test(head.text),
    ),
  );
}

const QUESTION = /[\p{L}\p{N}"')] ?\?(?=\s|$)/u;

// ------------------------------------------------------------------ out-of-office

/** The plan word's matches starting in `folded[start, end)`, as [from, to) pairs (a RegExp plan is global). */
function planMatches(folded: string, plan: Phrase, start: number, end: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (typeof plan === 'string') {
    for (let i = indexOfWords(folded, plan, end, start); i !== -1; i = indexOfWords(folded, plan, end, i + 1)) {
      found.push([i, i + plan.length]);
    }
    return found;
  }
  plan.lastIndex = start;
  for (let match = plan.exec(folded); match && match.index < end; match = plan.exec(folded)) {
    found.push([match.index, match.index + match[0].length]);
    if (match[0].length === 0) plan.lastIndex += 1;
  }
  return found;
}

/**
 * Whether the sentence around `at` speaks of a later absence ("tomorrow", "next week"), not a
 * present one. A plan word right after "until"/"back" ("until tomorrow"), or right before a
 * "back" that follows the day ("morgen wieder im Büro"), names a return, not a plan; a present
 * word in the sentence ("today and tomorrow", "heute und morgen") keeps the absence present.
 * The salutation is not part of the sentence ("Guten Morgen, …").
 */
function isPlan(head: Head, at: number): boolean {
  const { folded } = head;
  const lookBack = Math.max(0, at - 200);
  let start = lookBack;
  for (const match of folded.slice(lookBack, at).matchAll(/[.!?]\s|\n/g)) start = lookBack + match.index + match[0].length;
  if (at >= head.afterGreeting) start = Math.max(start, head.afterGreeting);
  const endAt = sentenceEnd(folded, at, 200);
  const end = endAt === -1 ? Math.min(folded.length, at + 200) : endAt;
  if (PRESENT.some((word) => indexOfWords(folded, word, end, start) !== -1)) return false;
  for (const plan of PLANS) {
    for (const [from, to] of planMatches(folded, plan, start, end)) {
      if (!returnCueBefore(folded, from) && !returnCueAfter(folded, to)) return true;
    }
  }
  return false;
}

interface Absence {
  /** The language of the first absence statement in the opening that is not a plan. */
  language?: Language;
  /** The language of the first one that is a plan ("I'm on vacation next week"). */
  planned?: Language;
}

function findAbsence(head: Head, pick: (c: Compiled) => readonly Phrase[]): Absence {
  const found: Absence = {};
  let first = head.openingEnd;
  let firstPlan = head.openingEnd;
  for (const c of COMPILED) {
    for (const phrase of pick(c)) {
      const at = find(head.folded, phrase, Math.max(first, firstPlan), head.starts);
      if (at === -1) continue;
      if (!isPlan(head, at)) {
        if (at < first) {
          found.language = c.language;
          first = at;
        }
      } else if (at < firstPlan) {
        found.planned = c.language;
        firstPlan = at;
      }
    }
  }
  return found;
}

type Responder = {
  reason: 'out-of-office' | 'ticket' | 'auto-reply';
  language: Language;
  backOn?: number;
  doubt?: string;
  /** A person's answer that mentions an absence: what a no-reply sender's text would have been. */
  person?: boolean;
};

function responder(head: Head, message: Pick<ThreadMessage, 'dateText'>, reference: number): Responder | undefined {
  const boilerplate = head.helpDesk || hasAny(head.folded, BOILERPLATE);
  const autoReply = detect(head, (c) => c.autoReply, head.openingEnd);
  const weak = findAbsence(head, (c) => c.weakAbsence).language;
  const stated = findAbsence(head, (c) => c.absence);
  const absence = stated.language ?? (boilerplate ? weak : undefined);
  if (absence) {
    const at = referenceFrom(message.dateText, reference);
    const backOn = returnDate(head.text, absence, at) ?? (absence === 'en' ? undefined : returnDate(head.text, 'en', at));
    const verdict: Responder = { reason: 'out-of-office', language: absence, ...(backOn === undefined ? {} : { backOn }) };
    // What only responders add: a thank-you opening, boilerplate, a weak absence phrase, an "automatic reply" line.
    const responderWording = head.thanked || boilerplate || autoReply !== undefined || weak !== undefined;
    const answers = answerWord(head, absence);
    // A stated return date is what responders are for: with one, an answer word ("perfect", "ok")
    // could be the responder's own small talk, so it is doubt, never a person's answer.
    if (answers && !responderWording && backOn === undefined) return { ...verdict, person: true };
    if (answers || (!boilerplate && QUESTION.test(head.text))) {
      return { ...verdict, doubt: 'opens with an absence notice but also answers' };
    }
    return responderWording || backOn !== undefined ? verdict : { ...verdict, doubt: 'absence notice without any responder wording' };
  }
  if (stated.planned && (boilerplate || autoReply)) {
    return { reason: 'out-of-office', language: stated.planned, doubt: 'speaks of a coming absence next to responder wording' };
  }
  const ticket = detect(head, (c) => c.ticket, head.openingEnd);
  if (ticket) {
    return answerWord(head, ticket)
      ? { reason: 'ticket', language: ticket, doubt: 'help-desk acknowledgement that also answers' }
      : { reason: 'ticket', language: ticket };
  }
  if (autoReply) {
    return answerWord(head, autoReply)
      ? { reason: 'auto-reply', language: autoReply, doubt: 'says it is automatic but also answers' }
      : { reason: 'auto-reply', language: autoReply };
  }
  return undefined;
}

// ------------------------------------------------------------------ the verdict

/** The language of a calendar product's footer line ("Invitation from Google Calendar") anywhere in the head. */
function calendarFooter(head: Head): Language | undefined {
  const { folded } = head;
  let found: Language | undefined;
  let first = folded.length;
  for (const c of COMPILED) {
    for (const footer of c.footer) {
      for (let i = indexOfWords(folded, footer, first); i !== -1; i = indexOfWords(folded, footer, first, i + 1)) {
        if (i === 0 || folded[i - 1] === '\n') {
          found = c.language;
          first = i;
          break;
        }
      }
    }
  }
  return found;
}

function machine(reason: MachineReason, language?: Language, backOn?: number): Nature {
  return {
    kind: 'machine',
    reason,
    ...(language === undefined ? {} : { language }),
    ...(backOn === undefined ? {} : { backOn }),
  };
}

/**
 * What wrote this message: a person, a calendar response, a machine, or `uncertain`.
 * `context.reference` is now (epoch ms), used to read relative return dates; the message's own
 * date (`dateText`, as Gmail prints it) is used instead when it reads as a full date.
 */
export function natureOf(message: Pick<ThreadMessage, 'from' | 'body' | 'dateText'>, context: { reference: number }): Nature {
  const sender = senderOf(message.from);
  const head = readHead(message.body ?? '');
  const opening = head.openingEnd;

  if (sender === 'delivery') return machine('delivery-failure', detect(head, (c) => c.deliveryFailure, opening));

  for (const response of ['tentative', 'declined', 'accepted'] as const) {
    if (detect(head, (c) => c[response], opening)) return { kind: 'calendar', response };
  }

  const bounce = detect(head, (c) => c.deliveryFailure, opening);
  if (bounce) return machine('delivery-failure', bounce);
  const receipt = detect(head, (c) => c.readReceipt, opening);
  if (receipt) return machine('read-receipt', receipt);
  const challenge = detect(head, (c) => c.challenge, head.folded.length);
  if (challenge) return machine('challenge', challenge);
  const invitation = detect(head, (c) => c.invitation, opening);
  if (invitation) return machine('auto-reply', invitation);
  const footer = calendarFooter(head);
  if (footer) {
    // Calendar mail: an invitee's response is still an answer, wherever its line stands.
    for (const response of ['tentative', 'declined', 'accepted'] as const) {
      if (detect(head, (c) => c[response], head.folded.length)) return { kind: 'calendar', response };
    }
    return machine('auto-reply', footer);
  }

  const found = responder(head, message, context.reference);
  if (found && ((!found.doubt && !found.person) || sender === 'no-reply')) return machine(found.reason, found.language, found.backOn);
  if (found?.doubt) return { kind: 'uncertain', why: found.doubt };

  if (sender === 'no-reply') return machine('no-reply-sender');
  if (sender === 'relay') return { kind: 'uncertain', why: 'sent from a notifications address' };
  return { kind: 'person' };
}
