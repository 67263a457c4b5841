/**
 * Shows a follow-up's thread: in an open Gmail tab of the right account when
 * there is one (focused, navigated in-app), else in a new tab. The account's
 * /u/N index is the one last seen in a Gmail tab, so it is current.
 *
 * "Follow up now" also opens the reply: the tab may still be loading, so the wish is kept in
 * storage.session for a short while and the thread's control takes it when the thread shows
 * (takeReplyNow), then clicks Gmail's own Reply — the compose control sets the plan's next step.
 */
import browser from 'webextension-polyfill';
import type { FollowUp } from '../core/followUp';
import { accountIndexFromUrl, GMAIL_MATCH, threadUrl } from '../gmail/urls';
import type { FollowthroughDb } from '../storage/db';

/** A "follow up now" not taken within this time is dropped: the user has moved on. */
export const REPLY_NOW_FOR = 2 * 60_000;
const REPLY_NOW_KEY = 'replyNow';
type ReplyNow = Record<string, number>;

async function pendingReplies(): Promise<ReplyNow> {
  return ((await browser.storage.session.get(REPLY_NOW_KEY))[REPLY_NOW_KEY] ?? {}) as ReplyNow;
}

/** Whether "follow up now" was asked for this follow-up lately; it is taken (cleared) either way. */
export async function takeReplyNow(id: string, now: number): Promise<boolean> {
  const pending = await pendingReplies();
  const at = pending[id];
  if (at === undefined) return false;
  delete pending[id];
  await browser.storage.session.set({ [REPLY_NOW_KEY]: pending });
  return now - at <= REPLY_NOW_FOR;
}

/** Opens the thread with its reply, for "follow up now". */
export async function followUpNow(db: FollowthroughDb, followUp: FollowUp, now: number): Promise<void> {
  const pending = await pendingReplies();
  for (const [id, at] of Object.entries(pending)) if (now - at > REPLY_NOW_FOR) delete pending[id];
  await browser.storage.session.set({ [REPLY_NOW_KEY]: { ...pending, [followUp.id]: now } });
  await openThread(db, followUp);
}

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
