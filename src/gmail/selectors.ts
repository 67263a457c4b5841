/**
 * Every Gmail selector we rely on, in one place. Gmail changes its DOM a few
 * times a year, so each entry lists alternatives, newest first, labelled with
 * the layout they target; readers try them in order and report the ones that
 * failed (docs/gmail.md; the pattern follows InboxSDK's dated selector maps).
 *
 * Where a layout names a file, the structure was checked against that capture
 * of real Gmail (`shared/real-gmail/`, see its SOURCES.md).
 */

export interface SelectorAlternative {
  /** The Gmail layout this selector was seen in. */
  layout: string;
  selector: string;
}
export type Selectors = readonly SelectorAlternative[];

/**
 * Mail content: a message's body, a compose's editable body, quoted history.
 * What is inside is written by whoever sent the mail, and mail can carry
 * markup copied from Gmail itself (a forwarded page, a template built from
 * Gmail's DOM). Nothing inside is ever Gmail's own UI: the query helpers in
 * `query.ts` skip every element inside one of these, for every selector.
 * The body element itself still matches (a compose's body is found by
 * COMPOSE_BODY); only its descendants are skipped.
 */
export const MAIL_BODY: Selectors = [
  { layout: 'message body, since 2014 (2025-08 div.a3s.aiL, message-2025-08-expanded-inner)', selector: 'div.a3s' },
  { layout: 'message body wrapper, since 2014 (2025-08 div.ii.gt)', selector: 'div.ii.gt' },
  { layout: 'compose body, since 2014 (2020-10 div.Am[g_editable][contenteditable], compose-2020-10-dialog)', selector: '[g_editable][contenteditable]' },
  { layout: 'compose body 2023+ (div.Am.editable, compose-2023plus-vi-elements)', selector: 'div.Am.editable' },
  { layout: 'quoted history, since 2014 (in a message body or a compose body)', selector: '.gmail_quote' },
];

export const THREAD_SUBJECT: Selectors = [
  // data-thread-perm-id can be the literal "undefined" (2025-11, subject-h2-2025-11-undefined-permid).
  { layout: 'since 2014 (2025-11 h2[jsname=r4nke].hP)', selector: 'h2.hP' },
];

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

/**
 * One message of the thread, as Gmail has it in the DOM. Expanded:
 * `div.h7[role=listitem][aria-expanded=true] > .Bk > .G3.G2 > div > div#… > div.adn.ads`
 * with the message ids (2023-08, thread-2023-08-expanded-message-shell). Collapsed:
 * `div.kv[role=listitem] > .Bk > .G3.G2 > div > div#… > div.adf.ads`, without ids
 * (2019-12, thread-2019-12-ru-collapsed-messages). One selector for both keeps them in order.
 */
export const MESSAGE: Selectors = [
  { layout: 'since 2019: expanded div.adn, collapsed div.adf', selector: 'div.adn, div.adf' },
  { layout: 'message list items (2019-12 div.kv collapsed, 2023-08 div.h7 expanded)', selector: '[role=listitem].h7, [role=listitem].kv' },
];
/** An element of MESSAGE is expanded when it matches one of these. */
export const MESSAGE_EXPANDED: Selectors = [
  { layout: 'since 2014: only an expanded message is a div.adn', selector: 'div.adn' },
  { layout: '2023-08 expanded list item', selector: '[role=listitem][aria-expanded=true]' },
];
/** Where an expanded message carries its ids (`#msg-f:…` and the legacy hex). */
export const MESSAGE_IDS: Selectors = [
  { layout: '2023-08 div.adn.ads[data-message-id][data-legacy-message-id]', selector: '[data-legacy-message-id]' },
  { layout: 'just sent: data-message-id only (InboxSDK #515)', selector: '[data-message-id]' },
];
export const MESSAGE_SENDER: Selectors = [
  { layout: 'expanded header 2025-08 (td.c2 > h3.iw > span.qu > span.gD)', selector: 'h3.iw span.gD[email]' },
  { layout: 'collapsed header 2019-12 (td.gF.gK > span.gD), since 2014', selector: 'td.gF span.gD[email]' },
  { layout: 'sender without its cell', selector: 'span.gD[email]' },
];
export const MESSAGE_RECIPIENTS: Selectors = [
  { layout: 'since 2014 (2025-08 div.iw.ajw > span.hb > span.g2)', selector: 'span.hb span.g2[email]' },
];
/**
 * A message's body, the mail as its sender wrote it. The wrapper, not the `div.a3s` inside: query.ts
 * finds nothing inside mail, and the wrapper is itself mail (MAIL_BODY).
 */
