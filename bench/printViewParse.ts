/**
 * Parse time of a large print view: the service worker parses one per due follow-up, so a
 * long thread must stay cheap. Builds a ~1 MB, 50-message thread with the replica's renderer
 * (Gmail's markup) and times parsePrintView in this process.
 */
import { performance } from 'node:perf_hooks';
import { parsePrintView } from '../src/gmail/printView';
import { renderPrintView } from '../test/replica/printView';
import type { ReplicaAccount, ReplicaMessage } from '../test/replica/types';
import { median } from './stats';

const MESSAGES = 50;
const RUNS = 20;
const LINE = 'Thanks for the update & the numbers: <pricing> looks "fine", let us talk on Tuesday. ';

function largePrintView(): string {
  const account: ReplicaAccount = { email: 'alex@example.com', name: 'Alex Rivera', ik: 'ik', threads: [] };
  const people = [
    { name: 'Alex Rivera', email: account.email },
    { name: 'Dana Whitfield', email: 'dana@northwind.example' },
    { name: 'Rivera, Jen', email: 'jen@acme.example' },
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
  const thread = { legacyId: messages[0]!.legacyId, subject: 'Large thread', labels: ['sent' as const], messages };
  return renderPrintView(account, thread, 'UTC');
}

export function measurePrintViewParse(): { messages: number; bytes: number; medianMs: number; runs: number } {
  const html = largePrintView();
  const first = parsePrintView(html);
  if (first.kind !== 'thread' || first.messages.length !== MESSAGES) throw new Error(`print view not parsed: ${first.kind}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    parsePrintView(html);
    times.push(performance.now() - t0);
  }
  return { messages: first.messages.length, bytes: new TextEncoder().encode(html).length, medianMs: median(times), runs: RUNS };
}
