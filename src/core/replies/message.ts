/**
 * A thread's messages as the reply rules see them: what Gmail's print view shows of each
 * message (docs/gmail.md, "The print view"). Produced by `src/gmail/printView`, read by the
 * rules in this folder, which import nothing from `src/gmail`.
 */
import type { Recipient } from '../followUp';

export interface ThreadMessage {
  /** email lower-cased; name trimmed ('' → email) */
  from: Recipient;
  to: Recipient[];
  cc: Recipient[];
  /** The localized date text as Gmail shows it, e.g. "Fri, Nov 20, 2026 at 9:14 AM". Never parsed for order. */
  dateText: string;
  /** Plain text of the new part of the message: quoted history removed. */
  body: string;
}

export interface PrintedThread {
  /** The signed-in account the page shows, lower-case; '' when the page does not say. */
  account: string;
  subject: string;
  /** In Gmail's order, oldest first. */
  messages: ThreadMessage[];
}
