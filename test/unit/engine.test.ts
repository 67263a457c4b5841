import { fakeBrowser } from '@webext-core/fake-browser';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refresh, RETRY_AFTER_FAILURE_MS, runEngine, RUN_WATCHDOG_MS, type EngineDeps } from '../../src/background/engine';
import { notificationId, SUMMARY_ID } from '../../src/background/notificationIds';
import { notifyFired } from '../../src/background/notifications';
import { OVERDUE_CHECK_INTERVAL } from '../../src/core/schedule';
import type { ReplyCheckResult } from '../../src/background/replyCheck';
import type { FollowUp } from '../../src/core/followUp';
import { BUILT_IN_PLANS, startPlan, stepDueAt } from '../../src/core/plans';
import { createFollowUp, endFollowUp, moveFollowUp, setNote } from '../../src/storage/followUps';
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
  clearReminders: ReturnType<typeof vi.fn<(followedUp: FollowUp[]) => Promise<void>>>;
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
    clearReminders: vi.fn(async () => undefined),
    setAlarm: vi.fn(async () => undefined),
    setBadge: vi.fn(async () => undefined),
  };
});

const add = (overrides: Partial<Parameters<typeof newFollowUp>[0]> = {}) =>
  createFollowUp(deps.db, newFollowUp({ threadId: crypto.randomUUID().slice(0, 8), ...overrides }), clock);

/** Stores `count` follow-ups straight into the table, the first `due` of them due an hour from NOW. */
async function bulkStore(count: number, due: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => ({
    ...newFollowUp({ threadId: i.toString(16) }),
    id: crypto.randomUUID(),
    status: 'pending' as const,
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
    dueAt: i < due ? NOW + HOUR : NOW + 30 * DAY,
    nextCheckAt: i < due ? NOW + HOUR : NOW + 29 * DAY,
  }));
  await deps.db.followUps.bulkAdd(rows);
}

/** A promise and the function that settles it: a step the test lets happen when it chooses. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

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

  it('shows each reminder as it fires, each time with all shown before it in the run', async () => {
    const due = await Promise.all([1, 2, 3].map((i) => add({ dueAt: NOW + i * 1000 })));
    clock = NOW + DAY;
    await runEngine(deps);
    const calls = deps.notify.mock.calls.map(([shown]) => shown.map((f) => f.id));
    expect(calls.map((ids) => ids.length)).toEqual([1, 2, 3]);
    expect(calls[1]!.slice(0, 1)).toEqual(calls[0]);
    expect(calls[2]!.slice(0, 2)).toEqual(calls[1]);
    expect([...calls[2]!].sort()).toEqual(due.map((f) => f.id).sort());
    expect((await deps.db.followUps.toArray()).every((f) => f.unshown === undefined)).toBe(true);
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
    expect(deps.notify).toHaveBeenCalledTimes(3);
    expect(deps.notify.mock.lastCall![0]).toHaveLength(3);
  });

  // fake-indexeddb is slow: 10,000 rows and 400 writes take seconds on a busy machine.
  it('handles 200 due among 10,000 stored in one pass and one growing summary', { timeout: 60_000 }, async () => {
    await bulkStore(10_000, 200);
    clock = NOW + 2 * HOUR;
    const fired = await runEngine(deps);
    expect(fired).toHaveLength(200);
    expect(deps.checkReply).toHaveBeenCalledTimes(200);
    expect(deps.notify).toHaveBeenCalledTimes(200);
    expect(deps.notify.mock.lastCall![0]).toHaveLength(200);
    expect(deps.setBadge).toHaveBeenLastCalledWith(200);
  });
});

describe('the user following up in the thread', () => {
  const followedUp = (at: number): ReplyCheckResult => ({ ...noReply(), followedUpAt: at });

  /** A follow-up whose reminder fired an hour ago. */
  async function fired(overrides: Partial<Parameters<typeof newFollowUp>[0]> = {}) {
    const f = await add({ dueAt: NOW + HOUR, ...overrides });
    clock = NOW + HOUR;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(1);
    clock = NOW + 2 * HOUR;
    await deps.db.followUps.update(f.id, { nextCheckAt: clock }); // its next look for a late reply is now
    return f;
  }

  it('ends a single reminder as done once they followed up after it came, and takes its notification away', async () => {
    const f = await fired();
    deps.checkReply.mockResolvedValueOnce(followedUp(clock - 60_000));
    await runEngine(deps);
    const stored = (await deps.db.followUps.get(f.id))!;
    expect(stored).toMatchObject({ status: 'done' });
    expect(stored.firedAt).toBeUndefined();
    expect(deps.clearReminders).toHaveBeenCalledWith([expect.objectContaining({ id: f.id })]);
    expect(deps.setBadge).toHaveBeenLastCalledWith(0);
  });

  it('moves a plan to its next step, spaced from their follow-up, and reminds again then', async () => {
    const plan = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'persistent')!);
    const f = await fired({ plan });
    const at = clock - 60_000;
    deps.checkReply.mockResolvedValueOnce(followedUp(at));
    await runEngine(deps);
    const stored = (await deps.db.followUps.get(f.id))!;
    expect(stored).toMatchObject({ status: 'pending', plan: { current: 1, doneAt: [at] }, dueAt: stepDueAt(at, plan.steps[1]!.after) });
    expect(stored.firedAt).toBeUndefined();
    expect(deps.clearReminders).toHaveBeenCalledTimes(1);

    clock = stored.dueAt;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(2);
    expect(deps.notify.mock.lastCall?.[0]).toEqual([expect.objectContaining({ id: f.id, plan: expect.objectContaining({ current: 1 }) })]);
  });

  it('leaves a step that has not come due as it is when they write in the thread meanwhile', async () => {
    const plan = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'persistent')!);
    const f = await add({ dueAt: NOW + 3 * DAY, plan });
    clock = f.dueAt - 24 * HOUR;
    deps.checkReply.mockResolvedValueOnce(followedUp(clock - 60_000));
    await runEngine(deps);
    expect(await deps.db.followUps.get(f.id)).toMatchObject({ status: 'pending', dueAt: f.dueAt, plan: { current: 0, doneAt: [] } });
    expect(deps.clearReminders).not.toHaveBeenCalled();
  });
});

