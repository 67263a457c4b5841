/**
 * What machines write, per language: the data `../machine.ts` and `../returnDate.ts` read.
 * One object per language, all of the shape below, so a language is added by adding a file.
 *
 * How the data is matched (so it can stay readable):
 * - Text is normalized first ({@link normalizeText}): lower-case, curly quotes and apostrophes
 *   made straight, runs of spaces collapsed. Then accents are folded away ({@link foldText}),
 *   and so are the accents in the data when it is loaded: "réponse automatique" also matches a
 *   hurried "reponse automatique". Write phrases in lower case, accents as the product writes them.
 * - A string matches as whole words ("for urgent" does not match inside "therefor urgent").
 * - A RegExp is tested as written (its accents folded too) on the text with line breaks kept,
 *   so use `[\s\S]`, not `.`, to cross lines. Keep it small and bounded (no nested
 *   quantifiers: bodies can be long). `^` anchors it to the start of the message, tried after a
 *   salutation ("Hi Dana,") and after a thank-you sentence too: use it for title lines
 *   ("Automatic reply: …", "Read: …", "Accepted: …") that a person would not open with.
 * - Where in the message a kind of phrase must start (the opening, mostly) is machine.ts's rule.
 * - `answers` are matched with their accents kept: Spanish "sí" (yes) is not "si" (if).
 */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';

export type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt';

/** A lower-case phrase matched as whole words, or a small RegExp (see the top of this file). */
export type Phrase = string | RegExp;

export interface LanguagePhrases {
  /** Words a salutation opens with ("hi", "dear"): the salutation is skipped to find the message's opening. */
  greetings: string[];
  /** The courtesy sentence responders open with ("thank you for your email"): skipped too, and a sign of a responder. */
  thanks: string[];
  /** Bounce notices from mail servers. Read in the opening. */
  deliveryFailure: Phrase[];
  /** Read receipts (and delivery receipts). Read in the opening. */
  readReceipt: Phrase[];
  /**
   * Calendar mail. `accepted`/`tentative`/`declined` are the invitee's response (an answer);
   * `invitation` is an invitation, update or cancellation (not an answer). Read in the opening.
   * `footer` is the line a calendar product signs its mail with ("Invitation from Google
   * Calendar"): read anywhere in the head, but only at the start of a line, it marks calendar
   * mail whatever its first line says; a response is still looked for first.
   */
  calendar: { accepted: Phrase[]; tentative: Phrase[]; declined: Phrase[]; invitation: Phrase[]; footer: string[] };
  /** Challenge-response spam filters asking the sender to prove they are human. Read in the first part of the body. */
  challenge: Phrase[];
  /** Help-desk acknowledgements ("we have received your request"). Read in the opening. */
  ticket: Phrase[];
  /**
   * Words of the line help desks put on top of every mail they send, agents' answers included
   * (a line asking to type the reply above it): a short line holding one is dropped
   * before anything is read, so it never takes the place of the opening, and counts as
   * responder boilerplate. Not a machine sign on its own: an agent's real answer carries it too.
   */
  replyMarker: string[];
  /** Messages that say they are automatic, or unattended mailboxes. Read in the opening. */
  autoReply: Phrase[];
  /** Present-tense absence statements an out-of-office reply opens with ("I am out of the office"). */
  absence: Phrase[];
  /**
   * Weaker openings ("I have limited access to email", "I'll be back on …"): a person writes them
   * too, so they count as an absence statement only next to `boilerplate`.
   */
  weakAbsence: Phrase[];
  /**
   * Words that make an absence a plan rather than the present ("tomorrow", "next week"): a
   * person's news, not a responder. Only days still to come: "today" and "this afternoon" are
   * what a responder says while it runs. Strings or small RegExps ("morgen", not "guten Morgen").
   */
  plans: Phrase[];
  /**
   * Words that keep an absence in the present even when a plan word follows in its sentence
   * ("today and tomorrow", "heute und morgen"): "today", "currently", "right now".
   */
  present: string[];
  /** What responders add: an alternative contact, "I will reply when I return", "urgent matters". */
  boilerplate: string[];
  /**
   * Words a person answers with ("yes", "sounds good", "let's"), tested with accents kept (strings
   * as whole words anywhere, RegExps as written). Never words a responder uses ("sure" in "make sure").
   */
  answers: Phrase[];
  /** Words before (or after) a date that make it the day someone is back, for `returnDate`. Tested on folded text. */
  returnCues: {
    /** Ends the text right before a date after which they are back: "until", "bis", "jusqu'au". */
    until: RegExp;
    /** Found shortly before a date on which they are back: "back on", "de retour le". */
    back: RegExp;
    /** Found shortly after a date on which they are back: German "ab Montag wieder", Dutch "maandag weer aanwezig". */
    backAfter?: RegExp;
    /**
     * Ends the text before the second date of a range chrono reads as two dates ("del 2 de
     * marzo al 13 de marzo"): like `until`, but only for a day of the month, never a
     * weekday ("del lunes al viernes" is office hours).
     */
    rangeEnd?: RegExp;
  };
}

/** In the order they are tried: when two languages share a phrase, the first one names the message's language. */
export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];

export const PHRASES: Readonly<Record<Language, LanguagePhrases>> = { en, de, fr, es, it, nl, pt };

// ------------------------------------------------------------------ text

const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u02bc\u2032\u00b4`]/g;
const QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
// No-break, thin and zero-width spaces, which HTML mail is full of.
const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;

/**
 * Lower-case, straight quotes and apostrophes, one space between words; line breaks are kept
 * (one `\n` per break, blank lines squeezed to one empty line). Idempotent.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(ODD_SPACES, ' ')
    .replace(/\r\n?/g, '\n')
    .toLowerCase()
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const foldCache = new Map<string, string>();

/**
 * The text without accents, character for character: the result has the same length as the
 * input, so an index found in one is the same place in the other. Characters that do not
 * fold to a single one (Hangul, emoji) are kept as they are.
 */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0xc0) {
      out += char;
      continue;
    }
    let folded = foldCache.get(char);
    if (folded === undefined) {
      const stripped = char.normalize('NFD').replace(/\p{M}/gu, '');
      folded = stripped.length === char.length ? stripped : char;
      foldCache.set(char, folded);
    }
    out += folded;
  }
  return out;
}

/** A phrase as it is matched: accents folded, a string also lower-cased and normalized. */
export function foldPhrase(phrase: Phrase): Phrase {
  if (typeof phrase === 'string') return foldText(normalizeText(phrase));
  return new RegExp(foldText(phrase.source), phrase.flags);
}
