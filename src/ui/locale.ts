/**
 * The language of the messages in use. Phrases that Intl builds ("in 2 days",
 * "3 hours") sit inside our sentences, so they follow the messages' language,
 * not the browser's: a German browser with only English messages gets English.
 */
import { t, type MessageKey } from './i18n';

export function messagesLocale(): string {
  return t('languageTag');
}

/** The page's title and language from the messages: the HTML's own are English, for before this runs. */
export function localizeDocument(title: MessageKey): void {
  document.documentElement.lang = messagesLocale();
  document.title = t(title);
}