export const MESSAGE_BODY: Selectors = [
  { layout: 'since 2014 (2025-08 div.ii.gt > div.a3s.aiL, message-2025-08-expanded-inner)', selector: 'div.ii.gt' },
  { layout: 'body without its wrapper', selector: 'div.a3s' },
];
/** Quoted history in a message's body, and Gmail's "•••" that shows it: not what the sender wrote now. */
export const MESSAGE_QUOTED: Selectors = [
  { layout: 'since 2014 (div.gmail_quote; 2024 also .gmail_quote_container)', selector: '.gmail_quote, .gmail_quote_container' },
  { layout: 'other clients quote in a blockquote', selector: 'blockquote' },
  { layout: 'trimmed content: the "•••" toggle (div.ajR), since 2014', selector: '.ajR' },
];
/** The message's date; its title holds the full date and time in the user's language ("26 дек. 2019 г., 22:53"). */
export const MESSAGE_DATE: Selectors = [{ layout: 'since 2014 (2019-12, 2025-08)', selector: 'span.g3[title]' }];

/**
 * The "N older messages" bar between the first message and the last ones of a
 * long thread. The messages it stands for are not in the DOM until it is
 * clicked. Gmail draws a stack of `div.kQ` (one per hidden message, 2026 live
 * notes of other extensions); one holds the number.
 */
export const OLDER_MESSAGES_BAR: Selectors = [{ layout: 'since 2014 (div.kQ, stacked)', selector: 'div.kQ' }];
export const OLDER_MESSAGES_COUNT: Selectors = [
  { layout: 'since 2018 (span.adx[role=button] holding the number)', selector: 'div.kQ span.adx' },
];

/** The bar holding the open thread's subject and its labels: a due banner goes above it. */
export const THREAD_SUBJECT_BAR: Selectors = [{ layout: 'since 2014 (div.ha > h2.hP)', selector: 'div.ha' }];
/** A message of the thread as a list item that says whether it is expanded (aria-expanded). */
export const MESSAGE_LIST_ITEM: Selectors = [{ layout: '2023+ (div[role=listitem][aria-expanded])', selector: '[role=listitem]' }];
/** The thread's own Reply: the bar under the last message, else the last message's own Reply button. */
export const THREAD_REPLY: Selectors = [
  { layout: 'since 2014 (div.amn > span.ams.bkH)', selector: 'span.ams.bkH' },
  { layout: '2023-08, 2025-08: the expanded message header (div.aaq[role=button])', selector: 'div.adn div.aaq[role=button]' },
];

