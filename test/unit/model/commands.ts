/**
 * The steps of the model-based test: what a user, Gmail and the browser can do, each applied
 * to the real system and to the model, with the outcome the model expects.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { RETRY_AFTER_FAILURE_MS, runEngine } from '../../../src/background/engine';
import { hexToPermId } from '../../../src/gmail/ids';
import type { Reply } from '../../../src/messaging/protocol';
import type { FollowUp } from '../../../src/core/followUp';
import { editUndo, recreateUndo } from '../../../src/core/undo';
import { ACCOUNTS, CORRESPONDENT, NOTES, SUBJECT, THREADS, type Model, type Modeled, type Snapshot } from './model';
import type { World } from './world';

const MINUTE = 60_000;
/** The furthest the clock is set back in one step. */
const MAX_CLOCK_BACK = 180 * MINUTE;
type Step = fc.AsyncCommand<Model, World>;

/** Runs a step's effect, then checks the invariants every step must keep. */
async function after(model: Model, world: World, effect: () => Promise<void>): Promise<void> {
  try {
    await effect();
  } finally {
    world.endStep();
  }
  model.checkShown(world);
  await model.takeAnswers(world);
  await model.checkStore(world);
}

function pick(model: Model, index: number): Modeled {
  return model.followUps[index % model.followUps.length]!;
}

/** What an action on a follow-up must answer, from the model: refused once it is gone or has ended. */
function expectRefusal(reply: Reply, f: Modeled, needsActive: boolean): boolean {
  if (f.deleted) {
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('no such follow-up') });
    return true;
  }
  if (needsActive && f.status !== 'active') {
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('already ended') });
    return true;
  }
  return false;
}

/** A user action while the disk may be full: a failed write is reported and changes nothing. */
async function act(world: World, failingWrites: number, send: () => Promise<Reply>): Promise<Reply | undefined> {
  world.failWrites(failingWrites);
  const reply = await send();
  if (failingWrites > 0 && !reply.ok && reply.error === 'internal error') return undefined;
  return reply;
}

const step = (name: string, run: (model: Model, world: World) => Promise<void>, check: (model: Model) => boolean = () => true): Step => ({
  check,
  run: (model, world) => after(model, world, () => run(model, world)),
  toString: () => name,
});

const hasFollowUps = (model: Model) => model.followUps.length > 0;

/** The follow-up as the popup shows it (read outside any worker), or undefined once deleted. */
async function storedCopy(world: World, f: Modeled): Promise<FollowUp | undefined> {
  return (await world.stored()).find((s) => s.id === f.id);
}

/** What undo brings back in the model: the user-visible state. */
const snapshot = ({ status, dueAt, shown, deleted }: Modeled): Snapshot => ({ status, dueAt, shown, deleted });

/** Applies a successful action to the model, keeping what undo needs, as the popup keeps it. */
function remember(f: Modeled, seen: FollowUp | undefined, reply: Reply, apply: () => void): void {
  expect(reply.ok).toBe(true);
  const before = snapshot(f);
  apply();
  f.undo = { request: editUndo(seen!, (reply as { value: FollowUp }).value), before, after: snapshot(f) };
}

const set = fc
  .record({
    account: fc.nat(ACCOUNTS.length - 1),
    thread: fc.nat(THREADS.length - 1),
    // Half are due at once, so runs meet due follow-ups often.
    dueIn: fc.oneof(fc.integer({ min: -120, max: 0 }), fc.integer({ min: 1, max: 2 * 1440 })),
    condition: fc.constantFrom('if-no-reply' as const, 'always' as const),
    disk: fc.constantFrom(0, 0, 0, 1),
  })
  .map(({ account, thread, dueIn, condition, disk }) =>
    step(`set(${account}, ${thread}, ${dueIn} min, ${condition}${disk ? ', disk full' : ''})`, async (model, world) => {
      const threadId = THREADS[thread]!;
      const reply = await act(world, disk, () =>
        world.sendFromTab(account, 'followUp.create', {
          account: ACCOUNTS[account]!,
          threadId,
          threadPermId: hexToPermId(threadId)!,
          messageId: '',
          subject: SUBJECT,
          recipients: [CORRESPONDENT],
          sentAt: world.clock - MINUTE,
          dueAt: world.clock + dueIn * MINUTE,
          condition,
        }),
      );
      if (!reply) return;
      expect(reply.ok).toBe(true);
      const created = (reply as { value: FollowUp }).value;
      const existing = model.activeOn(ACCOUNTS[account]!, threadId);
      if (existing) {
        expect(created.id).toBe(existing.id);
        Object.assign(existing, { dueAt: created.dueAt, condition, shown: false });
      } else {
        model.followUps.push({ id: created.id, account: ACCOUNTS[account]!, threadId, condition, status: 'active', deleted: false, dueAt: created.dueAt, note: '', shown: false });
      }
    }),
  );

