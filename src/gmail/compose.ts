/**
 * Reads a compose at the moment it is sent: what it says and to whom, and
 * which draft it is. Never throws; a missing part reads as empty.
 */
import type { Recipient } from '../core/followUp';
import { queryAll, queryFirst } from './query';
import {
  COMPOSE_BODY,
  COMPOSE_DRAFT_ID,
  COMPOSE_RECIPIENT_CHIPS,
  COMPOSE_RECIPIENT_INPUT,
  COMPOSE_SUBJECT,
} from './selectors';

export interface ComposeSnapshot {
  /** Stable while the compose lives, and when Gmail's Undo reopens it. */
  draftKey: string;
  subject: string;
  recipients: Recipient[];
  body: string;
}

const ADDRESS = /[^\s@<>(),;"]+@[^\s@<>(),;"]+\.[^\s@<>(),;"]+/g;

/** The draft's client id; '' when Gmail has not given one yet (it can literally write "undefined"). */
export function draftKeyOf(compose: Element): string {
  for (const { selector } of COMPOSE_DRAFT_ID) {
    const value = (compose.querySelector<HTMLInputElement>(selector)?.value ?? '').replace(/^#/, '');
    if (value && value !== 'undefined') return value;
  }
  return '';
}

export function readCompose(compose: Element): ComposeSnapshot {
  const subject = (queryFirst(compose, COMPOSE_SUBJECT)?.element as HTMLInputElement | undefined)?.value ?? '';
  const body = (queryFirst(compose, COMPOSE_BODY)?.element as HTMLElement | undefined)?.innerText ?? '';
  return { draftKey: draftKeyOf(compose), subject, recipients: recipientsOf(compose), body };
}

/** Chips first; an address still being typed counts too, as Gmail sends to it. */
function recipientsOf(compose: Element): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const chip of queryAll(compose, COMPOSE_RECIPIENT_CHIPS)) {
    const email = (chip.getAttribute('data-hovercard-id') ?? '').trim().toLowerCase();
    if (!email.includes('@')) continue;
    const name = (chip.getAttribute('data-name') ?? chip.textContent ?? '').trim();
    seen.set(email, { email, name: name && name !== email ? name : email });
  }
  const typed = (queryFirst(compose, COMPOSE_RECIPIENT_INPUT)?.element as HTMLInputElement | undefined)?.value ?? '';
  for (const email of typed.toLowerCase().match(ADDRESS) ?? []) if (!seen.has(email)) seen.set(email, { email, name: email });
  return [...seen.values()];
}
