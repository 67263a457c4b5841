import { formatDayDate } from '../../src/core/format';
import { describe, expect, it } from 'vitest';
import { cameDueWhileClosed, reminderText, repliedText, summaryText } from '../../src/ui/notificationText';
import { BUILT_IN_PLANS, startPlan } from '../../src/core/plans';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T08:00:00Z');
const base = {
  subject: 'Pricing for Q1',
  recipients: [{ name: 'Jordan Lee', email: 'jordan@client.example' }],
  sentAt: NOW - 5 * DAY,
  condition: 'if-no-reply' as const,
};

describe('reminder text', () => {
  it('says who has not replied and for how long', () => {
    expect(reminderText(base, NOW)).toEqual({ title: 'Pricing for Q1', message: 'No reply from Jordan Lee in 5 days' });
  });

  it('names the step of a plan first', () => {
    const plan = { ...startPlan(BUILT_IN_PLANS[0]!), current: 1, doneAt: [NOW - DAY] };
    expect(reminderText({ ...base, plan }, NOW).message).toBe('Step 2 of 5 · No reply from Jordan Lee in 5 days');
  });

  it('says what to do at a step done by hand, and what the step is for', () => {
    const multi = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'multi-touch')!);
    const call = { ...multi, current: 1, doneAt: [NOW - DAY] };
    expect(reminderText({ ...base, plan: call }, NOW).message).toBe('Step 2 of 5 · Call Jordan Lee');
    const withNote = { ...call, steps: call.steps.map((step, i) => (i === 1 ? { ...step, note: 'ask about the pilot budget' } : step)) };
    expect(reminderText({ ...base, plan: withNote }, NOW).message).toBe('Step 2 of 5 · Call Jordan Lee — ask about the pilot budget');
    const linkedIn = { ...multi, current: 2, doneAt: [NOW - 2 * DAY, NOW - DAY] };
    expect(reminderText({ ...base, plan: linkedIn }, NOW).message).toBe('Step 3 of 5 · Message Jordan Lee on LinkedIn');
    // A mail step's note is said too.
    const mailNote = { ...multi, steps: multi.steps.map((step, i) => (i === 0 ? { ...step, note: 'send the case study' } : step)) };
    expect(reminderText({ ...base, plan: mailNote }, NOW).message).toBe('Step 1 of 5 · No reply from Jordan Lee in 5 days — send the case study');
  });

  it('counts further recipients and falls back to the address', () => {
    const many = { ...base, recipients: [{ name: '', email: 'a@x.example' }, ...base.recipients, ...base.recipients] };
    expect(reminderText(many, NOW).message).toBe('No reply from a@x.example and 2 others in 5 days');
  });

  it('says the reply status is unknown when Gmail could not be checked', () => {
    const unknown = { ...base, replyCheck: { checkedAt: NOW, outcome: 'unknown' as const, reason: 'signed out' } };
    expect(reminderText(unknown, NOW).message).toBe(
      'Follow up with Jordan Lee — reply status unknown: signed out',
    );
  });

  it('names the message that may be an automatic reply, when that is why the status is unknown', () => {
    const about = { by: base.recipients[0]!, dateText: 'Nov 21' };
    const unknown = { ...base, replyCheck: { checkedAt: NOW, outcome: 'unknown' as const, reason: 'a message may be an automatic reply', about } };
    expect(reminderText(unknown, NOW).message).toBe(
      "Follow up with Jordan Lee — reply status unknown: Jordan Lee's message may be an automatic reply",
    );
  });

  it('says when someone is back, from their out-of-office', () => {
    const backOn = new Date(2026, 11, 7).getTime();
    const away = {
      ...base,
      replyCheck: {
        checkedAt: NOW,
        outcome: 'no-reply' as const,
        autoReplies: [{ by: base.recipients[0]!, dateText: 'Nov 21', reason: 'out-of-office' as const, backOn }],
      },
    };
    expect(reminderText(away, NOW).message).toBe(`No reply from Jordan Lee in 5 days · Jordan Lee is away, back ${formatDayDate(backOn)}`);
    expect(formatDayDate(backOn, { locale: 'en-GB' })).toBe('Mon 7 Dec');
  });

  it.each([
    ['read-receipt', 'only a read receipt from Jordan Lee'],
    ['ticket', 'only a ticket confirmation from Jordan Lee'],
    ['delivery-failure', 'only a delivery failure from Jordan Lee'],
  ] as const)('names a %s that did not count', (reason, words) => {
    const machine = {
      ...base,
      replyCheck: { checkedAt: NOW, outcome: 'no-reply' as const, autoReplies: [{ by: base.recipients[0]!, dateText: 'Nov 21', reason }] },
    };
    expect(reminderText(machine, NOW).message).toBe(`No reply from Jordan Lee in 5 days · ${words}`);
  });

  it('names a colleague who wrote, without taking it for the answer', () => {
    const colleague = {
      ...base,
      replyCheck: { checkedAt: NOW, outcome: 'no-reply' as const, colleagues: [{ by: { name: 'Sam Okafor', email: 'sam@acme.example' }, dateText: 'Nov 21' }] },
    };
    expect(reminderText(colleague, NOW).message).toBe('No reply from Jordan Lee in 5 days · Sam Okafor (your colleague) wrote');
  });

  it('mentions an auto-reply that did not count', () => {
    const auto = {
      ...base,
      replyCheck: {
        checkedAt: NOW,
        outcome: 'no-reply' as const,
        autoReplies: [{ by: base.recipients[0]!, dateText: 'Nov 21', reason: 'out-of-office' as const }],
      },
    };
    expect(reminderText(auto, NOW).message).toBe('No reply from Jordan Lee in 5 days · only an out-of-office from Jordan Lee');
  });

  it('reminds without a reply clause when the follow-up is unconditional', () => {
    expect(reminderText({ ...base, condition: 'always' }, NOW).message).toBe('Follow up with Jordan Lee');
  });

  it('says whom the user has not answered, for a reply-by, whatever they wrote since', () => {
    const replyBy = { ...base, condition: 'until-i-reply' as const, replyCheck: { checkedAt: NOW, outcome: 'replied' as const } };
    expect(reminderText(replyBy, NOW).message).toBe("You haven't replied to Jordan Lee in 5 days");
    expect(reminderText({ ...replyBy, sentAt: NOW - 60_000 }, NOW).message).toBe("You haven't replied to Jordan Lee yet");
  });

  it('gives a subject-less thread a title', () => {
    expect(reminderText({ ...base, subject: '' }, NOW).title).toBe('(no subject)');
  });
});

describe('summary', () => {
  it('says they came due while the browser was closed only when all are late', () => {
    expect(cameDueWhileClosed([{ dueAt: NOW - DAY }, { dueAt: NOW - 10 * 60_000 }], NOW)).toBe(true);
    expect(cameDueWhileClosed([{ dueAt: NOW - DAY }, { dueAt: NOW - 1000 }], NOW)).toBe(false);
    expect(summaryText(3, true)).toEqual({
      title: '3 follow-ups are due',
      message: '3 follow-ups came due while the browser was closed. Open Followthrough to review them.',
    });
  });
});

describe('replied notice', () => {
  it('names who replied, or counts several', () => {
    const evidence = { by: { name: 'Jordan Lee', email: 'jordan@client.example' }, dateText: 'Nov 24' };
    const closed = { subject: 'Pricing', replyCheck: { checkedAt: NOW, outcome: 'replied' as const, evidence } };
    expect(repliedText([closed])).toEqual({ title: 'Pricing', message: 'Jordan Lee replied — follow-up closed' });
    expect(repliedText([closed, closed]).title).toBe('2 follow-ups closed');
  });
});
