import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { createSnapshotKeeper, readSnapshot } from '../../src/background/popupSnapshot';
import { PAGE_SIZE } from '../../src/popup/listQuery';
import { forgetSnapshot, loadSnapshot, saveSnapshot, SNAPSHOT_KEY, type PopupSnapshot } from '../../src/popup/snapshot';
import type { FollowthroughDb } from '../../src/storage/db';
import { createFollowUp } from '../../src/storage/followUps';
import { DAY, freshDb, newFollowUp, NOW } from './fixtures';

let threads = 0;
/** Stores `count` follow-ups, each due an hour after the one stored before, one thread each. */
async function stored(db: FollowthroughDb, count: number) {
  const out = [];
  for (let i = 0; i < count; i++) {
    threads += 1;
    out.push(await createFollowUp(db, newFollowUp({ threadId: (0x100 + threads).toString(16), subject: `Thread ${threads}`, dueAt: NOW + threads * 3_600_000 }), NOW));
  }
  return out;
}

/** A keeper whose writes, done or failed, can be awaited: `settled(n)` answers once n have ended. */
function keeperOf(
  db: FollowthroughDb,
  save: (snapshot: PopupSnapshot) => Promise<void> = async () => undefined,
  read: () => Promise<PopupSnapshot> = () => readSnapshot(db, NOW),
) {
  const writes: PopupSnapshot[] = [];
  let ended = 0;
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  const keeper = createSnapshotKeeper({
    read,
    delayMs: 0,
    save: async (snapshot) => {
      try {
        await save(snapshot);
        writes.push(snapshot);
      } finally {
        ended += 1;
        for (const w of waiting.filter((w) => w.count <= ended)) w.resolve();
      }
    },
  });
  const settled = (count: number) => new Promise<void>((resolve) => (count <= ended ? resolve() : waiting.push({ count, resolve })));
  return { keep: keeper.keep, removed: keeper.removed, writes, settled };
}

describe('popup snapshot', () => {
  it("holds the popup's first page, soonest first, and its recent replies, without the engine's queue key", async () => {
    const db = freshDb();
    const rows = await stored(db, PAGE_SIZE + 2);
    await db.followUps.update(rows[0]!.id, {
      status: 'replied',
      replyCheck: { checkedAt: NOW - DAY, outcome: 'replied', evidence: { by: { name: 'Jordan Lee', email: 'jordan@client.example' }, dateText: '' } },
    });
    const snapshot = await readSnapshot(db, NOW);
    expect(snapshot.active.rows.map((f) => f.subject)).toEqual(rows.slice(1, PAGE_SIZE + 1).map((f) => f.subject));
    expect(snapshot.active.more).toBe(true);
    expect(snapshot.active.accounts).toEqual(['alex.rivera@example.com']);
    expect(snapshot.replied.map((f) => f.id)).toEqual([rows[0]!.id]);
    expect(snapshot.active.rows.every((f) => !('nextCheckAt' in f))).toBe(true);
  });

  it('gathers changes that come together into one write', async () => {
    const db = freshDb();
    await stored(db, 2);
    const { keep, writes, settled } = keeperOf(db);
    keep();
    keep();
    keep();
    await settled(1);
    await stored(db, 1);
    keep();
    await settled(2);
    expect(writes.map((w) => w.active.rows.length)).toEqual([2, 3]);
  });

  it('reads again only once a write is done, so an older snapshot never lands after a newer one', async () => {
    const db = freshDb();
    const older = await readSnapshot(db, NOW);
    const newer = { ...older, active: { ...older.active, more: true } };
    const reads: Array<(snapshot: PopupSnapshot) => void> = [];
    let release: (() => void) | undefined;
    const { keep, writes, settled } = keeperOf(
      db,
      async () => {
        if (!release) await new Promise<void>((resolve) => (release = resolve));
      },
      () => new Promise((resolve) => reads.push(resolve)),
    );
    // The keeper waits delayMs = 0: a 0 ms timer set after keep() fires after the keeper's.
    const keeperTimerFired = () => new Promise((resolve) => setTimeout(resolve, 0));
    keep();
    await keeperTimerFired();
    reads[0]!(older);
    await vi.waitFor(() => expect(release).toBeDefined());
    keep();
    await keeperTimerFired();
    expect(reads).toHaveLength(1);
    release!();
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    reads[1]!(newer);
    await settled(2);
    expect(writes).toEqual([older, newer]);
  });

  it('does not write a snapshot the same as the last one written', async () => {
    const db = freshDb();
    await stored(db, 1);
    const reads: number[] = [];
    const { keep, writes, settled } = keeperOf(db, undefined, async () => {
      reads.push(reads.length);
      return readSnapshot(db, NOW);
    });
    keep();
    await settled(1);
    keep();
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    await stored(db, 1);
    keep();
    await settled(2);
    expect(writes.map((w) => w.active.rows.length)).toEqual([1, 2]);
    expect(reads).toHaveLength(3);
  });

  it('writes the same snapshot again once the stored one was taken away', async () => {
    const db = freshDb();
    await stored(db, 1);
    const { keep, removed, writes, settled } = keeperOf(db);
    keep();
    await settled(1);
    // "Delete all" on the options page removes it; the data it shows may be the same. Here the
    // removal comes while the first write is finishing (settled counts a write once it has landed)…
    removed();
    await settled(2);
    // …and here once the keeper is idle.
    await new Promise((resolve) => setTimeout(resolve, 0));
    removed();
    await settled(3);
    expect(writes.map((w) => w.active.rows.length)).toEqual([1, 1, 1]);
  });

  it('logs a write that failed, without the mail in it, and writes again at the next change', async () => {
    const db = freshDb();
    await stored(db, 1);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let full = true;
    const { keep, writes, settled } = keeperOf(db, async () => {
      if (full) throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    keep();
    await settled(1);
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('[Followthrough]', 'keeping the popup snapshot failed', 'QuotaExceededError: The disk is full'));
    expect(JSON.stringify(logged.mock.calls)).not.toContain('Thread');
    expect(writes).toHaveLength(0);

    full = false;
    keep();
    await settled(2);
    expect(writes).toHaveLength(1);
  });

  it('is read back as it was stored, and forgotten with the data it shows', async () => {
    const db = freshDb();
    await stored(db, 3);
    const snapshot = await readSnapshot(db, NOW);
    await saveSnapshot(snapshot);
    expect(await loadSnapshot()).toEqual(snapshot);
    await forgetSnapshot();
    expect(await loadSnapshot()).toBeNull();
  });

  it('is not used when it is damaged, hostile or from another version: the popup waits for the database', async () => {
    const db = freshDb();
    await stored(db, 1);
    const good = await readSnapshot(db, NOW);
    const row = good.active.rows[0]!;
    const bad: unknown[] = [
      'not a snapshot',
      { ...good, version: 2 },
      { ...good, active: { ...good.active, rows: [{ ...row, dueAt: 'tomorrow' }] } },
      { ...good, active: { ...good.active, rows: [{ ...row, innerHTML: '<img src=x onerror=alert(1)>' }] } },
      { ...good, replied: undefined },
    ];
    for (const value of bad) {
      await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: value });
      expect(await loadSnapshot()).toBeNull();
    }
  });

  it('answers no snapshot when storage cannot be read, and says why in the log', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage unavailable'));
    expect(await loadSnapshot()).toBeNull();
    expect(logged).toHaveBeenCalledWith('[Followthrough]', 'reading the popup snapshot failed', 'Error: storage unavailable');
  });
});
