/**
 * The labelled corpus of "did they reply?": threads as Gmail's print view shows them, each with
 * the answer a careful person would give. `run.ts` replays a case through the real pipeline
 * (replica print view → parsePrintView → decideReply) and compares.
 */
import type { Person, ReplicaLanguage } from '../../replica/types';

/** The languages the reply rules read. */
export type CorpusLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt';
export const CORPUS_LANGUAGES: readonly CorpusLanguage[] = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];

export type Truth = 'replied' | 'no-reply' | 'unknown';
export const TRUTHS: readonly Truth[] = ['replied', 'no-reply', 'unknown'];

export const SITUATIONS = [
  'plain-reply',
  'quote-gmail',
  'quote-outlook-html',
  'quote-outlook-plain',
  'quote-angle',
  'own-nudge',
  'send-as',
  'gmail-spelling',
  'out-of-office',
  'vacation-mention-reply',
  'quotes-auto-reply',
  'auto-then-reply',
  'bounce',
  'read-receipt',
  'ticket-ack',
  'challenge-response',
  'no-reply-sender',
  'calendar-response',
  'calendar-invite',
  'colleague-not-addressee',
  'colleague-addressee',
  'outside-org',
  'public-domain',
  'long-thread',
  'compose-reply-before-baseline',
  'thread-reply-already-there',
  'tracked-deleted',
  'earlier-deleted',
  'truncated',
  'signed-out',
  'language-changed',
  'hostile',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface CorpusMessage {
  from: Person;
  to: Person[];
  cc?: Person[];
  replyTo?: Person[];
  /** What the sender wrote new. For the user's messages: the compose window's text. */
  text: string;
  /** The plain body as sent, when it holds more than `text` (quoted history). Default: `text`. */
  body?: string;
  /** The body as HTML, when the sender wrote HTML (Gmail shows it instead of `body`). */
  html?: string;
}

/** What changed between setting the follow-up and the check, besides new messages. */
export interface CheckAlteration {
  /** Messages deleted before the check: indexes into `[...before, ...after]`. */
  deleted?: number[];
  /** The page arrived cut off: inside the last message's body, or just before the last message. */
  truncate?: 'mid-body' | 'between-messages';
  /** The session ended: Gmail answers with the sign-in page. */
  signedOut?: boolean;
  /** Gmail's display language at the check, when the user changed it. */
  language?: ReplicaLanguage;
  /** The page in the browser-serialized form (quoted attributes, <tbody>). */
  form?: 'server' | 'browser';
}

export interface CorpusCase {
  /** Unique: `<situation>-<language>-<n>`. */
  id: string;
  situation: Situation;
  /** Gmail's display language when the follow-up was set, and the language of the mail. */
  language: CorpusLanguage;
  /** Why the truth is what it is. */
  note: string;
  truth: Truth;
  /** The signed-in Gmail account: the user. */
  account: Person;
  /** Send-as addresses of the account (Gmail settings). */
  sendAs?: string[];
  /** The user's other addresses (Followthrough settings). */
  otherAddresses?: string[];
  subject: string;
  /**
   * Where the follow-up was set: from compose (the tracked message is `before[composed]`, by
   * default the user's last message in `before`), or on the thread view (everything in `before`
   * came before).
   */
  setFrom: 'compose' | 'thread';
  composed?: number;
  /** The thread as the print view showed it when the baseline was recorded. */
  before: CorpusMessage[];
  /** Messages that arrived after that, before the check. */
  after: CorpusMessage[];
  check?: CheckAlteration;
}
