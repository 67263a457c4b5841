/**
 * Regenerates the screenshots in docs/ that README.md shows, from the
 * built extension on the Gmail replica. Run: npm run build && npx tsx scripts/screenshots.ts
 */
import { sampleReplica, SAMPLE } from '../test/replica';
import { launchExtension } from '../test/support/launch';
import { GmailPage, PopupPage } from '../test/support/pages';

const session = await launchExtension({ replica: sampleReplica(), locale: 'en-GB', timezoneId: 'Europe/Berlin' });
try {
  const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
  await gmail.openThreadFromList('sent', SAMPLE.account0.htmlSubjectThread);
  await gmail.choose('in-1-week');
  await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
  await gmail.openMenu();
  await gmail.page.screenshot({ path: 'docs/thread-control.png' });
  await gmail.pick('in-3-business-days');
  await gmail.page.screenshot({ path: 'docs/thread-tracked.png', clip: { x: 256, y: 64, width: 1008, height: 200 } });

  const popup = await PopupPage.open(session);
  await popup.page.setViewportSize({ width: 400, height: 260 });
  await popup.rows.first().waitFor();
  await popup.page.screenshot({ path: 'docs/popup.png' });
} finally {
  await session.close();
}
