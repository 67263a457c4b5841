import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/messaging/protocol';

const validCreate = {
  account: 'Alex.Rivera@Example.com',
  threadId: '18c2f0a1b2c3d4e5',
  threadPermId: 'thread-f:1784252979671717093',
  messageId: '18c2f0a1b2c3d4e5',
  subject: 'Pricing',
  recipients: [{ name: 'Jordan', email: 'jordan@client.example' }],
  sentAt: Date.parse('2026-11-20T09:00:00Z'),
  dueAt: Date.parse('2026-11-25T08:00:00Z'),
  condition: 'if-no-reply',
};

describe('parseMessage', () => {
  it('accepts a valid message and normalizes addresses', () => {
    const parsed = parseMessage({ type: 'followUp.create', payload: validCreate });
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.message.payload).toMatchObject({ account: 'alex.rivera@example.com' });
  });

  it.each([
    ['null', null],
    ['a string', 'followUp.create'],
    ['an array', []],
  ])('rejects %s', (_, raw) => {
    expect(parseMessage(raw)).toEqual({ ok: false, reason: 'message is not an object' });
  });

  it('rejects an unknown type, naming it', () => {
    expect(parseMessage({ type: 'followUp.deleteAll', payload: {} })).toEqual({
      ok: false,
      reason: 'unknown message type "followUp.deleteAll"',
    });
  });

  it('rejects inherited property names as types', () => {
    expect(parseMessage({ type: 'toString', payload: {} }).ok).toBe(false);
    expect(parseMessage({ type: '__proto__', payload: {} }).ok).toBe(false);
  });

  it.each([
    ['a thread id that is not hex', { threadId: '<script>' }, 'threadId'],
    ['a client-side draft id', { threadPermId: 'thread-a:r123' }, 'threadPermId'],
    ['a due time that is not a date', { dueAt: 'tomorrow' }, 'dueAt'],
    ['a due time in the year 3000', { dueAt: Date.parse('3000-01-01') }, 'dueAt'],
    ['an unknown condition', { condition: 'sometimes' }, 'condition'],
    ['a bad recipient address', { recipients: [{ name: 'x', email: 'not-an-address' }] }, 'recipients.0.email'],
    ['an over-long subject', { subject: 'x'.repeat(501) }, 'subject'],
  ])('rejects %s, naming the field', (_, change, field) => {
    const parsed = parseMessage({ type: 'followUp.create', payload: { ...validCreate, ...change } });
    expect(parsed).toEqual({ ok: false, reason: `invalid followUp.create: bad ${field}` });
  });

  it('never puts field values (mail content) in the reason', () => {
    const parsed = parseMessage({
      type: 'followUp.create',
      payload: { ...validCreate, subject: `secret deal ${'x'.repeat(600)}` },
    });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).not.toContain('secret');
  });

  it('rejects a missing payload', () => {
    expect(parseMessage({ type: 'followUp.getForThread' })).toEqual({
      ok: false,
      reason: 'invalid followUp.getForThread: bad (payload)',
    });
  });
});
