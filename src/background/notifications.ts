/**
 * Reminders as browser notifications. One follow-up due: its own
 * notification with Open thread / Snooze 1 day / Done buttons (Firefox has
 * no buttons: a click opens the thread and the popup has the actions).
 * Several at once: one summary, never a flood.
 */
import browser from 'webextension-polyfill';
import type { FollowUp } from '../core/followUp';
import {
  cameDueWhileClosed,
  reminderText,
  repliedText,
  summaryText,
  type NotificationText,
} from '../core/notificationText';
import { log } from '../core/log';
import { BUTTONS, notificationId, REPLIED_ID, SUMMARY_ID, type ButtonAction } from './notificationIds';

const BUTTON_TITLES: Record<ButtonAction, string> = { open: 'Open thread', 'snooze-1-day': 'Snooze 1 day', done: 'Done' };

export async function notifyFired(fired: FollowUp[], now: number): Promise<void> {
  if (fired.length === 1) {
    const [followUp] = fired;
    await show(notificationId(followUp!), reminderText(followUp!, now), true);
  } else if (fired.length > 1) {
    await show(SUMMARY_ID, summaryText(fired.length, cameDueWhileClosed(fired, now)), false);
  }
}

export async function notifyReplied(closed: FollowUp[]): Promise<void> {
  await show(REPLIED_ID, repliedText(closed), false);
}

async function show(id: string, text: NotificationText, withButtons: boolean): Promise<void> {
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: text.title,
    message: text.message,
  };
  try {
    // The polyfill's types follow Firefox, which has no `buttons`; Chrome has them.
    const buttons = BUTTONS.map((b) => ({ title: BUTTON_TITLES[b] }));
    await browser.notifications.create(id, (withButtons ? { ...options, buttons } : options) as typeof options);
  } catch (error) {
    // Firefox rejects `buttons`; the same notification without them still tells the user.
    if (!withButtons) return log.error('showing a notification failed', error);
    await browser.notifications.create(id, options).catch((e: unknown) => log.error('showing a notification failed', e));
  }
}
