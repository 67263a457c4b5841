/**
 * What the thread held when the follow-up was set, and finding that place again later.
 *
 * Decided from Gmail's server view only (the print view), never from the DOM: the DOM hides
 * collapsed and "older" messages and can carry Gmail-like markup inside mail.
 * - Set from compose: the message the user sent is the tracked one, found by its sender and
 *   the start of its text. Anything after it from someone who counts is a reply, however
 *   soon it came, so the baseline ends with it.
 * - Set on a thread view: everything the thread held then is "before"; a reply is a message
 *   that arrives later.
 * - Follow-ups from before baselines existed: the user's last message is the tracked one.
 * When the place can't be found again (the tracked message was deleted, the thread changed
 * before it), the answer is "unknown" with the reason, never a guess.
 */
import { addressKey, type Identity } from './identity';
import { bodyKey, markOf, sameMark, sameMessageAnyDate, type MessageMark } from './fingerprint';
import type { ThreadMessage } from './message';

/** How the follow-up was set, as stored with it: it decides which messages count as "after". */
export type SetTracking =
  /** `from`: the address the compose sent from ('' = the account); `body`: bodyKey of what it said. */
  | { kind: 'compose'; from: string; body: string }
  | { kind: 'thread' };
/** `legacy`: a follow-up stored before v3, which knows neither. */
export type Tracking = SetTracking | { kind: 'legacy' };

export interface Baseline {
  recordedAt: number;
  /** The thread's messages up to the place "after" starts, oldest first. */
  messages: MessageMark[];
  /** Index in `messages` of the followed-up message (the user's); -1 when the user wrote none. */
  tracked: number;
  /** Address keys of the people the followed-up message was written to (To and Cc), the user left out. */
  addressees: string[];
  /**
   * The thread held messages before `messages[0]` that are not kept (a very long thread, or a
   * baseline received from another computer, which carries only the last few): the place is then
   * found from the first kept message on, wherever it is.
   */
  partial?: true;
}

/** Longest baseline kept: a thread's first messages matter little once hundreds follow. */
export const MAX_BASELINE_MESSAGES = 500;

export type BaselineResult = { ok: true; baseline: Baseline } | { ok: false; reason: string };

export function recordBaseline(
  messages: readonly ThreadMessage[],
  tracking: Tracking,
  identity: Identity,
  now: number,
): BaselineResult {
  let end: number; // the last message that is "before"
  if (tracking.kind === 'compose') {
    end = findLast(messages, (m) => identity.isUser(m.from.email) && bodyKey(m.body) === tracking.body);
    if (end === -1) return { ok: false, reason: 'the message you sent is not in the thread yet' };
  } else if (tracking.kind === 'legacy') {
    end = findLast(messages, (m) => identity.isUser(m.from.email));
    if (end === -1) return { ok: false, reason: 'no message of yours in the thread' };
  } else {
    end = messages.length - 1;
    if (end === -1) return { ok: false, reason: 'the thread has no messages' };
  }
  const kept = messages.slice(Math.max(0, end + 1 - MAX_BASELINE_MESSAGES), end + 1);
  const tracked = findLast(kept, (m) => identity.isUser(m.from.email));
  const trackedMessage = kept[tracked];
  const addressees = trackedMessage
    ? [...trackedMessage.to, ...trackedMessage.cc].map((p) => p.email).filter((e) => !identity.isUser(e))
    : kept.map((m) => m.from.email).filter((e) => !identity.isUser(e)); // waiting on whoever wrote
  return {
    ok: true,
    baseline: {
      recordedAt: now,
      messages: kept.map(markOf),
      tracked,
      addressees: [...new Set(addressees.map(addressKey))],
      ...(kept.length < end + 1 ? { partial: true as const } : {}),
    },
  };
}

export type Alignment =
  | { ok: true; later: ThreadMessage[] }
  | { ok: false; reason: string };

/**
 * The messages that came after the baseline. The baseline's last message is found again by
 * its mark (or, if Gmail's date text changed, by sender and text alone when that is
 * unambiguous); every baseline message must still be there, in order, up to it, except ones
 * deleted since — but never the followed-up message itself.
 */
export function messagesAfter(messages: readonly ThreadMessage[], baseline: Baseline): Alignment {
  const marks = messages.map(markOf);
  const anchor = locate(marks, baseline, sameMark) ?? locateAnyDate(marks, baseline);
  if (anchor === undefined) {
    return {
      ok: false,
      reason:
        baseline.tracked === baseline.messages.length - 1 && baseline.tracked !== -1
          ? 'the message you followed up is no longer in the thread'
          : 'the thread no longer holds the messages it had when you set the follow-up',
    };
  }
  return { ok: true, later: messages.slice(anchor + 1) };
}

/**
 * Where the baseline's last message is now: matching the baseline in order (a greedy walk, so
 * deleted baseline messages are skipped), with nothing new before it. undefined when the
 * tracked message is missing, a message that wasn't there appears before the place, or the
 * match is ambiguous.
 */
function locate(
  marks: readonly MessageMark[],
  baseline: Baseline,
  same: (a: MessageMark, b: MessageMark) => boolean,
): number | undefined {
  const last = baseline.messages.length - 1;
  let position = -1;
  let next = 0; // next index in marks
  for (let b = 0; b <= last; b += 1) {
    const want = baseline.messages[b]!;
    let found = -1;
    for (let k = next; k < marks.length; k += 1) {
      if (same(marks[k]!, want)) {
        found = k;
        break;
      }
    }
    if (found === -1) {
      // Deleted since. The followed-up message and the place itself can't be.
      if (b === baseline.tracked || b === last) return undefined;
      continue;
    }
    // Something between the previous match and this one that the baseline never had: the thread
    // changed before the place (a message restored from trash, a merge): we can't tell what's new.
    // A partial baseline's first message may come after ones it does not keep.
    if (found !== next && !(baseline.partial && position === -1)) return undefined;
    position = found;
    next = found + 1;
  }
  return position === -1 ? undefined : position;
}

/**
 * The same walk ignoring Gmail's date text, for when it changed (the user switched Gmail's
 * language or time zone): only when no message matches with its date at all, and only when the
 * place's sender and text occur once, so a later "Thanks!" is never taken for an earlier one.
 */
function locateAnyDate(marks: readonly MessageMark[], baseline: Baseline): number | undefined {
  if (marks.some((mark) => baseline.messages.some((want) => sameMark(mark, want)))) return undefined;
  const place = baseline.messages.at(-1);
  if (!place || marks.filter((mark) => sameMessageAnyDate(mark, place)).length !== 1) return undefined;
  return locate(marks, baseline, sameMessageAnyDate);
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!)) return i;
  return -1;
}
