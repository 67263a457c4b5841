/**
 * `npm start`: the product on an offline copy of Gmail, no Google account
 * needed. Opens Chromium with the built extension on the Gmail replica —
 * a window where a display exists; with --headless, CI, or no display, it
 * walks the first steps itself, prints them and saves a screenshot.
 */
import { sampleReplica, SAMPLE } from '../test/replica';
import { ChromiumNotFoundError, findChromium } from '../test/support/chromium';
import { launchExtension } from '../test/support/launch';
import { GmailPage } from '../test/support/pages';

const SCREENSHOT = 'start-screenshot.png';
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || Boolean(process.env.CI) || !hasDisplay;

let executablePath: string;
try {
  executablePath = findChromium();
} catch (error) {
  // The first thing a newcomer may see: the fix, not a stack trace.
  if (!(error instanceof ChromiumNotFoundError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const replica = sampleReplica();
const session = await launchExtension({ replica, executablePath, headless, viewport: headless ? { width: 1280, height: 800 } : null });
console.log(`Chromium started with Followthrough (extension id ${session.extensionId}) on the Gmail replica.`);

const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
if (headless) {
  const thread = SAMPLE.account0.unansweredThread;
  await gmail.openThreadFromList('sent', thread);
  console.log(`Opened a sent thread nobody answered (${thread}).`);
  await gmail.controlButton.waitFor();
  console.log('The "Follow up" control is in the thread toolbar.');
  await gmail.openMenu();
  await gmail.page.screenshot({ path: SCREENSHOT });
  console.log(`Opened its menu and saved a screenshot: ${SCREENSHOT}`);
  if (session.pageErrors.length > 0) {
    console.error(`Page errors: ${session.pageErrors.map((e) => e.message).join('; ')}`);
    process.exitCode = 1;
  }
  await session.close();
} else {
  console.log('Open a thread in "Sent", click "Follow up", then the toolbar icon to see the list.');
  console.log('Close the browser window to quit.');
  await new Promise((resolve) => session.context.on('close', resolve));
}
