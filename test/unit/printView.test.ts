import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, parsePrintView, type PrintViewParse } from '../../src/gmail/printView/parse';
import { formatPrintDate } from '../replica/html';
import { renderErrorPage, renderRedirectPage, renderSignInPage } from '../replica/pages';
import { formatLocalizedPrintDate, printLabels, renderPrintView, type PrintViewForm } from '../replica/printView';
import { HTML_SUBJECT, SAMPLE, sampleAccounts } from '../replica/sample';
import type { Person, ReplicaAccount, ReplicaLanguage, ReplicaMessage, ReplicaThread } from '../replica/types';

const NOW = Date.UTC(2026, 10, 20, 12, 0);
const accounts = sampleAccounts(NOW);

function thread(result: PrintViewParse) {
  if (result.kind !== 'thread') throw new Error(`expected a thread, got ${JSON.stringify(result)}`);
  return result;
}

function only(result: PrintViewParse) {
  const parsed = thread(result);
  expect(parsed.messages).toHaveLength(1);
  return parsed.messages[0]!;
}

/** What the replica's sample body says before its quoted history ("\n\nOn … wrote:\n> …"). */
function newText(m: ReplicaMessage): string {
  return m.body.split('\n\nOn ')[0]!;
}

/** A print view shaped like Gmail's (docs/gmail.md): mostly unquoted attributes, header cell, one table per message. */
function page(messages: string[], header = '<b>Alex Rivera &lt;alex@example.com&gt;</b>'): string {
  return (
    '<html><head><title>Gmail - Test</title><style>body{}</style></head><body><div class="bodycontainer">' +
    '<table width=100% cellpadding=0 cellspacing=0 border=0><tr height=14px><td width=143><img src="x.png" alt="Gmail"></td>' +
    `<td align=right><font size=-1 color=#777>${header}</font></td></tr></table><hr><div class="maincontent">` +
    '<table width=100% cellpadding=0 cellspacing=0 border=0><tr><td><font size=+1><b>Test &amp; co</b></font><br>' +
    `<font size=-1 color=#777>${messages.length} messages</font></td></tr></table><hr>` +
    messages.map((m) => m + '<hr>').join('') +
    '</div></div></body></html>'
  );
}

function message(sender: string, body: string, recipients = '<div>To: Dana &lt;dana@example.com&gt;</div>', date = 'Fri, Nov 20, 2026 at 9:14 AM'): string {
  return (
    '<table width=100% cellpadding=0 cellspacing=0 border=0 class="message">' +
    `<tr><td><font size=-1>${sender}</font></td><td align=right><font size=-1>${date}</font></td></tr>` +
    `<tr><td colspan=2><font size=-1 class="recipient">${recipients}</font></td></tr>` +
    '<tr><td colspan=2><table width=100% cellpadding=12 cellspacing=0 border=0><tr><td>' +
    `<div style="overflow: hidden;"><font size=-1>${body}</font></div></td></tr></table></td></tr></table>`
  );
}

const DANA = '<b>Dana Whitfield </b>&lt;dana@example.com&gt;';

/** Where the n-th (1-based) occurrence of `needle` starts; -1 if there are fewer. */
function nthIndex(html: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k += 1) {
    at = html.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}

describe('parsePrintView on the replica', () => {
  const cases = accounts.flatMap((account) => account.threads.map((t) => [account.email, t.subject, account, t] as const));

  it.each(cases)('%s: "%s" reads every sender, date, recipient and new text', (_email, _subject, account, t) => {
    const parsed = thread(parsePrintView(renderPrintView(account, t, 'UTC')));
    expect(parsed.account).toBe(account.email);
    expect(parsed.subject).toBe(t.subject);
    expect(parsed.messages).toEqual(
      t.messages.map((m) => ({
        from: m.from,
        to: m.to,
        cc: m.cc ?? [],
        dateText: formatPrintDate(m.date, 'UTC'),
        // An HTML body is read from its HTML (tested below); a plain one is its text before the quote.
        body: m.bodyHtml === undefined ? newText(m) : expect.any(String),
      })),
    );
  });

  it('reads an HTML body as the text it shows, and Gmail-looking markup in it as nothing more', () => {
    const account = accounts[0]!;
    const t = account.threads.find((x) => x.legacyId === SAMPLE.account0.hostileBodyThread)!;
    expect(t.messages.some((m) => m.bodyHtml !== undefined)).toBe(true);
    const parsed = thread(parsePrintView(renderPrintView(account, t, 'UTC')));
    expect(parsed.account).toBe(account.email);
    expect(parsed.messages.map((m) => m.from.email)).toEqual(t.messages.map((m) => m.from.email));
    expect(parsed.messages.at(-1)!.body.startsWith('Hi Alex,\n\nHere it is, pasted from our old Gmail, formatting and all.\n\nKai')).toBe(true);
  });

  it('keeps markup-looking text as text (the subject and body are escaped by Gmail)', () => {
    const account = accounts[0]!;
    const t = account.threads.find((x) => x.legacyId === SAMPLE.account0.htmlSubjectThread)!;
    const parsed = thread(parsePrintView(renderPrintView(account, t, 'UTC')));
    expect(parsed.subject).toBe(HTML_SUBJECT);
    expect(parsed.messages[0]!.body).toContain('<b>$49/seat</b>');
    expect(parsed.messages[0]!.body).toContain('<script>alert("not a script")</script>');
  });

  it('strips the quoted history of a reply, with its "On … wrote:" line', () => {
    const account = accounts[0]!;
    const t = account.threads.find((x) => x.legacyId === SAMPLE.account0.repliedThread)!;
    expect(t.messages[1]!.body).toContain('> Hi Priya'); // the fixture really quotes
    const body = thread(parsePrintView(renderPrintView(account, t, 'UTC'))).messages[1]!.body;
    expect(body).toBe('Hi Alex,\n\nGood timing. Wednesday at 10:30 works for me; send an invite to this address.\n\nPriya');
  });
});

