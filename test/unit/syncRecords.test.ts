import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FollowUp } from '../../src/core/followUp';
import { applyRecord, mergeRecords } from '../../src/core/sync/mergeRecords';
import { KEEP_ENDED_MS, planPass } from '../../src/core/sync/syncPass';
import {
  canonical,
  encodeRecord,
  MAX_SYNCED_NOTE,
  parseSyncRecord,
  recordBytes,
  type LiveRecord,
  type SyncRecord,
} from '../../src/core/sync/syncRecord';
import { messagesAfter, recordBaseline } from '../../src/core/replies/baseline';
import { identityOf } from '../../src/core/replies/identity';
import type { ThreadMessage } from '../../src/core/replies/message';
import { DAY, NOW, storedFollowUp, uuid } from './fixtures';

const MINUTE = 60_000;
const live = (record: SyncRecord | undefined) => record as LiveRecord;

describe('a follow-up as a sync record', () => {
  it('keeps the time of each group that did not change, and gives a changed one a later time than before', () => {
    const followUp = storedFollowUp({ updatedAt: NOW });
    const first = encodeRecord(followUp, undefined);
    expect(first.i.t).toBe(NOW);
    expect(first.s).toMatchObject({ t: NOW, b: 0, status: 'pending', dueAt: followUp.dueAt });

    const noted = encodeRecord({ ...followUp, note: 'call Jordan', noteAt: NOW + MINUTE, updatedAt: NOW + MINUTE }, first);
    expect(noted.n).toMatchObject({ t: NOW + MINUTE, note: 'call Jordan' });
    expect(noted.s).toBe(first.s);
    expect(noted.i).toBe(first.i);

    // This computer's clock runs behind the one that wrote the record: its change still comes later.
    const ahead = { ...first, c: { ...first.c, t: NOW + DAY } };
    const changed = encodeRecord({ ...followUp, condition: 'always', updatedAt: NOW + MINUTE }, ahead);
    expect(changed.c).toEqual({ t: NOW + DAY + 1, condition: 'always' });
  });

  it("records the state this computer knew when it changed the state", () => {
    const followUp = storedFollowUp({ updatedAt: NOW });
    const agreed = encodeRecord(followUp, undefined);
    const snoozed = encodeRecord({ ...followUp, status: 'snoozed', dueAt: NOW + DAY, updatedAt: NOW + MINUTE }, agreed);
    expect(snoozed.s).toMatchObject({ t: NOW + MINUTE, b: NOW, status: 'snoozed' });
  });

  it('leaves out what one computer keeps for itself, and carries only the answer of a check', () => {
    const followUp = storedFollowUp({
      updatedAt: NOW,
      nextCheckAt: NOW + DAY,
      unshown: true,
      firedAt: NOW,
      earlierNotes: [{ at: NOW - DAY, text: 'old' }],
      replyCheck: { checkedAt: NOW, outcome: 'no-reply', colleagues: [{ by: { name: 'Sam', email: 'sam@x.example' }, dateText: 'Nov 2' }] },
    });
    const text = JSON.stringify(encodeRecord(followUp, undefined));
    for (const local of ['nextCheckAt', 'unshown', 'earlierNotes', 'replyCheck', 'threadPermId', 'updatedAt', 'Sam']) expect(text).not.toContain(local);
    expect(text).toContain('firedAt');

    const replied = storedFollowUp({
      status: 'replied',
      replyCheck: { checkedAt: NOW, outcome: 'replied', evidence: { by: { name: 'Jordan', email: 'jordan@client.example' }, dateText: 'Nov 22' }, messageCount: 3 },
    });
    expect(encodeRecord(replied, undefined).s.replyCheck).toEqual({
      checkedAt: NOW,
      outcome: 'replied',
      evidence: { by: { name: 'Jordan', email: 'jordan@client.example' }, dateText: 'Nov 22' },
    });
  });

  it('keeps a note too long to travel on this computer, with the group as last agreed', () => {
    const followUp = storedFollowUp({ updatedAt: NOW, note: 'short' });
    const agreed = encodeRecord(followUp, undefined);
    const long = encodeRecord({ ...followUp, note: 'x'.repeat(MAX_SYNCED_NOTE + 1), updatedAt: NOW + MINUTE }, agreed);
    expect(long.n).toBe(agreed.n);
    expect(encodeRecord({ ...followUp, note: 'x'.repeat(MAX_SYNCED_NOTE), updatedAt: NOW + MINUTE }, agreed).n.note).toHaveLength(MAX_SYNCED_NOTE);
  });

  it('reads back what it wrote, and refuses records it cannot trust', () => {
    const record = encodeRecord(storedFollowUp({ updatedAt: NOW, note: 'n', noteAt: NOW }), undefined);
    expect(parseSyncRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(parseSyncRecord({ deleted: NOW })).toEqual({ deleted: NOW });
    expect(parseSyncRecord({ ...record, s: { ...record.s, status: 'exploded' } })).toBeUndefined();
    expect(parseSyncRecord({ ...record, i: { ...record.i, account: undefined } })).toBeUndefined();
    expect(parseSyncRecord({ ...record, extra: 1 })).toBeUndefined();
    expect(parseSyncRecord({ ...record, n: { ...record.n, note: 'x'.repeat(20_000) } })).toBeUndefined();
    expect(parseSyncRecord('<img src=x onerror=alert(1)>')).toBeUndefined();
    expect(parseSyncRecord(null)).toBeUndefined();
  });

  it("counts its bytes as Chrome does: a 13-digit timestamp is written 1.796234279596e+12", () => {
    // getBytesInUse measured in Chromium: {k: 1796234279596} → 19 bytes, {k: 1.5} → 4, {k: 1} → 2.
    expect(recordBytes(uuid(1), { deleted: 1_796_234_279_596 })).toBe(`f:${uuid(1)}`.length + '{"deleted":1.796234279596e+12}'.length);
  });

  it('is small: a typical follow-up takes well under a kilobyte', () => {
    const followUp = storedFollowUp({ updatedAt: NOW, note: 'Ask about the pilot budget', noteAt: NOW, tracking: { kind: 'thread' } });
    expect(recordBytes(followUp.id, encodeRecord(followUp, undefined))).toBeLessThan(700);
  });
});

describe('merging two versions', () => {
  const base = storedFollowUp({ updatedAt: NOW });
  const agreed = encodeRecord(base, undefined);

  it('keeps the latest change of each group: a note written on one computer and a snooze on the other both stay', () => {
    const laptop = encodeRecord({ ...base, note: 'from the laptop', noteAt: NOW + 2 * MINUTE, updatedAt: NOW + 2 * MINUTE }, agreed);
    const desktop = encodeRecord({ ...base, status: 'snoozed', dueAt: NOW + DAY, updatedAt: NOW + MINUTE }, agreed);
    const merged = live(mergeRecords(laptop, desktop));
    expect(merged.n.note).toBe('from the laptop');
    expect(merged.s).toMatchObject({ status: 'snoozed', dueAt: NOW + DAY });
  });

  it('lets an end stand against a change made without knowing of it, and lets a change made knowing of it win', () => {
    const done = encodeRecord({ ...base, status: 'done', updatedAt: NOW + MINUTE }, agreed);
    // Snoozed later on a computer that was offline and never heard of the end.
    const snoozedOffline = encodeRecord({ ...base, status: 'snoozed', dueAt: NOW + DAY, updatedAt: NOW + 5 * MINUTE }, agreed);
    expect(live(mergeRecords(done, snoozedOffline)).s.status).toBe('done');
    expect(live(mergeRecords(snoozedOffline, done)).s.status).toBe('done');
    // Undone on a computer that had heard of the end: the latest action wins.
    const undone = encodeRecord({ ...base, status: 'pending', updatedAt: NOW + 6 * MINUTE }, done);
    expect(live(mergeRecords(done, undone)).s.status).toBe('pending');
    expect(live(mergeRecords(undone, done)).s.status).toBe('pending');
  });

  it('lets a deletion win over changes made before it and lose to one made after', () => {
    const deleted: SyncRecord = { deleted: NOW + 2 * MINUTE };
    const before = encodeRecord({ ...base, note: 'before', updatedAt: NOW + MINUTE }, agreed);
    const after = encodeRecord({ ...base, note: 'after', updatedAt: NOW + 3 * MINUTE }, agreed);
    expect(mergeRecords(before, deleted)).toEqual(deleted);
    expect(mergeRecords(deleted, after)).toBe(after);
  });

  it('joins the follow-ups made on both computers', () => {
    const laptop = encodeRecord({ ...base, made: [{ promisedAt: NOW, at: NOW + MINUTE }], updatedAt: NOW + MINUTE }, agreed);
    const desktop = encodeRecord({ ...base, made: [{ promisedAt: NOW, at: NOW + 2 * MINUTE }], updatedAt: NOW + 2 * MINUTE }, agreed);
    expect(live(mergeRecords(laptop, desktop)).s.made).toEqual([
      { promisedAt: NOW, at: NOW + MINUTE },
      { promisedAt: NOW, at: NOW + 2 * MINUTE },
    ]);
  });

  it('gives the same result in either order, and merging a version with itself changes nothing', () => {
    const statuses = ['pending', 'snoozed', 'done', 'replied', 'cancelled'] as const;
    const version = fc.record({
      status: fc.constantFrom(...statuses),
      dueShift: fc.integer({ min: 0, max: 5 }),
      note: fc.constantFrom('', 'a', 'b'),
      condition: fc.constantFrom('if-no-reply' as const, 'always' as const),
      at: fc.integer({ min: 1, max: 4 }),
      knew: fc.boolean(),
    });
    type Version = typeof version extends fc.Arbitrary<infer V> ? V : never;
    const toRecord = (v: Version) =>
      encodeRecord({ ...base, status: v.status, dueAt: base.dueAt + v.dueShift * DAY, note: v.note, condition: v.condition, updatedAt: NOW + v.at * MINUTE }, v.knew ? { ...agreed, s: { ...agreed.s, t: NOW + 4 * MINUTE } } : agreed);
    fc.assert(
      fc.property(version, version, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), (a, b, deletedAt) => {
        const x: SyncRecord = toRecord(a);
        const y: SyncRecord = deletedAt === undefined ? toRecord(b) : { deleted: NOW + deletedAt * MINUTE };
        expect(canonical(mergeRecords(x, y))).toBe(canonical(mergeRecords(y, x)));
        expect(canonical(mergeRecords(x, x))).toBe(canonical(x));
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('a record put in place on this computer', () => {
  it('makes a follow-up set elsewhere, with no reminder owed here', () => {
    const there = storedFollowUp({ updatedAt: NOW, firedAt: NOW, threadId: '18c2f0a1b2c3d4e5', tracking: { kind: 'thread' } });
    const record = encodeRecord(there, undefined);
    const here = applyRecord(there.id, undefined, record, NOW + MINUTE);
    expect(here).toMatchObject({ id: there.id, setElsewhere: true, threadId: '18c2f0a1b2c3d4e5', firedAt: NOW, updatedAt: NOW + MINUTE });
    expect(here.unshown).toBeUndefined();
    expect(here.nextCheckAt).toBeUndefined();
  });

  it('keeps a reminder owed here when the record carries the same firing, and forgets one the other computer moved', () => {
    const mine = storedFollowUp({ updatedAt: NOW, firedAt: NOW, unshown: true });
    const sameFiring = encodeRecord({ ...mine, note: 'x', updatedAt: NOW + MINUTE }, undefined);
    expect(applyRecord(mine.id, mine, sameFiring, NOW + 2 * MINUTE).unshown).toBe(true);
    const { firedAt: _f, unshown: _u, ...moved } = mine;
    const movedThere = encodeRecord({ ...moved, dueAt: NOW + DAY, updatedAt: NOW + MINUTE }, undefined);
    const applied = applyRecord(mine.id, mine, movedThere, NOW + 2 * MINUTE);
    expect(applied.firedAt).toBeUndefined();
    expect(applied.unshown).toBeUndefined();
    expect(applied.dueAt).toBe(NOW + DAY);
  });

  it("keeps the note it replaces in the history, and this computer's own checks", () => {
    const check = { checkedAt: NOW, outcome: 'no-reply' as const };
    const mine = storedFollowUp({ updatedAt: NOW - DAY, note: 'mine', noteAt: NOW - DAY, replyCheck: check });
    const theirs = encodeRecord({ ...mine, note: 'theirs', noteAt: NOW, updatedAt: NOW }, undefined);
    const applied = applyRecord(mine.id, mine, theirs, NOW + MINUTE);
    expect(applied.note).toBe('theirs');
    expect(applied.noteAt).toBe(NOW);
    expect(applied.earlierNotes).toEqual([{ at: NOW - DAY, text: 'mine' }]);
    expect(applied.replyCheck).toEqual(check);
  });

  it('keeps its own full baseline when the record carries the tail of the same one', () => {
    const baseline = { recordedAt: NOW, messages: Array.from({ length: 5 }, (_, n) => ({ from: 'a@x.example', dateText: `Nov ${n + 1}`, body: `1.${n}` })), tracked: 4, addressees: ['b@x.example'] };
    const mine = storedFollowUp({ updatedAt: NOW, baseline });
    const record = encodeRecord(mine, undefined);
    expect(record.i.baseline).toEqual({ ...baseline, messages: baseline.messages.slice(2), tracked: 2, partial: true });
    expect(applyRecord(mine.id, mine, record, NOW + MINUTE).baseline).toEqual(baseline);
  });
});

describe('a baseline that keeps only the last messages', () => {
  const identity = identityOf({ account: 'me@x.example' });
  const message = (n: number, from: string): ThreadMessage =>
    ({ from: { name: from, email: from }, to: [{ name: 'me', email: 'me@x.example' }], cc: [], dateText: `Nov ${n}`, body: `message number ${n}` });
  const thread = [message(1, 'a@x.example'), message(2, 'me@x.example'), message(3, 'a@x.example'), message(4, 'me@x.example')];

  it('finds its place after messages it does not keep, and what came after it', () => {
    const recorded = recordBaseline(thread, { kind: 'thread' }, identity, NOW);
    if (!recorded.ok) throw new Error(recorded.reason);
    const tail = { ...recorded.baseline, messages: recorded.baseline.messages.slice(2), tracked: 1, partial: true as const };
    const later = messagesAfter([...thread, message(5, 'a@x.example')], tail);
    expect(later).toEqual({ ok: true, later: [message(5, 'a@x.example')] });
    // Without the mark, the same tail would be taken for a thread changed before the place.
    expect(messagesAfter(thread, { ...tail, partial: undefined }).ok).toBe(false);
    // The place itself missing still says "unknown"; another message of the tail deleted does not.
    expect(messagesAfter(thread.slice(0, 3), tail).ok).toBe(false);
    expect(messagesAfter([thread[0]!, thread[1]!, thread[3]!, message(5, 'a@x.example')], tail)).toEqual({ ok: true, later: [message(5, 'a@x.example')] });
  });
});

describe('a sync pass', () => {
  const pass = (input: Partial<Parameters<typeof planPass>[0]>) =>
    planPass({ local: new Map(), shadows: new Map(), remote: new Map(), now: NOW, ...input });
  const asMap = (...followUps: FollowUp[]) => new Map(followUps.map((f) => [f.id, f]));

  it('writes a new follow-up of this computer, and then has nothing more to do', () => {
    const mine = storedFollowUp({ updatedAt: NOW });
    const first = pass({ local: asMap(mine) });
    expect([...first.write.keys()]).toEqual([mine.id]);
    expect(first.store).toEqual([]);
    expect(first.synced).toEqual([mine.id]);
    const second = pass({ local: asMap(mine), shadows: first.shadows, remote: new Map(first.write) });
    expect(second.write.size).toBe(0);
    expect(second.store).toEqual([]);
    expect(second.drop).toEqual([]);
  });

  it("stores another computer's follow-up here, and deletes one deleted there", () => {
    const theirs = storedFollowUp({ updatedAt: NOW - MINUTE });
    const record = encodeRecord(theirs, undefined);
    const received = pass({ remote: new Map([[theirs.id, JSON.parse(JSON.stringify(record))]]) });
    expect(received.store).toHaveLength(1);
    expect(received.store[0]!.after).toMatchObject({ id: theirs.id, subject: theirs.subject, setElsewhere: true });
    expect(received.write.size).toBe(0);

    const here = received.store[0]!.after;
    const deleted = pass({ local: asMap(here), shadows: received.shadows, remote: new Map([[theirs.id, { deleted: NOW + MINUTE }]]) });
    expect(deleted.remove.map((f) => f.id)).toEqual([theirs.id]);
  });

  it('tells the others of a follow-up deleted here, for two weeks', () => {
    const mine = storedFollowUp({ updatedAt: NOW - DAY });
    const first = pass({ local: asMap(mine), now: NOW - DAY });
    const gone = pass({ shadows: first.shadows, remote: new Map(first.write) });
    expect(gone.write.get(mine.id)).toEqual({ deleted: NOW });
    const later = pass({ shadows: gone.shadows, remote: new Map(gone.write), now: NOW + KEEP_ENDED_MS + 1 });
    expect(later.drop).toEqual([mine.id]);
    expect(later.shadows.size).toBe(0);
  });

  it('keeps one follow-up per thread when both computers set one: the one set last', () => {
    const earlier = storedFollowUp({ threadId: 'abc', createdAt: NOW - MINUTE, updatedAt: NOW - MINUTE });
    const later = storedFollowUp({ threadId: 'abc', createdAt: NOW, updatedAt: NOW });
    const plan = pass({ local: asMap(earlier), remote: new Map([[later.id, encodeRecord(later, undefined)]]) });
    expect(plan.remove.map((f) => f.id)).toEqual([earlier.id]);
    expect(plan.store.map(({ after }) => after.id)).toEqual([later.id]);
    // Never synced, the other computer never had it: nothing to tell.
    expect(plan.write.has(earlier.id)).toBe(false);
    // The other computer decides the same.
    const there = pass({ local: asMap(later), remote: new Map([[earlier.id, encodeRecord(earlier, undefined)]]) });
    expect(there.remove).toEqual([]);
    expect(there.write.get(earlier.id)).toMatchObject({ deleted: NOW });
  });

  it('keeps a note too long to travel as the note here, pass after pass', () => {
    const mine = storedFollowUp({ updatedAt: NOW, note: 'short' });
    const first = pass({ local: asMap(mine) });
    const long = { ...mine, note: 'x'.repeat(MAX_SYNCED_NOTE + 1), updatedAt: NOW + MINUTE };
    const next = pass({ local: asMap(long), shadows: first.shadows, remote: new Map(first.write), now: NOW + 2 * MINUTE });
    expect(next.store).toEqual([]);
    expect(next.write.size).toBe(0);
  });

  it('leaves two follow-ups on one thread that are both here already (from an import) alone', () => {
    const one = storedFollowUp({ threadId: 'abc', updatedAt: NOW });
    const two = storedFollowUp({ threadId: 'abc', updatedAt: NOW });
    const plan = pass({ local: asMap(one, two) });
    expect(plan.remove).toEqual([]);
    expect([...plan.write.keys()].sort()).toEqual([one.id, two.id].sort());
  });

  it('syncs the soonest due within the budget and says which stay only on this computer', () => {
    const followUps = Array.from({ length: 5 }, (_, n) => storedFollowUp({ id: uuid(900 + n), dueAt: NOW + (5 - n) * DAY, updatedAt: NOW }));
    const size = recordBytes(followUps[0]!.id, encodeRecord(followUps[0]!, undefined));
    const plan = pass({ local: asMap(...followUps), budget: { bytes: size * 3 + 10, items: 100 } });
    expect(plan.synced).toEqual(expect.arrayContaining([uuid(904), uuid(903), uuid(902)]));
    expect(plan.onlyHere).toEqual(expect.arrayContaining([uuid(900), uuid(901)]));
    expect(plan.write.size).toBe(3);
    // One that no longer fits leaves storage.sync; the other computers keep their copy.
    const sooner = storedFollowUp({ dueAt: NOW, updatedAt: NOW });
    const next = pass({ local: asMap(...followUps, sooner), shadows: plan.shadows, remote: new Map(plan.write), budget: { bytes: size * 3 + 10, items: 100 } });
    expect(next.drop).toEqual([uuid(902)]);
    expect(next.write.has(sooner.id)).toBe(true);
  });

  it('leaves a record it cannot read alone, even when it has the follow-up itself', () => {
    const plan = pass({ remote: new Map([[uuid(77), { v: 99, future: true }]]) });
    expect(plan.unreadable).toEqual([uuid(77)]);
    expect(plan.drop).toEqual([]);
    expect(plan.store).toEqual([]);
    const mine = storedFollowUp({ id: uuid(78), updatedAt: NOW });
    const both = pass({ local: asMap(mine), remote: new Map([[mine.id, { v: 99, future: true }]]) });
    expect(both.write.size).toBe(0);
    expect(both.drop).toEqual([]);
  });
});
