/** What a click on a reminder does. Plain functions, so tests call them directly (a click cannot be simulated). */
import browser from 'webextension-polyfill';
import { addDays } from 'date-fns';
import type { FollowthroughDb } from '../storage/db';
import { completeStep, endFollowUp, moveFollowUp } from '../storage/followUps';
import type { DueOptions } from '../core/dueDate';
import { isActive } from '../core/followUp';
import { stepByHand } from '../core/plans';
import { buttonsFor, followUpIdOf, REPLIED_ID, SUMMARY_ID } from './notificationIds';
import { followUpNow, openThread } from './openThread';

export interface ActionDeps {
  db: FollowthroughDb;
  now: () => number;
  changed: () => Promise<void>;
  /** The user's work days and reminder hour: "when they are back" lands on a work day. */
  options: () => Promise<DueOptions>;
}

/**
 * The notification itself: a reminder due by mail is "follow up now" (its thread, with the reply
 * open); one by hand (a call…), a heads-up or an ended one opens the thread. The summary and the
 * replied notice open the list.
 */
export async function onNotificationClicked(notificationId: string, deps: ActionDeps): Promise<void> {
  const id = followUpIdOf(notificationId);
  if (id) {
    const followUp = await deps.db.followUps.get(id);
    const byMail = followUp && isActive(followUp) && followUp.firedAt !== undefined && !stepByHand(followUp.plan);
    if (followUp && byMail) await followUpNow(deps.db, followUp, deps.now());
    else if (followUp) await openThread(deps.db, followUp);
  } else if (notificationId === SUMMARY_ID || notificationId === REPLIED_ID) {
    await browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html') });
  } else {
    return;
  }
  await browser.notifications.clear(notificationId);
}

export async function onNotificationButton(notificationId: string, buttonIndex: number, deps: ActionDeps): Promise<void> {
  const id = followUpIdOf(notificationId);
  const followUp = id ? await deps.db.followUps.get(id) : undefined;
  if (!followUp) return;
  // Ended since the reminder was shown (a reply came, another window marked it done): nothing to do.
  if (!isActive(followUp)) return void (await browser.notifications.clear(notificationId));
  const action = buttonsFor(followUp, deps.now(), await deps.options())[buttonIndex];
  switch (action?.kind) {
    case 'snooze-1-day':
      await moveFollowUp(deps.db, followUp.id, addDays(deps.now(), 1).getTime(), deps.now());
      await deps.changed();
      break;
    case 'move-to-return':
      await moveFollowUp(deps.db, followUp.id, action.dueAt, deps.now());
      await deps.changed();
      break;
    case 'done':
      await endFollowUp(deps.db, followUp.id, 'done', deps.now());
      await deps.changed();
      break;
    case 'step-done':
      await completeStep(deps.db, followUp.id, deps.now(), await deps.options());
      await deps.changed();
      break;
  }
  await browser.notifications.clear(notificationId);
}
