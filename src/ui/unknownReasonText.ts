/**
 * Why a reply check's answer is unknown, in the user's language. The check stores its reason in
 * English (ReplyCheck.reason: it also goes to logs, and never holds mail content); each reason
 * the code gives is worded here from _locales. A reason from elsewhere (an older version) is
 * shown as it was stored.
 */
import { t, type MessageKey } from './i18n';

/** Each stored reason, or the start of one with details after it, and its words. */
const REASON_KEYS: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^(account not seen in a Gmail tab yet|Gmail's ik key not known yet)$/, 'reasonGmailNotOpened'],
  [/^thread not identified yet$/, 'reasonThreadNotKnown'],
  [/^set on another computer; its record of the thread has not arrived$/, 'reasonSetElsewhere'],
  [/^signed out of Gmail$/, 'reasonSignedOut'],
  [/^print view not recognized: /, 'reasonPageNotRecognized'],
  [/^print view shows another account$/, 'reasonOtherAccount'],
  [/ after \d+ attempts$/, 'reasonGmailUnreachable'],
  [/^the message you sent is not in the thread yet$/, 'reasonSentNotInThread'],
  [/^no message of yours in the thread$/, 'reasonNoMessageOfYours'],
  [/^the thread has no messages$/, 'reasonEmptyThread'],
  [/^the message you followed up is no longer in the thread$/, 'reasonFollowedUpGone'],
  [/^the thread no longer holds the messages it had when you set the follow-up$/, 'reasonThreadChanged'],
  [/^a message may be an automatic reply$/, 'reasonMaybeAutomatic'],
  [/^check failed: /, 'reasonCheckFailed'],
];

export function unknownReasonText(reason: string): string {
  const key = REASON_KEYS.find(([pattern]) => pattern.test(reason))?.[1];
  return key ? t(key) : reason;
}
