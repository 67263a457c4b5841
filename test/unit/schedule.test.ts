import { describe, expect, it } from 'vitest';
import { awaitsShowing, nextCheckAt, OVERDUE_CHECK_INTERVAL, shouldFire } from '../../src/core/schedule';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-22T12:00:00Z');
const pending = (dueAt: number, extra = {}) => ({
  status: 'pending' as const,
  condition: 'if-no-reply' as const,
  dueAt,
  firedAt: undefined,
  ...extra,
});

describe('nextCheckAt', () => {
  it('checks a day before, then 8 and 2 hours before, then at the due time', () => {
    const due = NOW + 72 * HOUR;
    expect(nextCheckAt(pending(due), NOW)).toBe(due - 24 * HOUR);
    expect(nextCheckAt(pending(due), due - 24 * HOUR)).toBe(due - 8 * HOUR);
    expect(nextCheckAt(pending(due), due - 8 * HOUR)).toBe(due - 2 * HOUR);
    expect(nextCheckAt(pending(due), due - 2 * HOUR)).toBe(due);
  });

  it('goes straight to the due time when it is near', () => {
    expect(nextCheckAt(pending(NOW + HOUR), NOW)).toBe(NOW + HOUR);
  });

  it('works at once on a follow-up already overdue', () => {
    expect(nextCheckAt(pending(NOW - HOUR), NOW)).toBe(NOW - HOUR);
  });

  it('has no pre-checks for a follow-up that fires always', () => {
    expect(nextCheckAt(pending(NOW + 72 * HOUR, { condition: 'always' }), NOW)).toBe(NOW + 72 * HOUR);
  });

  it('keeps looking for a late reply after firing, for two weeks', () => {
    const fired = pending(NOW - HOUR, { firedAt: NOW - HOUR });
    expect(nextCheckAt(fired, NOW)).toBe(NOW + OVERDUE_CHECK_INTERVAL);
    expect(nextCheckAt(fired, NOW + 14 * 24 * HOUR)).toBeUndefined();
    // The last check falls exactly two weeks after the reminder, and still happens.
    const lastCheck = NOW - HOUR + 14 * 24 * HOUR;
    expect(nextCheckAt(fired, lastCheck - OVERDUE_CHECK_INTERVAL)).toBe(lastCheck);
    expect(nextCheckAt({ ...fired, condition: 'always' as const }, NOW)).toBeUndefined();
  });

  it('keeps a reminder that fired but was not shown at the head of the queue, for as long as it is open', () => {
    const owed = pending(NOW - HOUR, { firedAt: NOW - HOUR, unshown: true as const });
    expect(awaitsShowing(owed)).toBe(true);
    expect(nextCheckAt(owed, NOW + 3 * HOUR)).toBe(NOW - HOUR);
    expect(nextCheckAt({ ...owed, condition: 'always' as const }, NOW)).toBe(NOW - HOUR);
    expect(awaitsShowing({ ...owed, status: 'done' as const })).toBe(false);
    expect(nextCheckAt({ ...owed, status: 'done' as const }, NOW)).toBeUndefined();
    expect(awaitsShowing(pending(NOW - HOUR, { firedAt: NOW - HOUR }))).toBe(false);
  });

  it('queues an owed reminder at its due time, so a clock set back since still finds it owed', () => {
    const owed = pending(NOW - 2 * HOUR, { firedAt: NOW, unshown: true as const });
    expect(nextCheckAt(owed, NOW - HOUR)).toBe(NOW - 2 * HOUR);
  });

  it.each(['replied', 'done', 'cancelled'] as const)('has nothing to do for a %s follow-up', (status) => {
    expect(nextCheckAt(pending(NOW + HOUR, { status }), NOW)).toBeUndefined();
  });
});

describe('shouldFire', () => {
  it('fires an active follow-up whose due time has come, once', () => {
    expect(shouldFire(pending(NOW), NOW)).toBe(true);
    expect(shouldFire(pending(NOW + 1), NOW)).toBe(false);
    expect(shouldFire(pending(NOW - HOUR, { firedAt: NOW - 1 }), NOW)).toBe(false);
    expect(shouldFire(pending(NOW - HOUR, { status: 'snoozed' }), NOW)).toBe(true);
    expect(shouldFire(pending(NOW - HOUR, { status: 'done' }), NOW)).toBe(false);
  });
});

describe('recording what the thread held when the follow-up was set', () => {
  const due = NOW + 72 * HOUR;
  const threadPermId = 'thread-f:1784392437064013029';
  const tracked = (extra = {}) => pending(due, { tracking: { kind: 'compose' as const, from: '', body: '5.abc' }, threadPermId, createdAt: NOW, ...extra });
  const tried = (at: number) => ({ replyCheck: { checkedAt: at, outcome: 'unknown' as const, reason: 'the message you sent is not in the thread yet' } });

  it('is work for right now, once the thread is known', () => {
    expect(nextCheckAt(tracked(), NOW)).toBe(NOW);
    expect(nextCheckAt(tracked({ threadPermId: '' }), NOW)).toBe(due - 24 * HOUR); // a new message's thread not found yet
  });

  it('is not recorded here for one set on a thread view on another computer; one set from compose is', () => {
    expect(nextCheckAt(tracked({ tracking: { kind: 'thread' as const }, setElsewhere: true }), NOW)).toBe(due - 24 * HOUR);
    expect(nextCheckAt(tracked({ tracking: { kind: 'thread' as const } }), NOW)).toBe(NOW);
    expect(nextCheckAt(tracked({ setElsewhere: true }), NOW)).toBe(NOW);
  });

  it('is tried again every minute for ten minutes (Undo send holds the message), then hourly', () => {
    expect(nextCheckAt(tracked(tried(NOW + 2 * 60_000)), NOW + 2 * 60_000)).toBe(NOW + 3 * 60_000);
    expect(nextCheckAt(tracked(tried(NOW + 11 * 60_000)), NOW + 11 * 60_000)).toBe(NOW + 11 * 60_000 + HOUR);
    // Ten minutes on the dot is no longer "soon".
    expect(nextCheckAt(tracked(tried(NOW + 10 * 60_000)), NOW + 10 * 60_000)).toBe(NOW + 10 * 60_000 + HOUR);
  });

  it.each(['replied', 'done', 'cancelled'] as const)('is no work once the follow-up is %s, recorded or not', (status) => {
    expect(nextCheckAt(tracked({ status }), NOW)).toBeUndefined();
  });

  it('is no work once recorded, for follow-ups that remind regardless, and is not hurried for ones from before v3', () => {
    const baseline = { recordedAt: NOW, messages: [{ from: 'a@b.example', dateText: '', body: '5.abc' }], tracked: 0, addressees: [] };
    expect(nextCheckAt(tracked({ baseline }), NOW)).toBe(due - 24 * HOUR);
    expect(nextCheckAt(tracked({ condition: 'always' }), NOW)).toBe(due);
    expect(nextCheckAt(pending(due, { threadPermId, createdAt: NOW }), NOW)).toBe(due - 24 * HOUR);
  });
});