const move = fc.record({ i: fc.nat(), dueIn: fc.integer({ min: -60, max: 3 * 1440 }), disk: fc.constantFrom(0, 0, 1) }).map(({ i, dueIn, disk }) =>
  step(
    `move(#${i}, ${dueIn} min)`,
    async (model, world) => {
      const f = pick(model, i);
      const dueAt = world.clock + dueIn * MINUTE;
      const seen = await storedCopy(world, f);
      const reply = await act(world, disk, () => world.send('followUp.move', { id: f.id, dueAt }));
      if (!reply || expectRefusal(reply, f, true)) return;
      remember(f, seen, reply, () => Object.assign(f, { dueAt, shown: false }));
    },
    hasFollowUps,
  ),
);

const end = fc.record({ i: fc.nat(), status: fc.constantFrom('done' as const, 'cancelled' as const), disk: fc.constantFrom(0, 0, 1) }).map(({ i, status, disk }) =>
  step(
    `${status}(#${i})`,
    async (model, world) => {
      const f = pick(model, i);
      const seen = await storedCopy(world, f);
      const reply = await act(world, disk, () => world.send('followUp.end', { id: f.id, status }));
      if (!reply || expectRefusal(reply, f, true)) return;
      remember(f, seen, reply, () => (f.status = status));
    },
    hasFollowUps,
  ),
);

// The edit began from the note as it is, or from one that has changed since (another window's).
const note = fc.record({ i: fc.nat(), note: fc.constantFrom(...NOTES), stale: fc.option(fc.constantFrom(...NOTES)) }).map(({ i, note, stale }) =>
  step(
    `note(#${i}, ${JSON.stringify(note)}${stale === null ? '' : `, from ${JSON.stringify(stale)}`})`,
    async (model, world) => {
      const f = pick(model, i);
      const previous = stale ?? f.note;
      const reply = await world.send('followUp.setNote', { id: f.id, note, previous });
      if (expectRefusal(reply, f, false)) return;
      if (previous !== f.note) {
        expect(reply).toEqual({ ok: false, error: 'followUp.setNote: the note was changed elsewhere' });
        return;
      }
      expect(reply.ok).toBe(true);
      f.note = note;
    },
    hasFollowUps,
  ),
);

const remove = fc.nat().map((i) =>
  step(
    `delete(#${i})`,
    async (model, world) => {
      const f = pick(model, i);
      const reply = await world.send('followUp.delete', { id: f.id });
      if (expectRefusal(reply, f, false)) return;
      expect(reply.ok).toBe(true);
      const before = snapshot(f);
      f.deleted = true;
      f.undo = { request: recreateUndo((reply as { value: FollowUp }).value), before, after: snapshot(f) };
    },
    hasFollowUps,
  ),
);

// Remind only if nobody replied, or in any case: changed on a tracked thread, saved at once.
const condition = fc.record({ i: fc.nat(), condition: fc.constantFrom('if-no-reply' as const, 'always' as const) }).map(({ i, condition }) =>
  step(
    `condition(#${i}, ${condition})`,
    async (model, world) => {
      const f = pick(model, i);
      const reply = await world.send('followUp.setCondition', { id: f.id, condition });
      if (expectRefusal(reply, f, true)) return;
      expect(reply.ok).toBe(true);
      f.condition = condition;
    },
    hasFollowUps,
  ),
);

