/**
 * Two computers: two real Chromium profiles with the built extension, and a relay that carries
 * storage.sync between them as the browser's sync would — a server that keeps the last write of
 * each item and hands it to the other profile, late, out of order, or after both changed the
 * same follow-up offline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import type { FollowUp } from '../../src/core/followUp';
import { sampleReplica, SAMPLE } from '../replica';
import { aFollowUp, OptionsPage, PopupPage, putFollowUps } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { currentWorker, GmailPage, notificationIds, sendFromExtensionPage, storedFollowUps } from '../support/pages';

const ZONE = { locale: 'en-GB', timezoneId: 'Europe/Berlin' };
const DAY = 86_400_000;
type Items = Record<string, unknown>;

class Computer {
  constructor(
    readonly session: ExtensionSession,
    /** The options page, which also hosts the relay's ear on storage.sync. */
    readonly options: OptionsPage,
  ) {}

  async followUp(id: string): Promise<FollowUp | undefined> {
    return (await storedFollowUps(this.session)).find((f) => f.id === id);
  }

  /** What the browser's sync brings: the items written into this profile's storage.sync. */
  async receive(items: Items): Promise<void> {
    const set = Object.fromEntries(Object.entries(items).filter(([, value]) => value !== null));
    const remove = Object.keys(items).filter((key) => items[key] === null);
    await this.options.page.evaluate(
      async ({ set, remove }) => {
        if (Object.keys(set).length > 0) await chrome.storage.sync.set(set);
        if (remove.length > 0) await chrome.storage.sync.remove(remove);
      },
      { set, remove },
    );
  }
}

/**
 * The browser's sync server. A profile's change reaches it (at once, or when `online()` is
 * called after `offline()`); the server keeps the last write of each item and hands it to the
 * other profile — after `delayMs`, or held back and then delivered newest first (`reorder`).
 * Items that arrive as they already are on the server are the echo of a delivery: not sent on.
 */
class Relay {
  readonly server = new Map<string, unknown>();
  private outbox = new Map<Computer, Items[]>();
  private held: Array<() => Promise<void>> = [];
  private isOffline = false;
  reorder = false;
  delayMs = 0;
  readonly computers: Computer[] = [];

  async join(computer: Computer): Promise<void> {
    this.computers.push(computer);
    this.outbox.set(computer, []);
    const page: Page = computer.options.page;
    await page.exposeFunction('__relayOut', (json: string) => this.fromComputer(computer, JSON.parse(json) as Items));
    await page.evaluate(() => {
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area !== 'sync') return;
        const out: Record<string, unknown> = {};
        for (const [key, change] of Object.entries(changes)) if (key.startsWith('f:')) out[key] = change.newValue ?? null;
        if (Object.keys(out).length > 0) void (window as unknown as { __relayOut(json: string): void }).__relayOut(JSON.stringify(out));
      });
    });
  }

  offline(): void {
    this.isOffline = true;
  }

  /** Changes waiting for the profiles to be back online. */
  pendingChanges(): number {
    return [...this.outbox.values()].reduce((sum, changes) => sum + changes.length, 0);
  }

  /** Deliveries held back for `flush`. */
  heldCount(): number {
    return this.held.length;
  }

  /** Back online: each profile's changes reach the server in turn, the later one winning per item. */
  async online(): Promise<void> {
    this.isOffline = false;
    for (const computer of this.computers) {
      const changes = this.outbox.get(computer)!.splice(0);
      for (const items of changes) await this.upload(computer, items);
    }
  }

  /** Delivers what was held back, newest first. */
  async flush(): Promise<void> {
    const held = this.held.splice(0).reverse();
    for (const deliver of held) await deliver();
  }

  private async fromComputer(from: Computer, items: Items): Promise<void> {
    const fresh = Object.fromEntries(Object.entries(items).filter(([key, value]) => !isDeepStrictEqual(this.server.get(key) ?? null, value)));
    if (Object.keys(fresh).length === 0) return;
    if (this.isOffline) this.outbox.get(from)!.push(fresh);
    else await this.upload(from, fresh);
  }

  private async upload(from: Computer, items: Items): Promise<void> {
    for (const [key, value] of Object.entries(items)) {
      if (value === null) this.server.delete(key);
      else this.server.set(key, value);
    }
    for (const to of this.computers) {
      if (to === from) continue;
      const deliver = () => to.receive(items);
      if (this.reorder) this.held.push(deliver);
      else if (this.delayMs > 0) setTimeout(() => void deliver(), this.delayMs);
      else await deliver();
    }
  }
}

