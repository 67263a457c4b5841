/**
 * The extension's database. IndexedDB is the only source of truth: the
 * service worker keeps no state between events, and every part reads here.
 *
 * Schema history (never edit a released version; add one):
 * - 1: followUps, keyed by id, indexed for "due soonest by status" and
 *      "this account's thread"; accounts seen in Gmail tabs.
 * - 2: followUps.nextCheckAt, the engine's work queue: a follow-up is in this
 *      index only while the engine has something to do for it (IndexedDB
 *      leaves records without the key out), so "what is due now" and "when to
 *      wake up next" are index reads at any table size.
 * - 3: follow-ups lose `trackedIndex` (a position counted in Gmail's DOM, wrong on long
 *      threads); they are checked as "after the user's last message" until a baseline is
 *      recorded. Accounts lose `aliases`, which were learned from those positions and could
 *      hold other people's addresses; send-as addresses are read from Gmail's From selector.
 * - 4: syncShadows: per follow-up, the record this computer last agreed on with the browser's
 *      sync (core/sync/syncPass.ts). New table; nothing to convert.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { FollowUp } from '../core/followUp';
import type { SyncRecord } from '../core/sync/syncRecord';
import { nextCheckAt } from '../core/schedule';

/** A Gmail account as last seen in a tab, so the background can reach it. */
export interface Account {
  email: string;
  /** /u/N as last seen; the sign-in order can change, so it is refreshed on every visit. */
  index: number;
  /** Gmail's `ik` key, needed by the print view; empty until seen. */
  ik: string;
  seenAt: number;
  /** Send-as addresses: offered in Gmail's compose From selector, or used to send a followed-up message. */
  sendAs?: string[];
  /** Addresses the user removed from `sendAs` in the options page: never learned again. */
  forgotten?: string[];
}

/** The record a follow-up last agreed on with storage.sync, kept to tell changes made here from those made elsewhere. */
export interface SyncShadow {
  id: string;
  record: SyncRecord;
}

export const DB_NAME = 'followthrough';

export class FollowthroughDb extends Dexie {
  followUps!: EntityTable<FollowUp, 'id'>;
  accounts!: EntityTable<Account, 'email'>;
  syncShadows!: EntityTable<SyncShadow, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      followUps: 'id, [status+dueAt], [account+threadId], updatedAt',
      accounts: 'email',
    });
    this.version(2)
      .stores({ followUps: 'id, [status+dueAt], [account+threadId], updatedAt, nextCheckAt' })
      .upgrade((tx) => {
        const now = Date.now();
        return tx
          .table<FollowUp, string>('followUps')
          .toCollection()
          .modify((followUp) => {
            const at = nextCheckAt(followUp, now);
            if (at !== undefined) followUp.nextCheckAt = at;
          });
      });
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table<FollowUp & { trackedIndex?: number }, string>('followUps')
          .toCollection()
          .modify((followUp) => {
            delete followUp.trackedIndex;
          });
        await tx
          .table<Account & { aliases?: string[] }, string>('accounts')
          .toCollection()
          .modify((account) => {
            delete account.aliases;
          });
      });
    this.version(4).stores({ syncShadows: 'id' });
  }
}
