/**
 * Finds the follow-up the user promises in the email they are writing
 * ("I'll circle back in two weeks"), so the reminder can start on that date.
 * Only their own words count: quoted history is cut off first.
 */
import { parsePhrase, type PhraseOptions } from './parsePhrase';

export interface PromisedDate {
  dueAt: number;
  /** The phrase as written, e.g. "on Monday". */
  quote: string;
}

const APOSTROPHE = `['’]`;
const SUBJECT = alternatives([
  String.raw`i(?:${APOSTROPHE}ll|\s+will)`,
  String.raw`i(?:${APOSTROPHE}m|\s+am)\s+going\s+to`,
  String.raw`we(?:${APOSTROPHE}ll|\s+will)`,
  String.raw`let(?:${APOSTROPHE}s|\s+(?:me|us))`,
]);
const ACTION = alternatives([
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
]);
// Up to two words between, "I'll also follow up", but never a negation.
const PROMISE = new RegExp(String.raw`\b${SUBJECT}\s+(?:(?!not\b|never\b)[a-z]+\s+){0,2}?${ACTION}\b`, 'i');
// "if I don't hear back by Friday", "if we haven't heard from you by then"
const HAVE_NOT = alternatives([`(?:don|haven)${APOSTROPHE}t`, String.raw`(?:do|have)\s+not`]);
const NO_REPLY = new RegExp(
  String.raw`\bif\s+(?:i|we)\s+${HAVE_NOT}\s+(?:yet\s+)?heard?\s+(?:back\s+)?(?:from\s+(?:you|them)\s+)?`,
  'i',
);
const PREPOSITION = /\b(?:on|by|before|until|till)\s+$/i;

export function findPromisedDate(body: string, options: PhraseOptions): PromisedDate | null {
  for (const sentence of sentences(ownText(body))) {
    const promise = PROMISE.exec(sentence) ?? NO_REPLY.exec(sentence);
    if (!promise) continue;
    const rest = sentence.slice(promise.index + promise[0].length);
    const result = parsePhrase(rest, options);
    // A promise without a date ("I'll follow up soon") is not a match; one
    // whose date has passed is, and then there is nothing to pre-select.
    if (!result.ok) {
      if (result.reason === 'past' || result.reason === 'too-far') return null;
      continue;
    }
    const at = rest.indexOf(result.matched);
    const preposition = PREPOSITION.exec(rest.slice(0, at))?.[0] ?? '';
    return { dueAt: result.dueAt, quote: preposition + result.matched };
  }
  return null;
}

/** The body without quoted history: no "> " lines, nothing from "On … wrote:" on. */
function ownText(body: string): string {
  const lines = body.split(/\r?\n/);
  const own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    // Mail clients wrap a long attribution line, putting "wrote:" on the next.
    if (/^\s*On\s/i.test(line) && (/\swrote:\s*$/i.test(line) || /^\s*\S.*wrote:\s*$/i.test(next))) break;
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
