/**
 * Content script entry, in every Gmail tab. It must never break Gmail: every
 * feature runs inside a guard that logs and carries on.
 */
import { log } from '../core/log';
import { send } from '../messaging/client';
import { currentAccount, type GmailAccount } from './account';
import { createThreadControl } from './features/threadControl';
import { watchGmail } from './watchGmail';

const logged = new Set<string>();
function logOnce(reason: string) {
  if (logged.has(reason)) return;
  logged.add(reason);
  log.warn(reason);
}

let reported = '';
/** The account of this tab; tells the background once, so it can reach the account later. */
function account(): GmailAccount | null {
  const found = currentAccount(document, location.href);
  const key = found && `${found.email}/${found.index}/${found.ik}`;
  if (found && key !== reported) {
    reported = key!;
    send('account.seen', found).catch((error: unknown) => log.error('reporting the account failed', error));
  }
  return found;
}

const threadControl = createThreadControl(account, logOnce);

watchGmail(() => {
  try {
    threadControl.update();
  } catch (error) {
    log.error('thread control failed', error);
  }
});
