/**
 * The Gmail accounts the extension has seen, and the user's own addresses on each: the
 * account, its send-as addresses, and the other addresses from settings
 * (core/replies/identity.ts decides with them who is the user).
 */
import { addressKey, MAX_SEND_AS } from '../core/replies/identity';
import type { Account, FollowthroughDb } from './db';

export interface AccountSighting {
  account: string;
  index: number;
  ik: string;
  sendAs?: readonly string[];
}

/** Records a Gmail tab's account; keeps what we knew (ik, send-as) when the tab could not read it this time. */
export function accountSeen(db: FollowthroughDb, { account: email, index, ik, sendAs = [] }: AccountSighting, now: number) {
  return db.transaction('rw', db.accounts, async () => {
    const known = await db.accounts.get(email);
    const account: Account = { ...known, email, index, ik: ik || known?.ik || '', seenAt: now };
    const learned = withAddresses(account, sendAs);
    await db.accounts.put(learned);
    return learned;
  });
}

/** Adds send-as addresses the user sent from (a followed-up message's From). */
export function learnSendAs(db: FollowthroughDb, email: string, addresses: readonly string[]): Promise<void> {
  return db.transaction('rw', db.accounts, async () => {
    const known = await db.accounts.get(email);
    if (known) await db.accounts.put(withAddresses(known, addresses));
  });
}

/** The options page's "remove": the address is no longer the user's, and is not learned again. */
export function forgetSendAs(db: FollowthroughDb, email: string, address: string): Promise<void> {
  return db.transaction('rw', db.accounts, async () => {
    const known = await db.accounts.get(email);
    if (!known) return;
    const key = addressKey(address);
    await db.accounts.put({
      ...known,
      sendAs: (known.sendAs ?? []).filter((a) => addressKey(a) !== key),
      forgotten: [...new Set([...(known.forgotten ?? []), address.trim().toLowerCase()])].slice(-MAX_SEND_AS),
    });
  });
}

function withAddresses(account: Account, addresses: readonly string[]): Account {
  const forgotten = new Set((account.forgotten ?? []).map(addressKey));
  const own = addressKey(account.email);
  const sendAs = new Map((account.sendAs ?? []).map((a) => [addressKey(a), a]));
  for (const raw of addresses) {
    const address = raw.trim().toLowerCase();
    const key = addressKey(address);
    if (!address.includes('@') || key === own || forgotten.has(key) || sendAs.has(key)) continue;
    sendAs.set(key, address);
  }
  return { ...account, sendAs: [...sendAs.values()].slice(0, MAX_SEND_AS) };
}

/** Every address of the user on this account: what decides "is this the user". */
export function userAddresses(account: Pick<Account, 'email' | 'sendAs'>, otherAddresses: readonly string[]): string[] {
  return [account.email, ...(account.sendAs ?? []), ...otherAddresses];
}
