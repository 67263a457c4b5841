/**
 * What every content feature needs: which Gmail account the tab shows
 * (reported to the background, so it can reach the account later), who the
 * user is on it (the account and its send-as addresses, as the background
 * knows them), and a way to log a problem once rather than on every DOM change.
 */
import { log } from '../core/log';
import { identityOf, type Identity } from '../core/replies/identity';
import { send } from '../messaging/client';
import { currentAccount, type GmailAccount } from './account';

export interface ContentContext {
  account(): GmailAccount | null;
  /** Who is the user on this tab's account; until the background answers, the account address alone. */
  identity(): Identity;
  /** Send-as addresses a compose's From selector offers: the background keeps them. */
  reportSendAs(addresses: readonly string[]): void;
  /** Called when the identity changed: features that show on "the user's own thread" look again. */
  onIdentity(listener: () => void): void;
  logOnce(reason: string): void;
}

export function createContext(): ContentContext {
  const logged = new Set<string>();
  let reported = '';
  let identity: { account: string; identity: Identity } | null = null;
  const listeners: Array<() => void> = [];

  function report(found: GmailAccount, sendAs: readonly string[] = []) {
    send('account.seen', { account: found.email, index: found.index, ik: found.ik, sendAs: [...sendAs] })
      .then(({ addresses }) => {
        identity = { account: found.email, identity: identityOf({ account: found.email, sendAs: addresses }) };
        listeners.forEach((listener) => listener());
      })
      .catch((error: unknown) => log.error('reporting the account failed', error));
  }

  const context: ContentContext = {
    account() {
      const found = currentAccount(document, location.href);
      const key = found && `${found.email}/${found.index}/${found.ik}`;
      if (found && key !== reported) {
        reported = key!;
        report(found);
      }
      return found;
    },
    identity() {
      const account = context.account();
      if (identity && identity.account === account?.email) return identity.identity;
      return identityOf({ account: account?.email ?? '' });
    },
    reportSendAs(addresses) {
      const account = context.account();
      const known = context.identity();
      if (account && addresses.some((a) => !known.isUser(a))) report(account, addresses);
    },
    onIdentity(listener) {
      listeners.push(listener);
    },
    logOnce(reason) {
      if (logged.has(reason)) return;
      logged.add(reason);
      log.warn(reason);
    },
  };
  return context;
}
