/** What a click on a reminder does. Plain functions, so tests call them directly (a click cannot be simulated). */
import browser from 'webextension-polyfill';
import { addDays } from 'date-fns';
import type { FollowthroughDb } from '../storage/db';
import { endFollowUp, moveFollowUp } from '../storage/followUps';
import { BUTTONS, followUpIdOf, REPLIED_ID, SUMMARY_ID } from './notificationIds';
import { openThread } from './openThread';

export interface ActionDeps {
  db: FollowthroughDb;
  now: () => number;
  changed: () => Promise<void>;
}

export async function onNotificationClicked(notificationId: string, deps: ActionDeps): Promise<void> {
  if (notificationId !== SUMMARY_ID && notificationId !== REPLIED_ID) return onNotificationButton(notificationId, 0, deps);
  await browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html') });
  await browser.notifications.clear(notificationId);
}

export async function onNotificationButton(notificationId: string, buttonIndex: number, deps: ActionDeps): Promise<void> {
  const id = followUpIdOf(notificationId);
  const followUp = id ? await deps.db.followUps.get(id) : undefined;
  if (!followUp) return;
  switch (BUTTONS[buttonIndex]) {
    case 'open':
      await openThread(deps.db, followUp);
      break;
    case 'snooze-1-day':
      await moveFollowUp(deps.db, followUp.id, addDays(deps.now(), 1).getTime(), deps.now());
      await deps.changed();
      break;
    case 'done':
      await endFollowUp(deps.db, followUp.id, 'done', deps.now());
      await deps.changed();
      break;
  }
  await browser.notifications.clear(notificationId);
}
