/**
 * A Gmail tab acts on its own account only. Every message from a tab needs the tab's verified
 * account (tabAccount.ts); an `account` in the payload must be that one, an account report must
 * be for the tab's own /u/N, and a follow-up named by id must belong to it. Another account's
 * follow-up is answered exactly like a missing one, so a tab learns nothing about it.
 */
import type { Envelope } from '../messaging/protocol';
import type { SenderInfo } from '../messaging/sender';
import type { FollowthroughDb } from '../storage/db';
import type { TabAccounts } from './tabAccount';

export type Scope = { ok: true } | { ok: false; reason: string };

export async function checkAccountScope(
  { type, payload }: Envelope,
  sender: SenderInfo,
  { db, tabAccounts }: { db: FollowthroughDb; tabAccounts: TabAccounts },
): Promise<Scope> {
  const claimed = 'account' in payload ? payload.account : undefined;
  const tab = await tabAccounts.of(sender, claimed);
  if (!tab.ok) return { ok: false, reason: `${type}: ${tab.reason}` };
  // The reasons name no address: the log is no place for them.
  if (claimed !== undefined && claimed !== tab.account) return { ok: false, reason: `${type}: not this tab's account` };
  if ('index' in payload && payload.index !== tab.index) return { ok: false, reason: `${type}: not this tab's /u/N` };
  if ('id' in payload) {
    const followUp = await db.followUps.get(payload.id);
    if (followUp?.account !== tab.account) return { ok: false, reason: `${type}: no such follow-up` };
  }
  return { ok: true };
}
