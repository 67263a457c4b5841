/**
 * Which account a Gmail tab shows, decided in the background from what the browser says about
 * the sender (its URL's /u/N) and what Gmail itself answers for /u/N with the user's session
 * (the Atom feed's title). Nothing the page can write (its DOM, its title, the page bridge's
 * attribute) takes part. The answer is kept for the browser session, but only for a while:
 * the sign-in order can change when the user signs out and in again.
 */
import { accountOfFeed } from '../gmail/accountFeed';
import { accountFeedUrl, accountIndexFromUrl, isDelegatedUrl } from '../gmail/urls';
import type { SenderInfo } from '../messaging/sender';
import type { FetchResult } from './politeFetch';

export type TabAccount = { ok: true; account: string; index: number } | { ok: false; reason: string };

/** What Gmail said was at /u/N, and when. */
export type KnownAccounts = Record<string, { account: string; at: number }>;

export interface TabAccountDeps {
  fetchPage: (url: string) => Promise<FetchResult>;
  now: () => number;
  /** Survives the worker's restarts but not the browser's (storage.session), where the /u/N order may change. */
  load: () => Promise<KnownAccounts>;
  save: (known: KnownAccounts) => Promise<void>;
}

/** How long Gmail's answer is trusted before it is asked again. */
export const KNOWN_FOR_MS = 10 * 60_000;
/** A tab claiming another account than the one known asks Gmail again, at most this often: the order may have changed. */
export const RECHECK_CLAIM_AFTER_MS = 30_000;

export interface TabAccounts {
  /** The account at the sender's /u/N; `claimed` is what the tab says it shows, never taken as the answer. */
  of(sender: SenderInfo, claimed?: string): Promise<TabAccount>;
}

/** A tab Gmail could not vouch for is asked about again only after this pause: its every message would wait for Gmail otherwise. */
export const RETRY_UNVERIFIED_AFTER_MS = 10_000;

export function createTabAccounts(deps: TabAccountDeps): TabAccounts {
  // One question to Gmail per /u/N at a time: a tab's first messages arrive together.
  const asking = new Map<number, Promise<TabAccount>>();
  // Gmail's answers, read from storage once per worker start and written through: one read, not
  // one per message, and two answers arriving together cannot overwrite each other.
  let stored: Promise<KnownAccounts> | undefined;
  const knownAccounts = () => (stored ??= deps.load().catch((): KnownAccounts => ({})));
  const unverified = new Map<number, { at: number; verdict: TabAccount }>();

  async function ask(index: number): Promise<TabAccount> {
    const page = await deps.fetchPage(accountFeedUrl(index));
    const account = page.ok && page.status === 200 ? accountOfFeed(page.text, index) : null;
    if (!account) {
      const why = page.ok ? (page.status === 200 ? 'unreadable answer' : `HTTP ${page.status}`) : page.reason;
      const verdict: TabAccount = { ok: false, reason: `Gmail tab's account could not be verified (${why})` };
      unverified.set(index, { at: deps.now(), verdict });
      return verdict;
    }
    unverified.delete(index);
    const known = await knownAccounts();
    known[index] = { account, at: deps.now() };
    await deps.save({ ...known });
    return { ok: true, account, index };
  }

  async function accountAt(index: number, claimed: string | undefined): Promise<TabAccount> {
    const known = (await knownAccounts())[index];
    const age = known ? deps.now() - known.at : Infinity;
    const keep = age < KNOWN_FOR_MS && (claimed === undefined || claimed === known?.account || age < RECHECK_CLAIM_AFTER_MS);
    if (known && keep) return { ok: true, account: known.account, index };
    const failed = unverified.get(index);
    if (failed && deps.now() - failed.at < RETRY_UNVERIFIED_AFTER_MS) return failed.verdict;
    let pending = asking.get(index);
    if (!pending) {
      pending = ask(index).finally(() => asking.delete(index));
      asking.set(index, pending);
    }
    return pending;
  }

  return {
    of(sender, claimed) {
      const url = sender.url ?? '';
      if (isDelegatedUrl(url)) return Promise.resolve({ ok: false, reason: 'delegated mailboxes are not supported' });
      const index = accountIndexFromUrl(url);
      if (index === null) return Promise.resolve({ ok: false, reason: 'Gmail tab shows no /u/N account' });
      return accountAt(index, claimed);
    },
  };
}
