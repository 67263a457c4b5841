import { describe, expect, it, vi } from 'vitest';
import { oneAtATime } from '../../src/background/oneAtATime';

describe('a task run one at a time', () => {
  it('runs once more for all the calls made while it ran, and never twice at once', async () => {
    let rounds = 0;
    let inside = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    const run = oneAtATime(async () => {
      rounds += 1;
      inside += 1;
      most = Math.max(most, inside);
      await new Promise<void>((resolve) => releases.push(resolve));
      inside -= 1;
    });
    const first = run();
    const second = run();
    const third = run();
    expect(second).toBe(first);
    expect(third).toBe(first);
    releases.shift()!();
    // The calls made during the first round make one more round, in the same run.
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    expect(rounds).toBe(2);
    releases.shift()!();
    await first;
    expect(rounds).toBe(2);
    expect(most).toBe(1);
    // Once idle, a call starts a new run.
    const fourth = run();
    expect(fourth).not.toBe(first);
    releases.shift()!();
    await fourth;
    expect(rounds).toBe(3);
  });

  it('goes on after a round that failed, and the run says so', async () => {
    let rounds = 0;
    const run = oneAtATime(async () => {
      rounds += 1;
      if (rounds === 1) throw new Error('refused');
    });
    await expect(run()).rejects.toThrow('refused');
    await run();
    expect(rounds).toBe(2);
  });
});
