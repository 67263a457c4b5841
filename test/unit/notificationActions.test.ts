import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onNotificationButton, onNotificationClicked, type ActionDeps } from '../../src/background/notificationActions';
import { buttonsFor, notificationId, SUMMARY_ID } from '../../src/background/notificationIds';
import { REPLY_NOW_FOR, takeReplyNow } from '../../src/background/openThread';
import { BUILT_IN_PLANS, startPlan, stepDueAt } from '../../src/core/plans';
import type { FollowUp } from '../../src/core/followUp';
import { createFollowUp } from '../../src/storage/followUps';
import { DAY, freshDb, newFollowUp, NOW } from './fixtures';

type Tab = { id: number; windowId: number; url: string };
let deps: ActionDeps;
let followUp: FollowUp;
let tabs: Tab[];
const calls = { update: vi.fn(), create: vi.fn(), focus: vi.fn(), clear: vi.fn() };

beforeEach(async () => {
  deps = { db: freshDb(), now: () => NOW, changed: vi.fn(async () => undefined), options: async () => ({}) };
  followUp = await createFollowUp(deps.db, newFollowUp({ dueAt: NOW - 1 }), NOW);
  tabs = [];
  Object.values(calls).forEach((fn) => fn.mockReset());
  Object.assign(fakeBrowser.tabs, {
    query: vi.fn(async () => tabs),
    update: calls.update.mockResolvedValue({}),
    create: calls.create.mockResolvedValue({}),
  });
  Object.assign(fakeBrowser.windows, { update: calls.focus.mockResolvedValue({}) });
  Object.assign(fakeBrowser.notifications, { clear: calls.clear.mockResolvedValue(true) });
});

const seen = (index: number) =>
  deps.db.accounts.put({ email: 'alex.rivera@example.com', index, ik: 'a1b2c3d4e5', seenAt: NOW });

