import { describe, expect, it } from 'vitest';
import { currentAccount } from '../../src/content/account';
import { BRIDGE_ATTRIBUTE } from '../../src/content/bridgeAttribute';

const URL_U1 = 'https://mail.google.com/mail/u/1/#inbox';
/** Just what currentAccount reads of a Gmail document: its title and the page bridge's attribute. */
const gmailDocument = (title: string, bridged: string | null = null) =>
  ({ title, documentElement: { getAttribute: (name: string) => (name === BRIDGE_ATTRIBUTE ? bridged : null) } }) as unknown as Document;

describe("the account a Gmail tab says it shows", () => {
  it('prefers the page bridge, with the /u/N of the URL', () => {
    const doc = gmailDocument('Inbox - other@example.com - Gmail', JSON.stringify({ email: 'Alex@Example.com', ik: 'a1b2c3d4e5' }));
    expect(currentAccount(doc, URL_U1)).toEqual({ email: 'alex@example.com', index: 1, ik: 'a1b2c3d4e5' });
  });

  it.each([
    ['Inbox (3) - alex@example.com - Gmail', 'alex@example.com'],
    ['Re: call - sam@x.example - tomorrow - Alex@Example.com - Gmail', 'alex@example.com'],
  ])('reads the title %j only by the address right before " - Gmail" at its end', (title, email) => {
    expect(currentAccount(gmailDocument(title), URL_U1)).toEqual({ email, index: 1, ik: '' });
  });

  it.each([
    'Fwd: invoice - billing@evil.example - see attached',
    'Inbox - alex@example.com - Gmail - something else',
    'Inbox - alex@example.com',
    'alex@example.com - Gmail',
    'Inbox - not an address - Gmail',
  ])('finds no account in the title %j', (title) => {
    expect(currentAccount(gmailDocument(title), URL_U1)).toBeNull();
  });
});
