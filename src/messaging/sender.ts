/**
 * Establishes who sent a message from what the browser says about the
 * sender — our own extension, and either a Gmail tab's content script or one
 * of our pages — so a message can never vouch for itself.
 */
import { isGmailUrl } from '../gmail/urls';
import type { Origin } from './protocol';

export interface SenderInfo {
  id?: string;
  /** The sending frame's URL: for a Gmail tab, its /u/N says which account it shows. */
  url?: string;
  tab?: unknown;
}

export function originOf(sender: SenderInfo, ownId: string, ownBaseUrl: string): Origin | null {
  if (sender.id !== ownId) return null;
  if (sender.tab && isGmailUrl(sender.url)) return 'gmail';
  if (sender.url?.startsWith(ownBaseUrl)) return 'extension-page';
  return null;
}
