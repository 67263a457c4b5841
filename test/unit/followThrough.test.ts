import { describe, expect, it } from 'vitest';
import { MONTHS_SHOWN, outcomesByMonth, promisesKept } from '../../src/core/followThrough';
import type { OutcomeKind } from '../../src/core/outcome';

// Berlin, the unit tests' zone: a reminder promised for Tuesday 1 Dec 2026, 09:00 local.
const PROMISED = Date.parse('2026-12-01T08:00:00Z');
const HOUR = 3_600_000;

describe('follow-ups made when promised', () => {
  it('counts a follow-up made by the end of the promised day, or earlier, as on time', () => {
    const made = [
      { promisedAt: PROMISED, at: PROMISED - 2 * 24 * HOUR }, // early
      { promisedAt: PROMISED, at: PROMISED + 5 * HOUR }, // that afternoon
      { promisedAt: PROMISED, at: Date.parse('2026-12-01T22:59:59.999Z') }, // 23:59:59.999 Berlin
      { promisedAt: PROMISED, at: Date.parse('2026-12-01T23:00:00Z') }, // midnight Berlin: the next day
    ];
    expect(promisesKept([{ made: made.slice(0, 2) }, {}, { made: made.slice(2) }])).toEqual({ made: 4, onTime: 3, rate: 0.75 });
  });

  it('has no rate before any follow-up was made', () => {
    expect(promisesKept([{}, {}])).toEqual({ made: 0, onTime: 0, rate: null });
  });
});

describe('outcomes by month', () => {
  const outcome = (kind: OutcomeKind, at: string) => ({ outcome: { kind, at: Date.parse(at), steps: 1 } });
  const NOW = Date.parse('2026-12-15T12:00:00Z');

  it('counts each outcome in the local month it was recorded, for the last six months, empty ones included', () => {
    const months = outcomesByMonth(
      [
        outcome('yes', '2026-12-01T10:00:00Z'),
        outcome('yes', '2026-11-30T23:30:00Z'), // 1 Dec, 00:30 in Berlin
        outcome('no', '2026-11-30T22:30:00Z'), // 30 Nov, 23:30 in Berlin
        outcome('next-step', '2026-07-01T00:00:00Z'), // 1 Jul, 02:00: the oldest month shown
        outcome('no-answer', '2026-06-30T21:00:00Z'), // June: too old to show
        outcome('yes', '2027-01-02T10:00:00Z'), // ahead of the clock
        {},
      ],
      NOW,
    );
    expect(months).toHaveLength(MONTHS_SHOWN);
    expect(months.map((m) => new Date(m.monthStart).toISOString())).toEqual([
      '2026-06-30T22:00:00.000Z',
      '2026-07-31T22:00:00.000Z',
      '2026-08-31T22:00:00.000Z',
      '2026-09-30T22:00:00.000Z',
      '2026-10-31T23:00:00.000Z',
      '2026-11-30T23:00:00.000Z',
    ]);
    expect(months.map((m) => m.counts)).toEqual([
      { yes: 0, no: 0, 'next-step': 1, 'no-answer': 0 },
      { yes: 0, no: 0, 'next-step': 0, 'no-answer': 0 },
      { yes: 0, no: 0, 'next-step': 0, 'no-answer': 0 },
      { yes: 0, no: 0, 'next-step': 0, 'no-answer': 0 },
      { yes: 0, no: 1, 'next-step': 0, 'no-answer': 0 },
      { yes: 2, no: 0, 'next-step': 0, 'no-answer': 0 },
    ]);
  });
});