describe('clicking a reminder', () => {
  it('shows the thread in the open Gmail tab of the right account, focused', async () => {
    await seen(1);
    tabs = [
      { id: 7, windowId: 1, url: 'https://mail.google.com/mail/u/0/#inbox' },
      { id: 9, windowId: 2, url: 'https://mail.google.com/mail/u/1/#inbox' },
    ];
    await onNotificationClicked(notificationId(followUp), deps);
    expect(calls.update).toHaveBeenCalledWith(9, {
      active: true,
      url: 'https://mail.google.com/mail/u/1/#inbox/18c2f0a1b2c3d4e5',
    });
    expect(calls.focus).toHaveBeenCalledWith(2, { focused: true });
    expect(calls.create).not.toHaveBeenCalled();
    expect(calls.clear).toHaveBeenCalledWith(notificationId(followUp));
  });

  it('opens a new tab when no Gmail tab shows that account', async () => {
    await seen(1);
    tabs = [{ id: 7, windowId: 1, url: 'https://mail.google.com/mail/u/0/#inbox' }];
    await onNotificationClicked(notificationId(followUp), deps);
    expect(calls.create).toHaveBeenCalledWith({ url: 'https://mail.google.com/mail/u/1/#inbox/18c2f0a1b2c3d4e5' });
  });

  it('addresses the account by email when it was never seen in a tab', async () => {
    await onNotificationClicked(notificationId(followUp), deps);
    expect(calls.create).toHaveBeenCalledWith({
      url: 'https://mail.google.com/mail/u/alex.rivera%40example.com/#inbox/18c2f0a1b2c3d4e5',
    });
  });

  it('is "follow up now" for a reminder due by mail: the thread, and its reply once the thread shows, taken once', async () => {
    await deps.db.followUps.update(followUp.id, { firedAt: NOW - 1 });
    await onNotificationClicked(notificationId(followUp), deps);
    expect(calls.create).toHaveBeenCalledOnce();
    expect(await takeReplyNow(followUp.id, NOW + 1000)).toBe(true);
    expect(await takeReplyNow(followUp.id, NOW + 2000)).toBe(false);
  });

  it('opens only the thread for a heads-up, a step by hand, or a wish not taken in time', async () => {
    await onNotificationClicked(notificationId(followUp), deps); // not fired: a heads-up
    expect(await takeReplyNow(followUp.id, NOW)).toBe(false);
    const multi = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'multi-touch')!);
    await deps.db.followUps.update(followUp.id, { firedAt: NOW - 1, plan: { ...multi, current: 1, doneAt: [NOW - DAY] } });
    await onNotificationClicked(notificationId(followUp), deps); // a call
    expect(await takeReplyNow(followUp.id, NOW)).toBe(false);
    await deps.db.followUps.update(followUp.id, { plan: undefined });
    await onNotificationClicked(notificationId(followUp), deps);
    expect(await takeReplyNow(followUp.id, NOW + REPLY_NOW_FOR + 1)).toBe(false);
    expect(calls.create).toHaveBeenCalledTimes(3);
  });

  it('opens the list for the summary', async () => {
    await onNotificationClicked(SUMMARY_ID, deps);
    expect(calls.create).toHaveBeenCalledWith({ url: expect.stringMatching(/src\/popup\/index\.html$/) });
  });

  it('snoozes one day from the button, re-arming the reminder', async () => {
    await deps.db.followUps.update(followUp.id, { firedAt: NOW - 1 });
    await onNotificationButton(notificationId(followUp), 0, deps);
    const stored = await deps.db.followUps.get(followUp.id);
    expect(stored).toMatchObject({ status: 'snoozed', dueAt: NOW + DAY });
    expect(stored?.firedAt).toBeUndefined();
    expect(deps.changed).toHaveBeenCalledOnce();
  });

  it('moves it to the first work day they are back when only an out-of-office answered', async () => {
    const backOn = new Date(2026, 11, 5).getTime(); // Saturday 5 Dec: back at work Monday 7 Dec
    await deps.db.followUps.update(followUp.id, {
      firedAt: NOW - 1,
      replyCheck: {
        checkedAt: NOW,
        outcome: 'no-reply',
        autoReplies: [{ by: { name: 'Jordan Lee', email: 'jordan@client.example' }, dateText: 'Nov 22', reason: 'out-of-office', backOn }],
      },
    });
    await onNotificationButton(notificationId(followUp), 0, deps);
    expect(await deps.db.followUps.get(followUp.id)).toMatchObject({
      status: 'snoozed',
      dueAt: new Date(2026, 11, 7, 9).getTime(),
    });
  });

  it('marks it done from the button', async () => {
    await onNotificationButton(notificationId(followUp), 1, deps);
    expect(await deps.db.followUps.get(followUp.id)).toMatchObject({ status: 'done' });
    expect((await deps.db.followUps.get(followUp.id))?.nextCheckAt).toBeUndefined();
  });

  it('at a step done by hand, says the step is done: the plan moves on from now', async () => {
    const multi = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'multi-touch')!);
    const call = { ...multi, current: 1, doneAt: [NOW - 3 * DAY] };
    await deps.db.followUps.update(followUp.id, { plan: call, firedAt: NOW - 1 });
    expect(buttonsFor({ plan: call }, NOW, {}).map((b) => b.kind)).toEqual(['snooze-1-day', 'step-done']);
    await onNotificationButton(notificationId(followUp), 1, deps);
    const stored = await deps.db.followUps.get(followUp.id);
    expect(stored).toMatchObject({ status: 'pending', plan: { current: 2, doneAt: [NOW - 3 * DAY, NOW] }, dueAt: stepDueAt(NOW, call.steps[2]!.after) });
    expect(stored?.firedAt).toBeUndefined();
    expect(deps.changed).toHaveBeenCalledOnce();
  });

  it('ignores a notification of a follow-up that no longer exists', async () => {
    await onNotificationButton('followup:00000000-0000-4000-8000-000000000000', 2, deps);
    await onNotificationButton('something-else', 0, deps);
    expect(calls.update).not.toHaveBeenCalled();
    expect(calls.create).not.toHaveBeenCalled();
  });
});

describe('a reminder whose follow-up ended since it was shown', () => {
  it('changes nothing from its buttons, and goes away', async () => {
    await deps.db.followUps.update(followUp.id, { status: 'done', firedAt: NOW - 1 });
    await onNotificationButton(notificationId(followUp), 0, deps); // Snooze 1 day
    expect(await deps.db.followUps.get(followUp.id)).toMatchObject({ status: 'done', dueAt: followUp.dueAt });
    expect(deps.changed).not.toHaveBeenCalled();
    expect(calls.clear).toHaveBeenCalledWith(notificationId(followUp));
  });
});
