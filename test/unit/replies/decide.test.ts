import { describe, expect, it } from 'vitest';
import { recordBaseline, type Tracking } from '../../../src/core/replies/baseline';
import { decideReply } from '../../../src/core/replies/decide';
import { bodyKey } from '../../../src/core/replies/fingerprint';
import { identityOf } from '../../../src/core/replies/identity';
import type { ThreadMessage } from '../../../src/core/replies/message';

const NOW = Date.parse('2026-12-01T10:00:00+01:00');
const me = identityOf({ account: 'alex@acme.example' });
const ALEX = { name: 'Alex Rivera', email: 'alex@acme.example' };
const DANA = { name: 'Dana Whitfield', email: 'dana@northwind.example' };
const ANNA = { name: 'Anna Berg', email: 'anna@northwind.example' };
const SAM = { name: 'Sam Okafor', email: 'sam@acme.example' };

let minute = 0;
function msg(from: typeof ALEX, body: string, to = [DANA], cc: typeof to = []): ThreadMessage {
  minute += 1;
  return { from, to, cc, dateText: `Tue, Dec 1, 2026 at 9:${String(minute).padStart(2, '0')} AM`, body };
}

const SENT = 'Here is the proposal for the pilot. Can you confirm by Friday?';
const compose: Tracking = { kind: 'compose', from: '', body: bodyKey(SENT) };

/** Records the baseline on `before`, then decides on `after`, as the background does over two looks. */
function lookTwice(tracking: Tracking, before: ThreadMessage[], after: ThreadMessage[]) {
  const recorded = recordBaseline(before, tracking, me, NOW);
  if (!recorded.ok) throw new Error(recorded.reason);
  return decideReply({ messages: after, tracking, baseline: recorded.baseline, identity: me, now: NOW });
}

function decide(before: ThreadMessage[], after: ThreadMessage[], tracking: Tracking = compose) {
  return lookTwice(tracking, before, after).decision;
}

describe('deciding whether someone answered', () => {
  const sent = msg(ALEX, SENT, [DANA], [SAM]);

  it('records the baseline at the first look and answers from it', () => {
    const result = decideReply({ messages: [sent], tracking: compose, baseline: undefined, identity: me, now: NOW });
    expect(result.decision).toEqual({ outcome: 'no-reply', machines: [], colleagues: [] });
    expect(result.recorded).toMatchObject({ tracked: 0, addressees: ['dana@northwind.example', 'sam@acme.example'] });
  });

  it('an addressee’s answer is a reply, with who and when', () => {
    const reply = msg(DANA, 'Confirmed, go ahead.', [ALEX]);
    expect(decide([sent], [sent, reply])).toEqual({ outcome: 'replied', evidence: { by: DANA, dateText: reply.dateText } });
  });

  it('someone else at the customer, not on the mail, answers for them: a reply (outside the organisation)', () => {
    expect(decide([sent], [sent, msg(ANNA, 'Dana is out; I can confirm.', [ALEX])])).toMatchObject({ outcome: 'replied' });
  });

  it('a colleague who was not written to does not end it, and is named in the evidence', () => {
    const lone = msg(ALEX, SENT, [DANA]);
    const colleague = msg(SAM, 'Dana called me, she will reply tomorrow.', [ALEX]);
    expect(decide([lone], [lone, colleague])).toEqual({
      outcome: 'no-reply',
      machines: [],
      colleagues: [{ by: SAM, dateText: colleague.dateText }],
    });
  });

  it('a colleague who was written to (Cc) does answer', () => {
    expect(decide([sent], [sent, msg(SAM, 'Approved from our side.', [ALEX])])).toMatchObject({ outcome: 'replied' });
  });

  it('the user’s own messages never answer', () => {
    expect(decide([sent], [sent, msg(ALEX, 'Just bumping this.')])).toMatchObject({ outcome: 'no-reply' });
  });

  it('an out-of-office is kept as evidence, with the day they are back, and is no answer', () => {
    const ooo = msg(DANA, 'Thank you for your email. I am out of the office until Friday, December 4 and will reply when I return.', [ALEX]);
    const decision = decide([sent], [sent, ooo]);
    expect(decision).toMatchObject({ outcome: 'no-reply', machines: [{ by: DANA, reason: 'out-of-office' }] });
    expect(decision.outcome === 'no-reply' && decision.machines[0]?.backOn).toBe(new Date(2026, 11, 5).getTime());
  });

  it('an out-of-office followed by the person’s real answer is a reply', () => {
    const ooo = msg(DANA, 'I am out of the office until December 4 with limited access to email.', [ALEX]);
    expect(decide([sent], [sent, ooo, msg(DANA, 'Back early — yes, confirmed.', [ALEX])])).toMatchObject({
      outcome: 'replied',
    });
  });

  it('unknown, with the reason, when the followed-up message is gone', () => {
    expect(decide([sent], [msg(DANA, 'Yes', [ALEX])])).toEqual({
      outcome: 'unknown',
      reason: 'the message you followed up is no longer in the thread',
      machines: [],
      colleagues: [],
    });
  });

  it('set on a thread view: an answer that was already there is before; a new one counts', () => {
    const earlier = msg(DANA, 'Let me check.', [ALEX]);
    expect(decide([sent, earlier], [sent, earlier], { kind: 'thread' })).toMatchObject({ outcome: 'no-reply' });
    expect(decide([sent, earlier], [sent, earlier, msg(DANA, 'Checked: yes.', [ALEX])], { kind: 'thread' })).toMatchObject({
      outcome: 'replied',
    });
  });

  it('unknown while the message sent from compose is not in the thread yet', () => {
    const result = decideReply({ messages: [msg(DANA, 'Hello')], tracking: compose, baseline: undefined, identity: me, now: NOW });
    expect(result).toEqual({
      decision: { outcome: 'unknown', reason: 'the message you sent is not in the thread yet', machines: [], colleagues: [] },
    });
  });
});