let sessions: ExtensionSession[] = [];
afterEach(async () => {
  for (const session of sessions) await session.close();
  sessions = [];
});

/** Two profiles (the second a browser of its own), joined by a relay. */
async function twoComputers(): Promise<{ laptop: Computer; desktop: Computer; relay: Relay }> {
  const relay = new Relay();
  for (const ownBrowser of [false, true]) {
    const session = await launchExtension({ replica: sampleReplica(), ...ZONE, ownBrowser });
    sessions.push(session);
    const options = await OptionsPage.open(session);
    await options.setting('syncFollowUps').waitFor();
    await relay.join(new Computer(session, options));
  }
  return { laptop: relay.computers[0]!, desktop: relay.computers[1]!, relay };
}

describe('sync between two computers', () => {
  it('shows a follow-up set in Gmail on one in the popup of the other, which says so', async () => {
    const { laptop, desktop } = await twoComputers();
    const gmail = await GmailPage.open(laptop.session);
    await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
    await gmail.choose('in-2-business-days');
    const [set] = await storedFollowUps(laptop.session);

    await expect.poll(async () => (await desktop.followUp(set!.id))?.dueAt).toBe(set!.dueAt);
    const popup = await PopupPage.open(desktop.session);
    await expect.poll(() => popup.ids()).toEqual([set!.id]);
    expect(await popup.row(set!.id).textContent()).toContain(set!.subject);
    await expect.poll(() => desktop.options.page.locator('[data-sync-status]').textContent()).toBe('Waiting follow-ups on all your computers: 1.');
    expect(laptop.session.pageErrors).toEqual([]);
    expect(desktop.session.pageErrors).toEqual([]);
  });

  it('shows a reminder once: shown on one, marked so on the other; done on the other takes it away', async () => {
    const { laptop, desktop } = await twoComputers();
    const dueAt = Date.now() - 60_000;
    // Queued for the engine, as a follow-up that came due is.
    const due = aFollowUp({ threadId: SAMPLE.account0.unansweredThread, dueAt, nextCheckAt: dueAt, condition: 'always' });
    await putFollowUps(laptop.session, [due]);
    // Headless Chromium drops a shown notification by itself after a few seconds: watch the clear call too.
    await currentWorker(laptop.session).evaluate(() => {
      const g = globalThis as unknown as { __cleared: string[] };
      g.__cleared = [];
      const clear = chrome.notifications.clear.bind(chrome.notifications);
      chrome.notifications.clear = ((id: string) => (g.__cleared.push(id), clear(id))) as typeof chrome.notifications.clear;
    });
    await sendFromExtensionPage(laptop.session, { type: 'data.changed', payload: {} });
    await expect.poll(() => notificationIds(laptop.session)).toEqual([`followup:${due.id}`]);
    const fired = (await laptop.followUp(due.id))!.firedAt;

    await expect.poll(async () => (await desktop.followUp(due.id))?.firedAt).toBe(fired);
    expect(await notificationIds(desktop.session)).toEqual([]);

    const popup = await PopupPage.open(desktop.session);
    await popup.act(due.id, 'done');
    await expect.poll(async () => (await laptop.followUp(due.id))?.status).toBe('done');
    await expect
      .poll(() => currentWorker(laptop.session).evaluate(() => (globalThis as unknown as { __cleared: string[] }).__cleared))
      .toContain(`followup:${due.id}`);
  });

  it('keeps both changes made offline to one follow-up: a note on one, a new time on the other', async () => {
    const { laptop, desktop, relay } = await twoComputers();
    const followUp = aFollowUp({ threadId: SAMPLE.account0.unansweredThread, dueAt: Date.now() + 3 * DAY });
    await putFollowUps(laptop.session, [followUp]);
    await sendFromExtensionPage(laptop.session, { type: 'data.changed', payload: {} });
    await expect.poll(async () => (await desktop.followUp(followUp.id))?.status).toBe('pending');

    relay.offline();
    await sendFromExtensionPage(laptop.session, { type: 'followUp.setNote', payload: { id: followUp.id, note: 'Ask about the pilot budget', previous: '' } });
    const later = Date.now() + 5 * DAY;
    await sendFromExtensionPage(desktop.session, { type: 'followUp.move', payload: { id: followUp.id, dueAt: later } });
    // Both wrote their records before going back online.
    await expect.poll(() => relay.pendingChanges()).toBe(2);
    await relay.online();

    for (const computer of [laptop, desktop]) {
      await expect
        .poll(async () => {
          const { note, dueAt } = (await computer.followUp(followUp.id))!;
          return { note, dueAt };
        })
        .toEqual({ note: 'Ask about the pilot budget', dueAt: later });
    }
  });

  it('keeps one follow-up when both set one on the same thread, with changes delivered late and out of order', async () => {
    const { laptop, desktop, relay } = await twoComputers();
    relay.reorder = true;
    for (const [computer, preset] of [[laptop, 'tomorrow'], [desktop, 'in-1-week']] as const) {
      const gmail = await GmailPage.open(computer.session);
      await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
      await gmail.choose(preset);
    }
    const [desktops] = await storedFollowUps(desktop.session);
    await expect.poll(() => relay.heldCount()).toBeGreaterThan(0);
    await relay.flush();
    relay.reorder = false;
    relay.delayMs = 200;
    await relay.flush();
    for (const computer of [laptop, desktop]) {
      await expect.poll(async () => (await storedFollowUps(computer.session)).map((f) => f.id)).toEqual([desktops!.id]);
    }
    expect((await laptop.followUp(desktops!.id))?.dueAt).toBe(desktops!.dueAt);
  });
});

