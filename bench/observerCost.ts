/**
 * What our DOM watching costs while Gmail re-renders heavily: the replica
 * re-renders an inbox of 5,000 rows with its own (Gmail-like) code, round
 * after round, and a Chrome trace
 * of the page's main thread attributes script time to its source: functions
 * from chrome-extension:// are ours (the content script's observer and
 * checks), everything else is the page's own (the baseline, same run).
 */
import type { CDPSession } from 'playwright-core';
import { sampleReplica } from '../test/replica';
import { launchExtension } from '../test/support/launch';

const ROWS = 5_000;

/** A mailbox with `count` more inbox threads, so Gmail's list re-renders that many rows. */
function bigInbox(count: number) {
  const replica = sampleReplica();
  const account = replica.accounts[0]!;
  const now = Date.now();
  for (let i = 0; i < count; i += 1) {
    const legacyId = (0x1a00000000000000n + BigInt(i)).toString(16);
    account.threads.push({
      legacyId,
      subject: `Quarterly update ${i}: numbers, next steps and the plan for Q${(i % 4) + 1}`,
      labels: ['inbox'],
      messages: [
        {
          legacyId,
          from: { name: `Client ${i}`, email: `client${i}@example.org` },
          to: [{ name: account.name, email: account.email }],
          date: now - i * 60_000,
          body: 'Hi Alex, here are the numbers we discussed. Let me know what you think.',
        },
      ],
    });
  }
  return replica;
}

/** Runs in the page: Gmail's own refresh (fetch the mailbox, re-render every row), one per frame. */
async function rerender(rounds: number): Promise<void> {
  const gmail = (window as unknown as { __gmailReplica: { refresh(): Promise<void> } }).__gmailReplica;
  for (let round = 0; round < rounds; round += 1) {
    await gmail.refresh();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

async function readTrace(cdp: CDPSession, stream: string): Promise<TraceEvent[]> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export async function measureObserverCost(rounds: number) {
  const session = await launchExtension({ replica: bigInbox(ROWS) });
  try {
    const page = await session.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('tr.zA').nth(ROWS - 1).waitFor();
    const cdp = await session.context.newCDPSession(page);
    const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReturnAsStream' });
    await page.evaluate(rerender, rounds);
    await cdp.send('Tracing.end');
    const events = await readTrace(cdp, await done);
    // Top-level script entries on the thread that ran the churn: the page's main thread.
    const calls = events.filter((e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule'));
    const mainThread = mode(calls.map((e) => e.tid));
    let ours = 0;
    let page_ = 0;
    for (const event of calls.filter((e) => e.tid === mainThread)) {
      const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
      if (url.startsWith('chrome-extension://')) ours += event.dur ?? 0;
      else page_ += event.dur ?? 0;
    }
    return { rows: ROWS, rounds, oursMs: ours / 1000, pageMs: page_ / 1000 };
  } finally {
    await session.close();
  }
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -1;
}