/** A compose of any kind — dialog, inline reply/forward, pop-out, full screen — is rooted here. */
export const COMPOSE_ROOT: Selectors = [{ layout: 'since 2014 (2020-10 div.aaZ > div.M9[jslog])', selector: 'div.M9' }];
/** Send itself, not the schedule-send arrow beside it (which has aria-haspopup). */
export const COMPOSE_SEND: Selectors = [
  { layout: 'InboxSDK 2023', selector: '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])' },
  { layout: 'gmail.js 2025 (2023+ div.T-I.aoO.T-I-atl, compose-2023plus-vi-elements)', selector: 'div.T-I.T-I-atl[role=button]:not([aria-haspopup=true])' },
];
export const COMPOSE_SEND_OPTIONS: Selectors = [
  { layout: 'since 2019 (schedule send)', selector: '.IZ .Up div[role=button][aria-haspopup=true]' },
];
/** Closing without sending: Discard, or Save & close. */
export const COMPOSE_DISCARD: Selectors = [
  { layout: 'since 2014', selector: '[aria-label^="Discard draft"]' },
  { layout: 'since 2014', selector: 'img.Ha' },
];
export const COMPOSE_SUBJECT: Selectors = [{ layout: 'since 2014 (2020-10, 2023+ input.aoT)', selector: 'input[name=subjectbox]' }];
export const COMPOSE_BODY: Selectors = [
  { layout: 'since 2014 (2020-10 td.Ap > div.Ar.Au > div.Am)', selector: '.Ap div[contenteditable=true][g_editable=true]' },
  { layout: 'body without its wrapper (2023+)', selector: 'div[contenteditable=true][g_editable=true]' },
];
/** Quoted history in a compose's body: left out of what the user wrote. */
export const COMPOSE_QUOTED: Selectors = [
  { layout: 'since 2014 (div.gmail_quote; 2024 also .gmail_quote_container)', selector: '.gmail_quote, .gmail_quote_container' },
  { layout: 'trimmed content: the "•••" toggle (div.ajR), since 2014', selector: '.ajR' },
];
/** Recipient chips (PeopleKit, since Oct 2021) carry the address in data-hovercard-id. */
export const COMPOSE_RECIPIENT_CHIPS: Selectors = [
  { layout: '2021-10 PeopleKit (div.agh > div.agb > div[role=option].afV, compose-peoplekit-chip)', selector: 'div[name=to] [data-hovercard-id]' },
];
export const COMPOSE_RECIPIENT_INPUT: Selectors = [
  { layout: '2021-10 PeopleKit (input.agP.aFw[peoplekit-id=BbVjBd])', selector: 'div[name=to] input' },
];
/** `#msg-a:r…`: the client-side id of the draft, stable while the compose lives and when Undo reopens it. */
export const COMPOSE_DRAFT_ID: Selectors = [
  { layout: 'since 2014', selector: 'input[name=draft]' },
  { layout: 'since 2014', selector: 'input[name=composeid]' },
];
/**
 * "Send mail as": the address the message goes from. The hidden input is in
 * every compose (value "" without send-as addresses, 2020-10 compose dialog);
 * Gmail fills it when the compose shows a From selector (InboxSDK
 * `from-manager` getFromContact, 2016 to 2025).
 */
export const COMPOSE_FROM: Selectors = [{ layout: 'since 2014 (input[name=from] in form.bAs)', selector: 'input[name=from]' }];
/** The From selector's choices, one per send-as address, the address in `value` (InboxSDK getFromContactChoices). */
export const COMPOSE_FROM_CHOICES: Selectors = [
  { layout: 'InboxSDK from-manager, 2016-2025', selector: 'div.J-M.jQjAxd.J-M-awS[role=menu] > div.SK.AX > [value]' },
  { layout: 'From menu items by role', selector: '.J-M-awS[role=menu] [role=menuitem][value]' },
];
/** A time in Gmail's schedule-send dialog, which opens outside the compose (Kj-JD is Gmail's dialog). */
export const SCHEDULE_SEND_CHOICE: Selectors = [{ layout: 'since 2019 (schedule send)', selector: '[role=dialog] [role=menuitem]' }];
/**
 * Gmail's error dialog when it can't send ("Please specify at least one recipient."): the compose
 * stays. A modal alert (div.Kj-JD[role=alertdialog]) as Gmail's dialogs are; not seen in saved markup.
 */
export const SEND_REFUSED: Selectors = [{ layout: 'Gmail dialog (div.Kj-JD[role=alertdialog])', selector: '[role=alertdialog]' }];
/** The toast's Undo after sending. */
export const SENT_TOAST_UNDO: Selectors = [{ layout: 'since 2015', selector: '#link_undo' }];

/** Thread list rows and the ids and subjects in them. */
export const LIST_ROW: Selectors = [{ layout: 'since 2014 (2019-12 tr.zA.yO[role=row], listrow-2019-12-ru)', selector: 'tr.zA[role=row]' }];
export const LIST_ROW_THREAD: Selectors = [
  // The same id span is also in the row's hidden label (div.afn); either gives the thread.
  { layout: 'since 2018 (2019-12 span.bog > span[data-thread-id][data-legacy-thread-id])', selector: 'span[data-legacy-thread-id]' },
];
/** The id element of one thread's row, found by its id (rows of a list with thousands of threads). */
export const listRowThreadById = (threadId: string): string => `span[data-legacy-thread-id="${threadId}"]`;
export const LIST_ROW_SUBJECT: Selectors = [{ layout: 'since 2014 (2019-12 span.bog)', selector: 'span.bog' }];
