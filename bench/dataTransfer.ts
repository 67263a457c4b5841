/**
 * "Your data" with many follow-ups stored, on the options page in Chromium,
 * driven as a user does: export JSON (click → file handed to the browser),
 * then, after deleting everything, import that file (choose → preview shown,
 * confirm → imported). Each with the JS heap's peak, sampled over CDP while
 * it runs. Baselines, same page and run: JSON.stringify of a raw IndexedDB
 * getAll, and a raw put of the same rows in one transaction.
 */
import type { CDPSession, Page } from 'playwright-core';
import { DB_NAME } from '../src/storage/db';
import { OptionsPage } from '../test/support/extensionPages';
import type { ExtensionSession } from '../test/support/launch';

const MB = 1024 * 1024;

/** Runs `work` while sampling the JS heap as often as CDP answers; returns its result and the peak above the start. */
async function withPeakHeap<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const start = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = start;
  let running = true;
  const sampler = (async () => {
    while (running) peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  })();
  const result = await work();
  running = false;
  await sampler;
  peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  return { result, peakMb: (peak - start) / MB };
}

/** Marks in the page when a user step starts and when its answer shows, by the page's own clock. */
async function markSteps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const marks: Record<string, number> = {};
    Object.assign(window, { __marks: marks });
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      marks.fileReady = performance.now();
      return createObjectURL(blob);
    };
    document.addEventListener('click', () => (marks.click = performance.now()), { capture: true });
    document.addEventListener('change', () => (marks.chosen = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (!marks.preview && document.querySelector('[data-import=preview]')) marks.preview = performance.now();
      if (!marks.imported && document.querySelector('[data-import=imported]')) marks.imported = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

const marks = (page: Page) => page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);

export async function measureDataTransfer(session: ExtensionSession) {
  const options = await OptionsPage.open(session);
  const { page } = options;
  const cdp = await session.context.newCDPSession(page);
  await markSteps(page);

  const exported = await withPeakHeap(cdp, () => options.export('json'));
  const exportMarks = await marks(page);
  const file = exported.result.bytes;
  const rows = (JSON.parse(file.toString('utf8')) as { followUps: unknown[] }).followUps;

  const rawExportMs = await page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const request = open.result.transaction('followUps').objectStore('followUps').getAll();
          request.onsuccess = () => {
            JSON.stringify(request.result, null, 2);
            resolve(performance.now() - start);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    DB_NAME,
  );

  await options.deleteAll();
  await page.locator('.status:not(:empty)').waitFor();
  const rawImportMs = await page.evaluate(
    ({ name, text }) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const parsed = JSON.parse(text) as { followUps: unknown[] };
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const tx = open.result.transaction('followUps', 'readwrite');
          for (const row of parsed.followUps) tx.objectStore('followUps').put(row);
          tx.oncomplete = () => {
            const elapsed = performance.now() - start;
            // Leave the store empty again for the real import.
            const clear = open.result.transaction('followUps', 'readwrite');
            clear.objectStore('followUps').clear();
            clear.oncomplete = () => resolve(elapsed);
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { name: DB_NAME, text: file.toString('utf8') },
  );

  const imported = await withPeakHeap(cdp, async () => {
    await options.chooseImport({ name: 'followthrough.json', buffer: file });
    await options.confirmImport();
  });
  const importMarks = await marks(page);
  await page.close();

  return {
    rows: rows.length,
    fileMb: file.length / MB,
    exportMs: exportMarks.fileReady! - exportMarks.click!,
    exportPeakHeapMb: exported.peakMb,
    rawExportMs,
    importPreviewMs: importMarks.preview! - importMarks.chosen!,
    importWriteMs: importMarks.imported! - importMarks.click!,
    importPeakHeapMb: imported.peakMb,
    rawImportMs,
  };
}
