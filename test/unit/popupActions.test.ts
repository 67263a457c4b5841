import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/messaging/protocol';
import { restorable } from '../../src/popup/actions';
import { createFollowUp, deleteFollowUp } from '../../src/storage/followUps';
import { freshDb, newFollowUp, NOW } from './fixtures';

describe('undo of a delete', () => {
  it('sends the deleted follow-up in a shape the restore message accepts', async () => {
    const db = freshDb();
    const created = await createFollowUp(db, newFollowUp(), NOW);
    const deleted = (await deleteFollowUp(db, created.id))!;
    // As stored, it carries the engine's queue position, which the restore schema does not take.
    expect(deleted.nextCheckAt).toBeTypeOf('number');
    expect(parseMessage({ type: 'followUp.restore', payload: { followUp: deleted } }).ok).toBe(false);
    const { nextCheckAt: _queue, ...rest } = deleted;
    expect(restorable(deleted)).toEqual(rest);
    expect(parseMessage({ type: 'followUp.restore', payload: { followUp: restorable(deleted) } }).ok).toBe(true);
  });
});
