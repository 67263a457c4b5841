/**
 * Time from a thread view appearing to our control being there, measured in
 * the page itself: one main-world MutationObserver timestamps Gmail's subject
 * element and our host element as they are inserted. The baseline is the
 * page's own render time for the same view (hash change to subject).
 */
import type { ExtensionSession } from '../test/support/launch';
import type { Page } from 'playwright-core';
import { Compose } from '../test/support/compose';
import { GmailPage } from '../test/support/pages';
import { SAMPLE } from '../test/replica';

interface Marks {
  hashAt: number;
  viewAt: number;
  controlAt: number;
  composeAt: number;
  composeControlAt: number;
}

export async function measureControlTime(session: ExtensionSession, runs: number) {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const marks = { hashAt: 0, viewAt: 0, controlAt: 0, composeAt: 0, composeControlAt: 0 };
    (window as unknown as { __marks: Marks }).__marks = marks;
    window.addEventListener('hashchange', () => (marks.hashAt = performance.now()), true);
    // No named inner functions here: tsx would wrap them in a helper that does not exist in the page.
    const watched = [
      ['[data-followthrough=thread-control]', 'controlAt'],
      ['[data-followthrough=compose-control]', 'composeControlAt'],
      ['div.M9', 'composeAt'],
      ['h2.hP', 'viewAt'],
    ] as const;
    new MutationObserver((records) => {
      const now = performance.now();
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          const hit = watched.find(([selector]) => node.matches(selector) || node.querySelector(selector) !== null);
          if (hit) marks[hit[1]] ||= now;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const gmail = new GmailPage(page);
  await page.goto('https://mail.google.com/mail/u/0/#sent');
  const thread = SAMPLE.account0.unansweredThread;
  const control: number[] = [];
  const pageRender: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await resetMarks(page);
    await page.evaluate((hex) => (location.hash = `#sent/${hex}`), thread);
    await gmail.controlButton.waitFor();
    const marks = await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
    control.push(marks.controlAt - marks.viewAt);
    pageRender.push(marks.viewAt - marks.hashAt);
    await page.evaluate(() => (location.hash = '#sent'));
    await gmail.control.waitFor({ state: 'detached' });
  }
  const compose: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await resetMarks(page);
    const opened = await Compose.open(page);
    await opened.controlButton.waitFor();
    const marks = await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
    compose.push(marks.composeControlAt - marks.composeAt);
    await opened.discard();
  }
  await page.close();
  return { control, pageRender, compose };
}

function resetMarks(page: Page) {
  return page.evaluate(() =>
    Object.assign((window as unknown as { __marks: Marks }).__marks, {
      hashAt: 0,
      viewAt: 0,
      controlAt: 0,
      composeAt: 0,
      composeControlAt: 0,
    }),
  );
}
