/**
 * What the popup's list asks for and gets back: the filter, the page size and the pages'
 * shapes. No database here, so the popup's first paint (snapshot.ts) can use them before
 * the database code has loaded.
 */
import type { FollowUp } from '../core/followUp';

/**
 * Rows per page: three popups' worth (about 9 rows fit), few enough that the
 * first paint does not wait on building rows nobody sees yet.
 */
export const PAGE_SIZE = 25;

export interface PopupFilter {
  /** Words to find in the subject or a recipient's name or address; '' for all. */
  search: string;
  /** One account's address; '' for all accounts. */
  account: string;
}

export const NO_FILTER: PopupFilter = { search: '', account: '' };

export interface ActivePage {
  /** Active follow-ups matching the filter, soonest due first, at most `limit`. */
  rows: FollowUp[];
  /** Whether more match than are shown. */
  more: boolean;
  /** Every account that has follow-ups, sorted; more than one means rows name theirs. */
  accounts: string[];
}

export interface HistoryPage {
  /** Ended follow-ups matching the filter, latest due first, at most `limit`. */
  rows: FollowUp[];
  more: boolean;
}

/** The filter as a predicate, or null when it lets everything through (so reads need not walk). */
export function filterPredicate({ search, account }: PopupFilter): ((f: FollowUp) => boolean) | null {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !account) return null;
  return (f) => {
    if (account && f.account !== account) return false;
    if (words.length === 0) return true;
    const text = [f.subject, ...f.recipients.flatMap((r) => [r.name, r.email])].join('\n').toLowerCase();
    return words.every((word) => text.includes(word));
  };
}
