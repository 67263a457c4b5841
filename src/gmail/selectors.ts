/**
 * Every Gmail selector we rely on, in one place. Gmail changes its DOM a few
 * times a year, so each entry lists alternatives, newest first, labelled with
 * the layout they target; readers try them in order and report the ones that
 * failed (gmail-facts.md; the pattern follows InboxSDK's dated selector maps).
 */

export interface SelectorAlternative {
  /** The Gmail layout this selector was seen in. */
  layout: string;
  selector: string;
}
export type Selectors = readonly SelectorAlternative[];

export const THREAD_SUBJECT: Selectors = [{ layout: 'since 2014', selector: 'h2.hP' }];

/** The element that holds the open thread's messages. */
export const THREAD_CONTAINER: Selectors = [
  { layout: '2023-11 (current)', selector: '[role=main] .a98.iY' },
  { layout: 'before 2023-11', selector: '[role=main] table.Bs > tbody > tr, [role=main] table.Bs > tr' },
];

/** Where thread actions live; our control goes at its end. */
export const THREAD_TOOLBAR: Selectors = [
  { layout: 'since 2018', selector: '[gh=mtb]' },
  { layout: 'thread-list toolbar, shown above a thread in some views', selector: '[gh=tm]' },
];

/** One message of the thread, collapsed or expanded (`.ads`). */
export const MESSAGE: Selectors = [{ layout: 'since 2014', selector: 'div.adn' }];
export const MESSAGE_SENDER: Selectors = [
  { layout: 'since 2014', selector: 'td.gF span.gD[email]' },
  { layout: 'sender without its cell', selector: 'span.gD[email]' },
];
export const MESSAGE_RECIPIENTS: Selectors = [{ layout: 'since 2014', selector: 'span.hb span.g2[email]' }];
/** The message's date; its title holds the full, localized date and time. */
export const MESSAGE_DATE: Selectors = [{ layout: 'since 2014', selector: 'span.g3[title]' }];
