import { describe, expect, it } from 'vitest';
import { messagesAfter, recordBaseline, type Baseline, type Tracking } from '../../../src/core/replies/baseline';
import { bodyKey, markOf } from '../../../src/core/replies/fingerprint';
import { identityOf } from '../../../src/core/replies/identity';
import type { ThreadMessage } from '../../../src/core/replies/message';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const me = identityOf({ account: 'alex@acme.example', sendAs: ['sales@acme.example'] });
const ALEX = { name: 'Alex Rivera', email: 'alex@acme.example' };
const DANA = { name: 'Dana Whitfield', email: 'dana@northwind.example' };
const JEN = { name: 'Jen Ito', email: 'jen@northwind.example' };

let minute = 0;
function msg(from: typeof ALEX, body: string, to = [from === ALEX ? DANA : ALEX]): ThreadMessage {
  minute += 1;
  return { from, to, cc: [], dateText: `Tue, Dec 1, 2026 at 9:${String(minute).padStart(2, '0')} AM`, body };
}

function record(messages: ThreadMessage[], tracking: Tracking): Baseline {
  const result = recordBaseline(messages, tracking, me, NOW);
  if (!result.ok) throw new Error(result.reason);
  return result.baseline;
}

const compose = (text: string): Tracking => ({ kind: 'compose', from: '', body: bodyKey(text) });

describe('recording what the thread held', () => {
  it('set from compose: the sent message, found by its text, ends the baseline; replies after it stay out', () => {
    const thread = [msg(DANA, 'Can you send the quote?'), msg(ALEX, 'Here it is, valid to Friday.'), msg(DANA, 'Thanks!')];
    const baseline = record(thread, compose('Here it is, valid to Friday.'));
    expect(baseline.messages).toEqual(thread.slice(0, 2).map(markOf));
    expect(baseline.tracked).toBe(1);
    expect(baseline.addressees).toEqual(['dana@northwind.example']);
  });

  it('set from compose: the same text sent twice is the later one', () => {
    const thread = [msg(ALEX, 'Any update?'), msg(DANA, 'Soon.'), msg(ALEX, 'Any update?')];
    expect(record(thread, compose('Any update?')).messages).toHaveLength(3);
  });

  it('set from compose: the message sent from a send-as address is found too', () => {
    const thread = [msg({ name: 'Acme Sales', email: 'sales@acme.example' }, 'Our offer attached.')];
    expect(record(thread, compose('Our offer attached.')).tracked).toBe(0);
  });

  it('set from compose: refuses to guess while the message is not in the thread', () => {
    const thread = [msg(ALEX, 'An older message')];
    expect(recordBaseline(thread, compose('The new one'), me, NOW)).toEqual({
      ok: false,
      reason: 'the message you sent is not in the thread yet',
    });
  });

  it('set on a thread view: everything the thread held is before', () => {
    const thread = [msg(ALEX, 'Proposal'), msg(DANA, 'Let me check with Jen.')];
    const baseline = record(thread, { kind: 'thread' });
    expect(baseline.messages).toHaveLength(2);
    expect(baseline.tracked).toBe(0);
  });

  it('set on a thread the user never wrote in: waiting on whoever wrote', () => {
    const baseline = record([msg(JEN, 'I will send the signed form by Friday.')], { kind: 'thread' });
    expect(baseline).toMatchObject({ tracked: -1, addressees: ['jen@northwind.example'] });
  });

  it('a follow-up from before baselines: the user’s last message is the tracked one', () => {
    const thread = [msg(ALEX, 'Proposal'), msg(ALEX, 'Bump'), msg(DANA, 'Yes')];
    expect(record(thread, { kind: 'legacy' }).messages).toHaveLength(2);
  });
});

describe('finding the place again', () => {
  const sent = msg(ALEX, 'Proposal attached.');
  const earlier = msg(DANA, 'Send me a proposal');
  const baseline = record([earlier, sent], compose('Proposal attached.'));
  const reply = msg(DANA, 'Looks good.');

  it('returns what came after', () => {
    expect(messagesAfter([earlier, sent, reply], baseline)).toEqual({ ok: true, later: [reply] });
    expect(messagesAfter([earlier, sent], baseline)).toEqual({ ok: true, later: [] });
  });

  it('still finds it when an earlier message was deleted', () => {
    expect(messagesAfter([sent, reply], baseline)).toEqual({ ok: true, later: [reply] });
  });

  it('says so when the followed-up message is gone, instead of guessing', () => {
    expect(messagesAfter([earlier, reply], baseline)).toEqual({
      ok: false,
      reason: 'the message you followed up is no longer in the thread',
    });
  });

  it('says so when something new appears before the place', () => {
    expect(messagesAfter([earlier, msg(JEN, 'restored from trash'), sent, reply], baseline)).toMatchObject({ ok: false });
  });

  it('finds it when Gmail’s date text changed (another language), if sender and text are unambiguous', () => {
    const german = [earlier, sent, reply].map((m) => ({ ...m, dateText: `Di., 1. Dez. 2026, ${m.dateText.slice(-7)}` }));
    expect(messagesAfter(german, baseline)).toEqual({ ok: true, later: [german[2]] });
  });

  it('on a thread view, a message that was there when the follow-up was set is not new', () => {
    const seen = record([sent, reply], { kind: 'thread' });
    const later = msg(DANA, 'And one more thing');
    expect(messagesAfter([sent, reply, later], seen)).toEqual({ ok: true, later: [later] });
  });
});

describe('finding the place again when Gmail’s date text changed', () => {
  it('never takes a later message with the same sender and text for the place', () => {
    const sent = msg(ALEX, 'Proposal attached.');
    const thanks = msg(DANA, 'Thanks!');
    const seen = record([sent, thanks], { kind: 'thread' });
    // The first "Thanks!" was deleted; Dana sends another one later: that one is new.
    const again = msg(DANA, 'Thanks!');
    expect(messagesAfter([sent, again], seen)).toMatchObject({ ok: false });
  });

  it('refuses when the place’s sender and text occur twice once dates are ignored', () => {
    const sent = msg(ALEX, 'Any update?');
    const seen = record([sent], compose('Any update?'));
    const relabel = (m: ThreadMessage) => ({ ...m, dateText: `${m.dateText} (de)` });
    expect(messagesAfter([relabel(sent), relabel(msg(ALEX, 'Any update?'))], seen)).toMatchObject({ ok: false });
  });
});
