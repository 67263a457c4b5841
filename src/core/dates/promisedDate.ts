/**
 * Dates promised or proposed in mail, in both directions:
 * - the user's own ("I'll circle back in two weeks"), read from the email they are writing, so
 *   the reminder can start on that date;
 * - the other person's, read from their latest message: a time they propose to follow up
 *   ("let's follow up the week of August 22") or a date they promise something by ("I'll send
 *   the signed form by Friday"), offered on the thread as a one-click follow-up.
 * Only the writer's own words count: quoted history is cut off first. Promises are read in the
 * user's language (`options.language`, German, French or Spanish) and in English.
 */
import { parsePhrase, type PhraseOptions } from './parsePhrase';
import type { PhraseLanguage, PromiseWords } from './phraseLanguage';

/** The options of parsePhrase, with the user's language's promise words as well as its dates. */
export type PromiseOptions = Omit<PhraseOptions, 'language'> & { language?: PhraseLanguage };

export interface PromisedDate {
  dueAt: number;
  /** The date as written, e.g. "on Monday". */
  quote: string;
}

export interface ProposedDate extends PromisedDate {
  /** The sentence it was read from, whitespace collapsed, at most MAX_SENTENCE characters. */
  sentence: string;
}

export const MAX_SENTENCE = 160;

const APOSTROPHE = `['’]`;
/** Up to two words between subject and action ("I'll also follow up"), but never a negation. */
const BETWEEN = String.raw`\s+(?:(?!not\b|never\b)[a-z]+\s+){0,2}?`;

const FOLLOW_UP = [
  String.raw`follow[\s-]*up`,
  String.raw`reach\s+out`,
  String.raw`check\s+(?:in|back)`,
  String.raw`touch\s+base`,
  String.raw`circle\s+back`,
  'ping',
  'nudge',
  String.raw`get\s+back\s+to`,
  String.raw`(?:get|be)\s+in\s+touch`,
  'reconnect',
];

// The user: "I'll follow up on Monday", "let's touch base next Tuesday".
const OWN_PROMISE = new RegExp(
  String.raw`\b${alternatives([
    String.raw`i(?:${APOSTROPHE}ll|\s+will)`,
    String.raw`i(?:${APOSTROPHE}m|\s+am)\s+going\s+to`,
    String.raw`we(?:${APOSTROPHE}ll|\s+will)`,
    String.raw`let(?:${APOSTROPHE}s|\s+(?:me|us))`,
  ])}${BETWEEN}${alternatives(FOLLOW_UP)}\b`,
  'i',
);
// "if I don't hear back by Friday", "if we haven't heard from you by then"
const HAVE_NOT = alternatives([`(?:don|haven)${APOSTROPHE}t`, String.raw`(?:do|have)\s+not`]);
const NO_REPLY = new RegExp(
  String.raw`\bif\s+(?:i|we)\s+${HAVE_NOT}\s+(?:yet\s+)?heard?\s+(?:back\s+)?(?:from\s+(?:you|them)\s+)?`,
  'i',
);

// The other person proposing when to follow up: "let's talk again in two weeks", "can we
// reconnect in January?", "please check back with me on Monday", "ping me next week".
const TALK = [...FOLLOW_UP, 'talk', 'speak', 'chat', String.raw`catch\s+up`, 'meet', 'regroup', 'revisit', 'discuss', String.raw`pick\s+(?:this|it)\s+up`];
const PROPOSAL = new RegExp(
  alternatives([
    String.raw`\b${alternatives([
      String.raw`let(?:${APOSTROPHE}s|\s+us)`,
      String.raw`(?:can|could|shall|should)\s+we`,
      String.raw`we\s+(?:can|could|should)`,
      String.raw`why\s+don${APOSTROPHE}t\s+we`,
      String.raw`how\s+about\s+we`,
      'please',
      String.raw`feel\s+free\s+to`,
      String.raw`you\s+(?:can|could|may)`,
      String.raw`(?:can|could|would)\s+you`,
    ])}${BETWEEN}${alternatives(TALK)}\b`,
    String.raw`\b(?:ping|remind|nudge|call|email|try)\s+me\b`,
    String.raw`\bfollow[\s-]*up\s+with\s+me\b`,
  ]),
  'i',
);
// The other person promising something by a date: "I'll send the signed form by Friday",
// "we should have an answer next week", "you'll have it by the 3rd".
const THEIR_PROMISE = new RegExp(
  String.raw`\b${alternatives([
    String.raw`(?:i|we|you)(?:${APOSTROPHE}ll|\s+will|\s+should|\s+(?:expect|hope|plan|aim)\s+to)`,
    String.raw`(?:i${APOSTROPHE}m|i\s+am|we${APOSTROPHE}re|we\s+are)\s+(?:going|hoping|planning|aiming)\s+to`,
  ])}${BETWEEN}${alternatives([
    String.raw`get\s+back`,
    String.raw`come\s+back`,
    'revert',
    'reply',
    'respond',
    'answer',
    'confirm',
    'decide',
    String.raw`let\s+you\s+know`,
    'send',
    'share',
    'sign',
    'have',
    'know',
    'update',
    String.raw`(?:be|get)\s+in\s+touch`,
    ...FOLLOW_UP,
  ])}\b`,
  'i',
);

