// Data model of the Gmail replica. Mirrors docs/gmail.md "Identifiers" (legacy hex ids and
// their thread-f:/msg-f: decimal spelling) and "The print view" (what a
// thread/message carries: sender, recipients, localized date, body).

export interface Person {
  name: string;
  email: string;
}

export interface ReplicaMessage {
  /** 16 lowercase hex digits; the same 64-bit number as `msg-f:<decimal>`. */
  legacyId: string;
  from: Person;
  to: Person[];
  cc?: Person[];
  /** epoch ms */
  date: number;
  /** Plain text; quoted history lines start with '>'. */
  body: string;
  /** Addition: set when the message was sent with "Schedule send" (epoch ms, same as `date`). */
  scheduledAt?: number;
  /** The message as HTML, when its sender wrote HTML (takes the place of `body` where HTML is shown). */
  bodyHtml?: string;
  /** A Reply-To header: the print view shows it before To (docs/gmail.md). */
  replyTo?: Person[];
}

export interface ReplicaThread {
  /** 16 lowercase hex digits (= legacy id of its first message). */
  legacyId: string;
  subject: string;
  labels: Array<'inbox' | 'sent'>;
  messages: ReplicaMessage[];
  /**
   * Addition: bold (`tr.zA.zE`) in the thread list. When undefined the thread counts as unread
   * if it is in the inbox and its latest message is not from the account. Opening it clears it.
   */
  unread?: boolean;
}

export interface ReplicaAccount {
  email: string;
  name: string;
  /** Gmail's `ik` (GLOBALS[9]); required by the print view. */
  ik: string;
  threads: ReplicaThread[];
  /** Send-as addresses (Gmail settings, "Send mail as"): offered in the compose From selector. */
  sendAs?: Person[];
  /** Gmail's display language for this account: date titles, labels and the print view follow it. Default 'en'. */
  language?: ReplicaLanguage;
}

export type ReplicaLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'ru';

export interface ReplicaResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ReplicaRequest {
  method: string;
  url: string;
  body?: string;
}

export type ThreadLayout = 'a98' | 'bs';

export interface ReplicaInit {
  accounts: ReplicaAccount[];
  threadLayout?: ThreadLayout;
  now?: () => number;
  /** Addition: IANA zone for rendered dates. Print view: default 'UTC'. App: default the browser's zone. */
  timeZone?: string;
}
