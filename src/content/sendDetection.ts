/**
 * Whether a compose's message really went out, as a pure function of what happened in it. The
 * compose control turns Gmail's events into these and does what comes back; nothing here reads
 * the page or the clock.
 *
 * A send is an intent — Send clicked, Enter or Space on Send, Ctrl/Cmd+Enter, or a time picked in
 * the schedule-send menu the compose opened — followed by the compose leaving the page. Discard
 * and Escape cancel the intent. So does a send Gmail refused (its error dialog, e.g. "Please
 * specify at least one recipient") and going back to writing: the draft closed later was not sent.
 */

export type ComposeEvent =
  /** Send clicked, or its keys. */
  | { type: 'send' }
  /** The menu beside Send opened: a time picked next schedules this compose. */
  | { type: 'send-options' }
  /** A time picked in Gmail's schedule-send dialog (outside the compose). */
  | { type: 'schedule-picked' }
  | { type: 'discard' }
  | { type: 'escape' }
  /** Gmail said it could not send. */
  | { type: 'refused' }
  /** The user typed in the compose. */
  | { type: 'edit' }
  /** The compose left the page. */
  | { type: 'gone' };

export interface SendState {
  /** A send was asked for and nothing since says it did not happen. */
  intent: 'none' | 'now' | 'scheduled';
  /** The schedule-send menu was opened from this compose. */
  scheduling: boolean;
}

export const IDLE: SendState = { intent: 'none', scheduling: false };

export type SendEffect =
  /** Nothing to do. */
  | 'none'
  /** Read the compose now (what it says and the follow-up chosen), before Gmail takes it away. */
  | 'capture'
  /** As 'capture', and the message goes at the time picked in the schedule-send menu. */
  | 'capture-scheduled'
  /** The draft was thrown away: its follow-up choice goes too. */
  | 'forget'
  /** The message went out: create its follow-up from what was captured. */
  | 'sent';

export function onComposeEvent(state: SendState, event: ComposeEvent): { state: SendState; effect: SendEffect } {
  switch (event.type) {
    case 'send':
      return { state: { intent: 'now', scheduling: false }, effect: 'capture' };
    case 'send-options':
      return { state: { ...state, scheduling: true }, effect: 'none' };
    case 'schedule-picked':
      return state.scheduling
        ? { state: { intent: 'scheduled', scheduling: false }, effect: 'capture-scheduled' }
        : { state, effect: 'none' };
    case 'discard':
      return { state: IDLE, effect: 'forget' };
    case 'escape':
    case 'refused':
      return { state: IDLE, effect: 'none' };
    case 'edit':
      // Typing while the schedule menu is open does not close it.
      return { state: { ...state, intent: 'none' }, effect: 'none' };
    case 'gone':
      return { state: IDLE, effect: state.intent === 'none' ? 'none' : 'sent' };
  }
}
