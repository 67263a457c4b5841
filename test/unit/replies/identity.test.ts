import { describe, expect, it } from 'vitest';
import { addressKey, identityOf } from '../../../src/core/replies/identity';

describe('addressKey', () => {
  it('folds Gmail spellings and leaves other domains as written', () => {
    expect(addressKey(' Alex.Rivera+tag@GoogleMail.com ')).toBe('alexrivera@gmail.com');
    expect(addressKey('alex.rivera+tag@example.com')).toBe('alex.rivera+tag@example.com');
  });
});

describe('who is the user', () => {
  const me = identityOf({
    account: 'alex.rivera@gmail.com',
    sendAs: ['alex@rivera-studio.example'],
    otherAddresses: ['a.rivera@old-job.example'],
  });

  it('is the account in every spelling Gmail delivers to it', () => {
    for (const spelling of ['alex.rivera@gmail.com', 'AlexRivera@gmail.com', 'alex.rivera+news@googlemail.com', ' a.l.e.x.rivera@GMAIL.com']) {
      expect(me.isUser(spelling)).toBe(true);
    }
  });

  it('is the send-as addresses and the other addresses from settings', () => {
    expect(me.isUser('Alex@Rivera-Studio.example')).toBe(true);
    expect(me.isUser('a.rivera@old-job.example')).toBe(true);
  });

  it('is nobody else: a look-alike address on another domain, or a tagged address off Gmail', () => {
    expect(me.isUser('alex.rivera@gmail.co')).toBe(false);
    expect(me.isUser('alex+x@rivera-studio.example')).toBe(false);
    expect(me.isUser('')).toBe(false);
  });
});

describe('who is a colleague', () => {
  const me = identityOf({ account: 'alex@acme.example', sendAs: ['sales@acme.example'] });

  it('shares the account’s own domain, or a subdomain of it', () => {
    expect(me.isColleague('sam@acme.example')).toBe(true);
    expect(me.isColleague('Sam@EU.Acme.example')).toBe(true);
  });

  it('is never the user, and never someone at another company', () => {
    expect(me.isColleague('sales@acme.example')).toBe(false);
    expect(me.isColleague('dana@northwind.example')).toBe(false);
    expect(me.isColleague('dana@notacme.example')).toBe(false);
  });

  it('does not exist on a public mail provider: two gmail.com users are not colleagues', () => {
    const personal = identityOf({ account: 'alex.rivera@gmail.com' });
    expect(personal.isColleague('dana.w@gmail.com')).toBe(false);
    expect(identityOf({ account: 'alex@outlook.com' }).isColleague('dana@outlook.com')).toBe(false);
  });
});
