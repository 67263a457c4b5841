import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { unknownReasonText } from '../../src/ui/unknownReasonText';

describe('why a reply status is unknown, in words', () => {
  it('words every reason the checks store, with details after some', () => {
    fakeBrowser.i18n.getMessage = ((key: string) => `<${key}>`) as typeof fakeBrowser.i18n.getMessage;
    const stored: Array<[string, string]> = [
      ['account not seen in a Gmail tab yet', 'reasonGmailNotOpened'],
      ["Gmail's ik key not known yet", 'reasonGmailNotOpened'],
      ['thread not identified yet', 'reasonThreadNotKnown'],
      ['set on another computer; its record of the thread has not arrived', 'reasonSetElsewhere'],
      ['signed out of Gmail', 'reasonSignedOut'],
      ['print view not recognized: no message headers', 'reasonPageNotRecognized'],
      ['print view shows another account', 'reasonOtherAccount'],
      ['HTTP 503 after 3 attempts', 'reasonGmailUnreachable'],
      ['network error (TypeError) after 3 attempts', 'reasonGmailUnreachable'],
      ['the message you sent is not in the thread yet', 'reasonSentNotInThread'],
      ['no message of yours in the thread', 'reasonNoMessageOfYours'],
      ['the thread has no messages', 'reasonEmptyThread'],
      ['the message you followed up is no longer in the thread', 'reasonFollowedUpGone'],
      ['the thread no longer holds the messages it had when you set the follow-up', 'reasonThreadChanged'],
      ['a message may be an automatic reply', 'reasonMaybeAutomatic'],
      ['check failed: SyntaxError', 'reasonCheckFailed'],
    ];
    for (const [reason, key] of stored) expect(unknownReasonText(reason)).toBe(`<${key}>`);
  });

  it('shows a reason it does not know as it was stored', () => {
    expect(unknownReasonText('something an older version wrote')).toBe('something an older version wrote');
  });

  it('reads in English as the checks wrote it, where nothing was to add', () => {
    expect(unknownReasonText('signed out of Gmail')).toBe('signed out of Gmail');
    expect(unknownReasonText('HTTP 503 after 3 attempts')).toBe('Gmail did not answer');
  });
});
