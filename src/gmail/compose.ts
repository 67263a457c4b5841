/**
 * Reads a compose at the moment it is sent: what it says and to whom, from
 * which address, and which draft it is. Never throws; a missing part reads as
 * empty. Found through `query.ts`, so nothing inside mail (a quoted message,
 * a body carrying Gmail-like markup) is taken for the compose's own fields.
 */
import type { Recipient } from '../core/followUp';
import { ownText } from './mailText';
import { queryAll, queryFirst } from './query';
import {
  COMPOSE_BODY,
  COMPOSE_DRAFT_ID,
  COMPOSE_FROM,
  COMPOSE_FROM_CHOICES,
  COMPOSE_QUOTED,
  COMPOSE_RECIPIENT_CHIPS,
  COMPOSE_RECIPIENT_INPUT,
  COMPOSE_SUBJECT,
} from './selectors';

export interface ComposeSnapshot {
  /** Stable while the compose lives, and when Gmail's Undo reopens it. */
  draftKey: string;
  subject: string;
  recipients: Recipient[];
  /** The new text only: quoted history (`.gmail_quote`, the trimmed-content part) left out. */
  body: string;
  /** The address in the From selector, lower-case; '' when the compose shows no From selector (the account sends). */
  from: string;
}

const ADDRESS = /[^\s@<>(),;"]+@[^\s@<>(),;"]+\.[^\s@<>(),;"]+/g;

/** The draft's client id; '' when Gmail has not given one yet (it can literally write "undefined"). */
export function draftKeyOf(compose: Element): string {
  for (const alternative of COMPOSE_DRAFT_ID) {
    const input = queryFirst(compose, [alternative])?.element as HTMLInputElement | undefined;
    const value = (input?.value ?? '').replace(/^#/, '');
    if (value && value !== 'undefined') return value;
  }
  return '';
}

export function readCompose(compose: Element): ComposeSnapshot {
  const subject = (queryFirst(compose, COMPOSE_SUBJECT)?.element as HTMLInputElement | undefined)?.value ?? '';
  const bodyElement = queryFirst(compose, COMPOSE_BODY)?.element as HTMLElement | undefined;
  return {
    draftKey: draftKeyOf(compose),
    subject,
    recipients: recipientsOf(compose),
    body: bodyElement ? ownText(bodyElement, COMPOSE_QUOTED) : '',
    from: fromOf(compose),
  };
}

/** Send-as addresses offered in the From selector of any open compose (lower-case, deduplicated); [] when none is shown. */
export function sendAsAddresses(root: ParentNode): string[] {
  const seen = new Set<string>();
  for (const choice of queryAll(root, COMPOSE_FROM_CHOICES)) {
    const email = addressOf(choice.getAttribute('value')) ?? addressOf(choice.textContent);
    if (email) seen.add(email);
  }
  return [...seen];
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

/**
 * The selected From address: Gmail keeps it in the hidden input, which is
 * empty when the account has no send-as address (and no From selector).
 */
function fromOf(compose: Element): string {
  const input = queryFirst(compose, COMPOSE_FROM)?.element as HTMLInputElement | undefined;
  const selected = addressOf(input?.value);
  if (selected) return selected;
  // A From selector without the input's value: the choice marked current, if any.
  const current = queryAll(compose, COMPOSE_FROM_CHOICES).find((c) => c.getAttribute('aria-current') === 'true');
  return (current && (addressOf(current.getAttribute('value')) ?? addressOf(current.textContent))) || '';
}

function addressOf(text: string | null | undefined): string | null {
  const match = (text ?? '').match(ADDRESS);
  return match ? match[0].toLowerCase() : null;
}
