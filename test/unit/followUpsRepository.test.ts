import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { BUILT_IN_PLANS, startPlan, stepDueAt } from '../../src/core/plans';
import { editUndo, recreateUndo } from '../../src/core/undo';
import {
  completeStep,
  createFollowUp,
  deleteFollowUp,
  getFollowUpForThread,
  listActiveByDue,
  endFollowUp,
  EndedError,
  moveFollowUp,
  NotEndedError,
  recordOutcome,
  setNote,
  undoAction,
} from '../../src/storage/followUps';
import { DAY, freshDb, newFollowUp, NOW } from './fixtures';

describe('follow-up repository', () => {
  it('creates a pending follow-up with ids and times, and finds it by account and thread', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW);
    expect(created).toMatchObject({ status: 'pending', note: '', createdAt: NOW, updatedAt: NOW });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.followUps.get(created.id)).toEqual(created);
    expect(await getFollowUpForThread(db, 'alex.rivera@example.com', '18c2f0a1b2c3d4e5')).toEqual(created);
  });

  it('keeps each account apart', async () => {
    const db = freshDb();
    await createFollowUp(db, newFollowUp(), NOW);
    expect(await getFollowUpForThread(db, 'alex@rivera-studio.example', '18c2f0a1b2c3d4e5')).toBeUndefined();
  });

  it('moves the thread’s active follow-up instead of adding a second one', async () => {
    const db = freshDb();
    const first = await createFollowUp(db, newFollowUp(), NOW);
    const second = await createFollowUp(db, newFollowUp({ dueAt: NOW + 7 * DAY, condition: 'always' }), NOW + 1000);
    expect(second.id).toBe(first.id);
    expect(await db.followUps.count()).toBe(1);
    expect(await db.followUps.get(first.id)).toMatchObject({ dueAt: NOW + 7 * DAY, condition: 'always', updatedAt: NOW + 1000 });
  });

  it('starts a new follow-up once the previous one has ended', async () => {
    const db = freshDb();
    const first = await createFollowUp(db, newFollowUp(), NOW);
    await endFollowUp(db, first.id, 'done', NOW + 1);
    const second = await createFollowUp(db, newFollowUp(), NOW + 2);
    expect(second.id).not.toBe(first.id);
    expect(await getFollowUpForThread(db, first.account, first.threadId)).toMatchObject({ id: second.id });
  });

  it('shows the latest ended follow-up of a thread when none is active', async () => {
    const db = freshDb();
    const first = await createFollowUp(db, newFollowUp(), NOW);
    await endFollowUp(db, first.id, 'done', NOW + 5);
    expect(await getFollowUpForThread(db, first.account, first.threadId)).toMatchObject({ status: 'done' });
  });

  it('lists active follow-ups soonest first, without ended ones', async () => {
    const db = freshDb();
    const late = await createFollowUp(db, newFollowUp({ threadId: 'a1', dueAt: NOW + 9 * DAY }), NOW);
    const soon = await createFollowUp(db, newFollowUp({ threadId: 'a2', dueAt: NOW + 1 * DAY }), NOW);
    const ended = await createFollowUp(db, newFollowUp({ threadId: 'a3', dueAt: NOW + 2 * DAY }), NOW);
    const snoozed = await createFollowUp(db, newFollowUp({ threadId: 'a4', dueAt: NOW + 5 * DAY }), NOW);
    await endFollowUp(db, ended.id, 'cancelled', NOW);
    await db.followUps.update(snoozed.id, { status: 'snoozed' });
    expect((await listActiveByDue(db)).map((f) => f.id)).toEqual([soon.id, snoozed.id, late.id]);
    expect((await listActiveByDue(db, 2)).map((f) => f.id)).toEqual([soon.id, snoozed.id]);
  });

  it('stores a subject with HTML as text and cuts a huge one', async () => {
    const db = freshDb();
    const hostile = await createFollowUp(db, newFollowUp({ subject: '<img src=x onerror=alert(1)>' }), NOW);
    expect((await db.followUps.get(hostile.id))?.subject).toBe('<img src=x onerror=alert(1)>');
    const huge = await createFollowUp(db, newFollowUp({ threadId: 'b1', subject: 'y'.repeat(10_000) }), NOW);
    expect((await db.followUps.get(huge.id))?.subject).toHaveLength(500);
  });

  it('keeps a follow-up whose thread id is not known yet', async () => {
    const db = freshDb();
    const a = await createFollowUp(db, newFollowUp({ threadId: '', threadPermId: '' }), NOW);
    const b = await createFollowUp(db, newFollowUp({ threadId: '', threadPermId: '' }), NOW);
    expect(a.id).not.toBe(b.id);
    expect(await listActiveByDue(db)).toHaveLength(2);
  });

  it('reports a change of an unknown id as not found', async () => {
    const db = freshDb();
    expect(await endFollowUp(db, crypto.randomUUID(), 'done', NOW)).toBeUndefined();
    expect(await moveFollowUp(db, crypto.randomUUID(), NOW + DAY, NOW)).toBeUndefined();
  });
});

