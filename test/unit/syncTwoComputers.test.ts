/**
 * Two computers, each with its own database and storage.sync, joined by a relay that behaves as
 * the browser's sync does: each computer's writes reach a server some time later, in any order
 * between computers; the server keeps the last write of each item and hands it to the others.
 * Random user actions on both, passes at random moments, deliveries delayed and reordered; once
 * everything is delivered both computers must hold the same follow-ups.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isActive, type FollowUp } from '../../src/core/followUp';
import { canonical, groupValues } from '../../src/core/sync/syncRecord';
import { createSync, GATHER_MS, PASSES_PER_MINUTE, type Sync } from '../../src/background/sync';
import type { SyncState } from '../../src/storage/syncState';
import type { FollowthroughDb } from '../../src/storage/db';
import { createFollowUp, deleteFollowUp, endFollowUp, moveFollowUp, setNote, undoAction } from '../../src/storage/followUps';
import { editUndo } from '../../src/core/undo';
import { DAY, freshDb, newFollowUp, NOW } from './fixtures';

const MINUTE = 60_000;

/** storage.sync as the browser keeps it on one computer, with the changes not yet sent to the server. */
class Area {
  items = new Map<string, unknown>();
  outbox = new Map<string, unknown>();
  get = async () => Object.fromEntries([...this.items].map(([key, value]) => [key, structuredClone(value)]));
  set = async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      this.items.set(key, structuredClone(value));
      this.outbox.set(key, structuredClone(value));
    }
  };
  remove = async (keys: string[]) => {
    for (const key of keys) {
      this.items.delete(key);
      this.outbox.set(key, undefined);
    }
  };
}

class Computer {
  db: FollowthroughDb = freshDb();
  area = new Area();
  ended: string[] = [];
  state?: SyncState;
  sync: Sync;
  constructor(readonly clock: { now: number }) {
    this.sync = createSync({
      db: this.db,
      now: () => this.clock.now,
      area: this.area,
      enabled: async () => true,
      changedHere: (ended) => this.ended.push(...ended),
      saveState: async (state) => {
        this.state = state;
      },
      setTimer: () => undefined,
    });
  }
  async followUps(): Promise<FollowUp[]> {
    return this.db.followUps.orderBy('id').toArray();
  }
}

/** The browser's sync server: the last write of each item wins, and goes to every other computer. */
function relay(computers: Computer[]) {
  const server = new Map<string, unknown>();
  return {
    /** One computer's pending writes reach the server, and from it the others. */
    upload(from: Computer) {
      for (const [key, value] of from.area.outbox) {
        if (value === undefined) server.delete(key);
        else server.set(key, value);
        for (const other of computers) {
          if (other === from) continue;
          // An incoming change replaces what the other computer has, unless it has its own write of that item still to send.
          if (other.area.outbox.has(key)) continue;
          if (value === undefined) other.area.items.delete(key);
          else other.area.items.set(key, structuredClone(value));
        }
      }
      from.area.outbox.clear();
    },
    /** The server's state handed out again (what a computer that was offline gets when it is back). */
    refresh(to: Computer) {
      to.area.items = new Map([...server].map(([key, value]) => [key, structuredClone(value)]));
    },
  };
}

/** Each follow-up as both computers should agree on it: what travels, without the clocks. */
async function agreed(computer: Computer) {
  return (await computer.followUps()).map((f) => ({ id: f.id, ...groupValues(f) }));
}

async function settle(computers: Computer[], link: ReturnType<typeof relay>) {
  for (let round = 0; round < 6; round += 1) {
    for (const computer of computers) {
      await computer.sync.now();
      link.upload(computer);
    }
  }
}

describe('when a pass runs', () => {
  it('gathers changes for a second, and makes at most PASSES_PER_MINUTE passes in any minute', async () => {
    const clock = { now: NOW };
    const timers: number[] = [];
    const sync = createSync({
      db: freshDb(),
      now: () => clock.now,
      area: new Area(),
      enabled: async () => true,
      changedHere: () => undefined,
      saveState: async () => undefined,
      setTimer: (run, ms) => {
        timers.push(ms);
        run();
      },
    });
    sync.soon();
    expect(timers).toEqual([GATHER_MS]);
    for (let n = 1; n < PASSES_PER_MINUTE; n += 1) {
      clock.now += 1_000;
      await sync.now();
    }
    sync.soon();
    // The first of the last minute's passes was 11 s ago: the next may go 49 s from now.
    expect(timers).toEqual([GATHER_MS, MINUTE - (PASSES_PER_MINUTE - 1) * 1_000]);
  });
});