const PREPOSITION = /\b(?:on|by|before|until|till)\s+$/i;

const ENGLISH: PromiseWords = {
  own: [OWN_PROMISE, NO_REPLY],
  theirs: [PROPOSAL, THEIR_PROMISE],
  preposition: PREPOSITION,
  attribution: /^\s*On\s.*\swrote:\s*$/i,
};

function languagesOf({ language }: PromiseOptions): PromiseWords[] {
  return language ? [language.promises, ENGLISH] : [ENGLISH];
}

/** The date the user promises to follow up on in what they are writing, if any. */
export function findPromisedDate(body: string, options: PromiseOptions): PromisedDate | null {
  const found = findDated(body, 'own', options);
  return found && { dueAt: found.dueAt, quote: found.quote };
}

/**
 * The date another person's message proposes to follow up on, or promises something by.
 * Relative dates are read from when they wrote (`options.now`: their message's date); a date
 * already past at `current` is no suggestion.
 */
export function findProposedDate(body: string, options: PromiseOptions, current: number): ProposedDate | null {
  const found = findDated(body, 'theirs', options);
  return found && found.dueAt > current ? found : null;
}

/**
 * The first sentence with a promise (`whose`) in one of the languages that names a date after
 * it. Within a sentence the promises are tried from the first: "Sans nouvelles d'ici vendredi,
 * je vous relance" has its date after the first.
 */
function findDated(body: string, whose: 'own' | 'theirs', options: PromiseOptions): ProposedDate | null {
  const languages = languagesOf(options);
  for (const sentence of sentences(ownText(body, languages))) {
    const matches = languages
      .flatMap((words) => words[whose].map((pattern) => ({ words, match: pattern.exec(sentence) })))
      .filter((found): found is { words: PromiseWords; match: RegExpExecArray } => found.match !== null)
      .sort((a, b) => a.match.index - b.match.index);
    for (const { words, match } of matches) {
      // The date comes soon after the promise; the parser reads phrases, not paragraphs.
      const rest = sentence.slice(match.index + match[0].length, match.index + match[0].length + DATE_WITHIN);
      const result = parsePhrase(rest, options);
      // A promise without a date ("I'll follow up soon") is not a match; one
      // whose date has passed is, and then there is nothing to offer.
      if (!result.ok) {
        if (result.reason === 'past' || result.reason === 'too-far') return null;
        continue;
      }
      const at = rest.indexOf(result.matched);
      const preposition = words.preposition.exec(rest.slice(0, at))?.[0] ?? '';
      return { dueAt: result.dueAt, quote: preposition + result.matched, sentence: clip(sentence) };
    }
  }
  return null;
}

/** How far after the promise its date is looked for, in characters. */
const DATE_WITHIN = 150;

function clip(sentence: string): string {
  return sentence.length <= MAX_SENTENCE ? sentence : `${sentence.slice(0, MAX_SENTENCE - 1)}…`;
}

/** The body without quoted history: no "> " lines, nothing from "On … wrote:" (or its translation) on. */
function ownText(body: string, languages: PromiseWords[]): string {
  const lines = body.split(/\r?\n/);
  const own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    // Mail clients wrap a long attribution line, putting "wrote:" on the next.
    if (/^\s*On\s/i.test(line) && /^\s*\S.*wrote:\s*$/i.test(next)) break;
    if (languages.some(({ attribution }) => attribution.test(line))) break;
    if (!/^\s*>/.test(line)) own.push(line);
  }
  return own.join('\n');
}

/** Sentences end at . ! ? before a capital (not "9 a.m. on"), or at a blank line. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[^a-z0-9\s])|\n\s*\n/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function alternatives(patterns: string[]): string {
  return `(?:${patterns.join('|')})`;
}
