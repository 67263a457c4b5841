import { describe, expect, it } from 'vitest';
import { findPromisedDate, findProposedDate, MAX_SENTENCE } from '../../src/core/dates/promisedDate';

// Sunday 22 Nov 2026, 18:30 in Berlin (UTC+1): 09:00 local is 08:00Z.
const now = Date.parse('2026-11-22T17:30:00Z');

function promised(body: string) {
  const found = findPromisedDate(body, { now });
  return found && { at: new Date(found.dueAt).toISOString(), quote: found.quote };
}

describe('findPromisedDate', () => {
  it.each([
    ["Thanks for your time. I'll follow up on Monday.", '2026-11-23T08:00:00.000Z', 'on Monday'],
    ['I will reach out again next week.', '2026-11-30T08:00:00.000Z', 'next week'],
    ["If I don't hear back by Friday, I'll call.", '2026-11-27T08:00:00.000Z', 'by Friday'],
    ["I'll check in on the 3rd.", '2026-12-03T08:00:00.000Z', 'on the 3rd'],
    ["Let's touch base next Tuesday", '2026-12-01T08:00:00.000Z', 'next Tuesday'],
    ["I'll circle back in two weeks.", '2026-12-06T08:00:00.000Z', 'in two weeks'],
    ["I'll ping you tomorrow", '2026-11-23T08:00:00.000Z', 'tomorrow'],
    ['I’ll follow up with the team on Wednesday afternoon.', '2026-11-25T13:00:00.000Z', 'on Wednesday afternoon'],
    ["We'll definitely get back to you in 3 business days!", '2026-11-25T08:00:00.000Z', 'in 3 business days'],
    ["If we haven't heard from you by Dec 3, we'll close the ticket.", '2026-12-03T08:00:00.000Z', 'by Dec 3'],
    ["I'll reach out again early next week.", '2026-11-30T08:00:00.000Z', 'early next week'],
    ["I'll follow up towards the end of next week.", '2026-12-04T08:00:00.000Z', 'towards the end of next week'],
    ["I'll check back mid-December with the numbers.", '2026-12-15T08:00:00.000Z', 'mid-December'],
    ["I'll follow up on Monday with 3 options.", '2026-11-23T08:00:00.000Z', 'on Monday'],
  ])('%s', (body, at, quote) => {
    expect(promised(body)).toEqual({ at, quote });
  });

  it('ignores quoted lines', () => {
    expect(promised("Sounds good.\n> I'll follow up on Monday\n")).toBeNull();
  });

  it('ignores everything from an "On … wrote:" line on', () => {
    const body = "Thanks!\n\nOn Fri, Nov 20, 2026 at 10:00 AM Jordan <jordan@example.com> wrote:\nI'll follow up on Monday.";
    expect(promised(body)).toBeNull();
  });

  it('also when the client wrapped the attribution line', () => {
    const body = "Thanks!\n\nOn Fri, Nov 20, 2026 at 10:00 AM Jordan Lee\n<jordan@example.com> wrote:\nI'll ping you tomorrow.";
    expect(promised(body)).toBeNull();
  });

  it('reads a promise written before the quoted history', () => {
    const body = "I'll ping you tomorrow.\n\nOn Fri, Nov 20, 2026 at 10:00 AM Jordan <jordan@example.com> wrote:\n> Any news?";
    expect(promised(body)).toEqual({ at: '2026-11-23T08:00:00.000Z', quote: 'tomorrow' });
  });

  it('takes the first promise with a date', () => {
    expect(promised("I'll ping you tomorrow. I'll follow up next week.")?.quote).toBe('tomorrow');
    expect(promised("I'll follow up soon. Let's touch base next Tuesday.")?.quote).toBe('next Tuesday');
  });

  it('gives up when that first dated promise is in the past', () => {
    expect(promised("I'll follow up on the notes from yesterday. I'll ping you tomorrow.")).toBeNull();
  });

  it('needs a promise: a date alone is not one', () => {
    expect(promised('See you on Monday.')).toBeNull();
    expect(promised("Thanks for Monday's call. I'll follow up soon.")).toBeNull();
  });

  it('does not read a negated promise', () => {
    expect(promised("I won't follow up before Monday.")).toBeNull();
    expect(promised("I'll not follow up until Monday.")).toBeNull();
  });

  it('keeps "a.m." inside its sentence', () => {
    expect(promised("I'll follow up at 10 a.m. on Friday.")).toEqual({
      at: '2026-11-27T09:00:00.000Z',
      quote: 'at 10 a.m. on Friday',
    });
  });

  it('reads a promise across a hard line break, quoting it on one line', () => {
    expect(promised("I'll follow\nup next week")?.quote).toBe('next week');
    expect(promised("I'll follow up on\nMonday.")?.quote).toBe('on Monday');
  });

  it('returns null for an empty body', () => {
    expect(promised('')).toBeNull();
  });
});

