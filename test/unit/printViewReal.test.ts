/**
 * parsePrintView on real print-view markup, not the replica's:
 * (a) our own fixtures in test/fixtures/printview/, which rebuild the structure of the real
 *     Chrome-saved print view (quoted attributes, <tbody>, Reply-To before To, the print
 *     script) with invented names and text;
 * (b) the real saved page itself (../shared/real-gmail/printview-2023-chrome-saved-1msg.html,
 *     SOURCES.md), read at test time where ../shared sits beside the clone (always on CI). It is
 *     never copied into this repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePrintView, type PrintViewParse } from '../../src/gmail/printView/parse';
import { renderPrintView } from '../replica/printView';
import type { ReplicaAccount, ReplicaThread } from '../replica/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = resolve(ROOT, 'test/fixtures/printview');
const REAL_PRINT_VIEW = resolve(ROOT, '../shared/real-gmail/printview-2023-chrome-saved-1msg.html');

function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

function thread(result: PrintViewParse) {
  if (result.kind !== 'thread') throw new Error(`expected a thread, got ${JSON.stringify(result)}`);
  return result;
}

const MARA = { name: 'Mara Lindqvist', email: 'mara.lindqvist@gmail.com' };

describe('parsePrintView on our rebuild of the Chrome-saved print view', () => {
  it('reads the one-message page: account, subject, sender, date, To; Reply-To is not a recipient', () => {
    const html = fixture('chrome-saved-1msg-replyto.html');
    // The structure we rebuilt: Chrome's serialization of Gmail's page.
    expect(html).toContain('<tbody>');
    expect(html).toMatch(/<font size="-1" class="recipient"><div class="replyto">Reply-To: [^<]*<\/div><div>To: /);
    expect(html).toContain('window.print()');

    expect(parsePrintView(html)).toEqual({
      kind: 'thread',
      account: MARA.email,
      subject: 'Your Velotrip booking VT-88213 is confirmed',
      messages: [
        {
          from: { name: 'Velotrip', email: 'no-reply@velotrip.example' },
          to: [{ name: MARA.email, email: MARA.email }],
          cc: [],
          dateText: 'Fri, Apr 14, 2023 at 6:02 PM',
          body: 'Hi Mara,\n\nyour bike tour on 22 April is booked. Pick-up at 9:30 at the harbour office.\n\nVelotrip',
        },
      ],
    });
  });

  it('reads the three-message page: Cc lists, a Reply-To beside To and Cc, the Gmail quote stripped', () => {
    const parsed = thread(parsePrintView(fixture('chrome-saved-3msg-replyto-cc.html')));
    expect(parsed.account).toBe(MARA.email);
    expect(parsed.subject).toBe('Kayak rental for the 22nd');
    expect(parsed.messages.map((m) => [m.from.email, m.to.map((p) => p.email), m.cc.map((p) => p.email), m.dateText])).toEqual([
      ['mara.lindqvist@gmail.com', ['tobias@fjordpaddle.example'], ['jonna.aalto@gmail.com'], 'Mon, Apr 10, 2023 at 8:41 AM'],
      ['tobias@fjordpaddle.example', ['mara.lindqvist@gmail.com'], ['jonna.aalto@gmail.com'], 'Mon, Apr 10, 2023 at 11:05 AM'],
      [
        'mara.lindqvist@gmail.com',
        ['bookings@fjordpaddle.example'],
        ['tobias@fjordpaddle.example', 'jonna.aalto@gmail.com'],
        'Mon, Apr 10, 2023 at 12:30 PM',
      ],
    ]);
    expect(parsed.messages.map((m) => m.body)).toEqual([
      'Hi Tobias,\n\ncould we rent two sea kayaks on Saturday the 22nd, from 10 to 16?\n\nMara',
      'Hi Mara,\n\ntwo kayaks are reserved for you. Bring a photo ID.\n\nTobias',
      'Perfect, thank you!\n\nMara',
    ]);
  });

  it('reads the same as the replica renders that thread, in both of its forms', () => {
    const account: ReplicaAccount = { email: MARA.email, name: MARA.name, ik: 'ik', threads: [] };
    const t: ReplicaThread = {
      legacyId: '1879d3e1c0000001',
      subject: 'Your Velotrip booking VT-88213 is confirmed',
      labels: ['inbox'],
      messages: [
        {
          legacyId: '1879d3e1c0000001',
          from: { name: 'Velotrip', email: 'no-reply@velotrip.example' },
          replyTo: [{ name: 'Velotrip Support', email: 'help@velotrip.example' }],
          to: [{ name: '', email: MARA.email }],
          date: Date.UTC(2023, 3, 14, 18, 2),
          body: 'Hi Mara,\n\nyour bike tour on 22 April is booked. Pick-up at 9:30 at the harbour office.\n\nVelotrip',
        },
      ],
    };
    const real = parsePrintView(fixture('chrome-saved-1msg-replyto.html'));
    expect(parsePrintView(renderPrintView(account, t, 'UTC'))).toEqual(real);
    expect(parsePrintView(renderPrintView(account, t, 'UTC', { form: 'browser' }))).toEqual(real);
  });
});

describe('parsePrintView on the real saved print view', () => {
  it('reads the real page where ../shared is present, and says which page it read', () => {
    let ran: 'real' | 'stand-in';
    if (existsSync(REAL_PRINT_VIEW)) {
      ran = 'real';
      const parsed = thread(parsePrintView(readFileSync(REAL_PRINT_VIEW, 'utf8')));
      expect(parsed.account).toBe('account.owner@gmail.com');
      expect(parsed.subject).toBe('Your Grab E-Receipt');
      expect(parsed.messages).toHaveLength(1);
      const [message] = parsed.messages;
      expect(message!.from).toEqual({ name: 'Grab', email: 'no-reply@grab.com' });
      expect(message!.to).toEqual([{ name: 'account.owner@gmail.com', email: 'account.owner@gmail.com' }]);
      // The Reply-To line (Grab <no-reply@grab.com>) comes first on the page and is no recipient.
      expect(message!.cc).toEqual([]);
      expect(message!.dateText).toBe('[date removed by source author]');
      expect(message!.body).toBe('[message body removed by the fixture collector]');
    } else {
      // Without ../shared (a clone on its own), our rebuild of the same structure stands in.
      ran = 'stand-in';
      const parsed = thread(parsePrintView(fixture('chrome-saved-1msg-replyto.html')));
      expect(parsed.messages).toHaveLength(1);
      expect(parsed.messages[0]!.from.email).toBe('no-reply@velotrip.example');
      expect(parsed.messages[0]!.to.map((p) => p.email)).toEqual([parsed.account]);
    }
    expect(ran).toBe(existsSync(REAL_PRINT_VIEW) ? 'real' : 'stand-in');
    // CI checks out ../shared beside the clone: there the real page must have been read.
    if (process.env.CI) expect(ran).toBe('real');
  });
});