describe('a plan when its thread is followed up again', () => {
  const plan = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'persistent')!);
  const sentInThread = (sentAt: number, dueAt: number) =>
    newFollowUp({ sentAt, dueAt, tracking: { kind: 'compose', from: '', body: '12.abcdefgh' } });

  it('moves a step on when the user’s message went out in the thread after the reminder came', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ plan }), NOW);
    await db.followUps.update(created.id, { firedAt: NOW + DAY });
    const next = await createFollowUp(db, sentInThread(NOW + 2 * DAY, NOW + 9 * DAY), NOW + 2 * DAY);
    expect(next).toMatchObject({ id: created.id, status: 'pending', dueAt: NOW + 9 * DAY, plan: { current: 1, doneAt: [NOW + 2 * DAY] } });
    expect(next.firedAt).toBeUndefined();
  });

  it('keeps the step when the message went out before the reminder came, and takes a plan chosen anew', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ plan }), NOW);
    expect(await createFollowUp(db, sentInThread(NOW + DAY, NOW + 5 * DAY), NOW + DAY)).toMatchObject({ plan: { current: 0, doneAt: [] } });
    const nurture = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'nurture')!);
    expect(await createFollowUp(db, { ...sentInThread(NOW + DAY, NOW + 90 * DAY), plan: nurture }, NOW + DAY)).toMatchObject({
      id: created.id,
      plan: { planId: 'nurture', current: 0 },
    });
  });
});

describe('a step done by hand', () => {
  const multi = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'multi-touch')!);

  it('moves the plan on from when the user says so, and ends the follow-up after the last step', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ plan: { ...multi, current: 1, doneAt: [NOW] } }), NOW);
    await db.followUps.update(created.id, { firedAt: NOW + DAY, unshown: true });
    const moved = await completeStep(db, created.id, NOW + 2 * DAY);
    expect(moved).toMatchObject({ status: 'pending', plan: { current: 2, doneAt: [NOW, NOW + 2 * DAY] }, dueAt: stepDueAt(NOW + 2 * DAY, multi.steps[2]!.after) });
    expect(moved?.firedAt).toBeUndefined();
    expect(moved?.unshown).toBeUndefined();

    await db.followUps.update(created.id, { plan: { ...multi, current: 4, doneAt: [1, 2, 3, 4] } });
    expect(await completeStep(db, created.id, NOW + 30 * DAY)).toMatchObject({ status: 'done', plan: { current: 4, doneAt: [1, 2, 3, 4, NOW + 30 * DAY] } });
  });

  it('is refused once the follow-up has ended: a reply is never overwritten', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ plan: { ...multi, current: 1, doneAt: [NOW] } }), NOW);
    await db.followUps.update(created.id, { status: 'replied' });
    await expect(completeStep(db, created.id, NOW + DAY)).rejects.toBeInstanceOf(EndedError);
    expect(await db.followUps.get(created.id)).toMatchObject({ status: 'replied', plan: { current: 1 } });
  });
});