describe('findProposedDate', () => {
  // Their message came on Friday 20 Nov 2026, 10:00 in Berlin; it is now Sunday 22 Nov, 18:30.
  const wrote = Date.parse('2026-11-20T09:00:00Z');

  function proposed(body: string, current = now) {
    const found = findProposedDate(body, { now: wrote }, current);
    return found && { at: new Date(found.dueAt).toISOString(), quote: found.quote, sentence: found.sentence };
  }

  it.each([
    ["Let's follow up the week of December 7.", '2026-12-07T08:00:00.000Z', 'the week of December 7'],
    ['Can we reconnect in two weeks?', '2026-12-04T08:00:00.000Z', 'in two weeks'],
    ['Please check back with me on Monday.', '2026-11-23T08:00:00.000Z', 'on Monday'],
    ['Ping me next week, after the board meeting.', '2026-11-23T08:00:00.000Z', 'next week'],
    ['Feel free to reach out again in January.', '2027-01-01T08:00:00.000Z', 'January'],
    ["Why don't we talk again early next week?", '2026-11-23T08:00:00.000Z', 'early next week'],
    ['Could you follow up with me on December 2?', '2026-12-02T08:00:00.000Z', 'on December 2'],
    ["I'll send the signed order form by Friday.", '2026-11-27T08:00:00.000Z', 'by Friday'],
    ['We should have an answer from legal by Dec 3.', '2026-12-03T08:00:00.000Z', 'by Dec 3'],
    ["You'll have it by Wednesday.", '2026-11-25T08:00:00.000Z', 'by Wednesday'],
    ["I'm hoping to confirm the budget towards the end of next week.", '2026-11-27T08:00:00.000Z', 'towards the end of next week'],
  ])('%s', (body, at, quote) => {
    expect(proposed(body)).toMatchObject({ at, quote });
  });

  it('reads relative dates from when they wrote, not from now', () => {
    // "On Monday" in Friday's mail is Monday the 23rd, although today is Sunday the 22nd.
    expect(proposed("Let's talk on Monday.", Date.parse('2026-11-22T17:30:00Z'))?.at).toBe('2026-11-23T08:00:00.000Z');
    // "Tomorrow" in Friday's mail was Saturday: past by Sunday, so nothing to offer.
    expect(proposed("I'll get back to you tomorrow.")).toBeNull();
  });

  it('gives the sentence it read, for the user to see, clipped', () => {
    expect(proposed("Thanks Alex. Budgets are frozen until the new year. Let's follow up the week of December 7.")?.sentence).toBe(
      "Let's follow up the week of December 7.",
    );
    const long = `Let's follow up on Monday, ${'and then some more words '.repeat(10)}.`;
    const sentence = proposed(long)!.sentence;
    expect(sentence).toHaveLength(MAX_SENTENCE);
    expect(sentence.endsWith('…')).toBe(true);
  });

  it('needs a proposal or a promise: a date alone, or a question about one, is not one', () => {
    expect(proposed('The warehouse opens on Monday.')).toBeNull();
    expect(proposed('Did you get my note from Monday?')).toBeNull();
    expect(proposed("Let's not talk before January.")).toBeNull();
    expect(proposed("I won't know before Friday.")).toBeNull();
  });

  it('reads only their own words, not the quoted mail of the user', () => {
    const body = "Sounds good.\n\nOn Fri, Nov 20, 2026 at 10:00 AM Alex <alex@example.com> wrote:\n> I'll follow up on Monday.\n> Let's talk on Monday.";
    expect(proposed(body)).toBeNull();
  });
});
