import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FollowthroughDb } from '../../src/storage/db';
import { newFollowUp, NOW } from './fixtures';

describe('database version 3', () => {
  it('drops the DOM positions of older follow-ups and the aliases learned from them, keeping everything else', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    // Version 2 exactly as it shipped: its stores and the data it wrote.
    const old = new Dexie(name);
    old.version(2).stores({
      followUps: 'id, [status+dueAt], [account+threadId], updatedAt, nextCheckAt',
      accounts: 'email',
    });
    const id = crypto.randomUUID();
    await old.table('followUps').put({
      ...newFollowUp(),
      id,
      status: 'pending',
      note: 'Call Dana',
      createdAt: NOW,
      updatedAt: NOW,
      trackedIndex: 3,
      nextCheckAt: NOW + 1000,
    });
    await old.table('accounts').put({ email: 'alex.rivera@example.com', index: 0, ik: 'a1b2c3d4e5', seenAt: NOW, aliases: ['dana@northwind.example'] });
    old.close();

    const db = new FollowthroughDb(name);
    const followUp = await db.followUps.get(id);
    expect(followUp).toMatchObject({ id, note: 'Call Dana', nextCheckAt: NOW + 1000, status: 'pending' });
    expect(followUp).not.toHaveProperty('trackedIndex');
    expect(followUp).not.toHaveProperty('tracking');
    const account = await db.accounts.get('alex.rivera@example.com');
    expect(account).toEqual({ email: 'alex.rivera@example.com', index: 0, ik: 'a1b2c3d4e5', seenAt: NOW });
    db.close();
  });
});

describe('database version 1 to today', () => {
  it('queues a version-1 follow-up for the engine and drops what version 3 dropped, keeping the rest', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    // Version 1 exactly as it shipped: no engine queue (nextCheckAt) yet.
    const old = new Dexie(name);
    old.version(1).stores({
      followUps: 'id, [status+dueAt], [account+threadId], updatedAt',
      accounts: 'email',
    });
    const id = crypto.randomUUID();
    // The upgrade reads the real clock: a due time far enough ahead that its first pre-check is known.
    const dueAt = Date.now() + 3 * 86_400_000;
    await old.table('followUps').put({ ...newFollowUp({ dueAt }), id, status: 'snoozed', note: 'Ask about the pilot', createdAt: NOW, updatedAt: NOW, trackedIndex: 1 });
    await old.table('accounts').put({ email: 'alex.rivera@example.com', index: 1, ik: 'a1b2c3d4e5', seenAt: NOW, aliases: [] });
    old.close();

    const db = new FollowthroughDb(name);
    const followUp = await db.followUps.get(id);
    expect(followUp).toMatchObject({ id, status: 'snoozed', note: 'Ask about the pilot', dueAt, nextCheckAt: dueAt - 86_400_000 });
    expect(followUp).not.toHaveProperty('trackedIndex');
    expect(await db.followUps.where('nextCheckAt').belowOrEqual(dueAt).primaryKeys()).toEqual([id]);
    expect(await db.accounts.get('alex.rivera@example.com')).toEqual({ email: 'alex.rivera@example.com', index: 1, ik: 'a1b2c3d4e5', seenAt: NOW });
    db.close();
  });
});

describe('database version 4', () => {
  it('adds the sync shadows, empty, and keeps a version-3 follow-up as it was', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    // Version 3 exactly as it shipped (its stores are version 2's).
    const old = new Dexie(name);
    old.version(3).stores({
      followUps: 'id, [status+dueAt], [account+threadId], updatedAt, nextCheckAt',
      accounts: 'email',
    });
    const stored = { ...newFollowUp(), id: crypto.randomUUID(), status: 'pending', note: 'Call Dana', createdAt: NOW, updatedAt: NOW, nextCheckAt: NOW + 1000, tracking: { kind: 'thread' } };
    await old.table('followUps').put(stored);
    old.close();

    const db = new FollowthroughDb(name);
    expect(await db.followUps.get(stored.id)).toEqual(stored);
    expect(await db.syncShadows.count()).toBe(0);
    await db.syncShadows.put({ id: stored.id, record: { deleted: NOW } });
    expect(await db.syncShadows.get(stored.id)).toEqual({ id: stored.id, record: { deleted: NOW } });
    expect(db.verno).toBe(4);
    db.close();
  });
});