describe('the outcome of an ended follow-up', () => {
  const plan = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'persistent')!);

  it('is refused while the follow-up is under way: it has no outcome until it ends', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW);
    await expect(recordOutcome(db, created.id, { kind: 'yes' }, NOW + 1)).rejects.toBeInstanceOf(NotEndedError);
    expect((await db.followUps.get(created.id))?.outcome).toBeUndefined();
  });

  it('records the answer with the follow-ups made by then, and takes a changed mind', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ plan: { ...plan, current: 2, doneAt: [NOW + DAY, NOW + 3 * DAY] } }), NOW);
    await db.followUps.update(created.id, { status: 'replied' });
    expect(await recordOutcome(db, created.id, { kind: 'no' }, NOW + 5 * DAY)).toMatchObject({
      outcome: { kind: 'no', at: NOW + 5 * DAY, steps: 2 },
      updatedAt: NOW + 5 * DAY,
    });
    const changed = await recordOutcome(db, created.id, { kind: 'yes' }, NOW + 6 * DAY);
    expect(changed?.outcome).toEqual({ kind: 'yes', at: NOW + 6 * DAY, steps: 2 });
    expect(changed?.nextCheckAt).toBeUndefined();
  });

  it('starts the next step as a follow-up of the same thread, counted from now, and links it', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ plan: { ...plan, current: 1, doneAt: [NOW + DAY] } }), NOW);
    await endFollowUp(db, created.id, 'done', NOW + 2 * DAY);
    const ended = await recordOutcome(db, created.id, { kind: 'next-step', dueAt: NOW + 9 * DAY }, NOW + 2 * DAY);
    const next = await db.followUps.get(ended!.outcome!.nextId!);
    expect(next).toMatchObject({
      account: created.account,
      threadId: created.threadId,
      subject: created.subject,
      recipients: created.recipients,
      sentAt: NOW + DAY, // the user's last follow-up
      dueAt: NOW + 9 * DAY,
      status: 'pending',
      condition: 'if-no-reply',
      tracking: { kind: 'thread' },
    });
    expect(next?.plan).toBeUndefined();
    expect(ended?.outcome).toMatchObject({ kind: 'next-step', steps: 1 });
    expect(await getFollowUpForThread(db, created.account, created.threadId)).toMatchObject({ id: next!.id });
  });

  it('stores neither the outcome nor the next step when the next step cannot be stored', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW);
    await endFollowUp(db, created.id, 'done', NOW + 1);
    // A write refused as a full disk refuses it: no new follow-up can be added.
    db.followUps.hook('creating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(recordOutcome(db, created.id, { kind: 'next-step', dueAt: NOW + 5 * DAY }, NOW + 2)).rejects.toThrow('disk full');
    expect(await db.followUps.count()).toBe(1);
    expect((await db.followUps.get(created.id))?.outcome).toBeUndefined();
  });
});