describe('when storage.sync changes', () => {
  /** A computer whose pass timers are recorded, not run. */
  function watched() {
    const timers: number[] = [];
    const area = new Area();
    const db = freshDb();
    const sync = createSync({
      db,
      now: () => NOW,
      area,
      enabled: async () => true,
      changedHere: () => undefined,
      saveState: async () => undefined,
      setTimer: (_run, ms) => void timers.push(ms),
    });
    return { timers, area, db, sync };
  }
  /** What storage.onChanged says of these items' new values: Chrome hands them back with their keys sorted. */
  const changes = (items: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { newValue: value === undefined ? undefined : JSON.parse(canonical(value)) as unknown }]));

  it('makes no pass for our own writes coming back, so they spend none of the minute', async () => {
    const { timers, area, db, sync } = watched();
    await createFollowUp(db, newFollowUp(), NOW);
    await sync.now();
    const written = Object.fromEntries(area.outbox);
    expect(Object.keys(written).length).toBeGreaterThan(0);
    await sync.incoming(changes(written));
    expect(timers).toEqual([]);
  });

  it("makes a pass for another computer's write, a removal it did not make, or a change it cannot check", async () => {
    const { timers, area, db, sync } = watched();
    const set = await createFollowUp(db, newFollowUp(), NOW);
    await sync.now();
    const [[key, record]] = [...area.outbox] as [[string, Record<string, unknown>]];
    await sync.incoming(changes({ [key]: { ...record, n: 'Call Dana' } }));
    expect(timers).toHaveLength(1);

    const second = watched();
    await createFollowUp(second.db, newFollowUp({ threadId: set.threadId }), NOW);
    await second.sync.now();
    const [[secondKey]] = [...second.area.outbox] as [[string, unknown]];
    await second.sync.incoming({ [secondKey]: {} });
    expect(second.timers).toHaveLength(1);

    const third = watched();
    third.db.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await third.sync.incoming(changes({ [key]: record }));
    expect(third.timers).toHaveLength(1);
    expect(logged).toHaveBeenCalled();
  });

  it('ignores changes to items that are not follow-ups (the settings)', async () => {
    const { timers, sync } = watched();
    await sync.incoming(changes({ settings: { reminderHour: 8 } }));
    expect(timers).toEqual([]);
  });
});