// How an ended follow-up turned out; a next step starts the thread's follow-up (or moves the one it has).
const outcome = fc
  .record({
    i: fc.nat(),
    kind: fc.constantFrom('yes' as const, 'no' as const, 'no-answer' as const, 'next-step' as const),
    dueIn: fc.integer({ min: -60, max: 2 * 1440 }),
    disk: fc.constantFrom(0, 0, 1),
  })
  .map(({ i, kind, dueIn, disk }) =>
    step(
      `outcome(#${i}, ${kind}${kind === 'next-step' ? `, ${dueIn} min` : ''}${disk ? ', disk full' : ''})`,
      async (model, world) => {
        const f = pick(model, i);
        const dueAt = world.clock + dueIn * MINUTE;
        const reply = await act(world, disk, () =>
          world.send('followUp.setOutcome', kind === 'next-step' ? { id: f.id, kind, dueAt } : { id: f.id, kind }),
        );
        if (!reply || expectRefusal(reply, f, false)) return;
        if (f.status === 'active') {
          expect(reply).toEqual({ ok: false, error: 'followUp.setOutcome: this follow-up has not ended yet' });
          return;
        }
        expect(reply).toMatchObject({ ok: true, value: { outcome: { kind } } });
        if (kind !== 'next-step') return;
        const nextId = (reply as { value: FollowUp }).value.outcome!.nextId!;
        const existing = model.activeOn(f.account, f.threadId);
        if (existing) {
          expect(nextId).toBe(existing.id);
          Object.assign(existing, { dueAt, condition: 'if-no-reply', shown: false });
        } else {
          model.followUps.push({ id: nextId, account: f.account, threadId: f.threadId, condition: 'if-no-reply', status: 'active', deleted: false, dueAt, note: '', shown: false });
        }
      },
      hasFollowUps,
    ),
  );

// Undo in the popup of the user's last action on a follow-up: done, snooze or delete.
const undo = fc.nat().map((i) =>
  step(
    `undo(#${i})`,
    async (model, world) => {
      const undoable = model.followUps.filter((m) => m.undo);
      const f = undoable[i % undoable.length]!;
      const { request, before, after } = f.undo!;
      f.undo = undefined;
      const stored = await storedCopy(world, f);
      const untouched = JSON.stringify(snapshot(f)) === JSON.stringify(after);
      // A thread keeps one promise: what would bring back a second active one is refused.
      const reactivates = before.status === 'active' && (after.deleted || after.status !== 'active');
      const secondOnThread = reactivates && model.activeOn(f.account, f.threadId) !== undefined;
      const expected =
        request.kind === 'edit'
          ? !untouched || stored?.firedAt !== request.after.firedAt
            ? 'changed'
            : secondOnThread
              ? 'exists'
              : 'undone'
          : untouched && !secondOnThread
            ? 'undone'
            : 'exists';
      expect(await world.send('followUp.undo', request)).toEqual({ ok: true, value: expected });
      if (expected === 'undone') Object.assign(f, before);
    },
    (model) => model.followUps.some((m) => m.undo),
  ),
);

// An answer arrives in Gmail, to a follow-up still waiting for one.
const reply = fc.nat().map((i) =>
  step(
    `reply arrives(#${i})`,
    async (model, world) => {
      const waiting = model.followUps.filter((m) => !m.deleted && m.status === 'active');
      world.replied.add(waiting[i % waiting.length]!.id);
    },
    (model) => model.followUps.some((m) => !m.deleted && m.status === 'active'),
  ),
);

const gmail = fc.boolean().map((down) => step(down ? 'gmail unreadable' : 'gmail readable', async (_model, world) => void (world.gmailDown = down)));

const forward = fc.integer({ min: 1, max: 3 * 1440 }).map((minutes) => step(`clock +${minutes} min`, async (_model, world) => void (world.clock += minutes * MINUTE)));

const back = fc.integer({ min: 1, max: MAX_CLOCK_BACK / MINUTE }).map((minutes) => step(`clock -${minutes} min`, async (_model, world) => void (world.clock -= minutes * MINUTE)));

/**
 * Runs the engine as the browser would: once now, and again at its alarm for as long as a due
 * reminder is still waiting (a failed follow-up is tried again a minute later, or later when the
 * clock was set back since). Afterwards nothing due may be left unshown.
 */
async function settle(model: Model, world: World): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    expect(await world.runEngine(runEngine)).toBe('finished');
    model.checkShown(world);
    await model.takeAnswers(world);
    if (world.alarm === undefined || model.waitingNow(world).length === 0) break;
    expect(world.alarm, 'a due reminder waits longer than its retry').toBeLessThanOrEqual(world.clock + RETRY_AFTER_FAILURE_MS + MAX_CLOCK_BACK);
    world.clock = Math.max(world.clock, world.alarm);
  }
  await model.checkCaughtUp(world);
}

// The alarm goes off, if it is set and its time has come.
const alarm = fc.constant(
  step('alarm', async (model, world) => {
    if (world.alarm !== undefined && world.alarm <= world.clock) await settle(model, world);
  }),
);

// A worker start, the browser's start or the popup opening: the engine catches up.
const workerStart = fc.constant(step('worker start', settle));