describe('undo of an action', () => {
  const HOUR = 3_600_000;

  it('undoes mark done: active again, in the engine\'s queue again, updated now', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ dueAt: NOW + 3 * DAY }), NOW - DAY);
    const done = (await endFollowUp(db, created.id, 'done', NOW))!;
    expect(done.nextCheckAt).toBeUndefined();
    expect(await undoAction(db, editUndo(created, done), NOW + HOUR)).toBe('undone');
    // The first pre-check, a day before the due time.
    expect(await db.followUps.get(created.id)).toEqual({ ...created, updatedAt: NOW + HOUR, nextCheckAt: NOW + 2 * DAY });
  });

  it('undoes a snooze of a fired follow-up: due time, status and the fired reminder come back', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ dueAt: NOW - DAY }), NOW - 2 * DAY);
    await db.followUps.update(created.id, { firedAt: NOW - DAY });
    const fired = (await db.followUps.get(created.id))!;
    const snoozed = (await moveFollowUp(db, created.id, NOW + 7 * DAY, NOW))!;
    expect(snoozed).toMatchObject({ status: 'snoozed', dueAt: NOW + 7 * DAY });
    expect(snoozed.firedAt).toBeUndefined();
    expect(await undoAction(db, editUndo(fired, snoozed), NOW + HOUR)).toBe('undone');
    // Fired and unanswered: the next late-reply check, six hours on.
    expect(await db.followUps.get(created.id)).toEqual({ ...fired, updatedAt: NOW + HOUR, nextCheckAt: NOW + 7 * HOUR });
  });

  it('undoes the snooze of a reminder that fired but was never shown: it is owed again', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ dueAt: NOW - DAY }), NOW - 2 * DAY);
    await db.followUps.update(created.id, { firedAt: NOW - HOUR, unshown: true });
    const owed = (await db.followUps.get(created.id))!;
    const snoozed = (await moveFollowUp(db, created.id, NOW + 7 * DAY, NOW))!;
    expect(snoozed.unshown).toBeUndefined();
    expect(await undoAction(db, editUndo(owed, snoozed), NOW + HOUR)).toBe('undone');
    expect(await db.followUps.get(created.id)).toMatchObject({ firedAt: NOW - HOUR, unshown: true, nextCheckAt: NOW - DAY });
  });

  it('keeps a note set elsewhere since the action, undoing only the action\'s own fields', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW - DAY);
    const done = (await endFollowUp(db, created.id, 'done', NOW))!;
    await setNote(db, created.id, 'Dana is back on Monday', '', NOW + 1000);
    expect(await undoAction(db, editUndo(created, done), NOW + 2000)).toBe('undone');
    expect(await db.followUps.get(created.id)).toMatchObject({ status: 'pending', note: 'Dana is back on Monday', updatedAt: NOW + 2000 });
  });

  it('keeps each follow-up made with the time it was promised for: a snooze keeps that time, a reschedule or a new choice sets it', async () => {
    const db = freshDb();
    const multi = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'multi-touch')!);
    const created = await createFollowUp(db, newFollowUp({ dueAt: NOW + DAY, plan: multi }), NOW);
    expect(created.promisedAt).toBe(NOW + DAY);
    // Rescheduled before it came: a new promise.
    await moveFollowUp(db, created.id, NOW + 2 * DAY, NOW);
    expect((await db.followUps.get(created.id))!.promisedAt).toBe(NOW + 2 * DAY);
    // It came, and was snoozed twice: still promised for the 2nd.
    await db.followUps.update(created.id, { firedAt: NOW + 2 * DAY });
    await moveFollowUp(db, created.id, NOW + 3 * DAY, NOW + 2 * DAY);
    await moveFollowUp(db, created.id, NOW + 4 * DAY, NOW + 3 * DAY);
    expect(await db.followUps.get(created.id)).toMatchObject({ promisedAt: NOW + 2 * DAY, dueAt: NOW + 4 * DAY });
    // Followed up by mail from a compose in the thread, two days late: on record; the next step is promised for its own time.
    await db.followUps.update(created.id, { firedAt: NOW + 4 * DAY });
    const sent = NOW + 4 * DAY + 1000;
    await createFollowUp(db, newFollowUp({ sentAt: sent, dueAt: NOW + 9 * DAY, tracking: { kind: 'compose', from: '', body: '1.a' } }), sent);
    const afterMail = (await db.followUps.get(created.id))!;
    expect(afterMail).toMatchObject({ promisedAt: NOW + 9 * DAY, made: [{ promisedAt: NOW + 2 * DAY, at: sent }], plan: { current: 1 } });
    // The call step, marked done by hand: on record too, and the next step promised when it is due.
    const called = (await completeStep(db, created.id, NOW + 8 * DAY))!;
    expect(called.made).toEqual([
      { promisedAt: NOW + 2 * DAY, at: sent },
      { promisedAt: NOW + 9 * DAY, at: NOW + 8 * DAY },
    ]);
    expect(called.promisedAt).toBe(called.dueAt);
  });

  it('keeps no follow-up made when nobody knows when it was promised (follow-ups from before it was kept)', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW);
    await db.followUps.update(created.id, { promisedAt: undefined, firedAt: NOW });
    const done = (await completeStep(db, created.id, NOW + DAY))!;
    expect(done.status).toBe('done');
    expect(done).not.toHaveProperty('made');
  });

  it('keeps the notes a new one replaces, dated, starting from the note it was set with', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, { ...newFollowUp(), note: 'Sent the proposal' }, NOW - 2 * DAY);
    expect(created).toMatchObject({ note: 'Sent the proposal', noteAt: NOW - 2 * DAY });
    await setNote(db, created.id, 'Call on the 3rd', 'Sent the proposal', NOW - DAY);
    await setNote(db, created.id, 'Contract by Friday', 'Call on the 3rd', NOW);
    expect(await db.followUps.get(created.id)).toMatchObject({
      note: 'Contract by Friday',
      noteAt: NOW,
      earlierNotes: [
        { at: NOW - 2 * DAY, text: 'Sent the proposal' },
        { at: NOW - DAY, text: 'Call on the 3rd' },
      ],
    });
  });

  it.each<[string, (db: ReturnType<typeof freshDb>, f: FollowUp) => Promise<unknown>]>([
    ['snoozed again elsewhere', (db, f) => moveFollowUp(db, f.id, NOW + 9 * DAY, NOW + 1000)],
    ['closed by a reply', (db, f) => db.followUps.update(f.id, { status: 'replied', updatedAt: NOW + 1000 })],
    ['deleted', (db, f) => deleteFollowUp(db, f.id)],
  ])('refuses, changing nothing, once the follow-up was %s', async (_, meanwhile) => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW - DAY);
    const snoozed = (await moveFollowUp(db, created.id, NOW + 7 * DAY, NOW))!;
    await meanwhile(db, snoozed);
    const before = await db.followUps.get(created.id);
    expect(await undoAction(db, editUndo(created, snoozed), NOW + 2000)).toBe('changed');
    expect(await db.followUps.get(created.id)).toEqual(before);
  });

  it('moves updatedAt forward even when the clock went back since the action', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW - DAY);
    const done = (await endFollowUp(db, created.id, 'done', NOW))!;
    expect(await undoAction(db, editUndo(created, done), NOW - HOUR)).toBe('undone');
    expect((await db.followUps.get(created.id))?.updatedAt).toBe(NOW + 1);
  });

  it('recreates a deleted follow-up as it was, updated now and queued for the engine, once', async () => {
    const db = freshDb();
    // Not yet given a thread by Gmail: only its id tells that it is back already.
    const created = await createFollowUp(db, newFollowUp({ threadId: '', threadPermId: '', note: 'Call on Tuesday' }), NOW - DAY);
    const undo = recreateUndo((await deleteFollowUp(db, created.id))!);
    expect(await undoAction(db, undo, NOW)).toBe('undone');
    expect(await db.followUps.get(created.id)).toEqual({ ...created, updatedAt: NOW, nextCheckAt: NOW + 2 * DAY });
    expect(await undoAction(db, undo, NOW + 1000)).toBe('exists');
    expect(await db.followUps.get(created.id)).toMatchObject({ updatedAt: NOW });
  });

  it('does not recreate a deleted follow-up when its thread has a new one: a thread keeps one', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW - DAY);
    const undo = recreateUndo((await deleteFollowUp(db, created.id))!);
    const again = await createFollowUp(db, newFollowUp({ dueAt: NOW + 5 * DAY }), NOW);
    expect(await undoAction(db, undo, NOW + 1000)).toBe('exists');
    expect(await db.followUps.toArray()).toEqual([again]);
  });

  it('does not undo a done when its thread has a new follow-up since: a thread keeps one', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW - DAY);
    const done = (await endFollowUp(db, created.id, 'done', NOW))!;
    const again = await createFollowUp(db, newFollowUp({ dueAt: NOW + 5 * DAY }), NOW + 1000);
    expect(again.id).not.toBe(created.id);
    expect(await undoAction(db, editUndo(created, done), NOW + 2000)).toBe('exists');
    expect(await db.followUps.get(created.id)).toEqual(done);
  });

  it('recreates a deleted ended follow-up beside the thread\'s new one: only active ones compete', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW - DAY);
    await endFollowUp(db, created.id, 'done', NOW - HOUR);
    const undo = recreateUndo((await deleteFollowUp(db, created.id))!);
    await createFollowUp(db, newFollowUp(), NOW);
    expect(await undoAction(db, undo, NOW + 1000)).toBe('undone');
    expect(await db.followUps.count()).toBe(2);
  });
});
