/**
 * Reminders as browser notifications. One follow-up due: its own
 * notification, which opens the thread when clicked, with Snooze 1 day (or
 * "Move to Mon 7 Dec" when only an out-of-office answered) and Done buttons
 * (Firefox has no buttons: the popup has the actions). Several at once: one
 * summary, never a flood.
 */
import browser from 'webextension-polyfill';
import type { DueOptions } from '../core/dueDate';
import type { FollowUp } from '../core/followUp';
import { formatDayDate } from '../core/format';
import {
  cameDueWhileClosed,
  reminderText,
  repliedText,
  summaryText,
  type NotificationText,
} from '../core/notificationText';
import { log } from '../core/log';
import { buttonsFor, notificationId, REPLIED_ID, SUMMARY_ID, type ButtonAction } from './notificationIds';

function buttonTitle(action: ButtonAction): string {
  switch (action.kind) {
    case 'snooze-1-day':
      return 'Snooze 1 day';
    case 'move-to-return':
      return `Move to ${formatDayDate(action.dueAt)}`;
    case 'done':
      return 'Done';
  }
}

export async function notifyFired(fired: FollowUp[], now: number, options: DueOptions = {}): Promise<void> {
  if (fired.length === 1) {
    const [followUp] = fired;
    const buttons = buttonsFor(followUp!, now, options).map((action) => ({ title: buttonTitle(action) }));
    await show(notificationId(followUp!), reminderText(followUp!, now), buttons);
  } else if (fired.length > 1) {
    await show(SUMMARY_ID, summaryText(fired.length, cameDueWhileClosed(fired, now)), []);
  }
}

export async function notifyReplied(closed: FollowUp[]): Promise<void> {
  await show(REPLIED_ID, repliedText(closed), []);
}

async function show(id: string, text: NotificationText, buttons: Array<{ title: string }>): Promise<void> {
  const withButtons = buttons.length > 0;
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: text.title,
    message: text.message,
  };
  try {
    // The polyfill's types follow Firefox, which has no `buttons`; Chrome has them.
    await browser.notifications.create(id, (withButtons ? { ...options, buttons } : options) as typeof options);
  } catch (error) {
    // Firefox rejects `buttons`; the same notification without them still tells the user.
    if (!withButtons) return log.error('showing a notification failed', error);
    await browser.notifications.create(id, options).catch((e: unknown) => log.error('showing a notification failed', e));
  }
}
