/**
 * A heavy day: 10,000 follow-ups stored, 200 of them due at once. All are
 * handled in one run with one summary, and Gmail is asked politely. The
 * first reminders are shown while the other threads are still being checked,
 * not after the whole run.
 */
import type { Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SUMMARY_ID } from '../../src/background/notificationIds';
import { MIN_INTERVAL_MS } from '../../src/background/politeFetch';
import type { FollowUp } from '../../src/core/followUp';
import { sampleReplica, SAMPLE } from '../replica';
import { extensionUrl, launchExtension, type ExtensionSession } from '../support/launch';
import { badgeText, GmailPage, notificationIds, sendFromExtensionPage, storedFollowUps } from '../support/pages';

const STORED = 10_000;
const DUE = 200;

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('200 follow-ups due at once among 10,000', () => {
  it('handles all, in one summary, at a bounded request rate', { timeout: 180_000 }, async () => {
    session = await launchExtension({ replica: sampleReplica() });
    // A Gmail tab tells the extension the account and its ik, as in real use.
    const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
    await gmail.controlButton.waitFor();

    const now = Date.now();
    const page = await session.context.newPage();
    await page.goto(extensionUrl(session, 'src/options/index.html'));
    // Written only into the database the extension made, once the page has read it (putFollowUps).
    await page.locator('[data-section=data] [data-stored]').waitFor();
    await page.evaluate(
      ({ stored, due, now, thread }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('followthrough');
          open.onsuccess = () => {
            const tx = open.result.transaction('followUps', 'readwrite');
            for (let i = 0; i < stored; i += 1) {
              const isDue = i < due;
              // The rest come due 2 to 31 days from now, their first pre-check a day before: none is due yet.
              const dueAt = isDue ? now - 60_000 : now + (2 + (i % 30)) * 86_400_000;
              tx.objectStore('followUps').put({
                id: crypto.randomUUID(),
                account: 'alex.rivera@example.com',
                threadId: thread,
                threadPermId: `thread-f:${BigInt(`0x${thread}`)}`,
                messageId: '',
                subject: `Proposal ${i}`,
                recipients: [{ name: `Client ${i}`, email: `client${i}@example.org` }],
                sentAt: now - 3 * 86_400_000,
                dueAt,
                condition: 'if-no-reply',
                status: 'pending',
                note: '',
                createdAt: now,
                updatedAt: now,
                nextCheckAt: isDue ? dueAt : dueAt - 86_400_000,
              });
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      { stored: STORED, due: DUE, now, thread: SAMPLE.account0.unansweredThread },
    );
    // Closed as a user would: its live results would re-read all 10,000 on each of the run's writes.
    await page.close();
    const before = session.replica.requests.length;
    const nudged = (await storedFollowUps(session)).find((f: FollowUp) => f.dueAt > now)!;

    // Gmail answers the first two checks; the others wait until the test lets them through.
    const starts: number[] = [];
    let letThrough = () => {};
    const released = new Promise<void>((resolve) => (letThrough = resolve));
    const slowGmail = async (route: Route) => {
      starts.push(Date.now());
      if (starts.length > 2) await released;
      await route.fallback(); // to the replica
    };
    await session.context.route(/view=pt/, slowGmail);

    // Any change re-arms the alarm from the queue; the head of the queue is already due.
    await sendFromExtensionPage(session, { type: 'followUp.move', payload: { id: nudged.id, dueAt: nudged.dueAt + 1 } });

    // Two answered, two shown: the summary is there while Gmail still holds the other checks.
    await expect.poll(() => notificationIds(session!), { timeout: 30_000, interval: 250 }).toEqual([SUMMARY_ID]);
    const early = await storedFollowUps(session);
    expect(early.filter((f) => f.firedAt !== undefined)).toHaveLength(2);
    expect(early.filter((f) => f.unshown)).toEqual([]);
    letThrough();

    // The badge is set when the run ends.
    await expect.poll(() => badgeText(session!), { timeout: 150_000, interval: 1_000 }).toBe(String(DUE));
    await expect.poll(() => notificationIds(session!)).toEqual([SUMMARY_ID]);
    const all = await storedFollowUps(session);
    expect(all).toHaveLength(STORED);
    expect(all.filter((f) => f.firedAt !== undefined)).toHaveLength(DUE);
    expect(all.filter((f) => f.unshown)).toEqual([]);

    const checks = session.replica.requests.slice(before).filter((r) => r.url.includes('view=pt'));
    expect(checks).toHaveLength(DUE);
    expect(starts).toHaveLength(DUE);
    // Paced at most 4 a second (250 ms apart; politeFetch.test.ts checks the spacing exactly). Here
    // only what load can't fake: a busy machine delivers requests to our route late and in bursts,
    // never sooner, so the checks after the hold can't have spanned less than their paced minimum,
    // less a second for the delivery of the first and the last.
    const times = starts.slice(3).sort((a, b) => a - b);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual((times.length - 1) * MIN_INTERVAL_MS - 1000);
  });
});
