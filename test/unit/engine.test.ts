import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runEngine, RUN_WATCHDOG_MS, type EngineDeps } from '../../src/background/engine';
import { OVERDUE_CHECK_INTERVAL } from '../../src/core/schedule';
import type { ReplyCheckResult } from '../../src/background/replyCheck';
import type { FollowUp } from '../../src/core/followUp';
import { createFollowUp, endFollowUp } from '../../src/storage/followUps';
import { DAY, freshDb, newFollowUp, NOW } from './fixtures';

const HOUR = 3_600_000;
const noReply = (): ReplyCheckResult => ({ check: { checkedAt: clock, outcome: 'no-reply', autoReplies: [] } });
const replied = (): ReplyCheckResult => ({
  check: {
    checkedAt: clock,
    outcome: 'replied',
    evidence: { by: { name: 'Jordan Lee', email: 'jordan@client.example' }, dateText: 'Nov 24' },
  },
});

let clock = NOW;
let deps: EngineDeps & {
  checkReply: ReturnType<typeof vi.fn<(f: FollowUp) => Promise<ReplyCheckResult>>>;
  notify: ReturnType<typeof vi.fn<(fired: FollowUp[]) => Promise<void>>>;
  notifyReplied: ReturnType<typeof vi.fn<(closed: FollowUp[]) => Promise<void>>>;
  setAlarm: ReturnType<typeof vi.fn<(when: number | undefined) => Promise<void>>>;
  setBadge: ReturnType<typeof vi.fn<(n: number) => Promise<void>>>;
};

beforeEach(() => {
  clock = NOW;
  deps = {
    db: freshDb(),
    now: () => clock,
    checkReply: vi.fn(async () => noReply()),
    notify: vi.fn(async () => undefined),
    notifyReplied: vi.fn(async () => undefined),
    setAlarm: vi.fn(async () => undefined),
    setBadge: vi.fn(async () => undefined),
  };
});

const add = (overrides: Partial<Parameters<typeof newFollowUp>[0]> = {}) =>
  createFollowUp(deps.db, newFollowUp({ threadId: crypto.randomUUID().slice(0, 8), ...overrides }), clock);

