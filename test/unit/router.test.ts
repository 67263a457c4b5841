import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routeMessage, type RouterDeps } from '../../src/background/router';
import type { FollowUp } from '../../src/core/followUp';
import { editUndo, type Undo } from '../../src/core/undo';
import type { SenderInfo } from '../../src/messaging/sender';
import { sampleReplica, SAMPLE, type GmailReplica } from '../replica';
import { freshDb, newFollowUp, NOW, replicaTabAccounts } from './fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE_URL = `chrome-extension://${EXTENSION_ID}/`;
const gmailTab = (path: string): SenderInfo => ({ id: EXTENSION_ID, url: `https://mail.google.com${path}`, tab: { id: 3 } });
// /u/0 is alex.rivera@example.com (the fixtures' account), /u/1 alex@rivera-studio.example.
const fromGmail = gmailTab('/mail/u/0/#inbox');
const fromOtherAccount = gmailTab('/mail/u/1/#inbox');
const fromPopup: SenderInfo = { id: EXTENSION_ID, url: `${BASE_URL}src/popup/index.html` };

let deps: RouterDeps;
let gmail: GmailReplica;
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // Gmail answers which account is at /u/N: the replica serves the feed as Gmail does.
  gmail = sampleReplica({ now: () => NOW });
  const tabAccounts = replicaTabAccounts(() => NOW, gmail);
  deps = { db: freshDb(), now: () => NOW, extensionId: EXTENSION_ID, extensionBaseUrl: BASE_URL, tabAccounts };
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

// What a tab sends: the perm id is the background's to derive.
const create = (overrides = {}) => {
  const { threadPermId: _derived, ...payload } = newFollowUp();
  return { type: 'followUp.create', payload: { ...payload, ...overrides } };
};
const idOf = (reply: unknown) => (reply as { value: { id: string } }).value.id;

