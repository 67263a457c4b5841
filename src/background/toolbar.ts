/** The engine's two outputs besides notifications: its one alarm, and the badge count of due follow-ups. */
import browser from 'webextension-polyfill';

export const ALARM = 'followthrough-next';

export async function setAlarm(when: number | undefined): Promise<void> {
  if (when === undefined) await browser.alarms.clear(ALARM);
  else await browser.alarms.create(ALARM, { when });
}

export async function setBadge(due: number): Promise<void> {
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
}
