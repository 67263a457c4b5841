/**
 * What every content feature needs: which Gmail account the tab shows
 * (reported once to the background, so it can reach the account later) and
 * a way to log a problem once rather than on every DOM change.
 */
import { log } from '../core/log';
import { send } from '../messaging/client';
import { currentAccount, type GmailAccount } from './account';

export interface ContentContext {
  account(): GmailAccount | null;
  logOnce(reason: string): void;
}

/** A content feature: checked on every batch of Gmail DOM changes, so it must be cheap when nothing changed. */
export interface Feature {
  update(): void;
}

export function createContext(): ContentContext {
  const logged = new Set<string>();
  let reported = '';
  return {
    account() {
      const found = currentAccount(document, location.href);
      const key = found && `${found.email}/${found.index}/${found.ik}`;
      if (found && key !== reported) {
        reported = key!;
        send('account.seen', found).catch((error: unknown) => log.error('reporting the account failed', error));
      }
      return found;
    },
    logOnce(reason) {
      if (logged.has(reason)) return;
      logged.add(reason);
      log.warn(reason);
    },
  };
}