describe('background message router', () => {
  it('handles a valid message from a Gmail tab', async () => {
    const reply = await routeMessage(create(), fromGmail, deps);
    expect(reply).toMatchObject({ ok: true, value: { status: 'pending', subject: 'Pricing for Q1' } });
    expect(await deps.db.followUps.count()).toBe(1);
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...fromGmail, id: 'otherextensionidotherextensionid' }],
    ['a tab that is not Gmail', { id: EXTENSION_ID, url: 'https://mail.google.com.evil.example/', tab: { id: 1 } }],
    ['a page of another extension', { id: EXTENSION_ID, url: 'chrome-extension://other/popup.html' }],
    ['a sender with no URL', { id: EXTENSION_ID }],
    ['a Gmail-URL sender with no tab', { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox' }],
  ])('rejects a message from %s, with a logged reason and no change', async (_, sender) => {
    const reply = await routeMessage(create(), sender, deps);
    expect(reply).toEqual({ ok: false, error: 'message from an unknown sender' });
    expect(warn).toHaveBeenCalledWith('[Followthrough]', 'rejected message: message from an unknown sender');
    expect(await deps.db.followUps.count()).toBe(0);
  });

  it('rejects an unknown message type with a logged reason and no change', async () => {
    const reply = await routeMessage({ type: 'followUp.nuke', payload: {} }, fromPopup, deps);
    expect(reply).toEqual({ ok: false, error: 'unknown message type "followUp.nuke"' });
    expect(warn).toHaveBeenCalledOnce();
    expect(await deps.db.followUps.count()).toBe(0);
  });

  it('rejects a malformed payload with a logged reason and no change', async () => {
    const reply = await routeMessage(create({ dueAt: 'soon', threadId: 'zz' }), fromGmail, deps);
    expect(reply).toEqual({ ok: false, error: 'invalid followUp.create: bad threadId, dueAt' });
    expect(warn).toHaveBeenCalledWith('[Followthrough]', 'rejected message: invalid followUp.create: bad threadId, dueAt');
    expect(await deps.db.followUps.count()).toBe(0);
  });

  it('accepts account reports only from Gmail tabs', async () => {
    const seen = { type: 'account.seen', payload: { account: 'alex.rivera@example.com', index: 0, ik: 'a1b2c3d4e5' } };
    expect(await routeMessage(seen, fromPopup, deps)).toEqual({
      ok: false,
      error: 'account.seen is not accepted from extension-page',
    });
    expect(await deps.db.accounts.count()).toBe(0);
    expect(await routeMessage(seen, fromGmail, deps)).toEqual({ ok: true, value: { addresses: ['alex.rivera@example.com'] } });
    expect(await deps.db.accounts.get('alex.rivera@example.com')).toMatchObject({ index: 0, ik: 'a1b2c3d4e5' });
  });

  it('keeps the send-as addresses a compose offered, and answers with every address of the user', async () => {
    const seen = (sendAs: string[]) => ({
      type: 'account.seen',
      payload: { account: 'alex.rivera@example.com', index: 0, ik: 'a1b2c3d4e5', sendAs },
    });
    await routeMessage(seen(['Sales@Rivera-Studio.example']), fromGmail, deps);
    expect(await routeMessage(seen([]), fromGmail, deps)).toEqual({
      ok: true,
      value: { addresses: ['alex.rivera@example.com', 'sales@rivera-studio.example'] },
    });
  });

  it('does not learn again a send-as address the user removed', async () => {
    const { forgetSendAs } = await import('../../src/storage/accounts');
    const seen = { type: 'account.seen', payload: { account: 'alex.rivera@example.com', index: 0, ik: '', sendAs: ['old@rivera-studio.example'] } };
    await routeMessage(seen, fromGmail, deps);
    await forgetSendAs(deps.db, 'alex.rivera@example.com', 'old@rivera-studio.example');
    expect(await routeMessage(seen, fromGmail, deps)).toEqual({ ok: true, value: { addresses: ['alex.rivera@example.com'] } });
  });

  it('keeps a known ik when a tab reports the account without one', async () => {
    const seen = (ik: string) => ({ type: 'account.seen', payload: { account: 'alex@rivera-studio.example', index: 1, ik } });
    await routeMessage(seen('9f8e7d6c5b'), fromOtherAccount, deps);
    await routeMessage(seen(''), fromOtherAccount, deps);
    expect(await deps.db.accounts.get('alex@rivera-studio.example')).toMatchObject({ index: 1, ik: '9f8e7d6c5b' });
  });

  it('answers a change of an unknown follow-up as not found', async () => {
    const reply = await routeMessage(
      { type: 'followUp.end', payload: { id: crypto.randomUUID(), status: 'done' } },
      fromPopup,
      deps,
    );
    expect(reply).toEqual({ ok: false, error: 'followUp.end: no such follow-up' });
  });

  it('refuses "replied" as a request: only the engine finds replies', async () => {
    const created = await routeMessage(create(), fromGmail, deps);
    const id = created.ok && (created.value as { id: string }).id;
    const reply = await routeMessage({ type: 'followUp.end', payload: { id, status: 'replied' } }, fromGmail, deps);
    expect(reply).toEqual({ ok: false, error: 'invalid followUp.end: bad status' });
  });

  it('tells the engine after every change, and not after a read', async () => {
    const changed = vi.fn();
    deps.changed = changed;
    const created = await routeMessage(create(), fromGmail, deps);
    expect(changed).toHaveBeenCalledTimes(1);
    const id = created.ok && (created.value as { id: string }).id;
    await routeMessage({ type: 'followUp.move', payload: { id, dueAt: NOW + 86_400_000 } }, fromGmail, deps);
    await routeMessage({ type: 'followUp.end', payload: { id, status: 'done' } }, fromGmail, deps);
    expect(changed).toHaveBeenCalledTimes(3);
    await routeMessage(
      { type: 'followUp.getForThread', payload: { account: 'alex.rivera@example.com', threadId: '18c2f0a1b2c3d4e5' } },
      fromGmail,
      deps,
    );
    expect(changed).toHaveBeenCalledTimes(3);
  });

  it('turns a failing handler into a generic error without details of the data', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    deps.handlers = {
      ...(await import('../../src/background/handlers')).handlers,
      'followUp.create': () => Promise.reject(new Error('QuotaExceededError: disk full')),
    };
    expect(await routeMessage(create(), fromGmail, deps)).toEqual({ ok: false, error: 'internal error' });
    expect(error).toHaveBeenCalledWith('[Followthrough]', 'followUp.create failed', 'Error: QuotaExceededError: disk full');
    error.mockRestore();
  });

  it('returns the thread follow-up, or null', async () => {
    const query = { type: 'followUp.getForThread', payload: { account: 'alex.rivera@example.com', threadId: '18c2f0a1b2c3d4e5' } };
    expect(await routeMessage(query, fromGmail, deps)).toEqual({ ok: true, value: null });
    await routeMessage(create(), fromGmail, deps);
    expect(await routeMessage(query, fromGmail, deps)).toMatchObject({ ok: true, value: { subject: 'Pricing for Q1' } });
  });

  describe('a tracked thread opened in Gmail', () => {
    const opened = (messageCount: number) => ({
      type: 'thread.opened',
      payload: { account: 'alex.rivera@example.com', threadId: '18c2f0a1b2c3d4e5', messageCount },
    });
    async function tracked() {
      const reply = await routeMessage(create({ dueAt: NOW + 3 * 86_400_000 }), fromGmail, deps);
      return (reply as { value: { id: string; nextCheckAt: number } }).value;
    }

    it('puts the follow-up at the head of the queue when the tab shows messages the last check did not see', async () => {
      const followUp = await tracked();
      expect(followUp.nextCheckAt).toBeGreaterThan(NOW);
      deps.changed = vi.fn();
      expect(await routeMessage(opened(2), fromGmail, deps)).toEqual({ ok: true, value: null });
      expect((await deps.db.followUps.get(followUp.id))?.nextCheckAt).toBe(NOW);
      expect(deps.changed).toHaveBeenCalledOnce();
    });

    it('leaves it alone when the last check saw as many messages', async () => {
      const followUp = await tracked();
      await deps.db.followUps.update(followUp.id, {
        replyCheck: { checkedAt: NOW, outcome: 'no-reply', autoReplies: [], messageCount: 2 },
      });
      deps.changed = vi.fn();
      await routeMessage(opened(2), fromGmail, deps);
      expect((await deps.db.followUps.get(followUp.id))?.nextCheckAt).toBe(followUp.nextCheckAt);
      expect(deps.changed).not.toHaveBeenCalled();
    });

    it('without a count (an unreadable "older messages" bar), looks again only if the last look is a minute old', async () => {
      const followUp = await tracked();
      const uncounted = { type: 'thread.opened', payload: { account: 'alex.rivera@example.com', threadId: '18c2f0a1b2c3d4e5' } };
      await deps.db.followUps.update(followUp.id, { replyCheck: { checkedAt: NOW - 30_000, outcome: 'no-reply', messageCount: 2 } });
      await routeMessage(uncounted, fromGmail, deps);
      expect((await deps.db.followUps.get(followUp.id))?.nextCheckAt).toBe(followUp.nextCheckAt);
      await deps.db.followUps.update(followUp.id, { replyCheck: { checkedAt: NOW - 61_000, outcome: 'no-reply', messageCount: 2 } });
      await routeMessage(uncounted, fromGmail, deps);
      expect((await deps.db.followUps.get(followUp.id))?.nextCheckAt).toBe(NOW);
    });

    it('ignores a thread whose follow-up has ended', async () => {
      const followUp = await tracked();
      await routeMessage({ type: 'followUp.end', payload: { id: followUp.id, status: 'done' } }, fromGmail, deps);
      await routeMessage(opened(3), fromGmail, deps);
      expect((await deps.db.followUps.get(followUp.id))?.nextCheckAt).toBeUndefined();
    });

    it('accepts the report only from a Gmail tab', async () => {
      expect(await routeMessage(opened(2), fromPopup, deps)).toEqual({
        ok: false,
        error: 'thread.opened is not accepted from extension-page',
      });
    });
  });

  describe('notes, delete and undo', () => {
    async function created() {
      return ((await routeMessage(create(), fromGmail, deps)) as { value: { id: string } }).value;
    }

    it('saves a note, and refuses a 1 MB one with a reason and no change', async () => {
      const { id } = await created();
      expect(await routeMessage({ type: 'followUp.setNote', payload: { id, note: 'Call on Tuesday', previous: '' } }, fromPopup, deps)).toMatchObject({
        ok: true,
        value: { note: 'Call on Tuesday' },
      });
      const huge = await routeMessage({ type: 'followUp.setNote', payload: { id, note: 'x'.repeat(1_000_000), previous: 'Call on Tuesday' } }, fromPopup, deps);
      expect(huge).toEqual({ ok: false, error: 'invalid followUp.setNote: bad note' });
      expect((await deps.db.followUps.get(id))?.note).toBe('Call on Tuesday');
    });

    it('saves a changed condition at once, keeping the due time, and refuses it once the follow-up ended', async () => {
      const { id } = await created();
      const before = (await deps.db.followUps.get(id))!;
      expect(await routeMessage({ type: 'followUp.setCondition', payload: { id, condition: 'always' } }, fromGmail, deps)).toMatchObject({
        ok: true,
        value: { condition: 'always', dueAt: before.dueAt },
      });
      expect(await routeMessage({ type: 'followUp.setCondition', payload: { id, condition: 'sometimes' } }, fromGmail, deps)).toEqual({
        ok: false,
        error: 'invalid followUp.setCondition: bad condition',
      });
      await routeMessage({ type: 'followUp.end', payload: { id, status: 'done' } }, fromGmail, deps);
      expect(await routeMessage({ type: 'followUp.setCondition', payload: { id, condition: 'if-no-reply' } }, fromGmail, deps)).toEqual({
        ok: false,
        error: 'followUp.setCondition: this follow-up has already ended (done)',
      });
      expect((await deps.db.followUps.get(id))?.condition).toBe('always');
    });

    it('records an outcome only once the follow-up ended, and a next step only with its date', async () => {
      const { id } = await created();
      const outcome = (payload: object) => routeMessage({ type: 'followUp.setOutcome', payload: { id, ...payload } }, fromPopup, deps);
      expect(await outcome({ kind: 'yes' })).toEqual({ ok: false, error: 'followUp.setOutcome: this follow-up has not ended yet' });
      await routeMessage({ type: 'followUp.end', payload: { id, status: 'done' } }, fromGmail, deps);
      expect(await outcome({ kind: 'maybe' })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid followUp\.setOutcome: bad/) });
      expect(await outcome({ kind: 'next-step' })).toEqual({ ok: false, error: 'invalid followUp.setOutcome: bad dueAt' });
      expect(await deps.db.followUps.count()).toBe(1);
      const reply = await outcome({ kind: 'next-step', dueAt: NOW + 86_400_000 });
      expect(reply).toMatchObject({ ok: true, value: { id, outcome: { kind: 'next-step' } } });
      expect(await deps.db.followUps.count()).toBe(2);
    });

    it('never saves over a note changed since the edit began: it says so and keeps the newer note', async () => {
      const { id } = await created();
      await routeMessage({ type: 'followUp.setNote', payload: { id, note: 'Edited in the popup', previous: '' } }, fromPopup, deps);
      // Gmail's control still had the note as it was before the popup's edit.
      expect(await routeMessage({ type: 'followUp.setNote', payload: { id, note: 'Older draft', previous: '' } }, fromGmail, deps)).toEqual({
        ok: false,
        error: 'followUp.setNote: the note was changed elsewhere',
      });
      expect((await deps.db.followUps.get(id))?.note).toBe('Edited in the popup');
      // Once the user chose to, from the note as it is now, theirs is saved.
      expect(
        await routeMessage({ type: 'followUp.setNote', payload: { id, note: 'Older draft', previous: 'Edited in the popup' } }, fromGmail, deps),
      ).toMatchObject({ ok: true, value: { note: 'Older draft' } });
    });

    it('deletes from our pages only, and undo recreates exactly what was deleted', async () => {
      const { id } = await created();
      expect(await routeMessage({ type: 'followUp.delete', payload: { id } }, fromGmail, deps)).toEqual({
        ok: false,
        error: 'followUp.delete is not accepted from gmail',
      });
      const deleted = await routeMessage({ type: 'followUp.delete', payload: { id } }, fromPopup, deps);
      expect(await deps.db.followUps.count()).toBe(0);
      const followUp = (deleted as { value: FollowUp }).value;
      const { nextCheckAt: _queued, ...asExported } = followUp;
      expect(await routeMessage({ type: 'followUp.undo', payload: { kind: 'recreate', followUp: asExported } }, fromPopup, deps)).toEqual({
        ok: true,
        value: 'undone',
      });
      // Undone at the time it was made (a fixed clock): a new version all the same.
      expect(await deps.db.followUps.get(id)).toEqual({ ...followUp, updatedAt: NOW + 1 });
    });

    it('refuses to recreate something that is not a follow-up', async () => {
      const reply = await routeMessage(
        { type: 'followUp.undo', payload: { kind: 'recreate', followUp: { id: crypto.randomUUID(), status: 'pending', injected: true } } },
        fromPopup,
        deps,
      );
      expect(reply.ok).toBe(false);
      expect(await deps.db.followUps.count()).toBe(0);
    });

    it('re-arms the engine when a page says it changed the data', async () => {
      deps.changed = vi.fn();
      expect(await routeMessage({ type: 'data.changed', payload: {} }, fromPopup, deps)).toEqual({ ok: true, value: null });
      expect(deps.changed).toHaveBeenCalledOnce();
    });

    it('wakes the engine when the popup opens, without telling anyone that data changed', async () => {
      deps.changed = vi.fn();
      deps.wake = vi.fn();
      expect(await routeMessage({ type: 'engine.wake', payload: {} }, fromPopup, deps)).toEqual({ ok: true, value: null });
      expect(deps.wake).toHaveBeenCalledOnce();
      expect(deps.changed).not.toHaveBeenCalled();
    });
  });
});

