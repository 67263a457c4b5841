import { describe, expect, it, vi } from 'vitest';
import { exportJson, type ImportError } from '../../src/core/exportFormat';
import type { FollowUp } from '../../src/core/followUp';
import type { FollowthroughDb } from '../../src/storage/db';
import { deleteAllData, importFollowUps, planImport, type PlannedImport } from '../../src/storage/dataTransfer';
import { createFollowUp, endFollowUp } from '../../src/storage/followUps';
import { DAY, freshDb, newFollowUp, NOW } from './fixtures';

const THREAD = '18c2f0a1b2c3d4e5';

/** A database with three follow-ups on three threads: pending, replied, done. */
async function sourceDb(): Promise<FollowthroughDb> {
  const db = freshDb();
  await createFollowUp(db, newFollowUp({ threadId: 'a1' }), NOW - 3 * DAY);
  const replied = await createFollowUp(db, newFollowUp({ threadId: 'a2', subject: '<img src=x onerror=alert(1)>' }), NOW - 3 * DAY);
  await db.followUps.update(replied.id, {
    status: 'replied',
    replyCheck: { checkedAt: NOW - DAY, outcome: 'replied', evidence: { by: { name: 'Jordan', email: 'jordan@client.example' }, dateText: 'Fri, Nov 20, 2026 at 9:14 AM' } },
  });
  const done = await createFollowUp(db, newFollowUp({ threadId: 'a3' }), NOW - 3 * DAY);
  await endFollowUp(db, done.id, 'done', NOW - 2 * DAY);
  return db;
}

const exported = async (db: FollowthroughDb) => exportJson(await db.followUps.toArray(), NOW);
function planned(result: PlannedImport | ImportError): PlannedImport {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}
const counts = (plan: PlannedImport) => ({
  add: plan.add.length,
  update: plan.update.length,
  unchanged: plan.unchanged,
  skipped: plan.skipped.length,
  conflicts: plan.conflicts.length,
});

describe('import and export', () => {
  it('round-trips: what is imported exports byte for byte the same, with the engine queue rebuilt', async () => {
    const file = await exported(await sourceDb());
    const db = freshDb();
    expect(counts(planned(await importFollowUps(db, file, NOW)))).toEqual({ add: 3, update: 0, unchanged: 0, skipped: 0, conflicts: 0 });
    expect(await exported(db)).toBe(file);
    const pending = (await db.followUps.toArray()).find((f) => f.status === 'pending')!;
    expect(pending.nextCheckAt).toBeTypeOf('number');
  });

  it('previews without writing, and importing the same file twice changes nothing', async () => {
    const file = await exported(await sourceDb());
    const db = freshDb();
    expect(counts(planned(await planImport(db, file)))).toMatchObject({ add: 3 });
    expect(await db.followUps.count()).toBe(0);
    await importFollowUps(db, file, NOW);
    const before = await db.followUps.toArray();
    expect(counts(planned(await importFollowUps(db, file, NOW + DAY)))).toEqual({ add: 0, update: 0, unchanged: 3, skipped: 0, conflicts: 0 });
    expect(await db.followUps.toArray()).toEqual(before);
  });

  it('refuses a file that is not an export, and leaves the data as it was', async () => {
    const db = await sourceDb();
    const before = await db.followUps.toArray();
    for (const [text, reason] of [['not json', 'not-json'], ['{"format":"something-else","followUps":[]}', 'not-ours'], ['[]', 'not-ours']]) {
      expect(await importFollowUps(db, text!, NOW)).toEqual({ ok: false, reason });
    }
    expect(await db.followUps.toArray()).toEqual(before);
  });

  it('rolls everything back when a write fails half way', async () => {
    const file = await exported(await sourceDb());
    const db = freshDb();
    const bulkPut = db.followUps.bulkPut.bind(db.followUps);
    // The rows are written, then the write fails: the transaction must take them back.
    vi.spyOn(db.followUps, 'bulkPut').mockImplementation((...args: Parameters<typeof bulkPut>) =>
      bulkPut(...args).then(() => {
        throw new Error('disk full');
      }),
    );
    await expect(importFollowUps(db, file, NOW)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await db.followUps.count()).toBe(0);
  });
});

describe('one active follow-up per thread on import', () => {
  const active = (overrides: Partial<FollowUp>): FollowUp => ({
    ...newFollowUp({ threadId: THREAD }),
    id: crypto.randomUUID(),
    status: 'pending',
    note: '',
    createdAt: NOW - 5 * DAY,
    updatedAt: NOW - 5 * DAY,
    ...overrides,
  });
  const file = (...followUps: FollowUp[]) => exportJson(followUps, NOW);

  it('keeps the active follow-up the user has and leaves out the file’s other one for that thread', async () => {
    const db = freshDb();
    const mine = await createFollowUp(db, newFollowUp({ threadId: THREAD }), NOW);
    const theirs = active({ updatedAt: NOW + DAY }); // newer, but a different follow-up
    const ended = active({ status: 'done' });
    const plan = planned(await importFollowUps(db, file(theirs, ended), NOW));
    expect(counts(plan)).toMatchObject({ add: 1, conflicts: 1 });
    expect(plan.conflicts.map((f) => f.id)).toEqual([theirs.id]);
    const stored = await db.followUps.toArray();
    expect(stored.filter((f) => f.status === 'pending').map((f) => f.id)).toEqual([mine.id]);
    expect(stored.map((f) => f.id)).toContain(ended.id);
  });

  it('among the file’s own rows for one thread, keeps the most recently updated', async () => {
    const older = active({ updatedAt: NOW - 3 * DAY });
    const newer = active({ updatedAt: NOW - DAY });
    const other = active({ account: 'alex@rivera-studio.example' }); // same thread id, another account
    const plan = planned(await planImport(freshDb(), file(newer, older, other)));
    expect(plan.add.map((f) => f.id).sort()).toEqual([newer.id, other.id].sort());
    expect(plan.conflicts.map((f) => f.id)).toEqual([older.id]);
  });

  it('sees no conflict when the file also ends the stored one', async () => {
    const db = freshDb();
    const mine = await createFollowUp(db, newFollowUp({ threadId: THREAD }), NOW - 5 * DAY);
    const endedInFile = { ...mine, status: 'done' as const, updatedAt: NOW };
    const next = active({ updatedAt: NOW });
    const plan = planned(await importFollowUps(db, file(endedInFile, next), NOW));
    expect(counts(plan)).toMatchObject({ add: 1, update: 1, conflicts: 0 });
    expect((await db.followUps.toArray()).filter((f) => f.status === 'pending').map((f) => f.id)).toEqual([next.id]);
  });

  it('lets follow-ups without a thread id through: they have no thread yet', async () => {
    const plan = planned(await planImport(freshDb(), file(active({ threadId: '', threadPermId: '' }), active({ threadId: '', threadPermId: '' }))));
    expect(counts(plan)).toMatchObject({ add: 2, conflicts: 0 });
  });
});

describe('delete all data', () => {
  it('deletes every follow-up and account seen, and says how many follow-ups there were', async () => {
    const db = await sourceDb();
    await db.accounts.put({ email: 'alex.rivera@example.com', index: 0, ik: 'a1b2c3d4e5', seenAt: NOW });
    expect(await deleteAllData(db)).toBe(3);
    expect(await db.followUps.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
  });
});
