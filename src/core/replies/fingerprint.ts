/**
 * Recognising a message again without positions: Gmail gives the print view no message ids,
 * and the DOM's count of messages is not the thread's (collapsed and hidden messages), so a
 * message is known by its sender, Gmail's date text and the start of its new text.
 *
 * Only a short hash of the text's start is kept: enough to tell a thread's messages apart,
 * while the database holds no mail text for this.
 */
import { addressKey } from './identity';
import type { ThreadMessage } from './message';

/** Letters and digits read from the start of a body: formatting, punctuation and spacing differ between Gmail's views. */
const KEY_CHARS = 64;

/**
 * A short key for the start of a text: lower-case letters and digits only, accents removed,
 * so the compose window's text and the print view's rendering of the same message agree.
 */
export function bodyKey(text: string): string {
  let kept = '';
  for (const char of text.slice(0, KEY_CHARS * 8).toLowerCase().normalize('NFKD')) {
    if (/[\p{L}\p{N}]/u.test(char)) kept += char;
    if (kept.length >= KEY_CHARS) break;
  }
  return `${kept.length}.${fnv1a(kept).toString(36)}`;
}

/** FNV-1a, 32 bits, over UTF-16 code units: tiny and well distributed for short keys. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** How a message is recognised again. */
export interface MessageMark {
  /** The sender's address key (identity.ts). */
  from: string;
  /** Gmail's date text: changes only if the user switches Gmail's language or time zone. */
  dateText: string;
  /** bodyKey of the new text. */
  body: string;
}

export function markOf(message: Pick<ThreadMessage, 'from' | 'dateText' | 'body'>): MessageMark {
  return { from: addressKey(message.from.email), dateText: message.dateText, body: bodyKey(message.body) };
}

export function sameMark(a: MessageMark, b: MessageMark): boolean {
  return a.from === b.from && a.body === b.body && a.dateText === b.dateText;
}

/** The same message even if Gmail's date text changed (another language or time zone). */
export function sameMessageAnyDate(a: MessageMark, b: MessageMark): boolean {
  return a.from === b.from && a.body === b.body;
}
