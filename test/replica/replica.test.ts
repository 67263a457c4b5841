// Unit tests of the Gmail replica's request handler. Mirrors docs/gmail.md "Identifiers",
// "The page", "Compose" (/sync/u/N/i/s) and "The print view".
import { describe, expect, it } from 'vitest';
import { formatDateTitle } from './html.js';
import { GmailReplica, hexToDecimal, SAMPLE, sampleAccounts, sampleReplica, type ReplicaAccount } from './index.js';

const ORIGIN = 'https://mail.google.com';
const NOW = Date.UTC(2026, 10, 22, 12, 0); // Sun, Nov 22, 2026 12:00 UTC
/** The server form quotes class="message" (SOURCES.md of shared/real-gmail); the rest stays unquoted. */
const MESSAGE_TABLE = /<table[^>]*\sclass="message">/g;
const MESSAGE_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4} at \d{1,2}:\d{2} (AM|PM)$/;

function replica() {
  return sampleReplica({ now: () => NOW });
}

function get(r: GmailReplica, path: string) {
  return r.handle({ method: 'GET', url: ORIGIN + path });
}

function post(r: GmailReplica, path: string, body: unknown) {
  return r.handle({ method: 'POST', url: ORIGIN + path, body: JSON.stringify(body) });
}

function printPath(r: GmailReplica, account: number, threadHex: string): string {
  return r.printUrl(account, threadHex).slice(ORIGIN.length);
}

function messageTables(html: string): string[] {
  return html.split(MESSAGE_TABLE).slice(1);
}

/** The first row of each message table: [sender html, date text]. */
function senderRows(html: string): Array<[string, string]> {
  return messageTables(html).map((chunk) => {
    const m = /^<tr><td><font size=-1>(.*?)<\/font><\/td><td align=right><font size=-1>(.*?)<\/font><\/td><\/tr>/.exec(chunk);
    if (!m) throw new Error(`unexpected message table: ${chunk.slice(0, 200)}`);
    return [m[1]!, m[2]!];
  });
}

describe('sample data', () => {
  it('uses unique 16-digit lowercase hex ids above 2^53, thread id = first message id', () => {
    const r = replica();
    const seen = new Set<string>();
    for (const account of r.accounts) {
      for (const thread of account.threads) {
        expect(thread.legacyId).toBe(thread.messages[0]!.legacyId);
        for (const m of thread.messages) {
          expect(m.legacyId).toMatch(/^[0-9a-f]{16}$/);
          expect(BigInt(hexToDecimal(m.legacyId))).toBeGreaterThan(2n ** 53n);
          expect(seen.has(m.legacyId)).toBe(false);
          seen.add(m.legacyId);
        }
        const dates = thread.messages.map((m) => m.date);
        expect([...dates].sort((a, b) => a - b)).toEqual(dates);
        expect(Math.max(...dates)).toBeLessThan(NOW);
      }
    }
  });

  it('has the threads SAMPLE promises, per account', () => {
    const r = replica();
    for (const [index, ids] of [[0, SAMPLE.account0], [1, SAMPLE.account1]] as const) {
      const account = r.accounts[index]!;
      expect(account.email).toBe(ids.email);
      expect(account.name).toBe('Alex Rivera');
      const last = (hex: string) => r.thread(index, hex)!.messages.at(-1)!;
      expect(r.thread(index, ids.unansweredThread)!.messages).toHaveLength(1);
      expect(last(ids.unansweredThread).from.email).toBe(account.email);
      expect(r.thread(index, ids.unansweredThread)!.labels).toEqual(['sent']);
      expect(last(ids.repliedThread).from.email).not.toBe(account.email);
      expect(r.thread(index, ids.repliedThread)!.messages[0]!.from.email).toBe(account.email);
      expect(r.thread(index, ids.htmlSubjectThread)!.subject).toBe('<img src=x onerror=alert(1)> Pricing & terms');
      expect(r.thread(index, ids.longThread)!.messages.length).toBeGreaterThanOrEqual(5);
      expect(r.thread(index, ids.inboxThread)!.labels).toEqual(['inbox']);
    }
    const followedUp = r.thread(0, SAMPLE.account0.followedUpThread)!;
    expect(followedUp.messages.every((m) => m.from.email === SAMPLE.account0.email)).toBe(true);
    expect(r.thread(1, SAMPLE.account1.longThread)!.messages.at(-1)!.from.email).toBe(SAMPLE.account1.email);
    expect(r.thread(0, SAMPLE.account1.unansweredThread)).toBeUndefined();
  });

  it('has a long thread for the older-messages bar, a reply carrying Gmail-like HTML, and a send-as thread', () => {
    const r = replica();
    const long = r.thread(0, SAMPLE.account0.olderMessagesThread)!;
    expect(long.messages.length).toBeGreaterThanOrEqual(8);
    expect(long.messages.at(-1)!.from.email).toBe(SAMPLE.account0.email);

    const hostile = r.thread(0, SAMPLE.account0.hostileBodyThread)!;
    const reply = hostile.messages.at(-1)!;
    expect(reply.from.email).not.toBe(SAMPLE.account0.email);
    expect(reply.body).not.toContain('class=');
    for (const lookAlike of [
      'class="adn ads"',
      `class="gD" email="${SAMPLE.account0.email}"`,
      'class="zA yO" role="row"',
      `data-legacy-thread-id="${SAMPLE.account0.unansweredThread}"`,
      'class="ams bkH"',
      `class="hP" data-thread-perm-id="thread-f:${hexToDecimal(SAMPLE.account0.followedUpThread)}"`,
      'gh="mtb"',
      'class="M9"',
    ]) {
      expect(reply.bodyHtml).toContain(lookAlike);
    }

    const account1 = r.accounts[1]!;
    expect(account1.sendAs).toEqual([SAMPLE.account1.sendAs]);
    const sentAs = r.thread(1, SAMPLE.account1.sendAsThread)!;
    expect(sentAs.messages.map((m) => m.from)).toEqual([SAMPLE.account1.sendAs]);
    expect(sentAs.labels).toEqual(['sent']);
    expect(r.accounts[0]!.sendAs).toBeUndefined();
  });

  it('converts ids with BigInt', () => {
    expect(hexToDecimal('15f1123136926bff')).toBe('1581064946762017791');
    expect(hexToDecimal('18f2a4c1d0e3b701')).toBe(BigInt('0x18f2a4c1d0e3b701').toString());
  });
});