describe('heads-ups before a step', () => {
  const MONDAY_9 = Date.parse('2026-11-30T08:00:00Z'); // Berlin; NOW is the Sunday before, 13:00
  const FRIDAY_9 = MONDAY_9 - 3 * DAY;
  const multi = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'multi-touch')!);
  const withHeadsUps = (plans: string[]) => {
    const notifyHeadsUp = vi.fn(async (_f: FollowUp) => undefined);
    Object.assign(deps, { headsUp: { headsUpPlans: plans }, notifyHeadsUp });
    return notifyHeadsUp;
  };

  it('wakes for it the work day before and gives it once, and the step still reminds when due', async () => {
    const notifyHeadsUp = withHeadsUps(['multi-touch']);
    const f = await add({ dueAt: MONDAY_9, plan: { ...multi, current: 1, doneAt: [NOW] } });
    await runEngine(deps);
    // While heads-ups are on, it looks daily; then Friday's heads-up comes before Sunday's look for a reply.
    expect(deps.setAlarm).toHaveBeenLastCalledWith(NOW + DAY);
    clock = FRIDAY_9 - 12 * HOUR;
    await runEngine(deps);
    expect(deps.setAlarm).toHaveBeenLastCalledWith(FRIDAY_9);
    expect(notifyHeadsUp).not.toHaveBeenCalled();

    clock = FRIDAY_9;
    await runEngine(deps);
    expect(notifyHeadsUp).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: f.id, headsUpFor: MONDAY_9 }));
    expect(deps.notify).not.toHaveBeenCalled();
    expect(deps.setAlarm).toHaveBeenLastCalledWith(FRIDAY_9 + DAY);
    await runEngine(deps);
    expect(notifyHeadsUp).toHaveBeenCalledOnce();

    clock = MONDAY_9;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledOnce();
  });

  it('gives none for a plan without heads-ups, nor for a single reminder', async () => {
    const notifyHeadsUp = withHeadsUps(['persistent']);
    await add({ dueAt: MONDAY_9, plan: multi });
    await add({ dueAt: MONDAY_9 });
    clock = FRIDAY_9;
    await runEngine(deps);
    expect(notifyHeadsUp).not.toHaveBeenCalled();
  });

  it('still reminds when giving a heads-up fails', async () => {
    const notifyHeadsUp = withHeadsUps(['multi-touch']);
    notifyHeadsUp.mockRejectedValue(new Error('notifications are off in the OS'));
    await add({ dueAt: MONDAY_9, plan: multi });
    await add({ dueAt: FRIDAY_9 });
    clock = FRIDAY_9;
    await runEngine(deps);
    expect(notifyHeadsUp).toHaveBeenCalledOnce();
    expect(deps.notify).toHaveBeenCalledOnce();
  });
});