describe('actions on a follow-up that has ended since', () => {
  const evidence = { by: { name: 'Jordan Lee', email: 'jordan@client.example' }, dateText: 'Nov 24' };

  async function replied(): Promise<string> {
    const reply = (await routeMessage(create(), fromGmail, deps)) as { value: { id: string } };
    const id = reply.value.id;
    await deps.db.followUps.update(id, { status: 'replied', replyCheck: { checkedAt: NOW, outcome: 'replied', evidence } });
    return id;
  }

  it('refuses to mark done a follow-up a reply closed, keeping the reply’s evidence', async () => {
    const id = await replied();
    expect(await routeMessage({ type: 'followUp.end', payload: { id, status: 'done' } }, fromPopup, deps)).toEqual({
      ok: false,
      error: 'followUp.end: this follow-up has already ended (replied)',
    });
    expect(await deps.db.followUps.get(id)).toMatchObject({ status: 'replied', replyCheck: { evidence } });
  });

  it('refuses to snooze a follow-up marked done elsewhere: it never comes back', async () => {
    const id = await replied();
    await deps.db.followUps.update(id, { status: 'done' });
    expect(await routeMessage({ type: 'followUp.move', payload: { id, dueAt: NOW + 86_400_000 } }, fromGmail, deps)).toEqual({
      ok: false,
      error: 'followUp.move: this follow-up has already ended (done)',
    });
    expect(await deps.db.followUps.get(id)).toMatchObject({ status: 'done', dueAt: newFollowUp().dueAt });
  });
});