describe('parsePrintView on Gmail-shaped markup', () => {
  it('reads header, subject, sender, date and recipients', () => {
    const parsed = thread(parsePrintView(page([message(DANA, 'Hi')])));
    expect(parsed).toEqual({
      kind: 'thread',
      account: 'alex@example.com',
      subject: 'Test & co',
      messages: [
        {
          from: { name: 'Dana Whitfield', email: 'dana@example.com' },
          to: [{ name: 'Dana', email: 'dana@example.com' }],
          cc: [],
          dateText: 'Fri, Nov 20, 2026 at 9:14 AM',
          body: 'Hi',
        },
      ],
    });
  });

  it('accepts quoted attributes in any order, single quotes and uppercase tags', () => {
    const html =
      '<HTML><BODY><TABLE WIDTH="100%" CLASS="message" border=0><TBODY><TR><TD><FONT SIZE=-1><B>Dana </B>&lt;dana@example.com&gt;</FONT></TD>' +
      "<TD ALIGN='right'>Fri, Nov 20, 2026 at 9:14 AM</TD></TR><TR><TD COLSPAN=2><FONT class='x recipient y'><DIV>To: a@example.com</DIV></FONT></TD></TR>" +
      '<TR><TD>Line one<BR>Line two</TD></TR></TBODY></TABLE></BODY></HTML>';
    const m = only(parsePrintView(html));
    expect(m.from).toEqual({ name: 'Dana', email: 'dana@example.com' });
    expect(m.dateText).toBe('Fri, Nov 20, 2026 at 9:14 AM');
    expect(m.to).toEqual([{ name: 'a@example.com', email: 'a@example.com' }]);
    expect(m.body).toBe('Line one\nLine two');
  });

  it('reads a class list with "message" among other classes, but not a class that merely contains it', () => {
    const tagged = message(DANA, 'x').replace('class="message"', 'class="gmail message"');
    expect(thread(parsePrintView(page([tagged]))).messages).toHaveLength(1);
    const lookalike = message(DANA, 'x').replace('class="message"', 'class=messages');
    expect(parsePrintView(page([lookalike]))).toEqual({ kind: 'unrecognized', reason: 'no table.message' });
  });

  it.each([
    ['a bold address', '<b>dana@example.com</b>', { name: 'dana@example.com', email: 'dana@example.com' }],
    ['an address in angle brackets only', '&lt;dana@example.com&gt;', { name: 'dana@example.com', email: 'dana@example.com' }],
    ['an empty name', '<b> </b>&lt;dana@example.com&gt;', { name: 'dana@example.com', email: 'dana@example.com' }],
    ['a name with a comma, quoted', '<b>&quot;Whitfield, Dana&quot; </b>&lt;dana@example.com&gt;', { name: 'Whitfield, Dana', email: 'dana@example.com' }],
    ['a name with quotes inside', '<b>Dana &quot;DJ&quot; Whitfield </b>&lt;dana@example.com&gt;', { name: 'Dana "DJ" Whitfield', email: 'dana@example.com' }],
    ['an apostrophe and accents', '<b>Zoë O&#39;Brien </b>&lt;zoe@example.com&gt;', { name: "Zoë O'Brien", email: 'zoe@example.com' }],
    ['an upper-case address', '<b>Dana </b>&lt;Dana.Whitfield@Example.COM&gt;', { name: 'Dana', email: 'dana.whitfield@example.com' }],
  ])('reads a sender with %s', (_, sender, expected) => {
    expect(only(parsePrintView(page([message(sender, 'Hi')]))).from).toEqual(expected);
  });

  it('splits To and Cc lists on commas outside quotes and ignores Reply-To and Bcc', () => {
    const recipients =
      '<div>To: &quot;Rivera, Alex&quot; &lt;alex@example.com&gt;, Priya Natarajan &lt;priya@lumen.example&gt;, bare@example.com</div>' +
      '<div>Cc: Jen Ortiz &lt;JEN@acme.example&gt;, &quot;Bell, Marcus &lt;Finance&gt;&quot; &lt;marcus@acme.example&gt;</div>' +
      '<div>Bcc: hidden@example.com</div><div>Reply-To: replies@example.com</div>';
    const m = only(parsePrintView(page([message(DANA, 'Hi', recipients)])));
    expect(m.to).toEqual([
      { name: 'Rivera, Alex', email: 'alex@example.com' },
      { name: 'Priya Natarajan', email: 'priya@lumen.example' },
      { name: 'bare@example.com', email: 'bare@example.com' },
    ]);
    expect(m.cc).toEqual([
      { name: 'Jen Ortiz', email: 'jen@acme.example' },
      { name: 'Bell, Marcus <Finance>', email: 'marcus@acme.example' },
    ]);
  });

  it('reads the first recipient line as To when Gmail shows its labels in another language', () => {
    const m = only(parsePrintView(page([message(DANA, 'Hi', '<div>An: Alex &lt;alex@example.com&gt;</div><div>Cc: jen@acme.example</div>')])));
    expect(m.to).toEqual([{ name: 'Alex', email: 'alex@example.com' }]);
    expect(m.cc).toEqual([{ name: 'jen@acme.example', email: 'jen@acme.example' }]);
  });

  it('turns br, div and p into line breaks, collapses blank lines and source whitespace', () => {
    const body =
      '<div dir="ltr">Hi Alex,\n   <div><br></div>\n<div>First   line</div>\n<div>Second line<br></div>' +
      '<div><br></div><div><br></div><div><br></div><p>A paragraph</p><p>Another</p>Thanks,<br>Dana<br><br></div>';
    expect(only(parsePrintView(page([message(DANA, body)]))).body).toBe(
      'Hi Alex,\n\nFirst line\nSecond line\n\nA paragraph\n\nAnother\n\nThanks,\nDana',
    );
  });

  it('decodes entities: markup escapes, numeric, hex, nbsp and common named ones', () => {
    const body = 'a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; &#8217; &#x2014; &#X1F600; x&nbsp;y &eacute; &hellip; &bogus; &amp &#0;';
    expect(only(parsePrintView(page([message(DANA, body)]))).body).toBe(
      'a <b> & "c" \'d\' ’ — 😀 x y é … &bogus; & \ufffd',
    );
  });

  it('ignores comments, scripts and styles, and keeps a bare "<" as text', () => {
    const body = 'a < b<!-- hidden --><script>var x = "</div>";</script><style>p { color: red }</style> and c';
    expect(only(parsePrintView(page([message(DANA, body)]))).body).toBe('a < b and c');
  });

  it('strips gmail_quote, blockquote and ">" lines from the body', () => {
    const body =
      '<div dir="ltr">Sounds good, see you then.</div><br><div class="gmail_quote gmail_quote_container">' +
      '<div dir="ltr" class="gmail_attr">On Fri, Nov 20, 2026 at 9:14 AM Alex &lt;alex@example.com&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex">I am out of office next week<br></blockquote></div>';
    expect(only(parsePrintView(page([message(DANA, body)]))).body).toBe('Sounds good, see you then.');

    const cite = 'Yes.<br><blockquote type="cite">Earlier text</blockquote>More after the quote';
    expect(only(parsePrintView(page([message(DANA, cite)]))).body).toBe('Yes.\nMore after the quote');

    const plain = 'Answer one<br><br>On Mon, Nov 16, 2026 at 8:00 AM Alex Rivera &lt;<br>alex@example.com&gt; wrote:<br>&gt; question<br>&gt;<br>&gt; more';
    expect(only(parsePrintView(page([message(DANA, plain)]))).body).toBe('Answer one');

    const inline = '&gt; Can you do Tuesday?<br>Yes, Tuesday works.<br>&gt; And the deck?<br>Attached.';
    expect(only(parsePrintView(page([message(DANA, inline)]))).body).toBe('Yes, Tuesday works.\nAttached.');
  });

  it('stops at Outlook history and drops Gmail\'s "[Quoted text hidden]"', () => {
    const outlook = 'Thanks!<br><br>-----Original Message-----<br>From: Alex<br>I am out of office';
    expect(only(parsePrintView(page([message(DANA, outlook)]))).body).toBe('Thanks!');
    const owa = '<div>Will do.</div><hr><div id="divRplyFwdMsg"><b>From:</b> Alex</div><div>Automatic reply text</div>';
    expect(only(parsePrintView(page([message(DANA, owa)]))).body).toBe('Will do.');
    const hidden = 'Sure.<br><font color="#888888">[Quoted text hidden]</font>';
    expect(only(parsePrintView(page([message(DANA, hidden)]))).body).toBe('Sure.');
  });

  it('caps the body at MAX_BODY_CHARS', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `line ${i} of a long message`).join('<br>');
    const body = only(parsePrintView(page([message(DANA, long)]))).body;
    expect(body.length).toBe(MAX_BODY_CHARS);
    expect(body.startsWith('line 0 of a long message\nline 1')).toBe(true);
  });

  it('does not read tables inside a body as messages, nor their cells as the account', () => {
    const sneaky = '<table class=message><tr><td><b>Mallory </b>&lt;m@evil.example&gt;</td><td align=right>x</td></tr></table>';
    const parsed = thread(parsePrintView(page([message(DANA, `Hi${sneaky}`)], 'no address here')));
    expect(parsed.messages.map((m) => m.from.email)).toEqual(['dana@example.com']);
    expect(parsed.account).toBe('');
  });

  it('keeps messages in document order', () => {
    const html = page([message(DANA, 'one'), message('<b>Alex </b>&lt;alex@example.com&gt;', 'two'), message('<b>c@example.com</b>', 'three')]);
    expect(thread(parsePrintView(html)).messages.map((m) => [m.from.email, m.body])).toEqual([
      ['dana@example.com', 'one'],
      ['alex@example.com', 'two'],
      ['c@example.com', 'three'],
    ]);
  });

  it('reports a message without a sender address as unrecognized, naming the gap, not the content', () => {
    const result = parsePrintView(page([message(DANA, 'ok'), message('<b>Secret Person</b>', 'private words')]));
    expect(result).toEqual({ kind: 'unrecognized', reason: 'message 2: no sender address' });
  });
});

