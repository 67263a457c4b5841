import { describe, expect, it } from 'vitest';
import { nextCheckAt, OVERDUE_CHECK_INTERVAL, shouldFire } from '../../src/core/schedule';

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
    expect(nextCheckAt({ ...fired, condition: 'always' as const }, NOW)).toBeUndefined();
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
