/**
 * Reminders as browser notifications. One follow-up due: its own
 * notification, which opens the thread when clicked, with Snooze 1 day (or
 * "Move to Mon 7 Dec" when only an out-of-office answered) and Done buttons
 * (Firefox has no buttons: the popup has the actions). Several in one engine
 * run: never a flood. The first is shown alone at once; when a second comes
 * due, one summary ("2 follow-ups are due") takes its place, and that summary
 * is updated in place (same id, no new pop-up) as more come due.
 */
import browser from 'webextension-polyfill';
import type { DueOptions } from '../core/dueDate';
import type { FollowUp } from '../core/followUp';
import { formatDayDate } from '../core/format';
import {
  cameDueWhileClosed,
  headsUpText,
  reminderText,
  repliedText,
  summaryText,
  type NotificationText,
} from '../ui/notificationText';
import { log } from '../core/log';
import { t } from '../ui/i18n';
import { buttonsFor, notificationId, REPLIED_ID, SUMMARY_ID, type ButtonAction } from './notificationIds';

function buttonTitle(action: ButtonAction): string {
  switch (action.kind) {
    case 'snooze-1-day':
      return t('notificationSnoozeDay');
    case 'move-to-return':
      return t('notificationMoveTo', formatDayDate(action.dueAt));
    case 'done':
      return t('notificationDone');
    case 'step-done':
      return t('notificationStepDone');
  }
}

/** What showing a reminder needs to know of the user's settings. */
export type ReminderOptions = DueOptions & { notifyWhenDue: boolean };

/** Shows one engine run's reminders so far, the newest last (see the header for the switch to a summary). */
export async function notifyFired(shown: FollowUp[], now: number, options: ReminderOptions): Promise<void> {
  // Off: the badge and Gmail's markers are the reminder.
  if (!options.notifyWhenDue) return;
  const [first] = shown;
  if (!first) return;
  if (shown.length === 1) {
    const buttons = buttonsFor(first, now, options).map((action) => ({ title: buttonTitle(action) }));
    return show(notificationId(first), reminderText(first, now), buttons);
  }
  const summary = summaryText(shown.length, cameDueWhileClosed(shown, now));
  if (shown.length === 2) {
    await browser.notifications.clear(notificationId(first)).catch((e: unknown) => log.error('clearing a reminder failed', e));
    return show(SUMMARY_ID, summary, []);
  }
  // In place, so it does not pop up again for each one (Firefox has no update: it replaces it).
  // The user may have closed it meanwhile: then it is shown again, as more came due.
  const notifications = browser.notifications as Partial<{ update: (id: string, options: object) => Promise<boolean> }>;
  if (!notifications.update || !(await notifications.update(SUMMARY_ID, summary))) await show(SUMMARY_ID, summary, []);
}

/**
 * The heads-up the work day before a step. Under the follow-up's own notification id: a click
 * opens its thread, and the reminder itself, when it comes, takes its place.
 */
export async function notifyHeadsUp(followUp: FollowUp, options: ReminderOptions): Promise<void> {
  if (!options.notifyWhenDue) return;
  await show(notificationId(followUp), headsUpText(followUp), []);
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
    // Any other failure is the caller's: the engine keeps the reminder owed and tries again.
    if (!withButtons) throw error;
    await browser.notifications.create(id, options);
  }
}
