import { describe, expect, it } from 'vitest';
import { routeMessage } from '../../src/background/router';
import { fakeBrowser } from '@webext-core/fake-browser';
import { editUndo, recreateUndo, type UndoOutcome } from '../../src/core/undo';
import { parseMessage } from '../../src/messaging/protocol';
import { moveAll, undoAll } from '../../src/popup/actions';
import { undoNotice } from '../../src/popup/undoNotice';
import { createFollowUp, deleteFollowUp, endFollowUp, moveFollowUp } from '../../src/storage/followUps';
import { DAY, freshDb, newFollowUp, NOW, replicaTabAccounts } from './fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE_URL = `chrome-extension://${EXTENSION_ID}/`;
const fromPopup = { id: EXTENSION_ID, url: `${BASE_URL}src/popup/index.html` };

describe('what an action returns for undo', () => {
  it('sends a deleted follow-up without its queue position, in a shape the undo message accepts', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW);
    const deleted = (await deleteFollowUp(db, created.id))!;
    // As stored, it carries the engine's queue position, which the schema does not take.
    expect(deleted.nextCheckAt).toBeTypeOf('number');
    const { nextCheckAt: _queue, ...rest } = deleted;
    expect(recreateUndo(deleted)).toEqual({ kind: 'recreate', followUp: rest });
    expect(parseMessage({ type: 'followUp.undo', payload: recreateUndo(deleted) }).ok).toBe(true);
  });

  it('sends only the fields done and snooze change, before and after, in a shape the undo message accepts', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp({ note: 'Call on Tuesday' }), NOW);
    await db.followUps.update(created.id, { firedAt: NOW });
    const fired = (await db.followUps.get(created.id))!;
    const snoozed = (await moveFollowUp(db, created.id, NOW + 7 * DAY, NOW + 1000))!;
    const undo = editUndo(fired, snoozed);
    expect(undo).toEqual({
      kind: 'edit',
      id: created.id,
      // A snooze leaves the time it was promised for; undo checks it is still so.
      before: { status: 'pending', dueAt: created.dueAt, promisedAt: created.dueAt, firedAt: NOW },
      after: { status: 'snoozed', dueAt: NOW + 7 * DAY, promisedAt: created.dueAt },
    });
    expect(parseMessage({ type: 'followUp.undo', payload: undo }).ok).toBe(true);
    const done = (await endFollowUp(db, created.id, 'done', NOW + 2000))!;
    expect(editUndo(snoozed, done)).toMatchObject({ before: { status: 'snoozed' }, after: { status: 'done' } });
  });
});

describe('what the popup says after undo', () => {
  it.each<[UndoOutcome[], 'done' | 'failed', string]>([
    [['undone'], 'done', 'Undone'],
    [['changed'], 'failed', 'Not undone: this follow-up changed since'],
    [['exists'], 'failed', 'Not undone: this thread has a follow-up again'],
    [['undone', 'undone', 'undone'], 'done', '3 undone'],
    [['undone', 'changed', 'undone'], 'failed', '2 undone, 1 not: they changed since'],
  ])('after %j: %s, “%s”', (outcomes, kind, text) => {
    expect(undoNotice(outcomes)).toEqual({ kind, text });
  });

  it('undoes a bulk snooze per follow-up: the one snoozed again elsewhere keeps its new time', async () => {
    const db = freshDb();
    let now = NOW;
    const deps = { db, now: () => now, extensionId: EXTENSION_ID, extensionBaseUrl: BASE_URL, tabAccounts: replicaTabAccounts(() => now) };
    // The popup's messages go to the real router, as sent from the popup page.
    fakeBrowser.runtime.sendMessage = ((message: unknown) => routeMessage(message, fromPopup, deps)) as typeof fakeBrowser.runtime.sendMessage;
    const a = await createFollowUp(db, newFollowUp({ threadId: 'a1' }), NOW - DAY);
    const b = await createFollowUp(db, newFollowUp({ threadId: 'a2' }), NOW - DAY);
    const undos = await moveAll([a, b], NOW + 7 * DAY);
    now = NOW + 1000;
    await moveFollowUp(db, b.id, NOW + 9 * DAY, now);
    now = NOW + 2000;
    expect(undoNotice(await undoAll(undos))).toEqual({ kind: 'failed', text: '1 undone, 1 not: they changed since' });
    expect(await db.followUps.get(a.id)).toMatchObject({ dueAt: a.dueAt, status: 'pending', updatedAt: now });
    expect(await db.followUps.get(b.id)).toMatchObject({ dueAt: NOW + 9 * DAY, updatedAt: NOW + 1000 });
  });
});
