import { describe, expect, it } from 'vitest';
import {
  AUTO_REPLY_PHRASES,
  AUTO_TEXT_WINDOW,
  DELIVERY_FAILURE_PHRASES,
  OUT_OF_OFFICE_PHRASES,
  addressKey,
  aliasFromTrackedMessage,
  classifyMessage,
  findReply,
  lastOwnIndex,
  type ThreadMessageText,
} from '../../src/core/replyRules';
import { parsePrintView } from '../../src/gmail/printView';
import { renderPrintView } from '../replica/printView';
import { SAMPLE, sampleAccounts } from '../replica/sample';

const ME = 'alex@example.com';
const USER = [ME];

let clock = 0;
function msg(email: string, body = 'Sounds good, thanks.', name = ''): ThreadMessageText {
  clock += 1;
  return { from: { name: name || email, email }, body, dateText: `Day ${clock}` };
}
const mine = (body?: string) => msg(ME, body, 'Alex Rivera');
const dana = (body?: string) => msg('dana@northwind.example', body, 'Dana Whitfield');

describe('findReply', () => {
  it('finds a reply after the tracked message, with who and when', () => {
    const thread = [mine(), dana('Yes, Friday works.')];
    expect(findReply(thread, 0, USER)).toEqual({
      kind: 'replied',
      evidence: { by: { name: 'Dana Whitfield', email: 'dana@northwind.example' }, dateText: thread[1]!.dateText },
    });
  });

  it('names the first human reply when there are several', () => {
    const thread = [mine(), dana(), msg('jen@acme.example')];
    const verdict = findReply(thread, 0, USER);
    expect(verdict.kind === 'replied' && verdict.evidence.by.email).toBe('dana@northwind.example');
  });

  it('does not count a message before the tracked one', () => {
    expect(findReply([dana('Can you send a quote?'), mine('Here it is.')], 1, USER)).toEqual({ kind: 'no-reply', autoReplies: [] });
    expect(findReply([mine(), dana(), mine('Bumping this')], 2, USER).kind).toBe('no-reply');
  });

  it('does not count the user’s own follow-ups', () => {
    expect(findReply([mine(), mine('Bumping this'), mine('Any news?')], 0, USER)).toEqual({ kind: 'no-reply', autoReplies: [] });
  });

  it('does not count messages from the user’s aliases', () => {
    const thread = [mine(), msg('alex@rivera-studio.example', 'Sent from my other address')];
    expect(findReply(thread, 0, [ME, 'alex@rivera-studio.example']).kind).toBe('no-reply');
    expect(findReply(thread, 0, [ME]).kind).toBe('replied');
  });

  it('compares addresses case-insensitively and ignores surrounding spaces', () => {
    expect(findReply([mine(), msg(' Alex@EXAMPLE.com ')], 0, ['ALEX@example.com ']).kind).toBe('no-reply');
  });

  it.each(['alex.rivera+x@gmail.com', 'alexrivera@gmail.com', 'AlexRivera@googlemail.com', 'a.l.e.x.rivera+news+x@googlemail.com'])(
    'treats %s as the same Gmail address as alexrivera@gmail.com',
    (variant) => {
      expect(findReply([msg('alexrivera@gmail.com'), msg(variant)], 0, ['alex.rivera@gmail.com']).kind).toBe('no-reply');
    },
  );

  it.each(['alex+x@example.com', 'a.lex@example.com'])('keeps %s distinct from alex@example.com outside Gmail', (other) => {
    expect(findReply([mine(), msg(other)], 0, USER).kind).toBe('replied');
  });

  it('records an out-of-office reply without counting it', () => {
    const ooo = dana('I am out of the office until Monday with limited access to email.');
    expect(findReply([mine(), ooo], 0, USER)).toEqual({
      kind: 'no-reply',
      autoReplies: [{ by: ooo.from, dateText: ooo.dateText, reason: 'out-of-office' }],
    });
  });

  it('records an automatic reply without counting it', () => {
    const auto = msg('support@vendor.example', 'Automatic reply: we received your request #4411.', 'Vendor Support');
    expect(findReply([mine(), auto], 0, USER)).toEqual({
      kind: 'no-reply',
      autoReplies: [{ by: auto.from, dateText: auto.dateText, reason: 'auto-reply' }],
    });
  });

  it('records a mailer-daemon bounce without counting it', () => {
    const bounce = msg('mailer-daemon@googlemail.com', 'Address not found\n\nYour message wasn’t delivered to dana@northwind.example', 'Mail Delivery Subsystem');
    expect(findReply([mine(), bounce], 0, USER)).toEqual({
      kind: 'no-reply',
      autoReplies: [{ by: bounce.from, dateText: bounce.dateText, reason: 'delivery-failure' }],
    });
  });

  it('finds the human reply that follows an auto-reply', () => {
    const autoReply = dana('Out of office: back Monday.');
    expect(classifyMessage(autoReply, USER)).toEqual({ kind: 'auto', reason: 'out-of-office' });
    const verdict = findReply([mine(), autoReply, dana('Back now: yes, let us do it.')], 0, USER);
    expect(verdict).toEqual({ kind: 'replied', evidence: { by: { name: 'Dana Whitfield', email: 'dana@northwind.example' }, dateText: expect.any(String) } });
  });

  it.each([
    'Sorry, I was on vacation — yes, let us do it.',
    'Apologies, I was out of office last week. The 1st works.',
    'I was away from the office; happy to start on the 1st.',
  ])('counts a person mentioning a past absence as a reply: %s', (body) => {
    expect(findReply([mine(), dana(body)], 0, USER).kind).toBe('replied');
  });

  it('counts a human reply that quotes an auto-reply phrase beyond the first characters', () => {
    const quoted = 'Sure, see you Tuesday.\n\n' + 'Notes from the call. '.repeat(40) + '\n> I am out of office until Monday';
    expect(quoted.indexOf('out of office')).toBeGreaterThan(AUTO_TEXT_WINDOW);
    expect(findReply([mine(), dana(quoted)], 0, USER).kind).toBe('replied');
    // The same phrase inside the window is an auto-reply: the window is what makes the difference.
    expect(findReply([mine(), dana('I am out of office until Monday. ' + quoted)], 0, USER).kind).toBe('no-reply');
  });

  describe('without a tracked index', () => {
    it('takes the user’s first message as the tracked one', () => {
      expect(findReply([dana('Hi?'), mine('Hello'), mine('Bump')], null, USER).kind).toBe('no-reply');
      const verdict = findReply([mine(), dana(), mine('Thanks!')], null, USER);
      expect(verdict.kind === 'replied' && verdict.evidence.by.email).toBe('dana@northwind.example');
    });

    it('treats every message as a candidate when the user wrote none', () => {
      const first = dana('Hello from Dana');
      const verdict = findReply([first, msg('jen@acme.example')], null, USER);
      expect(verdict).toEqual({ kind: 'replied', evidence: { by: first.from, dateText: first.dateText } });
    });

    it('treats an index outside the thread like no index', () => {
      expect(findReply([dana('Hi?'), mine('Hello')], 7, USER).kind).toBe('no-reply');
      expect(findReply([mine(), dana()], -1, USER).kind).toBe('replied');
      expect(findReply([mine(), dana()], 0.5, USER).kind).toBe('replied');
    });
  });

  it('finds no reply in an empty thread', () => {
    expect(findReply([], null, USER)).toEqual({ kind: 'no-reply', autoReplies: [] });
    expect(findReply([], 0, USER)).toEqual({ kind: 'no-reply', autoReplies: [] });
  });
});