describe('a reply-by on mail the user received', () => {
  const userWrote = (at: number): ReplyCheckResult => ({ ...replied(), userWroteAt: at });
  const replyBy = () => add({ dueAt: NOW + 3 * DAY, condition: 'until-i-reply', tracking: { kind: 'thread' } });

  it('looks at the thread before it comes due, and ends as done when the user has replied', async () => {
    const f = await replyBy();
    clock = f.dueAt - 24 * HOUR;
    deps.checkReply.mockResolvedValueOnce(userWrote(clock - 60_000));
    await runEngine(deps);
    expect(deps.checkReply).toHaveBeenCalledTimes(1);
    const stored = (await deps.db.followUps.get(f.id))!;
    expect(stored.status).toBe('done');
    expect(stored.nextCheckAt).toBeUndefined();
    expect(deps.notify).not.toHaveBeenCalled();
    expect(deps.notifyReplied).not.toHaveBeenCalled();
  });

  it('reminds when only others wrote: their answer is no reply of the user’s', async () => {
    const f = await replyBy();
    deps.checkReply.mockImplementation(async () => replied());
    clock = f.dueAt;
    await runEngine(deps);
    expect(await deps.db.followUps.get(f.id)).toMatchObject({ status: 'pending', firedAt: clock });
    expect(deps.notify).toHaveBeenCalledWith([expect.objectContaining({ id: f.id })]);
  });

  it('after the reminder, keeps looking, and the user’s late reply ends it and takes the notification away', async () => {
    const f = await replyBy();
    clock = f.dueAt;
    await runEngine(deps);
    const fired = (await deps.db.followUps.get(f.id))!;
    // Looked at again later (an hour on, here, since the mock check recorded no baseline).
    expect(fired.nextCheckAt).toBeGreaterThan(clock);
    expect(fired.nextCheckAt).toBeLessThanOrEqual(clock + OVERDUE_CHECK_INTERVAL);
    clock = fired.nextCheckAt!;
    deps.checkReply.mockResolvedValueOnce(userWrote(clock - 60_000));
    await runEngine(deps);
    expect(await deps.db.followUps.get(f.id)).toMatchObject({ status: 'done' });
    expect(deps.clearReminders).toHaveBeenCalledWith([expect.objectContaining({ id: f.id })]);
    expect(deps.setBadge).toHaveBeenLastCalledWith(0);
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

describe('showing reminders', () => {
  const owed = async (id: string) => (await deps.db.followUps.get(id))?.unshown;
  /** A follow-up that fired at its due time, whose notification could not be created. */
  async function firedButNotShown(): Promise<FollowUp> {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    deps.notify.mockRejectedValueOnce(new Error('notifications are unavailable'));
    expect(await runEngine(deps)).toEqual([]);
    return f;
  }

  it('shows the first of 200 due while the other checks are still waiting for Gmail', { timeout: 60_000 }, async () => {
    await bulkStore(200, 200);
    clock = NOW + 2 * HOUR;
    const gmail = gate();
    deps.checkReply.mockImplementation(async () => {
      if (deps.checkReply.mock.calls.length > 1) await gmail.opened; // only the first check is answered
      return noReply();
    });
    const run = runEngine(deps);
    await expect.poll(() => deps.notify.mock.calls.length).toBe(1);
    expect(deps.notify.mock.calls[0]![0]).toHaveLength(1);
    expect(deps.checkReply.mock.calls.length).toBeLessThan(200);
    gmail.open();
    expect(await run).toHaveLength(200);
    expect(deps.notify.mock.lastCall![0]).toHaveLength(200);
  });

  it('never shows an owed reminder once an answer came while the worker was stopped: it closes it', async () => {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    void runEngine({ ...deps, notify: () => new Promise<void>(() => {}) });
    await expect.poll(() => owed(f.id)).toBe(true);

    clock += 60_000;
    deps.checkReply.mockImplementation(async () => replied());
    expect(await runEngine(deps)).toEqual([]);
    expect(deps.notify).not.toHaveBeenCalled();
    expect(await deps.db.followUps.get(f.id)).toMatchObject({ status: 'replied' });
    expect(await owed(f.id)).toBeUndefined();
  });

  it('shows on the next run, exactly once, a reminder whose run was stopped before it was shown', async () => {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    // The worker is stopped while the notification is being created: that run never goes on.
    void runEngine({ ...deps, notify: () => new Promise<void>(() => {}) });
    await expect.poll(() => owed(f.id)).toBe(true);
    expect((await deps.db.followUps.get(f.id))?.firedAt).toBe(clock);

    clock += 60_000; // the worker starts again
    expect((await runEngine(deps)).map((x) => x.id)).toEqual([f.id]);
    expect(deps.notify).toHaveBeenCalledTimes(1);
    expect(deps.checkReply).toHaveBeenCalledTimes(2); // Gmail is asked again: an answer may have come meanwhile
    expect(await owed(f.id)).toBeUndefined();
    expect(deps.setAlarm).toHaveBeenLastCalledWith(clock + OVERDUE_CHECK_INTERVAL);

    clock += OVERDUE_CHECK_INTERVAL; // the late-reply check comes round: no second reminder
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(1);
  });

  it('keeps a reminder whose notification failed, and shows it once at the retry', async () => {
    const f = await firedButNotShown();
    expect(await owed(f.id)).toBe(true);
    expect(deps.setAlarm).toHaveBeenLastCalledWith(clock + RETRY_AFTER_FAILURE_MS);
    expect(deps.setBadge).toHaveBeenLastCalledWith(1);

    clock += RETRY_AFTER_FAILURE_MS;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(2);
    expect(deps.notify.mock.lastCall![0].map((x) => x.id)).toEqual([f.id]);
    expect(await owed(f.id)).toBeUndefined();
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(2);
  });

  it("goes on past one follow-up whose write IndexedDB refuses, logging no mail content, and retries it", async () => {
    const [shown, refused, answered] = await Promise.all([1, 2, 3].map((i) => add({ dueAt: NOW + i * 1000 })));
    clock = NOW + DAY;
    deps.checkReply.mockImplementation(async (f) => (f.id === answered!.id ? replied() : noReply()));
    const put = deps.db.followUps.put.bind(deps.db.followUps);
    const full = vi.spyOn(deps.db.followUps, 'put').mockImplementation((row, key) => {
      if (row.id !== refused!.id) return put(row, key);
      return Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    expect((await runEngine(deps)).map((f) => f.id)).toEqual([shown!.id]);
    expect(await deps.db.followUps.get(shown!.id)).toMatchObject({ firedAt: clock });
    expect(await owed(shown!.id)).toBeUndefined();
    expect(deps.notifyReplied).toHaveBeenCalledWith([expect.objectContaining({ id: answered!.id })]);
    // Tried again in a minute on its own, so a change meanwhile (which re-arms from the queue) does not retry it at once.
    expect(await deps.db.followUps.get(refused!.id)).toMatchObject({ nextCheckAt: clock + RETRY_AFTER_FAILURE_MS });
    expect((await deps.db.followUps.get(refused!.id))?.firedAt).toBeUndefined();
    expect(deps.setAlarm).toHaveBeenLastCalledWith(clock + RETRY_AFTER_FAILURE_MS);
    await refresh(deps);
    expect(deps.setAlarm).toHaveBeenLastCalledWith(clock + RETRY_AFTER_FAILURE_MS);
    expect(deps.setBadge).toHaveBeenLastCalledWith(1);
    const log = JSON.stringify(logged.mock.calls);
    expect(log).toContain(refused!.id);
    expect(log).toContain('QuotaExceededError');
    expect(log).not.toContain(refused!.subject);
    expect(log).not.toContain('jordan');

    full.mockRestore();
    clock += RETRY_AFTER_FAILURE_MS;
    expect((await runEngine(deps)).map((f) => f.id)).toEqual([refused!.id]);
    expect(await owed(refused!.id)).toBeUndefined();
  });

  it('holds the whole alarm back a minute when even the retry of a failed follow-up cannot be written', async () => {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    const refuse = () => Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    vi.spyOn(deps.db.followUps, 'put').mockImplementation(refuse);
    vi.spyOn(deps.db.followUps, 'update').mockImplementation(refuse);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runEngine(deps)).toEqual([]);
    expect((await deps.db.followUps.get(f.id))?.nextCheckAt).toBeLessThanOrEqual(clock);
    expect(deps.setAlarm).toHaveBeenLastCalledWith(clock + RETRY_AFTER_FAILURE_MS);
  });

  it('never shows a reminder twice when its note is edited between firing and showing', async () => {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    deps.notify.mockImplementationOnce(async () => {
      clock += 1000;
      await setNote(deps.db, f.id, 'Call instead', '', clock); // the user, in the popup, meanwhile
    });
    await runEngine(deps);
    expect(await owed(f.id)).toBeUndefined();
    clock += 60_000;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(1);
  });

  it('owes only the new due time once a reminder that was never shown is moved', async () => {
    const f = await firedButNotShown();
    await moveFollowUp(deps.db, f.id, clock + DAY, clock);
    expect(await owed(f.id)).toBeUndefined();
    clock += RETRY_AFTER_FAILURE_MS;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(1); // the failed attempt only

    clock = f.dueAt + DAY;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(2);
    clock += 60_000;
    await runEngine(deps);
    expect(deps.notify).toHaveBeenCalledTimes(2);
  });
});

describe('the notifications of one run', () => {
  // The fake has no notifications.update; Chrome has.
  const withUpdate = (update: () => Promise<boolean>) => Object.assign(fakeBrowser.notifications, { update });
  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser.notifications, 'update');
  });

  it('shows the first alone at once, then one summary in its place, updated in place as more come due', async () => {
    const due = await Promise.all([1, 2, 3].map((i) => add({ dueAt: NOW + i * 1000 })));
    clock = NOW + DAY;
    const update = vi.fn(async () => true);
    withUpdate(update);
    const seen: string[][] = [];
    deps.notify.mockImplementation(async (shown) => {
      await notifyFired(shown, clock, { notifyWhenDue: true });
      seen.push(Object.keys(await fakeBrowser.notifications.getAll()));
    });
    const shown = await runEngine(deps);
    expect(shown.map((f) => f.id).sort()).toEqual(due.map((f) => f.id).sort());
    expect(seen).toEqual([[notificationId(shown[0]!)], [SUMMARY_ID], [SUMMARY_ID]]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[SUMMARY_ID]).toMatchObject({ title: '2 follow-ups are due' });
    expect(update).toHaveBeenCalledExactlyOnceWith(SUMMARY_ID, expect.objectContaining({ title: '3 follow-ups are due' }));
  });

  it('shows the summary again when the user closed it and more came due', async () => {
    await Promise.all([1, 2, 3].map((i) => add({ dueAt: NOW + i * 1000 })));
    clock = NOW + DAY;
    withUpdate(async () => false); // Chrome: no such notification any more
    deps.notify.mockImplementation((shown) => notifyFired(shown, clock, { notifyWhenDue: true }));
    await runEngine(deps);
    expect(fakeBrowser.notifications.getAllCreateOptions()[SUMMARY_ID]).toMatchObject({ title: '3 follow-ups are due' });
  });

  it('with "notify when due" off, counts a reminder as shown on the badge alone, and never loops on it', async () => {
    const f = await add({ dueAt: NOW + HOUR });
    clock = f.dueAt;
    deps.notify.mockImplementation((shown) => notifyFired(shown, clock, { notifyWhenDue: false }));
    expect((await runEngine(deps)).map((x) => x.id)).toEqual([f.id]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect((await deps.db.followUps.get(f.id))?.unshown).toBeUndefined();
    expect(deps.setBadge).toHaveBeenLastCalledWith(1);
    expect(deps.setAlarm).toHaveBeenLastCalledWith(clock + OVERDUE_CHECK_INTERVAL);
  });
});
