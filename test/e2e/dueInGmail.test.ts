/**
 * A due follow-up re-surfaces inside Gmail itself: a banner at the top of
 * its thread, with Reply at hand, and a marker on its row in the lists.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { formatShortDate } from '../../src/core/format';
import { sampleReplica, SAMPLE } from '../replica';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { GmailPage, notificationIds, sendFromExtensionPage, storedFollowUps } from '../support/pages';

const ZONE = { locale: 'en-GB', timezoneId: 'Europe/Berlin' };
const THREAD = SAMPLE.account0.unansweredThread;

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('a due follow-up in Gmail', () => {
  it('shows a banner in its thread and a marker on its row, until it is done', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', THREAD);
    await gmail.choose('tomorrow');
    const [created] = await storedFollowUps(session);
    await sendFromExtensionPage(session, { type: 'followUp.move', payload: { id: created!.id, dueAt: Date.now() + 1500 } });
    await expect.poll(() => notificationIds(session!), { timeout: 30_000, interval: 250 }).toEqual([`followup:${created!.id}`]);
    const due: FollowUp = (await storedFollowUps(session))[0]!;

    // The list: the row of the due thread is marked, and only that row.
    await gmail.page.evaluate(() => (location.hash = '#sent'));
    const row = gmail.page.locator(`tr.zA:has([data-legacy-thread-id="${THREAD}"])`);
    const marker = row.locator('[data-followthrough=row-marker]');
    await expect.poll(() => marker.count()).toBe(1);
    expect(await marker.locator('span').textContent()).toBe('Follow up');
    expect(await gmail.page.locator('[data-followthrough=row-marker]').count()).toBe(1);

    // The thread: a banner says who has not answered since when; its Reply opens Gmail's reply.
    await gmail.openThreadFromList('sent', THREAD);
    const banner = gmail.page.locator('[data-followthrough=due-banner] .ft-banner-text');
    const sent = formatShortDate(due.sentAt, Date.now(), { locale: ZONE.locale, timeZone: ZONE.timezoneId });
    await expect.poll(() => banner.textContent()).toBe(`No reply from Dana Whitfield since ${sent} — follow up now`);
    await gmail.page.locator('[data-followthrough=due-banner] .ft-banner-action').click();
    await gmail.page.locator('.ip.adB div.M9').waitFor();

    // Done: the banner goes, and so does the marker.
    await gmail.controlButton.click();
    await gmail.control.locator('[data-action=done]').click();
    await expect.poll(() => gmail.page.locator('[data-followthrough=due-banner]').count()).toBe(0);
    await gmail.page.evaluate(() => (location.hash = '#sent'));
    await row.waitFor();
    await expect.poll(() => gmail.page.locator('[data-followthrough=row-marker]').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
