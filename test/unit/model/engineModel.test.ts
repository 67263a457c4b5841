/**
 * Model-based test of the engine, the store and the protocol together (issue 9): random
 * sequences of user actions, replies, clock jumps, worker stops at any await, lost alarms and
 * full disks, checked against a simple model after every step (see model.ts for the
 * invariants). Seeded, so a failure reproduces: fast-check prints the seed, the path and the
 * shrunk sequence of steps. MODEL_RUNS and MODEL_SEED change the amount and the seed.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOW } from '../fixtures';
import { commands } from './commands';
import { MAIL_CONTENT, Model } from './model';
import { World } from './world';

/** Sequences and their longest length: about 25,000 steps in all, in about a minute on two cores. */
const RUNS = Number(process.env.MODEL_RUNS ?? 400);
const MAX_STEPS = 120;
const SEED = Number(process.env.MODEL_SEED ?? 20261201);

let logged: string[] = [];
beforeEach(() => {
  logged = [];
  // Full disks and refusals are logged on purpose; what is logged is checked below, not shown.
  for (const level of ['error', 'warn', 'info', 'log'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
});
afterEach(() => vi.restoreAllMocks());

describe('the engine and the store against a model', () => {
  it('show every due follow-up once, lose none, let the latest action win, and log no mail content', { timeout: 600_000 }, async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands(), { maxCommands: MAX_STEPS, size: 'max' }), async (sequence) => {
        steps += [...sequence].length;
        await fc.asyncModelRun(() => ({ model: new Model(), real: new World(NOW) }), sequence);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    process.stdout.write(`model steps: ${steps}\n`);
    expect(steps).toBeGreaterThan(RUNS * 10);
    const leaks = logged.filter((line) => MAIL_CONTENT.some((content) => line.includes(content)));
    expect(leaks).toEqual([]);
  });
});
