/**
 * Tells every open Gmail tab that follow-ups changed, so a control, a due banner or a list
 * marker never goes on showing what was true before: after Mark done in the popup, a reply the
 * engine found, a send, Delete all. Changes that come together (an engine run closing ten
 * follow-ups) make one announcement.
 */
import { log } from '../core/log';
import { CHANGED } from '../messaging/announcement';

export interface AnnounceDeps {
  /** The ids of the open Gmail tabs. */
  gmailTabs(): Promise<number[]>;
  sendToTab(tabId: number, message: typeof CHANGED): Promise<unknown>;
  /** How long changes are gathered into one announcement. */
  delayMs?: number;
}

export function createChangeAnnouncer({ gmailTabs, sendToTab, delayMs = 100 }: AnnounceDeps): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  async function announce() {
    timer = undefined;
    const tabs = await gmailTabs();
    // A tab whose content script isn't there (still loading, or the extension was just
    // updated) can't be told; it reads the state itself when its thread opens.
    await Promise.all(tabs.map((id) => sendToTab(id, CHANGED).catch(() => undefined)));
  }
  return () => {
    timer ??= setTimeout(() => void announce().catch((error: unknown) => log.error('announcing a change failed', error)), delayMs);
  };
}
