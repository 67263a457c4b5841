/**
 * The extension's database. IndexedDB is the only source of truth: the
 * service worker keeps no state between events, and every part reads here.
 *
 * Schema history (never edit a released version; add one):
 * - 1: followUps, keyed by id, indexed for "due soonest by status" and
 *      "this account's thread"; accounts seen in Gmail tabs.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { FollowUp } from '../core/followUp';

/** A Gmail account as last seen in a tab, so the background can reach it. */
export interface Account {
  email: string;
  /** /u/N as last seen; the sign-in order can change, so it is refreshed on every visit. */
  index: number;
  /** Gmail's `ik` key, needed by the print view; empty until seen. */
  ik: string;
  seenAt: number;
}

export const DB_NAME = 'followthrough';

export class FollowthroughDb extends Dexie {
  followUps!: EntityTable<FollowUp, 'id'>;
  accounts!: EntityTable<Account, 'email'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      followUps: 'id, [status+dueAt], [account+threadId], updatedAt',
      accounts: 'email',
    });
  }
}