describe('print view', () => {
  it('renders Gmail print HTML with unquoted attributes, one table.message per message, in order', () => {
    const r = replica();
    const thread = r.thread(0, SAMPLE.account0.longThread)!;
    const res = get(r, printPath(r, 0, thread.legacyId));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    expect(html).toContain('<div class="bodycontainer">');
    expect(html).toContain('<td align=right><font size=-1 color=#777><b>Alex Rivera &lt;alex.rivera@example.com&gt;</b></font></td>');
    expect(html).toContain('<font size=+1><b>Q3 renewal: Acme Logistics</b></font><br><font size=-1 color=#777>6 messages</font>');
    expect(html.match(MESSAGE_TABLE)).toHaveLength(6);
    expect(html).toContain('<table width=100% cellpadding=0 cellspacing=0 border=0 class="message">');
    expect(html).not.toContain('<tbody>');

    const rows = senderRows(html);
    expect(rows.map(([sender]) => sender)).toEqual(
      thread.messages.map((m) => `<b>${m.from.name} </b>&lt;${m.from.email}&gt;`),
    );
    for (const [, date] of rows) expect(date).toMatch(MESSAGE_DATE);

    const third = messageTables(html)[2]!;
    expect(third).toContain(
      '<font size=-1 class="recipient"><div>To: Marcus Bell &lt;marcus.bell@acmelogistics.example&gt;</div>' +
        '<div>Cc: Jen Ortiz &lt;jen.ortiz@acmelogistics.example&gt;</div></font>',
    );
    expect(third).toContain('<div style="overflow: hidden;"><font size=-1>Thanks Marcus.');
    // Quoted history stays in the body, escaped.
    expect(third).toContain('&gt; Alex, happy to.');
  });

  it('formats the date like Gmail ("Fri, Nov 20, 2026 at 9:14 AM") in the replica time zone', () => {
    const account: ReplicaAccount = {
      email: 'me@example.com',
      name: 'Me',
      ik: 'abc123',
      threads: [
        {
          legacyId: '18f0000000000001',
          subject: 'Hello',
          labels: ['sent'],
          messages: [
            { legacyId: '18f0000000000001', from: { name: 'Me', email: 'me@example.com' }, to: [{ name: '', email: 'you@example.com' }], date: Date.UTC(2026, 10, 20, 9, 14), body: 'Hi\nthere' },
          ],
        },
      ],
    };
    const utc = new GmailReplica({ accounts: [account], timeZone: 'UTC' });
    const html = get(utc, printPath(utc, 0, '18f0000000000001')).body;
    expect(senderRows(html)).toEqual([['<b>Me </b>&lt;me@example.com&gt;', 'Fri, Nov 20, 2026 at 9:14 AM']]);
    expect(html).toContain('<div>To: you@example.com</div>');
    expect(html).toContain('<font size=-1>Hi<br>there<br></font>');
    expect(html).toContain('1 message</font>');
    const ny = new GmailReplica({ accounts: [account], timeZone: 'America/New_York' });
    expect(senderRows(get(ny, printPath(ny, 0, '18f0000000000001')).body)[0]![1]).toBe('Fri, Nov 20, 2026 at 4:14 AM');
  });

  it('escapes subject, names and body', () => {
    const r = replica();
    const html = get(r, printPath(r, 0, SAMPLE.account0.htmlSubjectThread)).body;
    expect(html).toContain('<font size=+1><b>&lt;img src=x onerror=alert(1)&gt; Pricing &amp; terms</b></font>');
    expect(html).toContain('<title>Gmail - &lt;img src=x onerror=alert(1)&gt; Pricing &amp; terms</title>');
    expect(html).toContain('&lt;script&gt;alert(&quot;not a script&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;$49/seat&lt;/b&gt;');
    // The page's own print script is the only script; nothing of the mail's is markup.
    expect(html).not.toMatch(/<img src=x|<script>alert|<b>\$49/);

    r.accounts[0]!.name = 'Alex <b>"Bold"</b>';
    r.addReply(0, SAMPLE.account0.htmlSubjectThread, { from: { name: 'Sam <i>O</i>', email: 'sam@brightpath.example' }, body: 'a & b' });
    const again = get(r, printPath(r, 0, SAMPLE.account0.htmlSubjectThread)).body;
    expect(again).toContain('<b>Alex &lt;b&gt;&quot;Bold&quot;&lt;/b&gt; &lt;alex.rivera@example.com&gt;</b>');
    expect(senderRows(again).at(-1)![0]).toBe('<b>Sam &lt;i&gt;O&lt;/i&gt; </b>&lt;sam@brightpath.example&gt;');
    expect(again).toContain('<font size=-1>a &amp; b<br></font>');
  });

  it('shows a new reply delivered with addReply, last, and counts it', () => {
    const r = replica();
    const hex = SAMPLE.account0.unansweredThread;
    const before = get(r, printPath(r, 0, hex)).body;
    expect(before.match(MESSAGE_TABLE)).toHaveLength(1);
    expect(before).toContain('1 message</font>');

    const reply = r.addReply(0, hex, { from: { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example' }, body: 'Kickoff on the 1st works.' });
    expect(reply.legacyId).toMatch(/^[0-9a-f]{16}$/);
    expect(BigInt('0x' + reply.legacyId)).toBeGreaterThan(2n ** 53n);
    expect(reply.date).toBe(NOW);
    expect(reply.to).toEqual([{ name: 'Alex Rivera', email: 'alex.rivera@example.com' }]);
    const thread = r.thread(0, hex)!;
    expect(thread.messages.at(-1)).toBe(reply);
    expect(thread.labels).toContain('inbox');
    expect(thread.unread).toBe(true);

    const after = get(r, printPath(r, 0, hex)).body;
    expect(after.match(MESSAGE_TABLE)).toHaveLength(2);
    expect(after).toContain('2 messages</font>');
    expect(senderRows(after).map(([s]) => s)).toEqual([
      '<b>Alex Rivera </b>&lt;alex.rivera@example.com&gt;',
      '<b>Dana Whitfield </b>&lt;dana.whitfield@northwind.example&gt;',
    ]);
    expect(after).toContain('Kickoff on the 1st works.');
  });

  it('answers a wrong ik, a malformed or unknown permthid with an error page without table.message', () => {
    const r = replica();
    const dec = hexToDecimal(SAMPLE.account0.unansweredThread);
    const cases = [
      `/mail/u/0/?ik=wrong&view=pt&search=all&permthid=thread-f:${dec}`,
      `/mail/u/0/?view=pt&search=all&permthid=thread-f:${dec}`,
      `/mail/u/1/?ik=${SAMPLE.account0.ik}&view=pt&search=all&permthid=thread-f:${dec}`,
      `/mail/u/0/?ik=${SAMPLE.account0.ik}&view=pt&search=all&permthid=thread-f:abc`,
      `/mail/u/0/?ik=${SAMPLE.account0.ik}&view=pt&search=all&permthid=${SAMPLE.account0.unansweredThread}`,
      `/mail/u/0/?ik=${SAMPLE.account0.ik}&view=pt&search=all&permthid=thread-f:123`,
      `/mail/u/0/?ik=${SAMPLE.account0.ik}&view=pt&search=all&permthid=thread-f:${hexToDecimal(SAMPLE.account1.unansweredThread)}`,
      `/mail/u/0/?ik=${SAMPLE.account0.ik}&view=pt&search=all`,
    ];
    for (const path of cases) {
      const res = get(r, path);
      expect(res.body, path).not.toMatch(MESSAGE_TABLE);
      expect(res.body, path).toContain('Oops');
    }
    expect(get(r, cases[3]!).status).toBe(400);
    expect(get(r, cases[5]!).status).toBe(200);
    // The same thread in its own account works.
    expect(get(r, printPath(r, 1, SAMPLE.account1.unansweredThread)).body).toMatch(MESSAGE_TABLE);
  });
});

describe('signed out', () => {
  it('serves a sign-in page for every /mail/u/N/ request, and refuses /sync', () => {
    const r = replica();
    r.signedOut = true;
    for (const path of ['/mail/u/0/', '/mail/u/0/#inbox', '/mail/u/1/?x=1', '/mail/u/7/', printPath(r, 0, SAMPLE.account0.longThread)]) {
      const res = get(r, path);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toContain('Sign in');
      expect(res.body, path).toContain('<form');
      expect(res.body, path).not.toMatch(MESSAGE_TABLE);
      expect(res.body, path).not.toContain('GLOBALS');
    }
    expect(post(r, '/sync/u/0/i/s', { to: ['a@b.example'], subject: 's', body: 'b' }).status).toBe(401);
    r.signedOut = false;
    expect(get(r, printPath(r, 0, SAMPLE.account0.longThread)).body).toMatch(MESSAGE_TABLE);
  });
});

describe('the Atom feed, /mail/u/N/feed/atom', () => {
  it("names each account in its header and lists its unread inbox; 401 where no account is signed in", () => {
    const r = replica();
    for (const { index, email } of [SAMPLE.account0, SAMPLE.account1]) {
      const res = get(r, `/mail/u/${index}/feed/atom`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/xml/);
      expect(res.body).toMatch(new RegExp(`^<\\?xml[^>]*\\?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Gmail - Inbox for ${email}</title>`));
      expect(res.body).toContain(`<link rel="alternate" href="https://mail.google.com/mail/u/${index}" type="text/html" />`);
    }
    const inbox = get(r, '/mail/u/0/feed/atom').body;
    const unread = Number(/<fullcount>(\d+)<\/fullcount>/.exec(inbox)?.[1]);
    expect(unread).toBeGreaterThan(0);
    expect(inbox.match(/<entry>/g)).toHaveLength(unread);
    expect(get(r, '/mail/u/7/feed/atom').status).toBe(401);
    r.signedOut = true;
    expect(get(r, '/mail/u/0/feed/atom')).toMatchObject({ status: 401, body: expect.stringContaining('Unauthorized') });
  });
});

describe('app page', () => {
  it('defines GLOBALS with ik at [9] and the email at [10], under a nonce CSP with Trusted Types', () => {
    const r = replica();
    const res = get(r, '/mail/u/1/?zx=abc');
    expect(res.status).toBe(200);
    const m = /<script nonce="([^"]+)">var GLOBALS=(\[.*?\]);<\/script>/.exec(res.body);
    expect(m).not.toBeNull();
    const globals = JSON.parse(m![2]!) as unknown[];
    expect(globals[9]).toBe(SAMPLE.account1.ik);
    expect(globals[10]).toBe(SAMPLE.account1.email);
    const csp = res.headers['content-security-policy']!;
    expect(csp).toContain(`'nonce-${m![1]}'`);
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(res.body).toContain(`<script nonce="${m![1]}" src="https://mail.google.com/mail/u/1/_replica/app.js"></script>`);
    expect(res.body).toContain('<div class="T-I T-I-KE L3" role="button"');
    expect(res.body).toContain('role="main"');
    // No user data can break out of the embedded state.
    expect(res.body).not.toContain('<img src=x');
    expect(get(r, '/mail/u/1/_replica/app.js').headers['content-type']).toMatch(/javascript/);
  });

  it('redirects unknown accounts to /mail/u/0/ and answers 404 elsewhere', () => {
    const r = replica();
    const res = get(r, '/mail/u/5/');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('https://mail.google.com/mail/u/0/');
    expect(get(r, '/mail/u/0').headers.location).toBe('https://mail.google.com/mail/u/0/');
    expect(get(r, '/').headers.location).toBe('https://mail.google.com/mail/u/0/');
    expect(get(r, '/mail/u/0/nope').status).toBe(404);
    expect(get(r, '/favicon.ico').status).toBe(404);
    expect(r.handle({ method: 'GET', url: 'https://example.com/' }).status).toBe(404);
    expect(r.requests.map((q) => q.url)).toEqual([
      'https://mail.google.com/mail/u/5/',
      'https://mail.google.com/mail/u/0',
      'https://mail.google.com/',
      'https://mail.google.com/mail/u/0/nope',
      'https://mail.google.com/favicon.ico',
      'https://example.com/',
    ]);
  });

  it('marks a thread read when the app opens it', () => {
    const r = replica();
    const hex = SAMPLE.account0.repliedThread;
    const state = (path: string) => JSON.parse(get(r, path).body) as { threads: Array<{ hex: string; unread: boolean }> };
    expect(state('/mail/u/0/_replica/state.json').threads.find((t) => t.hex === hex)!.unread).toBe(true);
    expect(state(`/mail/u/0/_replica/state.json?open=${hex}`).threads.find((t) => t.hex === hex)!.unread).toBe(false);
  });
});

describe('/sync/u/N/i/s and undo', () => {
  it('creates a sent thread with new ids, visible in the print view, and undo removes it', () => {
    const r = replica();
    const res = post(r, '/sync/u/0/i/s?hl=en&c=1&rt=r&pt=ji', {
      composeId: 'c1',
      draftId: 'msg-a:r123456789',
      to: ['Dana Whitfield <dana.whitfield@northwind.example>', { name: '', email: 'ops@northwind.example' }],
      subject: 'Pilot <kickoff> & agenda',
      body: 'Hi Dana,\nagenda attached.',
    });
    expect(res.status).toBe(200);
    const sent = JSON.parse(res.body);
    expect(sent).toMatchObject({ ok: true, action: 'sent', composeId: 'c1', draftId: 'msg-a:r123456789', newThread: true, date: NOW, scheduledAt: null });
    expect(sent.legacyThreadId).toBe(sent.legacyMessageId);
    expect(sent.legacyThreadId).toMatch(/^[0-9a-f]{16}$/);
    expect(sent.threadId).toBe(`thread-f:${hexToDecimal(sent.legacyThreadId)}`);
    expect(sent.messageId).toBe(`msg-f:${hexToDecimal(sent.legacyMessageId)}`);
    expect(BigInt('0x' + sent.legacyThreadId)).toBeGreaterThan(2n ** 53n);

    const thread = r.thread(0, sent.legacyThreadId)!;
    expect(thread.labels).toEqual(['sent']);
    expect(thread.subject).toBe('Pilot <kickoff> & agenda');
    expect(thread.messages[0]!.to).toEqual([
      { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example' },
      { name: '', email: 'ops@northwind.example' },
    ]);
    const print = get(r, printPath(r, 0, sent.legacyThreadId)).body;
    expect(print).toContain('<font size=+1><b>Pilot &lt;kickoff&gt; &amp; agenda</b></font>');
    expect(print).toContain('To: Dana Whitfield &lt;dana.whitfield@northwind.example&gt;, ops@northwind.example');
    expect(print.match(MESSAGE_TABLE)).toHaveLength(1);

    const undo = post(r, '/sync/u/0/i/undo', { messageId: sent.legacyMessageId, threadId: sent.legacyThreadId });
    expect(undo.status).toBe(200);
    expect(JSON.parse(undo.body)).toEqual({ ok: true, legacyThreadId: sent.legacyThreadId, legacyMessageId: sent.legacyMessageId, removedThread: true });
    expect(r.thread(0, sent.legacyThreadId)).toBeUndefined();
    expect(get(r, printPath(r, 0, sent.legacyThreadId)).body).not.toMatch(MESSAGE_TABLE);
    expect(post(r, '/sync/u/0/i/undo', { messageId: sent.legacyMessageId }).status).toBe(404);
  });

  it('appends an inline reply to its thread; undo removes only that message', () => {
    const r = replica();
    const hex = SAMPLE.account0.repliedThread;
    const before = r.thread(0, hex)!.messages.length;
    const replied = r.thread(0, hex)!.messages.at(-1)!.legacyId;
    const res = post(r, '/sync/u/0/i/s', {
      composeId: 'c2', draftId: 'msg-a:r42', to: ['priya@lumenlabs.example'], subject: 'Re: Intro call next week?',
      body: 'Invite sent.', inReplyTo: replied, threadId: hex,
    });
    const sent = JSON.parse(res.body);
    expect(sent).toMatchObject({ ok: true, newThread: false, legacyThreadId: hex });
    expect(sent.legacyMessageId).not.toBe(hex);
    expect(r.thread(0, hex)!.messages).toHaveLength(before + 1);
    expect(r.thread(0, hex)!.subject).toBe('Intro call next week?');
    expect(senderRows(get(r, printPath(r, 0, hex)).body).at(-1)![0]).toBe('<b>Alex Rivera </b>&lt;alex.rivera@example.com&gt;');

    // inReplyTo alone finds the thread too.
    const viaRm = JSON.parse(post(r, '/sync/u/0/i/s', { to: ['priya@lumenlabs.example'], subject: '', body: 'PS', inReplyTo: `msg-f:${hexToDecimal(replied)}` }).body);
    expect(viaRm.legacyThreadId).toBe(hex);

    const undo = JSON.parse(post(r, '/sync/u/0/i/undo', { messageId: `msg-f:${hexToDecimal(sent.legacyMessageId)}` }).body);
    expect(undo).toMatchObject({ ok: true, removedThread: false, legacyThreadId: hex });
    expect(r.thread(0, hex)!.messages.map((m) => m.legacyId)).not.toContain(sent.legacyMessageId);
    // Someone else's message cannot be "undone".
    expect(post(r, '/sync/u/0/i/undo', { messageId: replied }).status).toBe(400);
  });

  it('records a scheduled send with its time', () => {
    const r = replica();
    const at = NOW + 20 * 3_600_000;
    const sent = JSON.parse(post(r, '/sync/u/1/i/s', { to: ['olivia@fernwood.example'], subject: 'Later', body: 'x', scheduledAt: at }).body);
    expect(sent).toMatchObject({ ok: true, action: 'scheduled', scheduledAt: at, date: at });
    expect(r.thread(1, sent.legacyThreadId)!.messages[0]).toMatchObject({ date: at, scheduledAt: at });
    expect(r.thread(0, sent.legacyThreadId)).toBeUndefined();
  });

  it('rejects sends without valid recipients or with a bad body', () => {
    const r = replica();
    expect(post(r, '/sync/u/0/i/s', { to: [], subject: 's', body: 'b' }).status).toBe(400);
    expect(post(r, '/sync/u/0/i/s', { to: ['not-an-address'], subject: 's', body: 'b' }).status).toBe(400);
    expect(post(r, '/sync/u/0/i/s', { to: ['a@b.example'], threadId: 'zzz', body: 'b' }).status).toBe(400);
    expect(r.handle({ method: 'POST', url: ORIGIN + '/sync/u/0/i/s', body: 'not json' }).status).toBe(400);
    expect(get(r, '/sync/u/0/i/s').status).toBe(405);
    expect(post(r, '/sync/u/9/i/s', { to: ['a@b.example'] }).status).toBe(404);
    expect(r.accounts[0]!.threads).toHaveLength(sampleAccounts(NOW)[0]!.threads.length);
  });
});

describe('send-as addresses', () => {
  const { sendAs } = SAMPLE.account1;

  it('are offered to the app, the account first; an account without them offers none', () => {
    const r = replica();
    const state = (n: number) => JSON.parse(get(r, `/mail/u/${n}/_replica/state.json`).body) as { sendAs: unknown[]; language: string };
    expect(state(1).sendAs).toEqual([{ name: SAMPLE.account1.name, email: SAMPLE.account1.email }, sendAs]);
    expect(state(0).sendAs).toEqual([]);
    expect(state(0).language).toBe('en');
  });

  it('send from the chosen address; an address the account does not own is refused', () => {
    const r = replica();
    const res = post(r, '/sync/u/1/i/s', { to: ['juno@example.org'], subject: 'Hi', body: 'b', from: `Whoever <${sendAs.email.toUpperCase()}>` });
    expect(res.status).toBe(200);
    const sent = JSON.parse(res.body);
    expect(sent.from).toEqual(sendAs);
    expect(r.thread(1, sent.legacyThreadId)!.messages[0]!.from).toEqual(sendAs);

    const own = JSON.parse(post(r, '/sync/u/1/i/s', { to: ['juno@example.org'], subject: 'Hi', body: 'b', from: SAMPLE.account1.email }).body);
    expect(own.from).toEqual({ name: SAMPLE.account1.name, email: SAMPLE.account1.email });
    const none = JSON.parse(post(r, '/sync/u/1/i/s', { to: ['juno@example.org'], subject: 'Hi', body: 'b' }).body);
    expect(none.from).toEqual({ name: SAMPLE.account1.name, email: SAMPLE.account1.email });

    expect(post(r, '/sync/u/1/i/s', { to: ['juno@example.org'], subject: 'Hi', body: 'b', from: 'ceo@evil.example' }).status).toBe(400);
    expect(post(r, '/sync/u/0/i/s', { to: ['juno@example.org'], subject: 'Hi', body: 'b', from: sendAs.email }).status).toBe(400);

    // A message sent from the send-as address is the user's: it can be undone.
    expect(post(r, '/sync/u/1/i/undo', { messageId: sent.legacyMessageId }).status).toBe(200);
  });

  it("count as the user's own: a message from one does not make a thread unread or put it in the inbox", () => {
    const r = replica();
    const hex = SAMPLE.account1.sendAsThread;
    r.addReply(1, hex, { from: sendAs, body: 'A nudge.' });
    expect(r.thread(1, hex)!.labels).toEqual(['sent']);
    const state = JSON.parse(get(r, '/mail/u/1/_replica/state.json').body) as { threads: Array<{ hex: string; unread: boolean }> };
    expect(state.threads.find((t) => t.hex === hex)!.unread).toBe(false);
  });
});

describe("the account's language", () => {
  it('sets the page language and GLOBALS[3]', () => {
    const accounts = sampleAccounts(NOW);
    accounts[0]!.language = 'de';
    const r = new GmailReplica({ accounts, now: () => NOW });
    const body = get(r, '/mail/u/0/').body;
    expect(body).toContain('<html lang="de">');
    const globals = JSON.parse(/var GLOBALS=(\[.*?\]);/.exec(body)![1]!) as unknown[];
    expect(globals[3]).toBe('de');
    expect((JSON.parse(get(r, '/mail/u/0/_replica/state.json').body) as { language: string }).language).toBe('de');
    expect(get(r, '/mail/u/1/').body).toContain('<html lang="en">');
  });

  it('writes date titles as Gmail does in that language', () => {
    const december = Date.UTC(2019, 11, 26, 21, 53);
    const august = Date.UTC(2025, 7, 20, 11, 19);
    expect(formatDateTitle(Date.UTC(2026, 10, 20, 9, 14), 'UTC')).toBe('Fri, Nov 20, 2026, 9:14 AM');
    expect(formatDateTitle(december, 'Europe/Berlin', 'ru')).toBe('26 дек. 2019 г., 22:53');
    expect(formatDateTitle(august, 'Europe/Berlin', 'de')).toBe('20. Aug. 2025, 13:19');
    expect(formatDateTitle(august, 'Europe/Berlin', 'fr')).toBe('20 août 2025, 13:19');
    expect(formatDateTitle(august, 'UTC', 'en')).toBe('Wed, Aug 20, 2025, 11:19 AM');
  });
});