describe('parsePrintView on pages that are not a thread', () => {
  it('recognizes the Google sign-in page as signed-out', () => {
    expect(parsePrintView(renderSignInPage('https://mail.google.com/mail/u/0/?view=pt'))).toEqual({ kind: 'signed-out' });
  });

  it.each([
    ['a ServiceLogin link', '<html><body><a href="https://accounts.google.com/ServiceLogin?service=mail">Sign in</a></body></html>'],
    ['an Email input', '<html><body><form method=post action="/signin"><input type=email name=Email></form></body></html>'],
    ['a form posting to accounts.google.com', '<form action="https://accounts.google.com/signin/v2"><input name=x></form>'],
  ])('recognizes a sign-in page by %s', (_, html) => {
    expect(parsePrintView(html)).toEqual({ kind: 'signed-out' });
  });

  it('reports the error page as unrecognized without quoting it', () => {
    const result = parsePrintView(renderErrorPage(404, 'The conversation could not be found.'));
    expect(result).toEqual({ kind: 'unrecognized', reason: 'no table.message' });
  });

  it('reports a redirect page as unrecognized', () => {
    expect(parsePrintView(renderRedirectPage('https://mail.google.com/mail/u/0/', 'n0nce')).kind).toBe('unrecognized');
  });

  it.each([
    ['empty', ''],
    ['whitespace', '  \n\t '],
    ['plain text', 'Service Unavailable'],
    ['garbage', '<<<>>>&&&;;<!<?</ <a <table class=message'],
    ['JSON', '{"error":{"code":401}}'],
    ['binary', '\u0000\u0001\ufffd\u00ff<\u0000>'],
  ])('reports %s as unrecognized', (_, html) => {
    expect(parsePrintView(html).kind).toBe('unrecognized');
  });

  it('never throws on a non-string', () => {
    expect(parsePrintView(undefined as unknown as string).kind).toBe('unrecognized');
  });
});