describe('classifyMessage', () => {
  it('calls the user’s own message own, even when it reads like an auto-reply', () => {
    expect(classifyMessage(mine('I am out of office next week'), USER)).toEqual({ kind: 'own' });
  });

  it('calls an ordinary message from someone else human', () => {
    expect(classifyMessage(dana('Let us talk on Friday.'), USER)).toEqual({ kind: 'human' });
  });

  it.each([
    ['mailer-daemon@mail.example'],
    ['MAILER-DAEMON@mx.example'],
    ['postmaster@northwind.example'],
    ['mailer-daemon+abc@mail.example'],
  ])('calls a message from %s a delivery failure, whatever it says', (email) => {
    expect(classifyMessage(msg(email, 'Hello'), USER)).toEqual({ kind: 'auto', reason: 'delivery-failure' });
  });

  it.each(['Mail Delivery Subsystem', 'mail delivery system '])('calls a message from "%s" a delivery failure', (name) => {
    expect(classifyMessage(msg('bounces@relay.example', 'Hello', name), USER)).toEqual({ kind: 'auto', reason: 'delivery-failure' });
  });

  it.each(['noreply@vendor.example', 'no-reply@vendor.example', 'donotreply@vendor.example', 'NoReply@vendor.example'])(
    'calls a message from %s an auto-reply',
    (email) => {
      expect(classifyMessage(msg(email, 'Your ticket was updated.'), USER)).toEqual({ kind: 'auto', reason: 'auto-reply' });
    },
  );

  it.each([
    ...DELIVERY_FAILURE_PHRASES.map((p) => [p, 'delivery-failure'] as const),
    ...OUT_OF_OFFICE_PHRASES.map((p) => [p, 'out-of-office'] as const),
    ...AUTO_REPLY_PHRASES.map((p) => [p, 'auto-reply'] as const),
  ])('reads "%s" near the top of the body as %s, in any case', (phrase, reason) => {
    const body = `Hello,\n\n${phrase.toUpperCase()}: details follow.`;
    expect(classifyMessage(dana(body), USER)).toEqual({ kind: 'auto', reason });
  });

  it.each([
    ['a bounce subject', 'Delivery Status Notification (Failure)', 'delivery-failure'],
    ['a curly apostrophe', 'Your message couldn’t be delivered.', 'delivery-failure'],
    ['a phrase broken over two lines', 'I am out of\noffice this week.', 'out-of-office'],
    ['German', 'Abwesenheitsnotiz: Ich bin bis 3. Januar nicht im Büro.', 'out-of-office'],
    ['French (feminine)', 'Bonjour, je suis absente jusqu’au 4 janvier.', 'out-of-office'],
    ['the contraction', 'I’m currently away from my desk.', 'out-of-office'],
  ])('recognizes %s', (_, body, reason) => {
    expect(classifyMessage(dana(body), USER)).toEqual({ kind: 'auto', reason });
  });

  it('prefers the specific reason: a bounce beats out-of-office, out-of-office beats a no-reply sender', () => {
    expect(classifyMessage(dana('Undeliverable: Out of office'), USER)).toEqual({ kind: 'auto', reason: 'delivery-failure' });
    expect(classifyMessage(msg('noreply@hr.example', 'Automatic reply: I am on annual leave.'), USER)).toEqual({
      kind: 'auto',
      reason: 'out-of-office',
    });
  });

  it('does not mistake look-alike senders for system senders', () => {
    expect(classifyMessage(msg('postmaster.general@gov.example'), USER)).toEqual({ kind: 'human' });
    expect(classifyMessage(msg('noreplyjoe@example.com'), USER)).toEqual({ kind: 'human' });
  });
});

