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

/** The messages with a second form for one (`<key>One`), chosen by tCount. */
export type CountedKey = { [K in MessageKey]: `${K}One` extends MessageKey ? K : never }[MessageKey];

/**
 * A message about `count` things, in the form the UI language uses for that count. Chrome's
 * messages have no plurals, so each such message has a second key, `<key>One`, for what
 * Intl.PluralRules calls "one" (1 in English, German and Spanish; 0 and 1 in French).
 */
export function tCount(key: CountedKey, count: number, ...substitutions: string[]): string {
  const one = new Intl.PluralRules(browser.i18n.getUILanguage()).select(count) === 'one';
  const form = (one ? `${key}One` : key) as MessageKey;
  return t(form, ...substitutions);
}
