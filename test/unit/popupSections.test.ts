import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { bySection } from '../../src/popup/sections';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

const due = (iso: string) => ({ id: iso, dueAt: Date.parse(iso) }) as FollowUp;
const ids = (list: FollowUp[]) => list.map((f) => f.id);

describe('popup sections', () => {
  it('splits at now and at local midnight, keeping the order given', () => {
    const now = Date.parse('2026-11-18T17:00:00+01:00');
    const sections = bySection(
      [
        due('2026-11-15T09:00:00+01:00'),
        due('2026-11-18T17:00:00+01:00'), // due this very moment: overdue
        due('2026-11-18T17:01:00+01:00'),
        due('2026-11-18T23:59:00+01:00'),
        due('2026-11-19T00:00:00+01:00'),
        due('2027-01-04T09:00:00+01:00'),
      ],
      now,
    );
    expect(ids(sections.overdue)).toEqual(['2026-11-15T09:00:00+01:00', '2026-11-18T17:00:00+01:00']);
    expect(ids(sections.today)).toEqual(['2026-11-18T17:01:00+01:00', '2026-11-18T23:59:00+01:00']);
    expect(ids(sections.upcoming)).toEqual(['2026-11-19T00:00:00+01:00', '2027-01-04T09:00:00+01:00']);
  });

  it('puts what waits on the user (reply-bys) in a section of its own, overdue or not, before the rest', () => {
    const now = Date.parse('2026-11-18T17:00:00+01:00');
    const replyBy = (iso: string) => ({ ...due(iso), condition: 'until-i-reply' }) as FollowUp;
    const sections = bySection([replyBy('2026-11-15T09:00:00+01:00'), due('2026-11-16T09:00:00+01:00'), replyBy('2026-11-20T09:00:00+01:00')], now);
    expect(ids(sections.waitingOnMe)).toEqual(['2026-11-15T09:00:00+01:00', '2026-11-20T09:00:00+01:00']);
    expect(ids(sections.overdue)).toEqual(['2026-11-16T09:00:00+01:00']);
    expect(ids([...sections.today, ...sections.upcoming])).toEqual([]);
  });

  it("ends today at the runtime zone's midnight", () => {
    process.env.TZ = 'America/New_York';
    const now = Date.parse('2026-11-18T20:00:00-05:00');
    const sections = bySection([due('2026-11-18T23:30:00-05:00'), due('2026-11-19T00:30:00-05:00')], now);
    expect(ids(sections.today)).toEqual(['2026-11-18T23:30:00-05:00']);
    expect(ids(sections.upcoming)).toEqual(['2026-11-19T00:30:00-05:00']);
  });
});