describe('two computers on one browser sync', () => {
  it('carry a follow-up across, with a note from one and a snooze from the other, and an end back', async () => {
    const clock = { now: NOW };
    const laptop = new Computer(clock);
    const desktop = new Computer(clock);
    const link = relay([laptop, desktop]);

    const set = await createFollowUp(laptop.db, newFollowUp(), clock.now);
    await laptop.sync.now();
    link.upload(laptop);
    await desktop.sync.now();
    const there = await desktop.db.followUps.get(set.id);
    expect(there).toMatchObject({ subject: set.subject, dueAt: set.dueAt, status: 'pending', setElsewhere: true, threadPermId: set.threadPermId });
    expect(desktop.state).toMatchObject({ synced: 1, onlyHere: 0 });

    // Both change it while apart: a note on the laptop, a snooze on the desktop.
    clock.now += MINUTE;
    await setNote(laptop.db, set.id, 'ask about the pilot', '', clock.now);
    clock.now += MINUTE;
    await moveFollowUp(desktop.db, set.id, NOW + 5 * DAY, clock.now);
    await laptop.sync.now();
    await desktop.sync.now();
    link.upload(desktop);
    link.upload(laptop);
    await settle([laptop, desktop], link);
    for (const computer of [laptop, desktop]) {
      expect(await computer.db.followUps.get(set.id)).toMatchObject({ note: 'ask about the pilot', dueAt: NOW + 5 * DAY });
    }

    // Done on the desktop ends it on the laptop, which is told so it can clear the reminder.
    clock.now += MINUTE;
    await endFollowUp(desktop.db, set.id, 'done', clock.now);
    await settle([laptop, desktop], link);
    expect(await laptop.db.followUps.get(set.id)).toMatchObject({ status: 'done' });
    expect(laptop.ended).toEqual([set.id]);
    expect(await agreed(laptop)).toEqual(await agreed(desktop));
  });

  it('counts every active follow-up that did not fit as only on this computer, however many', async () => {
    const clock = { now: NOW };
    const laptop = new Computer(clock);
    await laptop.db.followUps.bulkPut(
      Array.from({ length: 700 }, (_, n) => ({ ...newFollowUp({ threadId: `b${n}`, dueAt: NOW + (n + 1) * MINUTE }), id: crypto.randomUUID(), status: 'pending' as const, note: '', createdAt: NOW, updatedAt: NOW })),
    );
    await laptop.sync.now();
    expect(laptop.state!.synced + laptop.state!.onlyHere).toBe(700);
    expect(laptop.state!.synced).toBeGreaterThan(50);
    expect(laptop.area.items.size).toBe(laptop.state!.synced);
  });

  it('marks a reminder shown on one computer as shown on the other', async () => {
    const clock = { now: NOW };
    const laptop = new Computer(clock);
    const desktop = new Computer(clock);
    const link = relay([laptop, desktop]);
    const set = await createFollowUp(laptop.db, newFollowUp({ dueAt: NOW + MINUTE }), clock.now);
    await settle([laptop, desktop], link);
    clock.now += 2 * MINUTE;
    // The laptop's engine fired and showed it.
    await laptop.db.followUps.update(set.id, { firedAt: clock.now, updatedAt: clock.now });
    await settle([laptop, desktop], link);
    const there = await desktop.db.followUps.get(set.id);
    expect(there?.firedAt).toBe(clock.now);
    expect(there?.unshown).toBeUndefined();
  });

  it('keeps one follow-up when both set one on the same thread', async () => {
    const clock = { now: NOW };
    const laptop = new Computer(clock);
    const desktop = new Computer(clock);
    const link = relay([laptop, desktop]);
    await createFollowUp(laptop.db, newFollowUp({ dueAt: NOW + DAY }), clock.now);
    clock.now += MINUTE;
    const last = await createFollowUp(desktop.db, newFollowUp({ dueAt: NOW + 2 * DAY }), clock.now);
    await settle([laptop, desktop], link);
    for (const computer of [laptop, desktop]) {
      const active = (await computer.followUps()).filter(isActive);
      expect(active.map((f) => f.id)).toEqual([last.id]);
    }
  });

  it('agree after any actions on both, delivered late and in any order (model-based)', async () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), thread: fc.integer({ min: 1, max: 3 }), days: fc.integer({ min: 1, max: 9 }) }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), days: fc.integer({ min: 1, max: 9 }) }),
      fc.record({ kind: fc.constant('done' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('undoDone' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('note' as const), pick: fc.nat(), text: fc.constantFrom('a', 'b', 'c') }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('pass' as const) }),
      fc.record({ kind: fc.constant('upload' as const) }),
      fc.record({ kind: fc.constant('offlineRefresh' as const) }),
    );
    const step = fc.record({ on: fc.integer({ min: 0, max: 1 }), action, wait: fc.integer({ min: 0, max: 5 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const clock = { now: NOW };
        const computers = [new Computer(clock), new Computer(clock)];
        const link = relay(computers);
        for (const { on, action: a, wait } of steps) {
          clock.now += wait * MINUTE + 1;
          const computer = computers[on]!;
          const all = await computer.followUps();
          const picked = 'pick' in a && all.length > 0 ? all[a.pick % all.length] : undefined;
          try {
            if (a.kind === 'create') await createFollowUp(computer.db, newFollowUp({ threadId: `a${a.thread}`, dueAt: clock.now + a.days * DAY }), clock.now);
            else if (a.kind === 'move' && picked) await moveFollowUp(computer.db, picked.id, clock.now + a.days * DAY, clock.now);
            else if (a.kind === 'done' && picked) await endFollowUp(computer.db, picked.id, 'done', clock.now);
            else if (a.kind === 'undoDone' && picked?.status === 'done') await undoAction(computer.db, editUndo({ ...picked, status: 'pending' }, picked), clock.now);
            else if (a.kind === 'note' && picked) await setNote(computer.db, picked.id, a.text, picked.note, clock.now);
            else if (a.kind === 'delete' && picked) await deleteFollowUp(computer.db, picked.id);
            else if (a.kind === 'pass') await computer.sync.now();
            else if (a.kind === 'upload') link.upload(computer);
            else if (a.kind === 'offlineRefresh') link.refresh(computer);
          } catch (error) {
            // Refused actions (ended since) are part of the model: they change nothing.
            if (!(error instanceof Error) || !/ended|changed elsewhere/.test(error.message)) throw error;
          }
        }
        clock.now += MINUTE;
        await settle(computers, link);
        // Every follow-up on both is the same on both; every active one is on both. (One that
        // ended before it was ever synced stays in the history of the computer where it was set.)
        const [a = [], b = []] = await Promise.all(computers.map(agreed));
        const onBoth = (mine: typeof a, theirs: typeof a) => mine.filter((f) => theirs.some((t) => t.id === f.id));
        expect(onBoth(a, b)).toEqual(onBoth(b, a));
        for (const [mine, theirs] of [[a, b], [b, a]] as const) {
          const activeIds = mine.filter((f) => isActive({ status: f.s.status! })).map((f) => f.id);
          expect(theirs.map((f) => f.id)).toEqual(expect.arrayContaining(activeIds));
        }
        // A thread keeps one promise on both.
        for (const computer of computers) {
          const threads = (await computer.followUps()).filter(isActive).map((f) => `${f.account}/${f.threadId}`);
          expect(new Set(threads).size).toBe(threads.length);
        }
      }),
      { seed: 20261202, numRuns: 150 },
    );
  }, 120_000);
});