describe("the browser's sync on one computer", () => {
  it('says which follow-ups stay on this computer when it is full, keeps room for the settings, and empties when turned off', async () => {
    const session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    sessions.push(session);
    // Notes of 1,900 characters: about 2.4 KB a record, so some 25 fit beside the settings' share.
    const followUps = Array.from({ length: 40 }, (_, n) =>
      aFollowUp({ threadId: (0x18f2a4c1d0e3b000n + BigInt(n)).toString(16), dueAt: Date.now() + (n + 1) * DAY, note: `${n} `.padEnd(1_900, 'x') }),
    );
    await putFollowUps(session, followUps);
    await sendFromExtensionPage(session, { type: 'data.changed', payload: {} });
    const options = await OptionsPage.open(session);
    const status = options.page.locator('[data-sync-status]');
    await expect.poll(() => status.textContent()).toMatch(/^Waiting follow-ups on all your computers: \d+\. Only on this computer: \d+ /);
    const [synced, onlyHere] = (await status.textContent())!.match(/\d+/g)!.map(Number);
    expect(synced! + onlyHere!).toBe(40);
    expect(onlyHere).toBeGreaterThan(0);
    const used = await options.page.evaluate(() => chrome.storage.sync.getBytesInUse(null));
    expect(used).toBeLessThan(102_400 - 42_000);

    // The soonest due travel; the first of the rest is marked in the popup (which shows 25 rows at first).
    expect(synced).toBeLessThan(25);
    const [lastSynced, firstOnlyHere] = [followUps[synced! - 1]!, followUps[synced!]!];
    const popup = await PopupPage.open(session);
    await expect.poll(() => popup.row(firstOnlyHere.id).locator('[data-field=only-here]').textContent()).toBe('Only on this computer');
    expect(await popup.row(lastSynced.id).locator('[data-field=only-here]').count()).toBe(0);

    // The settings still save beside them.
    await options.setting('notifyOnReply').check();
    await expect.poll(() => options.status()).toBe('Saved');

    await options.setting('syncFollowUps').uncheck();
    await expect
      .poll(() => options.page.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)).filter((key) => key.startsWith('f:')).length))
      .toBe(0);
    expect(await status.textContent()).toBe('Off: each follow-up stays on the computer where it was set.');
    expect(await storedFollowUps(session)).toHaveLength(40);
    await expect.poll(() => popup.row(firstOnlyHere.id).locator('[data-field=only-here]').count()).toBe(0);
  });
});
