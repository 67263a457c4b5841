/** Follow-up inputs and a fresh database for unit tests. */
import type { NewFollowUp } from '../../src/core/followUp';
import { FollowthroughDb } from '../../src/storage/db';

let dbCount = 0;
/** A database of its own for each test (fake-indexeddb lives as long as the test file). */
export function freshDb(): FollowthroughDb {
  dbCount += 1;
  return new FollowthroughDb(`test-${dbCount}`);
}

export const NOW = Date.parse('2026-11-22T12:00:00Z');
export const DAY = 86_400_000;

export function newFollowUp(overrides: Partial<NewFollowUp> = {}): NewFollowUp {
  return {
    account: 'alex.rivera@example.com',
    threadId: '18c2f0a1b2c3d4e5',
    threadPermId: 'thread-f:1784252979671717093',
    messageId: '18c2f0a1b2c3d4e5',
    subject: 'Pricing for Q1',
    recipients: [{ name: 'Jordan Lee', email: 'jordan@client.example' }],
    sentAt: NOW - 2 * DAY,
    dueAt: NOW + 3 * DAY,
    condition: 'if-no-reply',
    ...overrides,
  };
}
