/**
 * Replays one corpus case through the real pipeline, as the background does it:
 * 1. when the follow-up is set: the print view of the thread as it was then (the replica's
 *    renderer, in the case's language) → parsePrintView → decideReply without a baseline, which
 *    records one;
 * 2. at the check: the print view of the thread as it is then (new messages; deleted ones gone;
 *    maybe cut off, signed out or in another language) → parsePrintView (signed-out or
 *    unrecognized: unknown) → decideReply with the recorded baseline.
 */
import { bodyKey } from '../../../src/core/replies/fingerprint';
import { decideReply, type ReplyDecision } from '../../../src/core/replies/decide';
import type { Tracking } from '../../../src/core/replies/baseline';
import { identityOf } from '../../../src/core/replies/identity';
import { parsePrintView } from '../../../src/gmail/printView/parse';
import { renderSignInPage } from '../../replica/pages';
import { renderPrintView } from '../../replica/printView';
import type { ReplicaAccount, ReplicaLanguage, ReplicaMessage, ReplicaThread } from '../../replica/types';
import type { CheckAlteration, CorpusCase, CorpusMessage, Truth } from './types';

/** The zone Gmail shows dates in for every case. */
export const CORPUS_TIME_ZONE = 'Europe/Berlin';
/** Mon, Nov 16, 2026 08:05 UTC: the first message of every thread. */
const THREAD_START = Date.UTC(2026, 10, 16, 8, 5);
/** Between two messages: uneven, so the date texts differ in hours and minutes. */
const GAP = 2 * 3_600_000 + 47 * 60_000;
const MINUTE = 60_000;
const DAY = 24 * 3_600_000;

export interface Evaluation {
  decision: Truth;
  /** Why, in a line: who replied, which machines and colleagues were seen, or why it is unknown. */
  reason: string;
  /** The pipeline's full decision; absent when a page was not a thread. */
  detail?: ReplyDecision;
  /** Messages the check's page was read as holding (absent when it was not read as a thread). */
  checkedMessages?: number;
}

function replicaMessage(m: CorpusMessage, index: number): ReplicaMessage {
  return {
    legacyId: (0x19a0000000000000n + BigInt(index)).toString(16),
    from: m.from,
    to: m.to,
    ...(m.cc ? { cc: m.cc } : {}),
    ...(m.replyTo ? { replyTo: m.replyTo } : {}),
    date: THREAD_START + index * GAP,
    body: m.body ?? m.text,
    ...(m.html !== undefined ? { bodyHtml: m.html } : {}),
  };
}

function replicaThread(subject: string, messages: ReplicaMessage[]): ReplicaThread {
  return { legacyId: messages[0]?.legacyId ?? '19a0000000000000', subject, labels: ['sent', 'inbox'], messages };
}

/** The page cut off inside the last message's body, or just before the last message. */
function truncate(html: string, how: NonNullable<CheckAlteration['truncate']>): string {
  const last = html.lastIndexOf('class="message"');
  if (last === -1) throw new Error('no message to cut');
  if (how === 'between-messages') return html.slice(0, html.lastIndexOf('<table', last));
  const bodyDiv = html.indexOf('overflow: hidden', last);
  const start = html.indexOf('>', html.indexOf('<font', bodyDiv)) + 1;
  const end = html.lastIndexOf('</font></div>');
  return html.slice(0, start + Math.max(1, Math.floor((end - start) / 2)));
}

function describe(decision: ReplyDecision): string {
  switch (decision.outcome) {
    case 'replied':
      return `replied by ${decision.evidence.by.email}${decision.evidence.kind === 'calendar' ? ' (calendar answer)' : ''}`;
    case 'no-reply': {
      const notes = [
        ...decision.machines.map((m) => `machine ${m.by.email}: ${m.reason}`),
        ...decision.colleagues.map((c) => `colleague ${c.by.email}`),
      ];
      return notes.length > 0 ? `no reply (${notes.join('; ')})` : 'no reply';
    }
    case 'unknown':
      return `unknown: ${decision.reason}${decision.about ? ` (about ${decision.about.by.email})` : ''}`;
  }
}

/** How many messages the check's page holds: the thread minus what was deleted. */
export function expectedMessagesAtCheck(c: CorpusCase): number {
  const deleted = new Set(c.check?.deleted ?? []);
  return c.before.length + c.after.length - [...deleted].filter((i) => i < c.before.length + c.after.length).length;
}

/** The tracked message of a compose follow-up: `composed`, or the user's last message before the baseline. */
function composedMessage(c: CorpusCase, isUser: (email: string) => boolean): CorpusMessage {
  if (c.composed !== undefined) {
    const m = c.before[c.composed];
    if (!m) throw new Error(`${c.id}: composed ${c.composed} is not in the thread`);
    return m;
  }
  const m = c.before.findLast((x) => isUser(x.from.email));
  if (!m) throw new Error(`${c.id}: set from compose, but the user wrote nothing`);
  return m;
}

export function evaluateCase(c: CorpusCase): Evaluation {
  const identity = identityOf({ account: c.account.email, sendAs: c.sendAs ?? [], otherAddresses: c.otherAddresses ?? [] });
  const account: ReplicaAccount = { email: c.account.email, name: c.account.name, ik: 'c0rpus1k', threads: [], language: c.language };
  const all = [...c.before, ...c.after].map(replicaMessage);

  let tracking: Tracking = { kind: 'thread' };
  if (c.setFrom === 'compose') {
    const sent = composedMessage(c, identity.isUser);
    tracking = { kind: 'compose', from: sent.from.email === c.account.email ? '' : sent.from.email, body: bodyKey(sent.text) };
  }

  // 1. The follow-up is set: the baseline is recorded from the thread as it was then.
  const setAt = all[c.before.length - 1]!.date + 10 * MINUTE;
  const first = parsePrintView(renderPrintView(account, replicaThread(c.subject, all.slice(0, c.before.length)), CORPUS_TIME_ZONE));
  if (first.kind !== 'thread') return { decision: 'unknown', reason: `baseline page not read: ${first.kind}` };
  const recorded = decideReply({ messages: first.messages, tracking, baseline: undefined, identity, now: setAt });
  if (!recorded.recorded) {
    return { decision: recorded.decision.outcome, reason: `no baseline: ${describe(recorded.decision)}`, detail: recorded.decision };
  }

  // 2. The check: the thread as it is now.
  const check = c.check ?? {};
  const deleted = new Set(check.deleted ?? []);
  const now = c.after.length > 0 ? all[all.length - 1]!.date + 60 * MINUTE : setAt + 2 * DAY;
  const language: ReplicaLanguage = check.language ?? c.language;
  let html = check.signedOut
    ? renderSignInPage('https://mail.google.com/mail/u/0/?view=pt')
    : renderPrintView(
        account,
        replicaThread(c.subject, all.filter((_, i) => !deleted.has(i))),
        CORPUS_TIME_ZONE,
        { language, form: check.form ?? 'server' },
      );
  if (check.truncate) html = truncate(html, check.truncate);
  const page = parsePrintView(html);
  if (page.kind === 'signed-out') return { decision: 'unknown', reason: 'unknown: signed out of Gmail' };
  if (page.kind === 'unrecognized') return { decision: 'unknown', reason: `unknown: print view not recognized: ${page.reason}` };
  const { decision } = decideReply({ messages: page.messages, tracking, baseline: recorded.recorded, identity, now });
  return { decision: decision.outcome, reason: describe(decision), detail: decision, checkedMessages: page.messages.length };
}
