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

/** A compose of any kind — dialog, inline reply/forward, pop-out, full screen — is rooted here. */
export const COMPOSE_ROOT: Selectors = [{ layout: 'since 2014', selector: 'div.M9' }];
/** Send itself, not the schedule-send arrow beside it (which has aria-haspopup). */
export const COMPOSE_SEND: Selectors = [
  { layout: 'InboxSDK 2023', selector: '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])' },
  { layout: 'gmail.js 2025', selector: 'div.T-I.T-I-atl[role=button]:not([aria-haspopup=true])' },
];
export const COMPOSE_SEND_OPTIONS: Selectors = [
  { layout: 'since 2019 (schedule send)', selector: '.IZ .Up div[role=button][aria-haspopup=true]' },
];
/** Closing without sending: Discard, or Save & close. */
export const COMPOSE_DISCARD: Selectors = [
  { layout: 'since 2014', selector: '[aria-label^="Discard draft"]' },
  { layout: 'since 2014', selector: 'img.Ha' },
];
export const COMPOSE_SUBJECT: Selectors = [{ layout: 'since 2014', selector: 'input[name=subjectbox]' }];
export const COMPOSE_BODY: Selectors = [
  { layout: 'since 2014', selector: '.Ap div[contenteditable=true][g_editable=true]' },
  { layout: 'body without its wrapper', selector: 'div[contenteditable=true][g_editable=true]' },
];
/** Recipient chips (PeopleKit, since Oct 2021) carry the address in data-hovercard-id. */
export const COMPOSE_RECIPIENT_CHIPS: Selectors = [{ layout: '2021-10 PeopleKit', selector: 'div[name=to] [data-hovercard-id]' }];
export const COMPOSE_RECIPIENT_INPUT: Selectors = [{ layout: '2021-10 PeopleKit', selector: 'div[name=to] input' }];
/** `#msg-a:r…`: the client-side id of the draft, stable while the compose lives and when Undo reopens it. */
export const COMPOSE_DRAFT_ID: Selectors = [
  { layout: 'since 2014', selector: 'input[name=draft]' },
  { layout: 'since 2014', selector: 'input[name=composeid]' },
];
/** The toast's Undo after sending. */
export const SENT_TOAST_UNDO: Selectors = [{ layout: 'since 2015', selector: '#link_undo' }];

/** Thread list rows and the ids and subjects in them. */
export const LIST_ROW: Selectors = [{ layout: 'since 2014', selector: 'tr.zA[role=row]' }];
export const LIST_ROW_THREAD: Selectors = [{ layout: 'since 2018', selector: 'span[data-legacy-thread-id]' }];
export const LIST_ROW_SUBJECT: Selectors = [{ layout: 'since 2014', selector: 'span.bog' }];

/** The Reply button under the last message of an open thread. */
export const THREAD_REPLY: Selectors = [
  { layout: 'since 2014', selector: 'span.ams.bkH' },
  { layout: 'reply by role', selector: '[role=button][data-tooltip^="Reply"]' },
];
