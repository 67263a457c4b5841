import { describe, expect, it, vi } from 'vitest';
import { createTabAccounts, RETRY_UNVERIFIED_AFTER_MS, KNOWN_FOR_MS, RECHECK_CLAIM_AFTER_MS, type KnownAccounts } from '../../src/background/tabAccount';
import type { FetchResult } from '../../src/background/politeFetch';
import { accountOfFeed } from '../../src/gmail/accountFeed';
import { sampleReplica, SAMPLE } from '../replica';
import { NOW } from './fixtures';

// The shape Gmail serves (seen in public code that reads it, 2019: a /u/1 feed with no unread mail).
const REAL_FEED =
  '<?xml version="1.0" encoding="UTF-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Gmail - Inbox for sam.k@gmail.com</title>' +
  '<tagline>New messages in your Gmail Inbox</tagline><fullcount>0</fullcount><link rel="alternate" href="https://mail.google.com/mail/u/1" type="text/html"/>' +
  '<modified>2019-06-06T14:48:33Z</modified></feed>';
const feedOf = (title: string, index = 1, entries = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>${title}</title>` +
  `<link rel="alternate" href="https://mail.google.com/mail/u/${index}" type="text/html" />${entries}</feed>`;

describe("reading the account from Gmail's Atom feed", () => {
  it('takes the address that ends the feed title, lower-case', () => {
    expect(accountOfFeed(REAL_FEED, 1)).toBe('sam.k@gmail.com');
    expect(accountOfFeed(feedOf('Gmail - Inbox for Alex.Rivera@Example.com'), 1)).toBe('alex.rivera@example.com');
    // The words before the address may be in the user's language.
    expect(accountOfFeed(feedOf('Gmail - Posteingang für alex@example.com'), 1)).toBe('alex@example.com');
  });

  it("reads the replica's feed of each account", () => {
    const replica = sampleReplica();
    for (const { index, email } of [SAMPLE.account0, SAMPLE.account1]) {
      const { body } = replica.handle({ method: 'GET', url: `https://mail.google.com/mail/u/${index}/feed/atom` });
      expect(accountOfFeed(body, index)).toBe(email);
    }
  });

  it.each([
    ['a feed that links another /u/N', feedOf('Gmail - Inbox for alex@example.com', 0)],
    ['a title without an address', feedOf('Gmail - Inbox')],
    ['a sign-in page', '<html><head><title>Gmail</title></head><body>Sign in</body></html>'],
    ['a 401 page', '<HTML><HEAD><TITLE>Unauthorized</TITLE></HEAD></HTML>'],
    [
      'a feed whose only address is in an entry (mail)',
      feedOf('Gmail - Inbox', 1, '<entry><title>Fwd: from someone@evil.example</title></entry>'),
    ],
  ])('finds no account in %s', (_, xml) => {
    expect(accountOfFeed(xml, 1)).toBeNull();
  });
});

