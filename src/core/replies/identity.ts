/**
 * Who is the user, and who is a colleague: the one place that decides it.
 *
 * The user is the account address, its send-as addresses (read from Gmail's compose From
 * selector), the addresses the user listed in settings, and every spelling Gmail delivers to
 * the same mailbox (docs/reply-rules.md, "Who is the user"). Nothing is ever learned from a
 * message's position in a thread.
 *
 * A colleague shares the account's organisation domain (a domain that is not a public mail
 * provider). Colleagues' messages do not end a follow-up by themselves unless the tracked
 * message was written to them.
 */

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Public mail providers: people at the same one are not colleagues. The big consumer
 * providers; an organisation on its own domain is never in this list.
 */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me',
  'gmx.de', 'gmx.net', 'gmx.com', 'web.de', 't-online.de', 'orange.fr', 'free.fr', 'laposte.net',
  'wanadoo.fr', 'libero.it', 'virgilio.it', 'hotmail.fr', 'hotmail.de', 'hotmail.es', 'hotmail.it',
  'yahoo.fr', 'yahoo.de', 'yahoo.es', 'yahoo.it', 'yahoo.co.uk', 'outlook.de', 'outlook.fr',
  'outlook.es', 'ziggo.nl', 'kpnmail.nl', 'uol.com.br', 'bol.com.br', 'terra.com.br', 'sapo.pt',
  'zoho.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'fastmail.com', 'hey.com', 'tutanota.com',
  'qq.com', '163.com',
]);

/**
 * A comparable form of an address: trimmed, lower-case, and for gmail.com/googlemail.com
 * without dots or `+tag` in the local part (Gmail delivers all those spellings to one mailbox).
 * Other domains keep their local part as written: dots and tags can be distinct mailboxes there.
 */
export function addressKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  const domain = address.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) return address;
  const local = address.slice(0, at).split('+')[0]!.replace(/\./g, '');
  return `${local}@gmail.com`;
}

export function domainOf(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1);
}

/** The local part without a `+tag`, lower-case: `MAILER-DAEMON+x@host` → `mailer-daemon`. */
export function localPart(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  return (at === -1 ? address : address.slice(0, at)).split('+')[0]!;
}

/** Most send-as addresses kept per account (Gmail allows 99). */
export const MAX_SEND_AS = 100;

export interface IdentitySources {
  account: string;
  /** Send-as addresses Gmail offers in the compose From selector, and those the user keeps. */
  sendAs?: readonly string[];
  /** "Other addresses" from settings. */
  otherAddresses?: readonly string[];
}

export interface Identity {
  isUser(email: string): boolean;
  /** Same organisation as the account (never for public providers), and not the user. */
  isColleague(email: string): boolean;
}

export function identityOf({ account, sendAs = [], otherAddresses = [] }: IdentitySources): Identity {
  const keys = new Set([account, ...sendAs, ...otherAddresses].map(addressKey).filter((k) => k.includes('@')));
  // The organisation is the account's own domain; send-as addresses on other private domains
  // are the user's too, but their colleagues are not assumed.
  const accountDomain = domainOf(account);
  const organisation = accountDomain && !PUBLIC_MAIL_DOMAINS.has(accountDomain) ? accountDomain : '';
  const isUser = (email: string) => keys.has(addressKey(email));
  return {
    isUser,
    isColleague: (email) => organisation !== '' && !isUser(email) && sameOrganisation(domainOf(email), organisation),
  };
}

/** `sales.acme.com` belongs to `acme.com`, and the other way round: one company, several mail domains. */
function sameOrganisation(domain: string, organisation: string): boolean {
  return domain === organisation || domain.endsWith(`.${organisation}`) || organisation.endsWith(`.${domain}`);
}
