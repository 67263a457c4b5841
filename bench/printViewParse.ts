/**
 * Parse time of a large print view: the service worker parses one per due follow-up, so a
 * long thread must stay cheap. Builds a ~1 MB, 50-message thread with the replica's renderer
 * (Gmail's markup) and times parsePrintView in this process; then the reply rules on it
 * (decideReply), in their worst case: every message after the tracked one is read by the
 * machine-message classifier, because none of them ends the follow-up (colleagues who were not
 * written to).
 */
import { performance } from 'node:perf_hooks';
import { recordBaseline } from '../src/core/replies/baseline';
import { decideReply } from '../src/core/replies/decide';
import { bodyKey } from '../src/core/replies/fingerprint';
import { identityOf } from '../src/core/replies/identity';
import { parsePrintView } from '../src/gmail/printView/parse';
import { renderPrintView } from '../test/replica/printView';
import type { ReplicaAccount, ReplicaMessage } from '../test/replica/types';
import { median } from './stats';

const MESSAGES = 50;
const ACCOUNT = 'alex@example.com';
const RUNS = 20;
const LINE = 'Thanks for the update & the numbers: <pricing> looks "fine", let us talk on Tuesday. ';

function largePrintView(): string {
  const account: ReplicaAccount = { email: ACCOUNT, name: 'Alex Rivera', ik: 'ik', threads: [] };
  // Dana and Jen work with Alex: their messages are read, and do not end the follow-up.
  const people = [
    { name: 'Alex Rivera', email: account.email },
    { name: 'Dana Whitfield', email: 'dana@example.com' },
    { name: 'Rivera, Jen', email: 'jen@example.com' },
  ];
  const start = Date.UTC(2026, 10, 1);
  const messages: ReplicaMessage[] = Array.from({ length: MESSAGES }, (_, i) => ({
    legacyId: (0x18f0000000000000n + BigInt(i)).toString(16),
    from: people[i % people.length]!,
    to: [people[(i + 1) % people.length]!],
    cc: [people[(i + 2) % people.length]!],
    date: start + i * 3_600_000,
    // ~20 KB per message: new text, then quoted history like a real long thread.
    body: `Message ${i}\n` + Array.from({ length: 175 }, (_, k) => (k > 20 ? '> ' : '') + LINE).join('\n'),
  }));
  // The tracked message went to a customer, who never answers in this thread.
  messages[0] = { ...messages[0]!, to: [{ name: 'Pat Client', email: 'pat@client.example' }], cc: [] };
  const thread = { legacyId: messages[0]!.legacyId, subject: 'Large thread', labels: ['sent' as const], messages };
  return renderPrintView(account, thread, 'UTC');
}

export function measurePrintViewParse(): {
  messages: number;
  bytes: number;
  medianMs: number;
  decideMedianMs: number;
  runs: number;
} {
  const html = largePrintView();
  const first = parsePrintView(html);
  if (first.kind !== 'thread' || first.messages.length !== MESSAGES) throw new Error(`print view not parsed: ${first.kind}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    parsePrintView(html);
    times.push(performance.now() - t0);
  }

  const identity = identityOf({ account: ACCOUNT });
  const tracking = { kind: 'compose' as const, from: '', body: bodyKey(first.messages[0]!.body) };
  const recorded = recordBaseline(first.messages.slice(0, 1), tracking, identity, Date.UTC(2026, 10, 1));
  if (!recorded.ok) throw new Error(recorded.reason);
  const decide = () =>
    decideReply({ messages: first.messages, tracking, baseline: recorded.baseline, identity, now: Date.UTC(2026, 11, 1) }).decision;
  if (decide().outcome !== 'no-reply') throw new Error('the bench thread should hold no answer');
  const decideTimes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    decide();
    decideTimes.push(performance.now() - t0);
  }
  return {
    messages: first.messages.length,
    bytes: new TextEncoder().encode(html).length,
    medianMs: median(times),
    decideMedianMs: median(decideTimes),
    runs: RUNS,
  };
}
