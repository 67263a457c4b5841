/**
 * The popup with many follow-ups stored: time from opening it to the first
 * rows painted, and the JS heap then. Baselines, in the same run and origin:
 * an empty extension page whose one tiny script adds one row (the floor: what
 * Chromium costs to show any extension page), and a raw IndexedDB read of the
 * active rows, no Dexie, no rendering.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionSession } from '../test/support/launch';
import { extensionUrl } from '../test/support/launch';
import { sendFromExtensionPage } from '../test/support/pages';
import { DB_NAME } from '../src/storage/db';

export const EMPTY_PAGE = 'bench-empty.html';
/** popup/snapshot.ts's SNAPSHOT_KEY; that module runs only in the browser. */
const SNAPSHOT_KEY = 'popupSnapshot';

/** The built extension plus the floor's page: an empty page with one tiny script that adds one row. */
export function distWithEmptyPage(dist = 'dist'): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'followthrough-bench-')), 'dist');
  cpSync(dist, copy, { recursive: true });
  writeFileSync(join(copy, EMPTY_PAGE), '<!doctype html><meta charset="utf-8"><title>empty</title><script src="bench-empty.js"></script><ul></ul>\n');
  writeFileSync(
    join(copy, 'bench-empty.js'),
    "addEventListener('DOMContentLoaded', () => { const li = document.createElement('li'); li.dataset.followUpId = 'x'; li.textContent = 'Proposal'; document.querySelector('ul').append(li); });\n",
  );
  return copy;
}

export async function seedFollowUps(session: ExtensionSession, count: number): Promise<void> {
  // Opening the popup once lets Dexie create the schema; then rows go in raw, in one transaction.
  const page = await session.context.newPage();
  await page.goto(extensionUrl(session, 'src/popup/index.html'));
  await page.locator('main p, main ul').first().waitFor();
  await page.evaluate(
    ({ count, name }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const tx = open.result.transaction('followUps', 'readwrite');
          const store = tx.objectStore('followUps');
          const now = Date.now();
          for (let i = 0; i < count; i += 1) {
            store.put({
              id: crypto.randomUUID(),
              account: i % 2 ? 'alex.rivera@example.com' : 'alex@rivera-studio.example',
              threadId: (0x18f0000000000000n + BigInt(i)).toString(16),
              threadPermId: `thread-f:${0x18f0000000000000n + BigInt(i)}`,
              messageId: '',
              subject: `Proposal ${i} — next steps for the Q${(i % 4) + 1} rollout`,
              recipients: [{ name: `Client ${i}`, email: `client${i}@example.org` }],
              sentAt: now - 86_400_000,
              dueAt: now + ((i * 7919) % 30) * 86_400_000 + i,
              condition: 'if-no-reply',
              status: i % 10 === 0 ? 'done' : 'pending',
              note: '',
              createdAt: now,
              updatedAt: now,
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { count, name: DB_NAME },
  );
  // Rows written behind the extension's back: tell it, as the options page does after an import,
  // and wait for the snapshot of them the background then keeps (more than a page of rows). A
  // snapshot of the same rows may have been written already, when the popup opened above.
  await sendFromExtensionPage(session, { type: 'data.changed', payload: {} });
  // Asked in a loop: Playwright's waitForFunction takes the promise an async check answers for true.
  const seeded = (key: string) =>
    page.evaluate(async (key) => Boolean(((await chrome.storage.local.get(key))[key] as { active?: { more?: boolean } } | undefined)?.active?.more), key);
  // Bounded as the wait it replaced was (30 s): a snapshot that never comes fails the bench, not hangs it.
  for (const giveUpAt = Date.now() + 30_000; !(await seeded(SNAPSHOT_KEY)); await page.waitForTimeout(50)) {
    if (Date.now() > giveUpAt) throw new Error('the popup snapshot of the seeded follow-ups did not come within 30 s');
  }
  await page.close();
}

/** Opens `path` and answers when its first follow-up row was painted, from navigation start. */
async function firstRowPainted(session: ExtensionSession, path: string) {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __firstRowsPainted?: number };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('li[data-follow-up-id]')) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.__firstRowsPainted = performance.now()));
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(extensionUrl(session, path));
  await page.waitForFunction(() => (window as unknown as { __firstRowsPainted?: number }).__firstRowsPainted);
  const firstRows = await page.evaluate(() => (window as unknown as { __firstRowsPainted: number }).__firstRowsPainted);
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { page, firstRows, heapMb: (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024 };
}

export async function measurePopup(session: ExtensionSession) {
  const empty = await firstRowPainted(session, EMPTY_PAGE);
  await empty.page.close();
  const { page, firstRows, heapMb } = await firstRowPainted(session, 'src/popup/index.html');
  const rawRead = await page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const index = open.result.transaction('followUps').objectStore('followUps').index('[status+dueAt]');
          const request = index.getAll(IDBKeyRange.bound(['pending', -Infinity], ['pending', Infinity]));
          request.onsuccess = () => resolve(performance.now() - start);
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    DB_NAME,
  );
  await page.close();
  return { firstRows, emptyPage: empty.firstRows, heapMb, rawRead };
}
