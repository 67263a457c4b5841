/**
 * Shows a follow-up's thread: in an open Gmail tab of the right account when
 * there is one (focused, navigated in-app), else in a new tab. The account's
 * /u/N index is the one last seen in a Gmail tab, so it is current.
 */
import browser from 'webextension-polyfill';
import type { FollowUp } from '../core/followUp';
import { accountIndexFromUrl, GMAIL_MATCH, threadUrl } from '../gmail/urls';
import type { FollowthroughDb } from '../storage/db';

export async function openThread(db: FollowthroughDb, followUp: FollowUp): Promise<void> {
  const account = await db.accounts.get(followUp.account);
  // Gmail accepts the address in place of the index when we have never seen the account in a tab.
  const url = threadUrl(account?.index ?? followUp.account, followUp.threadId);
  const tabs = account ? await browser.tabs.query({ url: GMAIL_MATCH }) : [];
  const tab = tabs.find((t) => t.url && accountIndexFromUrl(t.url) === account?.index);
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true, url });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}
