/**
 * User-facing strings come from _locales/<lang>/messages.json. A missing key
 * shows the key itself, which a test would catch, rather than an empty label.
 */
import browser from 'webextension-polyfill';
import type messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