describe('the user following up in the thread (rule 6)', () => {
  const sent = msg(ALEX, SENT, [DANA]);
  const look = (before: ThreadMessage[], after: ThreadMessage[]) => lookTwice(compose, before, after);

  it('says so, naming their latest message, and moves the place to the thread as it is now', () => {
    const nudge = msg(ALEX, 'Just checking in on the proposal.', [DANA]);
    const again = msg(ALEX, 'One more thing: the pricing sheet is attached.', [DANA]);
    const result = look([sent], [sent, nudge, again]);
    expect(result.decision).toEqual({ outcome: 'no-reply', machines: [], colleagues: [] });
    expect(result.followedUp).toEqual({ by: ALEX, dateText: again.dateText });
    expect(result.recorded).toMatchObject({ tracked: 2 });
    expect(result.recorded?.messages).toHaveLength(3);
    // At the next look from the moved place, the same messages are old news.
    const next = decideReply({ messages: [sent, nudge, again], tracking: compose, baseline: result.recorded, identity: me, now: NOW });
    expect(next.followedUp).toBeUndefined();
  });

  it('not at the look that records the place: what the thread held then is where it starts', () => {
    const nudge = msg(ALEX, 'Just checking in on the proposal.', [DANA]);
    const first = decideReply({ messages: [sent, nudge], tracking: compose, baseline: undefined, identity: me, now: NOW });
    expect(first.followedUp).toBeUndefined();
    expect(first.recorded).toMatchObject({ tracked: 0 });
    expect(first.recorded?.messages).toHaveLength(1);
  });

  it('an answer wins, before or after their follow-up, and the place stays', () => {
    const nudge = msg(ALEX, 'Just checking in on the proposal.', [DANA]);
    const reply = msg(DANA, 'Sorry, yes: approved.', [ALEX]);
    for (const after of [[sent, nudge, reply], [sent, reply, nudge]]) {
      const result = look([sent], after);
      expect(result.decision).toMatchObject({ outcome: 'replied', evidence: { by: DANA } });
      expect(result.followedUp).toBeUndefined();
      expect(result.recorded).toBeUndefined();
    }
  });

  it('with anything uncertain, the place stays where it was', () => {
    const nudge = msg(ALEX, 'Just checking in on the proposal.', [DANA]);
    const maybeMachine = msg(DANA, "I'm out of the office this week. Can we do Monday instead?", [ALEX]);
    const result = look([sent], [sent, nudge, maybeMachine]);
    expect(result.decision).toMatchObject({ outcome: 'unknown', reason: 'a message may be an automatic reply' });
    expect(result.followedUp).toBeUndefined();
    expect(result.recorded).toBeUndefined();
  });
});

describe('a reply-by: the user’s own message since the place, whatever others wrote', () => {
  const theirs = msg(DANA, 'Could you send the signed order form?', [ALEX]);
  const thread: Tracking = { kind: 'thread' };
  const look = (before: ThreadMessage[], after: ThreadMessage[]) => lookTwice(thread, before, after);

  it('names the user’s latest message after the place, even when others wrote too', () => {
    const mine = msg(ALEX, 'Here it is, signed.', [DANA]);
    const again = msg(DANA, 'Thanks, got it!', [ALEX]);
    expect(look([theirs], [theirs, mine, again]).userWrote).toEqual({ by: ALEX, dateText: mine.dateText });
    expect(look([theirs], [theirs, again]).userWrote).toBeUndefined();
  });

  it('counts nothing the thread held when it was set, nor anything at the look that records the place', () => {
    const older = msg(ALEX, 'Earlier note from me.', [DANA]);
    expect(look([older, theirs], [older, theirs]).userWrote).toBeUndefined();
    const first = decideReply({ messages: [theirs, msg(ALEX, 'Replying now.', [DANA])], tracking: thread, baseline: undefined, identity: me, now: NOW });
    expect(first.userWrote).toBeUndefined();
  });
});