describe('the engine', () => {
  it('does nothing early but arm the alarm for the first pre-check', async () => {
    const f = await add({ dueAt: NOW + 3 * DAY });
    await runEngine(deps);
    expect(deps.checkReply).not.toHaveBeenCalled();
    expect(deps.setAlarm).toHaveBeenLastCalledWith(f.dueAt - 24 * HOUR);
    expect(deps.setBadge).toHaveBeenLastCalledWith(0);
  });

  it('closes a follow-up as replied, with evidence, when a pre-check finds a reply', async () => {
    const f = await add({ dueAt: NOW + 3 * DAY });
    deps.checkReply.mockImplementation(async () => replied());
    clock = f.dueAt - 24 * HOUR;
    expect(await runEngine(deps)).toEqual([]);
    const stored = await deps.db.followUps.get(f.id);
    expect(stored).toMatchObject({ status: 'replied', replyCheck: { outcome: 'replied', evidence: { dateText: 'Nov 24' } } });
    expect(stored?.nextCheckAt).toBeUndefined();
    expect(deps.notify).not.toHaveBeenCalled();
    expect(deps.notifyReplied).toHaveBeenCalledWith([expect.objectContaining({ id: f.id, status: 'replied' })]);
    expect(deps.setAlarm).toHaveBeenLastCalledWith(undefined);
  });

  it('moves on to the next pre-check when nobody replied yet', async () => {
    const f = await add({ dueAt: NOW + 3 * DAY });
    clock = f.dueAt - 24 * HOUR;
    await runEngine(deps);
    expect(deps.checkReply).toHaveBeenCalledTimes(1);
    expect((await deps.db.followUps.get(f.id))?.nextCheckAt).toBe(f.dueAt - 8 * HOUR);
    expect(deps.notify).not.toHaveBeenCalled();
  });

  it('fires a due follow-up with no reply exactly once, and counts it on the badge', async () => {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    const fired = await runEngine(deps);
    expect(fired.map((x) => x.id)).toEqual([f.id]);
    expect(deps.notify).toHaveBeenCalledTimes(1);
    expect(await deps.db.followUps.get(f.id)).toMatchObject({ status: 'pending', firedAt: clock });
    expect(deps.setBadge).toHaveBeenLastCalledWith(1);

    clock += 6 * HOUR; // the late-reply check comes round: still no reply, no second reminder
    await runEngine(deps);
    expect(deps.checkReply).toHaveBeenCalledTimes(2);
    expect(deps.notify).toHaveBeenCalledTimes(1);
  });

  it('still fires when the reply check could not be made, saying so', async () => {
    const f = await add({ dueAt: NOW + HOUR });
    deps.checkReply.mockImplementation(async () => ({ check: { checkedAt: clock, outcome: 'unknown', reason: 'signed out of Gmail' } }));
    clock = f.dueAt;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledWith([expect.objectContaining({ id: f.id, replyCheck: expect.objectContaining({ outcome: 'unknown' }) })]);
  });

  it('fires an unconditional follow-up without asking Gmail', async () => {
    const f = await add({ dueAt: NOW + 3 * DAY, condition: 'always' });
    clock = f.dueAt;
    await runEngine(deps);
    expect(deps.checkReply).not.toHaveBeenCalled();
    expect(deps.notify).toHaveBeenCalledTimes(1);
  });

  it('hands every follow-up due at once to one notify call', async () => {
    const due = await Promise.all([1, 2, 3].map((i) => add({ dueAt: NOW + i * 1000 })));
    clock = NOW + DAY;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(1);
    expect(deps.notify.mock.calls[0]![0].map((f) => f.id).sort()).toEqual(due.map((f) => f.id).sort());
  });

  it('fires once when two runs overlap', async () => {
    await Promise.all([1, 2, 3].map((i) => add({ dueAt: NOW + i * 1000 })));
    clock = NOW + DAY;
    const [a, b] = await Promise.all([runEngine(deps), runEngine(deps)]);
    expect(a.length + b.length).toBe(3);
    expect(new Set([...a, ...b].map((f) => f.id)).size).toBe(3);
  });

  it("lets the user's change made during a check win", async () => {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    deps.checkReply.mockImplementation(async () => {
      await endFollowUp(deps.db, f.id, 'done', clock);
      return noReply();
    });
    expect(await runEngine(deps)).toEqual([]);
    expect(await deps.db.followUps.get(f.id)).toMatchObject({ status: 'done' });
    expect((await deps.db.followUps.get(f.id))?.firedAt).toBeUndefined();
  });

  it('loses nothing when a run is stopped midway, and the next run fires each once', async () => {
    const due = await Promise.all([1, 2, 3].map((i) => add({ dueAt: NOW + i * 1000 })));
    clock = NOW + DAY;
    let release: () => void = () => {};
    const hung = new Promise<void>((resolve) => (release = resolve));
    // The first run's checks never come back: the worker was stopped.
    const stopped = runEngine({ ...deps, checkReply: async () => (await hung, noReply()) });
    const fired = await runEngine(deps);
    expect(fired.map((f) => f.id).sort()).toEqual(due.map((f) => f.id).sort());
    release(); // had it survived, the first run must not fire them again
    expect(await stopped).toEqual([]);
    const stored = await deps.db.followUps.toArray();
    expect(stored.every((f) => f.firedAt === clock)).toBe(true);
    expect(deps.notify).toHaveBeenCalledTimes(1);
  });

  it('handles 200 due among 10,000 stored in one pass and one notification', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      ...newFollowUp({ threadId: i.toString(16) }),
      id: crypto.randomUUID(),
      status: 'pending' as const,
      note: '',
      createdAt: NOW,
      updatedAt: NOW,
      dueAt: i < 200 ? NOW + HOUR : NOW + 30 * DAY,
      nextCheckAt: i < 200 ? NOW + HOUR : NOW + 29 * DAY,
    }));
    await deps.db.followUps.bulkAdd(rows);
    clock = NOW + 2 * HOUR;
    const fired = await runEngine(deps);
    expect(fired).toHaveLength(200);
    expect(deps.checkReply).toHaveBeenCalledTimes(200);
    expect(deps.notify).toHaveBeenCalledTimes(1);
    expect(deps.setBadge).toHaveBeenLastCalledWith(200);
  });
});

describe('a run stopped midway', () => {
  it('leaves an alarm that wakes the worker again while it works, replaced by the real next time at the end', async () => {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    let alarmWhileChecking: number | undefined;
    deps.checkReply.mockImplementation(async () => {
      alarmWhileChecking = deps.setAlarm.mock.lastCall?.[0];
      return noReply();
    });
    await runEngine(deps);
    expect(alarmWhileChecking).toBe(clock + RUN_WATCHDOG_MS);
    expect(deps.setAlarm).toHaveBeenLastCalledWith(clock + OVERDUE_CHECK_INTERVAL);
  });
});

describe('the user acts while a check is in flight', () => {
  it('keeps "done" when a reply is found for a follow-up the user marked done meanwhile', async () => {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    deps.checkReply.mockImplementation(async () => {
      await endFollowUp(deps.db, f.id, 'done', clock); // the user, in the popup, during the request
      return replied();
    });
    await runEngine(deps);
    const stored = await deps.db.followUps.get(f.id);
    expect(stored).toMatchObject({ status: 'done' });
    expect(stored?.replyCheck).toBeUndefined();
    expect(deps.notifyReplied).not.toHaveBeenCalled();
  });
});