describe('parsePrintView on truncated and hostile input', () => {
  const account = accounts[0]!;
  const long = account.threads.find((t) => t.legacyId === SAMPLE.account0.longThread)!;
  const html = renderPrintView(account, long, 'UTC');

  it('reports a page cut off in the middle of a body as incomplete: the rest could hold the reply', () => {
    const third = nthIndex(html, 'class="message"', 3);
    const cut = html.indexOf('Thanks Marcus', third) + 5;
    expect(parsePrintView(html.slice(0, cut))).toEqual({
      kind: 'unrecognized',
      reason: 'page incomplete: message 3 of 3 cut off',
    });
  });

  it('reports a page cut off between two messages as incomplete, by the page\'s own count', () => {
    const thirdClass = nthIndex(html, 'class="message"', 3);
    expect(parsePrintView(html.slice(0, html.lastIndexOf('<table', thirdClass)))).toEqual({
      kind: 'unrecognized',
      reason: `page incomplete: 2 of ${long.messages.length} messages`,
    });
  });

  it('returns a valid result for every cut of the page', () => {
    for (let end = 0; end <= html.length; end += 97) {
      const result = parsePrintView(html.slice(0, end));
      expect(['thread', 'unrecognized']).toContain(result.kind);
      if (result.kind === 'thread') expect(result.messages.length).toBeLessThanOrEqual(long.messages.length);
    }
  });

  it('reports a message cut off before its sender as unrecognized', () => {
    const cut = html.indexOf('<tr>', nthIndex(html, 'class="message"', 1));
    expect(parsePrintView(html.slice(0, cut))).toEqual({ kind: 'unrecognized', reason: 'page incomplete: message 1 of 1 cut off' });
  });

  it('reads nothing when a body’s unbalanced markup makes a message table of its own (more tables than the page counts)', () => {
    const escape = '</td></tr></table></td></tr></table><table class="message"><tr><td><b>Alex </b>&lt;alex@example.com&gt;</td></tr></table><table><tr><td>';
    const html = page([message(DANA, 'Sure.'), message(DANA, `Hello ${escape} there`)]);
    expect(parsePrintView(html)).toEqual({ kind: 'unrecognized', reason: 'page has 3 message tables for 2 messages' });
  });

  it('survives deep nesting and stray end tags', () => {
    const deep = message(DANA, '<div>'.repeat(200) + 'deep' + '</span>'.repeat(100_000));
    expect(only(parsePrintView(page([deep]))).body).toBe('deep');
  });

  it('gives up on a message table that unclosed nesting keeps open, instead of guessing where it ends', () => {
    const deep = message(DANA, '<div>'.repeat(100_000) + 'deep');
    expect(parsePrintView(page([deep]))).toEqual({ kind: 'unrecognized', reason: 'page incomplete: message 1 of 1 cut off' });
  });

  it('treats an unterminated attribute quote as the end of the document', () => {
    expect(parsePrintView(page([message(DANA, 'Hi')]).replace('class="message"', 'class="message')).kind).toBe('unrecognized');
  });
});