describe("a Gmail tab's account, as Gmail says", () => {
  const tab = (path: string) => ({ url: `https://mail.google.com${path}` });
  const feedAnswer = (email: string, index: number): FetchResult => ({
    ok: true,
    status: 200,
    text: feedOf(`Gmail - Inbox for ${email}`, index),
  });

  function setup(answer: (url: string) => FetchResult) {
    let stored: KnownAccounts = {};
    let now = NOW;
    const fetchPage = vi.fn(async (url: string) => answer(url));
    const load = vi.fn(async () => stored);
    const accounts = createTabAccounts({
      fetchPage,
      now: () => now,
      load,
      save: async (known) => void (stored = known),
    });
    return { accounts, fetchPage, load, stored: () => stored, advance: (ms: number) => (now += ms) };
  }

  it("asks Gmail's feed for the sender's /u/N, once for a tab's first messages together", async () => {
    const { accounts, fetchPage, stored } = setup((url) => feedAnswer('alex@rivera-studio.example', Number(/u\/(\d)/.exec(url)?.[1])));
    const answers = await Promise.all([accounts.of(tab('/mail/u/1/#inbox')), accounts.of(tab('/mail/u/1/#sent'))]);
    expect(answers).toEqual([
      { ok: true, account: 'alex@rivera-studio.example', index: 1 },
      { ok: true, account: 'alex@rivera-studio.example', index: 1 },
    ]);
    expect(fetchPage.mock.calls).toEqual([['https://mail.google.com/mail/u/1/feed/atom']]);
    expect(stored()).toEqual({ 1: { account: 'alex@rivera-studio.example', at: NOW } });
  });

  it('keeps the answer for a while, then asks again', async () => {
    const { accounts, fetchPage, advance } = setup(() => feedAnswer('alex@example.com', 0));
    await accounts.of(tab('/mail/u/0/'));
    advance(KNOWN_FOR_MS - 1);
    await accounts.of(tab('/mail/u/0/'));
    expect(fetchPage).toHaveBeenCalledTimes(1);
    advance(1);
    await accounts.of(tab('/mail/u/0/'));
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('asks again when a tab claims another account (the sign-in order changed), but not at every message', async () => {
    let email = 'alex@example.com';
    const { accounts, fetchPage, advance } = setup(() => feedAnswer(email, 0));
    await accounts.of(tab('/mail/u/0/'));
    email = 'alex@rivera-studio.example';
    expect(await accounts.of(tab('/mail/u/0/'), email)).toMatchObject({ account: 'alex@example.com' });
    advance(RECHECK_CLAIM_AFTER_MS);
    expect(await accounts.of(tab('/mail/u/0/'), email)).toMatchObject({ ok: true, account: 'alex@rivera-studio.example' });
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it.each<[string, FetchResult]>([
    ['signed out (401)', { ok: true, status: 401, text: '<H1>Unauthorized</H1>' }],
    ['an unreadable answer', { ok: true, status: 200, text: '<html>Sign in</html>' }],
    ['a network failure', { ok: false, reason: 'network error after 3 attempts' }],
  ])('leaves the tab unverified when Gmail answers %s, and remembers nothing', async (_, answer) => {
    const { accounts, stored } = setup(() => answer);
    const verdict = await accounts.of(tab('/mail/u/0/'));
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/^Gmail tab's account could not be verified \(.+\)$/) });
    expect(stored()).toEqual({});
  });

  it("asks again about a tab Gmail could not vouch for only after a pause, not at each of its messages", async () => {
    let answer: FetchResult = { ok: true, status: 401, text: '<H1>Unauthorized</H1>' };
    const { accounts, fetchPage, advance } = setup(() => answer);
    await accounts.of(tab('/mail/u/0/'));
    expect(await accounts.of(tab('/mail/u/0/'))).toMatchObject({ ok: false });
    expect(fetchPage).toHaveBeenCalledTimes(1);
    answer = feedAnswer('alex@example.com', 0); // signed in again
    advance(RETRY_UNVERIFIED_AFTER_MS);
    expect(await accounts.of(tab('/mail/u/0/'))).toEqual({ ok: true, account: 'alex@example.com', index: 0 });
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('reads the stored answers once, and keeps both of two answers that arrive together', async () => {
    const { accounts, load, stored } = setup((url) => feedAnswer(`alex${/u\/(\d)/.exec(url)?.[1]}@example.com`, Number(/u\/(\d)/.exec(url)?.[1])));
    await Promise.all([accounts.of(tab('/mail/u/0/')), accounts.of(tab('/mail/u/1/'))]);
    await accounts.of(tab('/mail/u/1/'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(stored()).toEqual({ 0: { account: 'alex0@example.com', at: NOW }, 1: { account: 'alex1@example.com', at: NOW } });
  });

  it('refuses a delegated mailbox and a Gmail page without /u/N, without asking Gmail', async () => {
    const { accounts, fetchPage } = setup(() => feedAnswer('alex@example.com', 0));
    expect(await accounts.of(tab('/mail/b/ALOs9x/u/0/#inbox'))).toEqual({ ok: false, reason: 'delegated mailboxes are not supported' });
    expect(await accounts.of(tab('/mail/?ui=2'))).toEqual({ ok: false, reason: 'Gmail tab shows no /u/N account' });
    expect(fetchPage).not.toHaveBeenCalled();
  });
});
