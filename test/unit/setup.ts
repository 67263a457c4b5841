/**
 * Unit tests run in Node: IndexedDB comes from fake-indexeddb, the extension
 * APIs from @webext-core/fake-browser, and i18n from our real messages.json
 * (the fake has none), so a missing string key fails a test.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function getMessage(key: string, substitutions: string | string[] = []): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});
