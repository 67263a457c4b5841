import { describe, expect, it } from 'vitest';
import { accountIndexFromUrl, isGmailUrl, threadUrl } from '../../src/gmail/urls';

describe('Gmail URLs', () => {
  it('reads the account index from a Gmail page URL', () => {
    expect(accountIndexFromUrl('https://mail.google.com/mail/u/0/#inbox')).toBe(0);
    expect(accountIndexFromUrl('https://mail.google.com/mail/u/1/?ik=abc#sent/15f1123136926bff')).toBe(1);
  });

  it('finds no account index in other URLs', () => {
    expect(accountIndexFromUrl('https://mail.google.com/')).toBeNull();
    expect(accountIndexFromUrl('https://evil.example/mail/u/0/')).toBeNull();
    expect(accountIndexFromUrl('https://mail.google.com.evil.example/mail/u/0/')).toBeNull();
  });

  it('builds a thread URL addressed by the account email', () => {
    expect(threadUrl('alex@example.com', '15F1123136926BFF')).toBe(
      'https://mail.google.com/mail/u/alex%40example.com/#inbox/15f1123136926bff',
    );
    expect(threadUrl(1, '15f1123136926bff')).toBe('https://mail.google.com/mail/u/1/#inbox/15f1123136926bff');
  });

  it('falls back to the Sent folder when the thread id is not known yet', () => {
    expect(threadUrl(0, '')).toBe('https://mail.google.com/mail/u/0/#sent');
  });

  it('recognizes only Gmail itself', () => {
    expect(isGmailUrl('https://mail.google.com/mail/u/0/')).toBe(true);
    expect(isGmailUrl('https://mail.google.com.evil.example/')).toBe(false);
    expect(isGmailUrl(undefined)).toBe(false);
  });
});