describe('a follow-up the user ends', () => {
  it('takes its reminder away: done and delete say which follow-up ended', async () => {
    const ended = vi.fn();
    const withEnded = { ...deps, ended };
    const a = ((await routeMessage(create(), fromGmail, withEnded)) as { value: { id: string } }).value.id;
    await routeMessage({ type: 'followUp.end', payload: { id: a, status: 'done' } }, fromPopup, withEnded);
    const b = ((await routeMessage(create({ threadId: '18c2f0a1b2c3d4e6' }), fromGmail, withEnded)) as { value: { id: string } }).value.id;
    await routeMessage({ type: 'followUp.delete', payload: { id: b } }, fromPopup, withEnded);
    expect(ended.mock.calls).toEqual([[a], [b]]);
  });
});

describe('undo from the popup', () => {
  async function snoozed(): Promise<{ before: FollowUp; after: FollowUp }> {
    const before = ((await routeMessage(create(), fromGmail, deps)) as { value: FollowUp }).value;
    const after = await routeMessage({ type: 'followUp.move', payload: { id: before.id, dueAt: NOW + 7 * 86_400_000 } }, fromPopup, deps);
    return { before, after: (after as { value: FollowUp }).value };
  }
  const undoOf = ({ before, after }: { before: FollowUp; after: FollowUp }) => ({
    type: 'followUp.undo',
    payload: editUndo(before, after),
  });

  it('undoes a snooze, and tells the engine', async () => {
    const action = await snoozed();
    deps.changed = vi.fn();
    expect(await routeMessage(undoOf(action), fromPopup, deps)).toEqual({ ok: true, value: 'undone' });
    // It was rescheduled (its reminder had not come): the time it was promised for goes back too.
    expect(await deps.db.followUps.get(action.before.id)).toMatchObject({ status: 'pending', dueAt: action.before.dueAt, promisedAt: action.before.dueAt });
    expect(deps.changed).toHaveBeenCalledOnce();
  });

  it('answers a refused undo as such, changing nothing and telling the engine nothing', async () => {
    const action = await snoozed();
    await routeMessage({ type: 'followUp.move', payload: { id: action.before.id, dueAt: NOW + 9 * 86_400_000 } }, fromGmail, deps);
    const current = await deps.db.followUps.get(action.before.id);
    deps.changed = vi.fn();
    expect(await routeMessage(undoOf(action), fromPopup, deps)).toEqual({ ok: true, value: 'changed' });
    expect(await deps.db.followUps.get(action.before.id)).toEqual(current);
    expect(deps.changed).not.toHaveBeenCalled();
  });

  it('accepts it only from our pages', async () => {
    const action = await snoozed();
    expect(await routeMessage(undoOf(action), fromGmail, deps)).toEqual({ ok: false, error: 'followUp.undo is not accepted from gmail' });
    expect(await deps.db.followUps.get(action.before.id)).toEqual(action.after);
  });

  it('refuses a malformed undo with the fields named', async () => {
    const action = await snoozed();
    const payload = editUndo(action.before, action.after) as Extract<Undo, { kind: 'edit' }>;
    const reply = await routeMessage({ type: 'followUp.undo', payload: { ...payload, before: { ...payload.before, note: '' } } }, fromPopup, deps);
    expect(reply).toEqual({ ok: false, error: 'invalid followUp.undo: bad before.note' });
    expect(await routeMessage({ type: 'followUp.undo', payload: { kind: 'wipe', id: action.before.id } }, fromPopup, deps)).toEqual({
      ok: false,
      error: 'invalid followUp.undo: bad kind',
    });
    expect(await deps.db.followUps.get(action.before.id)).toEqual(action.after);
  });
});