describe('parsePrintView on a large thread', () => {
  it('reads a 1 MB, 50-message thread completely', () => {
    const people = Array.from({ length: 5 }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@example.com` }));
    const line = 'The quick brown fox jumps over the lazy dog & keeps <running> "far" away. ';
    const account: ReplicaAccount = { email: 'alex@example.com', name: 'Alex', ik: 'ik', threads: [] };
    const messages: ReplicaMessage[] = Array.from({ length: 50 }, (_, i) => ({
      legacyId: (0x18f0000000000000n + BigInt(i)).toString(16),
      from: people[i % people.length]!,
      to: [{ name: 'Alex', email: account.email }],
      date: NOW - (50 - i) * 3_600_000,
      body: `Message ${i}\n` + Array.from({ length: 260 }, () => line).join('\n'),
    }));
    const html = renderPrintView(account, { legacyId: messages[0]!.legacyId, subject: 'Big', labels: ['sent'], messages }, 'UTC');
    expect(html.length).toBeGreaterThan(1_000_000);

    const parsed = thread(parsePrintView(html));
    expect(parsed.messages).toHaveLength(50);
    expect(parsed.messages[0]!.from).toEqual(people[0]);
    expect(parsed.messages[49]!.from).toEqual(people[4]);
    expect(parsed.messages[49]!.body.startsWith(`Message 49\n${line.trim()}`)).toBe(true);
    expect(parsed.messages.every((m) => m.body.length <= MAX_BODY_CHARS)).toBe(true);
  });
});

/** A thread with everything the recipient block and body can hold: Reply-To, To, Cc, an HTML body. */
function richThread(): { account: ReplicaAccount; thread: ReplicaThread } {
  const me: Person = { name: 'Noor Haddad', email: 'noor@kestrel-labs.example' };
  const ines: Person = { name: 'Inês Prado', email: 'ines.prado@marisco.example' };
  const list: Person = { name: 'Marisco Orders', email: 'orders@marisco.example' };
  const cc: Person = { name: 'Theo "TJ" Jansen', email: 'theo@kestrel-labs.example' };
  const account: ReplicaAccount = { email: me.email, name: me.name, ik: 'ik', threads: [] };
  const start = Date.UTC(2026, 10, 20, 8, 14);
  const messages: ReplicaMessage[] = [
    { legacyId: '18f5000000000001', from: me, to: [ines], cc: [cc], date: start, body: 'Hi Inês,\n\nthe sample order is ready to ship.\n\nNoor' },
    {
      legacyId: '18f5000000000002', from: ines, to: [me], cc: [list], replyTo: [list], date: start + 3_600_000,
      body: 'unused: the HTML body is shown',
      bodyHtml:
        '<div dir="ltr">Great, <b>ship it</b> &amp; send the tracking number.<br><br>Inês</div><br>' +
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Nov 20, 2026 at 9:14 AM Noor wrote:<br></div>' +
        '<blockquote class="gmail_quote">the sample order is ready to ship.</blockquote></div>',
    },
    { legacyId: '18f5000000000003', from: list, to: [me], replyTo: [ines, list], date: start + 7_200_000, body: 'Order 5521 received.' },
  ];
  return { account, thread: { legacyId: messages[0]!.legacyId, subject: 'Sample order <5521> & shipping', labels: ['sent'], messages } };
}

const LANGUAGES: ReplicaLanguage[] = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ru'];

describe('the replica print view: Gmail\'s raw response and the browser-saved form', () => {
  const { account, thread: rich } = richThread();

  it('writes attributes as the raw response has them: mostly unquoted, the classes we read quoted, no <tbody>', () => {
    const html = renderPrintView(account, rich, 'UTC');
    expect(html).toContain('<div class="bodycontainer">');
    expect(html).toContain('<div class="maincontent">');
    expect(html).toContain('<table width=100% cellpadding=0 cellspacing=0 border=0 class="message"><tr><td><font size=-1><b>Noor Haddad </b>');
    expect(html).toContain('<td align=right><font size=-1 color=#777><b>Noor Haddad &lt;noor@kestrel-labs.example&gt;</b></font></td>');
    expect(html).toContain('<font size=+1><b>Sample order &lt;5521&gt; &amp; shipping</b></font><br><font size=-1 color=#777>3 messages</font>');
    expect(html.match(/<font size=-1 class="recipient">/g)).toHaveLength(3);
    expect(html).not.toMatch(/class=message|class=recipient|<tbody/);
  });

  it('ends with the page\'s own window.print() script, after the body container', () => {
    const html = renderPrintView(account, rich, 'UTC');
    expect(html).toMatch(
      /<\/table><\/div><\/div><script type="text\/javascript" nonce="[^"]+">\/\/ <!\[CDATA\[\n\s*document\.body\.onload=function\(\)\{document\.body\.offsetHeight;window\.print\(\)\};\n\s*\/\/ \]\]><\/script><\/body><\/html>$/,
    );
  });

  it('writes the browser-saved form like the real saved page: every attribute quoted, <tbody> in every table', () => {
    const html = renderPrintView(account, rich, 'UTC', { form: 'browser' });
    expect(html).toContain('<table width="100%" cellpadding="0" cellspacing="0" border="0" class="message"><tbody><tr><td><font size="-1">');
    expect(html).toContain('<td colspan="2" style="padding-bottom: 4px;"><font size="-1" class="recipient"><div class="replyto">');
    expect(html).toContain('<script type="text/javascript" nonce="">');
    // Tables of the page itself (the HTML body has none) each get one <tbody>.
    expect(html.match(/<tbody>/g)).toHaveLength((html.match(/<table/g) ?? []).length);
    // No unquoted attribute outside the mail's own HTML.
    const page = html.replace(rich.messages[1]!.bodyHtml!, '').replace(/="[^"]*"/g, '=""');
    expect(page).not.toMatch(/<[a-z][^<>]*\s[a-z-]+=(?!")/i);
  });

  it('puts Reply-To first, in a div.replyto, then To, then Cc', () => {
    const html = renderPrintView(account, rich, 'UTC');
    expect(html).toContain(
      '<font size=-1 class="recipient"><div class="replyto">Reply-To: Marisco Orders &lt;orders@marisco.example&gt;</div>' +
        '<div>To: Noor Haddad &lt;noor@kestrel-labs.example&gt;</div><div>Cc: Marisco Orders &lt;orders@marisco.example&gt;</div></font>',
    );
  });

  /** The same page with every attribute unquoted (what a server that quotes nothing would send). */
  const unquoted = (html: string) => html.replace(/\s(class|nonce|lang)="([^"\s]*)"/g, ' $1=$2');
  /** The saved form without the tbodies a browser inserts. */
  const noTbody = (html: string) => html.replace(/<\/?tbody>/g, '');
  const forms: Array<[string, (a: ReplicaAccount, t: ReplicaThread) => string]> = [
    ['browser-saved (quoted, <tbody>)', (a, t) => renderPrintView(a, t, 'UTC', { form: 'browser' })],
    ['browser-saved without <tbody>', (a, t) => noTbody(renderPrintView(a, t, 'UTC', { form: 'browser' }))],
    ['all unquoted', (a, t) => unquoted(renderPrintView(a, t, 'UTC'))],
  ];
  const threads = [
    ['rich', account, rich] as const,
    ...accounts.flatMap((a) => a.threads.map((t) => [t.subject, a, t] as const)),
  ];

  it.each(forms)('reads the %s form exactly like the raw response', (_, render) => {
    for (const [, a, t] of threads) {
      const raw = parsePrintView(renderPrintView(a, t, 'UTC'));
      expect(raw.kind).toBe('thread');
      expect(parsePrintView(render(a, t))).toEqual(raw);
    }
  });

  it('reads the HTML body as HTML: markup is formatting, the Gmail quote is history', () => {
    const parsed = thread(parsePrintView(renderPrintView(account, rich, 'UTC')));
    expect(parsed.messages[1]!.body).toBe('Great, ship it & send the tracking number.\n\nInês');
  });

  it('does not count a Reply-To address as a recipient', () => {
    const parsed = thread(parsePrintView(renderPrintView(account, rich, 'UTC')));
    expect(parsed.messages.map((m) => [m.to.map((p) => p.email), m.cc.map((p) => p.email)])).toEqual([
      [['ines.prado@marisco.example'], ['theo@kestrel-labs.example']],
      [['noor@kestrel-labs.example'], ['orders@marisco.example']],
      [['noor@kestrel-labs.example'], []],
    ]);
    expect(parsed.messages[1]!.cc[0]).toEqual({ name: 'Marisco Orders', email: 'orders@marisco.example' });
  });
});

describe('the replica print view in Gmail\'s display languages', () => {
  const { account, thread: rich } = richThread();

  it.each([
    ['en', 'Fri, Nov 20, 2026 at 9:14 AM'],
    ['de', 'Fr., 20. Nov. 2026 um 09:14'],
    ['fr', 'ven. 20 nov. 2026 à 09:14'],
    ['es', 'vie, 20 nov 2026 a las 9:14'],
    ['it', 'ven 20 nov 2026 alle ore 09:14'],
    ['nl', 'vr 20 nov 2026 om 09:14'],
    ['pt', 'sex., 20 de nov. de 2026 às 09:14'],
    ['ru', 'пт, 20 нояб. 2026 г. в 09:14'],
  ] as const)('writes the date in %s like Gmail: "%s"', (language, expected) => {
    expect(formatLocalizedPrintDate(Date.UTC(2026, 10, 20, 9, 14), 'UTC', language)).toBe(expected);
  });

  it.each([
    ['en', 'To:', 'Reply-To:', ['1 message', '2 messages', '5 messages']],
    ['de', 'An:', 'Antwort an:', ['1 Nachricht', '2 Nachrichten', '5 Nachrichten']],
    ['fr', 'À :', 'Répondre à :', ['1 message', '2 messages', '5 messages']],
    ['es', 'Para:', 'Responder a:', ['1 mensaje', '2 mensajes', '5 mensajes']],
    ['it', 'A:', 'Rispondi a:', ['1 messaggio', '2 messaggi', '5 messaggi']],
    ['nl', 'Aan:', 'Antwoord aan:', ['1 bericht', '2 berichten', '5 berichten']],
    ['pt', 'Para:', 'Responder para:', ['1 mensagem', '2 mensagens', '5 mensagens']],
    ['ru', 'Кому:', 'Ответить:', ['1 сообщение', '2 сообщения', '5 сообщений']],
  ] as const)('labels a %s page with "%s", "%s" and its own count', (language, to, replyTo, counts) => {
    const labels = printLabels(language);
    expect([labels.to, labels.replyTo, ...[1, 2, 5].map(labels.count)]).toEqual([to, replyTo, ...counts]);
    const html = renderPrintView({ ...account, language }, rich, 'UTC');
    expect(html).toContain(`<div>${to} Ines`.replace('Ines', 'Inês'));
    expect(html).toContain(`<div class="replyto">${replyTo} Marisco Orders`);
    expect(html).toContain(`<font size=-1 color=#777>${labels.count(3)}</font>`);
    expect(html).toContain(`<html lang="${language}">`);
  });

  it('counts in Russian with its three plural forms', () => {
    expect([1, 3, 5, 11, 21, 22].map(printLabels('ru').count)).toEqual([
      '1 сообщение', '3 сообщения', '5 сообщений', '11 сообщений', '21 сообщение', '22 сообщения',
    ]);
  });

  it.each(LANGUAGES)('reads a %s page: sender, localized date, To and Cc, no Reply-To', (language) => {
    const english = thread(parsePrintView(renderPrintView(account, rich, 'UTC')));
    for (const form of ['server', 'browser'] as PrintViewForm[]) {
      const parsed = thread(parsePrintView(renderPrintView(account, rich, 'UTC', { language, form })));
      expect(parsed.account).toBe(account.email);
      expect(parsed.subject).toBe(rich.subject);
      expect(parsed.messages).toEqual(
        english.messages.map((m, i) => ({ ...m, dateText: formatLocalizedPrintDate(rich.messages[i]!.date, 'UTC', language) })),
      );
    }
  });

  it.each(LANGUAGES)('reads the count of a %s page: a page cut between messages is incomplete', (language) => {
    const html = renderPrintView({ ...account, language }, rich, 'UTC');
    const cut = html.lastIndexOf('<table', nthIndex(html, 'class="message"', 3));
    expect(parsePrintView(html.slice(0, cut))).toEqual({ kind: 'unrecognized', reason: 'page incomplete: 2 of 3 messages' });
  });
});

describe('recipient labels and quote lines in other languages', () => {
  it.each([
    ['French', '<div>À : alex@example.com</div><div>Cc : jen@acme.example</div><div>Cci : boss@example.com</div>'],
    ['Spanish', '<div>Para: alex@example.com</div><div>CC: jen@acme.example</div><div>CCO: boss@example.com</div>'],
    ['Italian', '<div>A: alex@example.com</div><div>Cc: jen@acme.example</div><div>Ccn: boss@example.com</div>'],
    ['Portuguese', '<div>Para: alex@example.com</div><div>Cc: jen@acme.example</div><div>Cco: boss@example.com</div>'],
    ['Russian', '<div>Кому: alex@example.com</div><div>Копия: jen@acme.example</div><div>Скрытая копия: boss@example.com</div>'],
  ])('reads a %s Bcc line as Bcc, not as Cc', (_, recipients) => {
    const m = only(parsePrintView(page([message(DANA, 'Hi', recipients)])));
    expect(m.to.map((p) => p.email)).toEqual(['alex@example.com']);
    expect(m.cc.map((p) => p.email)).toEqual(['jen@acme.example']);
  });

  it('reads a localized Reply-To line outside div.replyto as Reply-To, not as Cc', () => {
    const m = only(parsePrintView(page([message(DANA, 'Hi', '<div>An: alex@example.com</div><div>Antwort an: list@example.com</div>')])));
    expect(m.to.map((p) => p.email)).toEqual(['alex@example.com']);
    expect(m.cc).toEqual([]);
  });

  it.each([
    ['German', 'Am Mo., 16. Nov. 2026 um 09:14 Uhr schrieb Alex Rivera &lt;alex@example.com&gt;:'],
    ['German, wrapped', 'Am Mo., 16. Nov. 2026 um 09:14 Uhr schrieb Alex Rivera &lt;<br>alex@example.com&gt;:'],
    ['Dutch', 'Op ma 16 nov 2026 om 09:14 schreef Alex Rivera &lt;alex@example.com&gt;:'],
    ['French', 'Le lun. 16 nov. 2026 à 09:14, Alex Rivera &lt;alex@example.com&gt; a écrit&nbsp;:'],
    ['Spanish', 'El lun, 16 nov 2026 a las 9:14, Alex Rivera (&lt;alex@example.com&gt;) escribió:'],
    ['Italian', 'Il giorno lun 16 nov 2026 alle ore 09:14 Alex Rivera &lt;alex@example.com&gt; ha scritto:'],
    ['Portuguese', 'Em seg., 16 de nov. de 2026 às 09:14, Alex Rivera &lt;alex@example.com&gt; escreveu:'],
  ])('drops a %s "wrote:" line with the quote it introduces', (_, attribution) => {
    const body = `Ja, passt.<br><br>${attribution}<br>&gt; Ich bin ab Montag nicht im Büro.<br>&gt; Alex`;
    expect(only(parsePrintView(page([message(DANA, body)]))).body).toBe('Ja, passt.');
  });

  it('stops at a header block whose labels are starred, as plain-text clients write bold labels', () => {
    const body = 'Fine by us.<br><br>*From:* Alex Rivera &lt;alex@example.com&gt;<br>*Sent:* Monday, November 16, 2026 9:14 AM<br>*To:* Dana<br><br>I am out of the office next week.';
    expect(only(parsePrintView(page([message(DANA, body)]))).body).toBe('Fine by us.');
  });

  it('drops the rule Outlook draws above a plain-text header block', () => {
    const body = 'Klingt gut.<br><br>________________________________<br>Von: Alex Rivera &lt;alex@example.com&gt;<br>Gesendet: Montag, 16. November 2026 09:14<br>An: Dana<br>Betreff: Angebot';
    expect(only(parsePrintView(page([message(DANA, body)]))).body).toBe('Klingt gut.');
  });
});
