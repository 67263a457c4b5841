/**
 * One Gmail tab reaches only its own account. Two accounts are signed in (/u/0 and /u/1); the
 * /u/1 tab tries to read, end and re-point /u/0's data, both with messages sent exactly as our
 * content script sends them (from its own isolated world in that tab, so the browser names the
 * real tab as sender) and by forging what the page can write: the page bridge's attribute and the
 * title. The background asks Gmail's feed which account /u/1 is, and refuses.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { BRIDGE_ATTRIBUTE } from '../../src/content/bridgeAttribute';
import type { FollowUp } from '../../src/core/followUp';
import { sampleReplica, SAMPLE } from '../replica';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { baselineRecorded, GmailPage, storedAccounts, storedFollowUps } from '../support/pages';

const { account0, account1 } = SAMPLE;

let session: ExtensionSession;
/** What the service worker logged as refused: the reasons, never mail. */
let refusals: string[];
beforeEach(async () => {
  session = await launchExtension({ replica: sampleReplica(), locale: 'en-GB', timezoneId: 'Europe/Berlin' });
  refusals = [];
  session.worker.on('console', (message) => {
    const text = message.text();
    if (text.includes('rejected message:')) refusals.push(text.replace(/^.*rejected message: /, ''));
  });
});
afterEach(() => session.close());

/** /u/0's own tab sets a follow-up on its sent thread. */
async function account0FollowUp(): Promise<FollowUp> {
  const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
  await gmail.openThreadFromList('sent', account0.unansweredThread);
  await gmail.choose('tomorrow');
  // The engine's first check records the thread's baseline; waiting for it means nothing of ours
  // writes to this follow-up again before its next check tomorrow, so "unchanged" is exact.
  const followUp = await baselineRecorded(session);
  expect(followUp).toMatchObject({ account: account0.email, threadId: account0.unansweredThread, status: 'pending' });
  await expect.poll(async () => (await storedAccounts(session)).map(({ email, index }) => ({ email, index }))).toEqual([
    { email: account0.email, index: 0 },
  ]);
  return followUp;
}

/**
 * Sends a message from our content script's world in a Gmail tab, the way the content script
 * does: the browser, not the test, says which tab sent it.
 */
async function contentScriptOf(page: Page): Promise<(message: unknown) => Promise<unknown>> {
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const ours = `chrome-extension://${session.extensionId}`;
  let contextId: number | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === ours) contextId = context.id;
  });
  await cdp.send('Runtime.enable');
  await expect.poll(() => contextId).toBeDefined();
  return async (message) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  };
}

describe("a Gmail tab of another account can't reach this one's follow-ups", () => {
  it('refuses reads, changes and account reports from the /u/1 tab, and the /u/0 follow-up stays as it was', async () => {
    const followUp = await account0FollowUp();
    const other = await GmailPage.open(session, '/mail/u/1/#inbox');
    const send = await contentScriptOf(other.page);

    expect(await send({ type: 'followUp.getForThread', payload: { account: account0.email, threadId: followUp.threadId } })).toEqual({
      ok: false,
      error: "followUp.getForThread: not this tab's account",
    });
    expect(await send({ type: 'followUp.end', payload: { id: followUp.id, status: 'done' } })).toEqual({
      ok: false,
      error: 'followUp.end: no such follow-up',
    });
    expect(await send({ type: 'followUp.setNote', payload: { id: followUp.id, note: 'pwned', previous: '' } })).toEqual({
      ok: false,
      error: 'followUp.setNote: no such follow-up',
    });
    expect(await send({ type: 'account.seen', payload: { account: account0.email, index: 1, ik: 'ffffffffff' } })).toEqual({
      ok: false,
      error: "account.seen: not this tab's account",
    });
    // Its own account, through the same path, is answered.
    expect(await send({ type: 'followUp.getForThread', payload: { account: account1.email, threadId: account1.unansweredThread } })).toEqual({
      ok: true,
      value: null,
    });

    expect(await storedFollowUps(session)).toEqual([followUp]);
    expect(await storedAccounts(session)).toContainEqual(expect.objectContaining({ email: account0.email, index: 0, ik: account0.ik }));
    expect(session.pageErrors).toEqual([]);
  });

  it('is not fooled by a forged page-bridge attribute or a forged title naming the other account', async () => {
    const followUp = await account0FollowUp();
    const other = await GmailPage.open(session, '/mail/u/1/#inbox');
    await other.page.locator('tr.zA').first().waitFor();
    const refused = "account.seen: not this tab's account";

    // The page names /u/0's address in the title (the content script's fallback), then Gmail's DOM changes.
    await other.page.evaluate(
      ([name, email]) => {
        document.documentElement.removeAttribute(name!);
        document.title = `Inbox - ${email} - Gmail`;
        document.body.append(document.createElement('div'));
      },
      [BRIDGE_ATTRIBUTE, account0.email],
    );
    await expect.poll(() => refusals.filter((r) => r === refused).length).toBe(1);

    // The same where the bridge puts GLOBALS; then the user opens a thread of that tab.
    await other.page.evaluate(
      ([name, email]) => document.documentElement.setAttribute(name!, JSON.stringify({ email, ik: 'ffffffffff' })),
      [BRIDGE_ATTRIBUTE, account0.email],
    );
    await other.openThreadFromList('sent', account1.unansweredThread);
    await expect.poll(() => refusals.filter((r) => r === refused).length).toBe(2);
    // Neither shown nor reachable: the thread's question names /u/0's account, and is refused.
    await expect.poll(() => refusals).toContain("followUp.getForThread: not this tab's account");

    const accounts = await storedAccounts(session);
    expect(accounts.filter((a) => a.email === account0.email)).toEqual([expect.objectContaining({ index: 0, ik: account0.ik })]);
    expect(await storedFollowUps(session)).toEqual([followUp]);
    expect(session.pageErrors).toEqual([]);
  });
});
