/** Follow-up inputs and a fresh database for unit tests. */
import type { FollowUp, NewFollowUp } from '../../src/core/followUp';
import type { PlanProgress } from '../../src/core/plans';
import { createTabAccounts, type KnownAccounts, type TabAccounts } from '../../src/background/tabAccount';
import { FollowthroughDb } from '../../src/storage/db';
import { sampleReplica, type GmailReplica } from '../replica';

let dbCount = 0;
/** A database of its own for each test (fake-indexeddb lives as long as the test file). */
export function freshDb(): FollowthroughDb {
  dbCount += 1;
  return new FollowthroughDb(`test-${dbCount}`);
}

export const NOW = Date.parse('2026-11-22T12:00:00Z');
export const DAY = 86_400_000;

/** A new follow-up's fields; a plan, if any, as stored (never `null`, which only a request sends). */
type Input = Omit<NewFollowUp, 'plan'> & { plan?: PlanProgress };

export function newFollowUp(overrides: Partial<Input> = {}): Input {
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

export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
let stored = 0;
/** A follow-up as stored, pending, in a thread of its own unless a test puts several in one. */
export function storedFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  stored += 1;
  return {
    ...newFollowUp(),
    threadId: stored.toString(16),
    id: uuid(stored),
    note: '',
    status: 'pending',
    createdAt: NOW - 2 * DAY,
    updatedAt: NOW - 2 * DAY,
    ...overrides,
  };
}

/**
 * Which account is at each /u/N, answered as Gmail answers it: the replica serves the account
 * feed (/u/0 alex.rivera@example.com, /u/1 alex@rivera-studio.example).
 */
export function replicaTabAccounts(now: () => number, gmail: GmailReplica = sampleReplica({ now })): TabAccounts {
  let known: KnownAccounts = {};
  return createTabAccounts({
    fetchPage: async (url) => {
      const { status, body } = gmail.handle({ method: 'GET', url });
      return { ok: true, status, text: body };
    },
    now,
    load: async () => known,
    save: async (next) => void (known = next),
  });
}
