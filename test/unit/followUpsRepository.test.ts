import { describe, expect, it } from 'vitest';
import {
  createFollowUp,
  getFollowUpForThread,
  listActiveByDue,
  endFollowUp,
  moveFollowUp,
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