describe("a Gmail tab acts on its own account only", () => {
  const ACCOUNT1 = SAMPLE.account1.email;
  /** A follow-up of /u/0's account, set from its own tab. */
  const account0FollowUp = async () => idOf(await routeMessage(create(), fromGmail, deps));

  it('derives the thread perm id from the thread id, and refuses a payload where they disagree', async () => {
    const reply = await routeMessage(create({ threadId: '18c2f0a1b2c3d4e6' }), fromGmail, deps);
    expect(reply).toMatchObject({ ok: true, value: { threadPermId: `thread-f:${BigInt('0x18c2f0a1b2c3d4e6')}` } });
    const mismatched = create({ threadId: '18c2f0a1b2c3d4e7', threadPermId: `thread-f:${BigInt('0x18c2f0a1b2c3d4e6')}` });
    expect(await routeMessage(mismatched, fromGmail, deps)).toEqual({ ok: false, error: 'invalid followUp.create: bad threadPermId' });
    expect(await deps.db.followUps.count()).toBe(1);
  });

  it.each([
    ['followUp.end', { status: 'done' }],
    ['followUp.move', { dueAt: NOW + 86_400_000 }],
    ['followUp.setNote', { note: 'mine now', previous: '' }],
    ['followUp.setCondition', { condition: 'always' }],
  ])("answers %s on another account's follow-up exactly like a missing one, and changes nothing", async (type, rest) => {
    const id = await account0FollowUp();
    const before = await deps.db.followUps.get(id);
    expect(await routeMessage({ type, payload: { id, ...rest } }, fromOtherAccount, deps)).toEqual({
      ok: false,
      error: `${type}: no such follow-up`,
    });
    expect(await deps.db.followUps.get(id)).toEqual(before);
    // Its own tab still can.
    expect(await routeMessage({ type, payload: { id, ...rest } }, fromGmail, deps)).toMatchObject({ ok: true });
  });

  it.each([
    ['followUp.getForThread', { account: SAMPLE.account0.email, threadId: newFollowUp().threadId }],
    ['followUp.unresolved', { account: SAMPLE.account0.email }],
    ['followUp.dueThreads', { account: SAMPLE.account0.email }],
    ['thread.opened', { account: SAMPLE.account0.email, threadId: newFollowUp().threadId }],
  ])("refuses %s naming another account than the tab's", async (type, payload) => {
    await account0FollowUp();
    expect(await routeMessage({ type, payload }, fromOtherAccount, deps)).toEqual({
      ok: false,
      error: `${type}: not this tab's account`,
    });
  });

  it("refuses to create over another account's thread, and to resolve another account's new message", async () => {
    const id = await account0FollowUp();
    await deps.db.followUps.update(id, { threadId: '', threadPermId: '' });
    expect(await routeMessage(create({ dueAt: NOW + 86_400_000 }), fromOtherAccount, deps)).toEqual({
      ok: false,
      error: "followUp.create: not this tab's account",
    });
    const resolve = { type: 'followUp.resolve', payload: { account: ACCOUNT1, id, threadId: '18c2f0a1b2c3d4e6' } };
    expect(await routeMessage(resolve, fromOtherAccount, deps)).toEqual({ ok: false, error: 'followUp.resolve: no such follow-up' });
    expect(await deps.db.followUps.get(id)).toMatchObject({ threadId: '', dueAt: newFollowUp().dueAt });
  });

  it("refuses an account report for another account or another /u/N: the tab's own index and ik stay", async () => {
    const seen = (account: string, index: number, ik: string) => ({ type: 'account.seen', payload: { account, index, ik } });
    await routeMessage(seen(SAMPLE.account0.email, 0, SAMPLE.account0.ik), fromGmail, deps);
    expect(await routeMessage(seen(SAMPLE.account0.email, 1, 'ffffffffff'), fromOtherAccount, deps)).toEqual({
      ok: false,
      error: "account.seen: not this tab's account",
    });
    expect(await routeMessage(seen(ACCOUNT1, 0, 'ffffffffff'), fromOtherAccount, deps)).toEqual({
      ok: false,
      error: "account.seen: not this tab's /u/N",
    });
    expect(await deps.db.accounts.toArray()).toEqual([expect.objectContaining({ email: SAMPLE.account0.email, index: 0, ik: SAMPLE.account0.ik })]);
  });

  it('refuses every message of a tab Gmail does not vouch for (signed out), with the reason, and guesses nothing', async () => {
    gmail.signedOut = true;
    expect(await routeMessage(create(), fromGmail, deps)).toEqual({
      ok: false,
      error: "followUp.create: Gmail tab's account could not be verified (HTTP 401)",
    });
    expect(warn).toHaveBeenCalledWith('[Followthrough]', "rejected message: followUp.create: Gmail tab's account could not be verified (HTTP 401)");
    expect(await deps.db.followUps.count()).toBe(0);
  });

  it('refuses a delegated mailbox', async () => {
    const delegated = gmailTab(`/mail/b/ALOs9xQ/u/0/#inbox`);
    expect(await routeMessage(create(), delegated, deps)).toEqual({
      ok: false,
      error: 'followUp.create: delegated mailboxes are not supported',
    });
  });

  it("leaves our own pages every account's follow-ups", async () => {
    const id = await account0FollowUp();
    expect(await routeMessage({ type: 'followUp.setNote', payload: { id, note: 'ok', previous: '' } }, fromPopup, deps)).toMatchObject({ ok: true });
  });
});
