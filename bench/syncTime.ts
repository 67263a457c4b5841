/**
 * Sync between two Chromium profiles joined by the test relay (test/support/syncRelay.ts), which
 * carries storage.sync from one to the other at once; its own transit time is measured and taken
 * off. Two figures:
 * - a change on one profile (a note saved) → the other profile's open popup shows it;
 * - a full re-sync: 500 follow-ups appear on one profile (as after an import) → the other has
 *   stored what travelled. Its floor, in the same run: the same records written in one call and
 *   read back by a page, with no code of ours (to storage.local: storage.sync's quota has no room
 *   for a second copy; both are the same store in Chromium).
 */
import { sampleReplica } from '../test/replica';
import { aFollowUp, OptionsPage, PopupPage, putFollowUps } from '../test/support/extensionPages';
import { launchExtension, type ExtensionSession } from '../test/support/launch';
import { sendFromExtensionPage } from '../test/support/pages';
import { readTable } from '../test/support/readTable';
import { DB_NAME } from '../src/storage/db';
import { Computer, Relay } from '../test/support/syncRelay';
import { median } from './stats';

const DAY = 86_400_000;
type Stamped = { __stamp?: number };

/** Epoch ms at which `test` first held in the page, watched by a MutationObserver there (no polling). */
async function watch(page: PopupPage['page'], selector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, text }) => {
      const w = window as unknown as Stamped;
      w.__stamp = undefined;
      // No named functions in here: the bench runs through tsx, whose helpers the page lacks.
      const observer = new MutationObserver(() => {
        if (![...document.querySelectorAll(selector)].some((el) => el.getAttribute('title') === text)) return;
        observer.disconnect();
        w.__stamp = performance.timeOrigin + performance.now();
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    },
    { selector, text },
  );
}

async function stamped(page: PopupPage['page']): Promise<number> {
  await page.waitForFunction(() => (window as unknown as Stamped).__stamp !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as Stamped).__stamp!);
}

async function twoProfiles(): Promise<{ sessions: ExtensionSession[]; relay: Relay }> {
  const relay = new Relay();
  const sessions: ExtensionSession[] = [];
  for (let n = 0; n < 2; n += 1) {
    const session = await launchExtension({ replica: sampleReplica() });
    sessions.push(session);
    const options = await OptionsPage.open(session);
    await options.setting('syncFollowUps').waitFor();
    await relay.join(new Computer(session, options));
  }
  return { sessions, relay };
}

export async function measureSync(runs: number, resyncCount: number) {
  const { sessions, relay } = await twoProfiles();
  const [laptop, desktop] = relay.computers as [Computer, Computer];
  try {
    const followUp = aFollowUp({ dueAt: Date.now() + 3 * DAY });
    await putFollowUps(laptop.session, [followUp]);
    await sendFromExtensionPage(laptop.session, { type: 'data.changed', payload: {} });
    const popup = await PopupPage.open(desktop.session);
    await popup.row(followUp.id).waitFor({ timeout: 30_000 });

    const latencies: number[] = [];
    let note = '';
    for (let run = 0; run < runs; run += 1) {
      const next = `Call Dana, round ${run}`;
      await watch(popup.page, `li[data-follow-up-id="${followUp.id}"] .note-mark`, next);
      const transits = relay.transitMs.length;
      const changed = Date.now();
      await sendFromExtensionPage(laptop.session, { type: 'followUp.setNote', payload: { id: followUp.id, note: next, previous: note } });
      const shown = await stamped(popup.page);
      const transit = relay.transitMs.slice(transits).reduce((sum, ms) => sum + ms, 0);
      latencies.push(shown - changed - transit);
      note = next;
    }

    // Full re-sync: many follow-ups appear at once on the laptop.
    const many = Array.from({ length: resyncCount }, (_, n) =>
      aFollowUp({ threadId: (0x18f3000000000000n + BigInt(n)).toString(16), dueAt: Date.now() + (n + 1) * 3_600_000, subject: `Proposal ${n} — next steps for the rollout` }),
    );
    await putFollowUps(laptop.session, many);
    // Each pass's result, as each profile saves it, with when (epoch ms): listened to, not polled.
    for (const computer of [laptop, desktop]) {
      await computer.options.page.evaluate(() => {
        const w = window as unknown as { __passes: Array<[number, number]> };
        w.__passes = [];
        chrome.storage.onChanged.addListener((changes, area) => {
          const state = changes.syncState?.newValue as { synced: number; onlyHere: number } | undefined;
          if (area === 'local' && state) w.__passes.push([Date.now(), state.synced + state.onlyHere]);
        });
      });
    }
    const passAt = async (computer: Computer, atLeast: number) => {
      const page = computer.options.page;
      await page.waitForFunction((want) => (window as unknown as { __passes: Array<[number, number]> }).__passes.some(([, n]) => n >= want), atLeast, { timeout: 60_000 });
      return page.evaluate((want) => (window as unknown as { __passes: Array<[number, number]> }).__passes.find(([, n]) => n >= want)![0], atLeast);
    };
    const transits = relay.transitMs.length;
    const started = Date.now();
    await sendFromExtensionPage(laptop.session, { type: 'data.changed', payload: {} });
    await passAt(laptop, resyncCount + 1);
    const travelled = await laptop.options.page.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)).filter((key) => key.startsWith('f:')).length);
    const storedThere = await passAt(desktop, travelled);
    const resyncMs = storedThere - started - relay.transitMs.slice(transits).reduce((sum, ms) => sum + ms, 0);
    const bytes = await laptop.options.page.evaluate(() => chrome.storage.sync.getBytesInUse(null));
    // Read by the options page, which stays open (a worker may be stopped by then).
    const storedHere = (await desktop.options.page.evaluate(readTable, { database: DB_NAME, table: 'followUps' })).length;

    // The floor: the same records written to storage.sync in one call and read back, by a page.
    const records = await laptop.options.page.evaluate(async () => {
      const all = await chrome.storage.sync.get(null);
      return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('f:')));
    });
    const floorMs = await desktop.options.page.evaluate(async (items) => {
      const renamed = Object.fromEntries(Object.entries(items).map(([key, value]) => [`floor-${key}`, value]));
      const start = performance.now();
      await chrome.storage.local.set(renamed);
      await chrome.storage.local.get(Object.keys(renamed));
      return performance.now() - start;
    }, records);
    return { runs, latencyMedianMs: median(latencies), resyncCount, travelled, storedHere, bytes, resyncMs, floorMs };
  } finally {
    for (const session of sessions) await session.close();
  }
}