describe('addressKey', () => {
  it('folds Gmail spellings and leaves other domains as written', () => {
    expect(addressKey(' Alex.Rivera+tag@GoogleMail.com ')).toBe('alexrivera@gmail.com');
    expect(addressKey('alex.rivera+tag@example.com')).toBe('alex.rivera+tag@example.com');
  });
});

describe('aliasFromTrackedMessage', () => {
  const thread = [msg('Alex@Rivera-Studio.example'), dana(), mine()];

  it('returns the tracked message’s sender when it is not the account', () => {
    expect(aliasFromTrackedMessage(thread, 0, ME)).toBe('alex@rivera-studio.example');
  });

  it('returns null when the sender is the account, also in another Gmail spelling', () => {
    expect(aliasFromTrackedMessage(thread, 2, ME)).toBeNull();
    expect(aliasFromTrackedMessage([msg('alex.rivera+work@googlemail.com')], 0, 'alexrivera@gmail.com')).toBeNull();
  });

  it('returns null without a tracked message in the thread', () => {
    expect(aliasFromTrackedMessage(thread, null, ME)).toBeNull();
    expect(aliasFromTrackedMessage(thread, 3, ME)).toBeNull();
    expect(aliasFromTrackedMessage([], 0, ME)).toBeNull();
  });

  it('never learns a mail robot as an alias (its bounces would be ignored)', () => {
    expect(aliasFromTrackedMessage([msg('mailer-daemon@googlemail.com')], 0, ME)).toBeNull();
    expect(aliasFromTrackedMessage([msg('no-reply@vendor.example')], 0, ME)).toBeNull();
  });
});

describe('lastOwnIndex', () => {
  it('finds the user’s last message, by any of their addresses', () => {
    expect(lastOwnIndex([mine(), dana(), mine(), dana()], USER)).toBe(2);
    expect(lastOwnIndex([mine(), dana(), msg('alex.rivera+x@gmail.com'), dana()], [ME, 'alexrivera@gmail.com'])).toBe(2);
  });

  it('returns null when the user wrote nothing, or the thread is empty', () => {
    expect(lastOwnIndex([dana(), msg('jen@acme.example')], USER)).toBeNull();
    expect(lastOwnIndex([], USER)).toBeNull();
  });
});

describe('reply rules on the replica’s print view', () => {
  const account = sampleAccounts(Date.UTC(2026, 10, 20, 12))[0]!;
  const check = (threadId: string, trackedIndex: number | null) => {
    const t = account.threads.find((x) => x.legacyId === threadId)!;
    const parsed = parsePrintView(renderPrintView(account, t, 'UTC'));
    if (parsed.kind !== 'thread') throw new Error(parsed.kind);
    return findReply(parsed.messages, trackedIndex, [parsed.account]);
  };

  it('sees Priya’s reply, and no reply where there is none', () => {
    const replied = check(SAMPLE.account0.repliedThread, 0);
    expect(replied.kind === 'replied' && replied.evidence.by.email).toBe('priya@lumenlabs.example');
    expect(check(SAMPLE.account0.unansweredThread, 0).kind).toBe('no-reply');
    expect(check(SAMPLE.account0.followedUpThread, null).kind).toBe('no-reply');
  });

  it('looks only after the tracked message in a long thread', () => {
    const verdict = check(SAMPLE.account0.longThread, 4);
    expect(verdict.kind === 'replied' && verdict.evidence.by.email).toBe('marcus.bell@acmelogistics.example');
  });
});
