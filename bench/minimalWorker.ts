/**
 * The floor for the cold engine figure: a minimal extension whose module service worker, woken
 * by an alarm like ours, does nothing but open IndexedDB and read one row of a table as big as
 * ours. What Chromium costs to start an extension's worker and bring its database back, before
 * any of our code: our cold figure is that plus loading our code, the due query, the reply
 * check through Gmail's print view and the reminder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleReplica } from '../test/replica';
import { launchExtension } from '../test/support/launch';
import { stopServiceWorker } from '../test/support/pages';

const WORKER = `
const store = () => new Promise((resolve, reject) => {
  const open = indexedDB.open('floor', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
  open.onsuccess = () => resolve(open.result);
  open.onerror = () => reject(open.error);
});
// Started at once, as a worker woken for work would.
globalThis.readAt = store().then((db) => new Promise((resolve) => {
  const request = db.transaction('rows').objectStore('rows').get('row-0');
  request.onsuccess = () => resolve(performance.now());
}));
globalThis.seed = async (count) => {
  const db = await store();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('rows', 'readwrite');
    for (let i = 0; i < count; i += 1) tx.objectStore('rows').put({ id: 'row-' + i, subject: 'Proposal ' + i, dueAt: Date.now() + i, recipients: [{ email: 'client' + i + '@example.org' }] });
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
};
chrome.alarms.onAlarm.addListener(() => undefined);
`;

function minimalExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', permissions: ['alarms'], background: { service_worker: 'worker.js', type: 'module' } }),
  );
  writeFileSync(join(dir, 'worker.js'), WORKER);
  return dir;
}

/** Cold start → one row read, in ms from the worker's start, per run. */
export async function measureMinimalWorker(size: number, runs: number): Promise<number[]> {
  const session = await launchExtension({ replica: sampleReplica(), dist: minimalExtension() });
  try {
    await session.currentWorker().evaluate((count) => (globalThis as unknown as { seed(n: number): Promise<void> }).seed(count), size);
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await session.currentWorker().evaluate(() => chrome.alarms.create('wake', { when: Date.now() + 3_000 }));
      const { restarted } = await stopServiceWorker(session);
      await restarted;
      times.push(await session.currentWorker().evaluate(() => (globalThis as unknown as { readAt: Promise<number> }).readAt));
    }
    return times;
  } finally {
    await session.close();
  }
}