// A run during which the disk is full for some writes: it fails for those, never for the rest.
const failingRun = fc.integer({ min: 1, max: 4 }).map((writes) =>
  step(`run with ${writes} failing writes`, async (model, world) => {
    const shownBefore = world.shown.length;
    world.failWrites(writes);
    expect(await world.runEngine(runEngine)).toBe('finished');
    model.checkShown(world);
    await model.forgetUnrecorded(world, shownBefore);
    await model.checkAlarm(world);
  }),
);

// The worker is stopped after this many awaits of a run.
// Mostly early in a run, where a single follow-up is fired but not yet shown.
const stoppedRun = fc.oneof(fc.nat(8), fc.nat(30)).map((budget) =>
  step(`run stopped after ${budget} awaits`, async (model, world) => {
    const shownBefore = world.shown.length;
    if ((await world.runEngine(runEngine, budget)) !== 'stopped') return;
    model.checkShown(world);
    await model.forgetUnrecorded(world, shownBefore);
  }),
);
// The user acts on a follow-up while the engine is looking at its thread: the user's action wins.
const actionDuringCheck = fc
  .record({ action: fc.constantFrom('done' as const, 'move' as const, 'note' as const), dueIn: fc.integer({ min: 1, max: 1440 }) })
  .map(({ action, dueIn }) =>
    step(`${action} during a check`, async (model, world) => {
      world.duringCheck = async (checked) => {
        const f = model.followUps.find((m) => m.id === checked.id)!;
        if (action === 'done') {
          const reply = await world.send('followUp.end', { id: f.id, status: 'done' });
          if (!expectRefusal(reply, f, true)) f.status = 'done';
        } else if (action === 'move') {
          const dueAt = world.clock + dueIn * MINUTE;
          const reply = await world.send('followUp.move', { id: f.id, dueAt });
          if (!expectRefusal(reply, f, true)) Object.assign(f, { dueAt, shown: false });
        } else {
          const reply = await world.send('followUp.setNote', { id: f.id, note: NOTES[1], previous: f.note });
          if (!expectRefusal(reply, f, false)) f.note = NOTES[1];
        }
      };
      await settle(model, world);
    }),
  );

// A Gmail tab asks about every follow-up, its account's and the other's: it sees and changes only its own.
const tabLooks = fc.nat(ACCOUNTS.length - 1).map((index) =>
  step(`the /u/${index} tab looks around`, async (model, world) => {
    const own = ACCOUNTS[index]!;
    for (const f of model.followUps.filter((m) => !m.deleted)) {
      const shown = await world.sendFromTab(index, 'followUp.getForThread', { account: own, threadId: f.threadId });
      expect(shown.ok).toBe(true);
      expect([own, undefined]).toContain((shown as { value: FollowUp | null }).value?.account);
      if (f.account === own) continue;
      expect(await world.sendFromTab(index, 'followUp.getForThread', { account: f.account, threadId: f.threadId })).toMatchObject({ ok: false });
      expect(await world.sendFromTab(index, 'followUp.setNote', { id: f.id, note: 'overwritten', previous: f.note })).toEqual({
        ok: false,
        error: 'followUp.setNote: no such follow-up',
      });
      expect(await world.sendFromTab(index, 'followUp.end', { id: f.id, status: 'done' })).toMatchObject({ ok: false });
    }
    const due = await world.sendFromTab(index, 'followUp.dueThreads', { account: own });
    const ownThreads = model.followUps.filter((m) => !m.deleted && m.account === own).map((m) => m.threadId);
    for (const threadId of (due as { value: string[] }).value) expect(ownThreads).toContain(threadId);
  }),
);

// The browser restarts: the worker goes, and the alarm with it.
const restart = fc.constant(
  step('browser restart (alarm lost)', async (_model, world) => {
    world.newWorker();
    world.alarm = undefined;
  }),
);

/** How often each kind of step comes: enough follow-ups come due, and enough runs meet them, for the edge cases to happen. */
const WEIGHTS: Array<[fc.Arbitrary<Step>, number]> = [
  [set, 4], [move, 2], [end, 1], [note, 1], [condition, 1], [outcome, 1], [remove, 1], [undo, 1], [reply, 2], [gmail, 1],
  [forward, 3], [back, 1], [alarm, 2], [workerStart, 3], [failingRun, 2], [stoppedRun, 4], [restart, 1], [actionDuringCheck, 2], [tabLooks, 1],
];

export const commands = (): Array<fc.Arbitrary<Step>> => WEIGHTS.flatMap(([arbitrary, weight]) => Array<fc.Arbitrary<Step>>(weight).fill(arbitrary));
