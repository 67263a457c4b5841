/**
 * Two computers for tests and the bench: Chromium profiles with the built extension, joined by a
 * relay that carries storage.sync between them as the browser's sync would — a server that keeps
 * the last write of each item and hands it to the other profiles, late, out of order, or after
 * they changed the same follow-up offline.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import type { FollowUp } from '../../src/core/followUp';
import type { OptionsPage } from './extensionPages';
import type { ExtensionSession } from './launch';
import { storedFollowUps } from './pages';

export type Items = Record<string, unknown>;

export class Computer {
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
export class Relay {
  readonly server = new Map<string, unknown>();
  private outbox = new Map<Computer, Items[]>();
  private held: Array<() => Promise<void>> = [];
  private isOffline = false;
  reorder = false;
  delayMs = 0;
  /** The relay's own time for each delivery made at once (from a profile's write to the other's storage.sync), for the bench to subtract. */
  readonly transitMs: number[] = [];
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
    const heard = performance.now();
    const fresh = Object.fromEntries(Object.entries(items).filter(([key, value]) => !isDeepStrictEqual(this.server.get(key) ?? null, value)));
    if (Object.keys(fresh).length === 0) return;
    if (this.isOffline) this.outbox.get(from)!.push(fresh);
    else {
      await this.upload(from, fresh);
      if (!this.reorder && this.delayMs === 0) this.transitMs.push(performance.now() - heard);
    }
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
