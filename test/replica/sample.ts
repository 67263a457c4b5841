// Believable sample mailboxes for two signed-in accounts (/u/0 and /u/1). Mirrors docs/gmail.md
// "Identifiers" (16-hex legacy ids > 2^53, thread id = id of its first message) and
// "The print view" (threads the user sent with and without replies).

import { formatPrintDate } from './html.js';
import { GmailReplica } from './replica.js';
import type { Person, ReplicaAccount, ReplicaMessage, ReplicaThread, ThreadLayout } from './types.js';

export const HTML_SUBJECT = '<img src=x onerror=alert(1)> Pricing & terms';

const ALEX0: Person = { name: 'Alex Rivera', email: 'alex.rivera@example.com' };
const ALEX1: Person = { name: 'Alex Rivera', email: 'alex@rivera-studio.example' };

/** Thread ids of the sample data, by what a test needs from them. */
export const SAMPLE = {
  htmlSubject: HTML_SUBJECT,
  account0: {
    index: 0,
    email: ALEX0.email,
    name: ALEX0.name,
    ik: 'a1b2c3d4e5',
    /** Alex -> Dana, 4 days ago, 1 message, no reply. */
    unansweredThread: '18f2a4c1d0e3b701',
    /** Alex -> Priya 6 days ago; Priya replied 2 days ago (unread). */
    repliedThread: '18f1e9b27a4c5d02',
    /** 6 messages with Marcus and Jen (cc); latest is Jen's reply, 1 day ago. */
    longThread: '18f0c3d5e6a7b803',
    /** Subject is HTML_SUBJECT; Alex -> Sam 3 days ago, no reply. */
    htmlSubjectThread: '18f3b8e4c2d1a904',
    /** Alex -> Morgan 9 days ago, Alex bumped it 2 days ago; still no reply (2 messages, both Alex). */
    followedUpThread: '18ee7d1a2b3c4e05',
    /** Recruiter wrote to Alex 5 hours ago; Alex has not answered (inbox only, unread). */
    inboxThread: '18f4a1b2c3d4e506',
    /** Automated digest in the inbox, read. */
    newsletterThread: '18f39c0d1e2f3a07',
    /**
     * 9 messages with Sam Whitaker, latest Alex's own: Gmail shows the first, an "older messages"
     * bar (6) and the last two.
     */
    olderMessagesThread: '18ed3a4b5c6d7e21',
    /**
     * Alex -> Kai; Kai replied (unread, latest) with an HTML body that carries Gmail-like markup:
     * a fake message (div.adn, span.gD claiming Alex), a fake list row (tr.zA with
     * span[data-legacy-thread-id] = unansweredThread), a fake Reply (span.ams.bkH), a fake subject
     * (h2.hP with followedUpThread's id), a fake toolbar, older-messages bar and compose.
     */
    hostileBodyThread: '18f2c5d6e7f80921',
  },
  account1: {
    index: 1,
    email: ALEX1.email,
    name: ALEX1.name,
    ik: '9f8e7d6c5b',
    /** Alex -> Olivia, 3 days ago, 1 message, no reply. */
    unansweredThread: '18f2b7c8d9e0f111',
    /** Alex -> Ben 8 days ago; Ben replied 6 days ago (read). */
    repliedThread: '18f19a8b7c6d5e12',
    /** 5 messages with Riley; latest is Alex's follow-up 1 day ago, not answered yet. */
    longThread: '18ef1a2b3c4d5e13',
    /** Subject is HTML_SUBJECT; Alex -> Grace 2 days ago, Grace replied yesterday. */
    htmlSubjectThread: '18f3c9d0e1f2a314',
    /** Podcast host wrote 2 hours ago (inbox only, unread). */
    inboxThread: '18f4b2c3d4e5f615',
    /** Alex -> Nora 6 days ago, no reply. */
    olderUnansweredThread: '18ec4d5e6f7a8b16',
    /** The account's send-as address ("Send mail as"): the compose shows a From selector. */
    sendAs: { name: 'Rivera Studio', email: 'hello@rivera-studio.example' },
    /** Alex sent it from the send-as address (hello@…) to Harper 2 days ago; no reply. */
    sendAsThread: '18f3d4e5f6a7b821',
  },
} as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Quotes the previous message's own text (its older quoted history is left out to keep samples short). */
function quote(prev: ReplicaMessage): string {
  const header = `On ${formatPrintDate(prev.date, 'UTC')} ${prev.from.name} <${prev.from.email}> wrote:`;
  const own = prev.body.split('\n\nOn ')[0] ?? prev.body;
  return `\n\n${header}\n` + own.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
}

interface Draft {
  id: string;
  from: Person;
  to: Person[];
  cc?: Person[];
  ago: number;
  body: string;
  /** Append the quoted previous message, like a mail client does. */
  quoted?: boolean;
  bodyHtml?: string;
}

function thread(
  now: number,
  subject: string,
  labels: ReplicaThread['labels'],
  drafts: Draft[],
  unread?: boolean,
): ReplicaThread {
  const messages: ReplicaMessage[] = [];
  for (const d of drafts) {
    const prev = messages[messages.length - 1];
    messages.push({
      legacyId: d.id,
      from: d.from,
      to: d.to,
      ...(d.cc ? { cc: d.cc } : {}),
      date: now - d.ago,
      body: d.body + (d.quoted && prev ? quote(prev) : ''),
      ...(d.bodyHtml ? { bodyHtml: d.bodyHtml } : {}),
    });
  }
  const first = messages[0];
  if (!first) throw new Error('empty sample thread');
  return { legacyId: first.legacyId, subject, labels, messages, ...(unread !== undefined ? { unread } : {}) };
}

function account0(now: number): ReplicaAccount {
  const ids = SAMPLE.account0;
  const dana = { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example' };
  const priya = { name: 'Priya Natarajan', email: 'priya@lumenlabs.example' };
  const marcus = { name: 'Marcus Bell', email: 'marcus.bell@acmelogistics.example' };
  const jen = { name: 'Jen Ortiz', email: 'jen.ortiz@acmelogistics.example' };
  const sam = { name: 'Sam Okafor', email: 'sam@brightpath.example' };
  const morgan = { name: 'Morgan Lee', email: 'morgan@fieldstone.example' };
  const taylor = { name: 'Taylor Brooks', email: 'taylor@hireloop.example' };
  const samW = { name: 'Sam Whitaker', email: 'sam.whitaker@acmelogistics.example' };
  const kai = { name: 'Kai Moreno', email: 'kai.moreno@northwind.example' };
  const digest = { name: 'Pipeline Digest', email: 'digest@crmly.example' };
  return {
    email: ids.email,
    name: ids.name,
    ik: ids.ik,
    threads: [
      thread(now, 'Northwind pilot: proposal and next steps', ['sent'], [
        { id: ids.unansweredThread, from: ALEX0, to: [dana], ago: 4 * DAY + 3 * HOUR,
          body: 'Hi Dana,\n\nThanks again for the time on Tuesday. As promised, the pilot proposal is attached: 6 weeks, two warehouses, fixed fee of $18,000 with success criteria we agreed on (pick accuracy above 99.2%, onboarding under 3 days).\n\nCould you let me know by Friday whether we should pencil in a kickoff for the 1st?\n\nBest,\nAlex' },
      ]),
      thread(now, 'Intro call next week?', ['sent', 'inbox'], [
        { id: ids.repliedThread, from: ALEX0, to: [priya], ago: 6 * DAY + 1 * HOUR,
          body: 'Hi Priya,\n\nJordan mentioned you are rethinking how Lumen Labs handles vendor onboarding. We have helped two similar teams cut it from weeks to days.\n\nWould 20 minutes next Tuesday or Wednesday work for a quick intro call?\n\nAlex' },
        { id: '18f1f3c48a5b6d12', from: priya, to: [ALEX0], ago: 2 * DAY + 5 * HOUR, quoted: true,
          body: 'Hi Alex,\n\nGood timing. Wednesday at 10:30 works for me; send an invite to this address.\n\nPriya' },
      ], true),
      thread(now, 'Q3 renewal: Acme Logistics', ['sent', 'inbox'], [
        { id: ids.longThread, from: ALEX0, to: [marcus], ago: 12 * DAY + 2 * HOUR,
          body: 'Hi Marcus,\n\nYour contract renews on the 30th. Before then I would like to walk you through the new routing module and the updated pricing tiers.\n\nAny time this week?\n\nAlex' },
        { id: '18f0d1a2b3c4d813', from: marcus, to: [ALEX0], ago: 11 * DAY + 6 * HOUR, quoted: true,
          body: 'Alex, happy to. Loop in Jen from finance, she owns the budget this year.\n\nMarcus' },
        { id: '18f0e2b3c4d5e823', from: ALEX0, to: [marcus], cc: [jen], ago: 10 * DAY + 4 * HOUR, quoted: true,
          body: 'Thanks Marcus. Jen, nice to meet you. The short version: same seats, routing module included, 4% uplift instead of the usual 7%. Deck attached.\n\nAlex' },
        { id: '18f0f3c4d5e6f833', from: jen, to: [ALEX0], cc: [marcus], ago: 8 * DAY + 2 * HOUR, quoted: true,
          body: 'Hi Alex,\n\nCan you send the 2-year option as well? We would rather lock the price.\n\nJen' },
        { id: '18f104d5e6f70843', from: ALEX0, to: [jen], cc: [marcus], ago: 7 * DAY + 3 * HOUR, quoted: true,
          body: 'Jen, attached: 2 years at a flat 3% uplift, invoiced annually. Let me know if legal needs our standard DPA.\n\nAlex' },
        { id: '18f115e6f7081853', from: marcus, to: [ALEX0], cc: [jen], ago: 1 * DAY + 7 * HOUR, quoted: true,
          body: 'We are good with the 2-year option. Jen will send the signed order form this week.\n\nMarcus' },
      ], false),
      thread(now, HTML_SUBJECT, ['sent'], [
        { id: ids.htmlSubjectThread, from: ALEX0, to: [sam], ago: 3 * DAY + 2 * HOUR,
          body: 'Hi Sam,\n\nPricing & terms as discussed: <b>$49/seat</b>, annual, net-30. Q&A notes below.\n\n<script>alert("not a script")</script>\n\nAlex' },
      ]),
      thread(now, 'Seed round deck: quick question', ['sent'], [
        { id: ids.followedUpThread, from: ALEX0, to: [morgan], ago: 9 * DAY + 4 * HOUR,
          body: 'Hi Morgan,\n\nWe are opening our seed round next month. Would Fieldstone be open to a first look at the deck? Happy to send it over.\n\nAlex' },
        { id: '18ef0a1b2c3d4e15', from: ALEX0, to: [morgan], ago: 2 * DAY + 6 * HOUR, quoted: true,
          body: 'Hi Morgan, bumping this in case it got buried. Deck is ready whenever you are.\n\nAlex' },
      ]),
      thread(now, 'Senior Product Designer role at Hireloop', ['inbox'], [
        { id: ids.inboxThread, from: taylor, to: [ALEX0], ago: 5 * HOUR,
          body: 'Hi Alex,\n\nI am hiring a senior product designer for a Series B logistics startup (remote, US hours). Your work on routing tools came up twice. Open to a 15 minute chat this week?\n\nTaylor Brooks\nHireloop' },
      ], true),
      thread(now, 'Your weekly pipeline summary', ['inbox'], [
        { id: ids.newsletterThread, from: digest, to: [ALEX0], ago: 1 * DAY + 10 * HOUR,
          body: 'Pipeline this week: 14 open deals, $212,400 weighted. 3 deals have had no activity for 7 days.\n\nOpen your dashboard to see them.' },
      ], false),
      thread(now, 'Warehouse rollout: weekly status', ['sent', 'inbox'], weeklyStatus(ids.olderMessagesThread, ALEX0, samW), false),
      thread(now, 'Onboarding checklist', ['sent', 'inbox'], [
        { id: ids.hostileBodyThread, from: ALEX0, to: [kai], ago: 3 * DAY + 5 * HOUR,
          body: 'Hi Kai,\n\nCould you send me the onboarding checklist you use for new warehouse sites?\n\nThanks,\nAlex' },
        { id: '18f2d6e7f8091a31', from: kai, to: [ALEX0], ago: 20 * HOUR, quoted: true,
          body: 'Hi Alex,\n\nHere it is, pasted from our old Gmail, formatting and all.\n\nKai',
          bodyHtml: hostileHtml() },
      ], true),
    ],
  };
}

function account1(now: number): ReplicaAccount {
  const ids = SAMPLE.account1;
  const olivia = { name: 'Olivia Chen', email: 'olivia@fernwood.example' };
  const ben = { name: 'Ben Carter', email: 'ben.carter@harborco.example' };
  const riley = { name: 'Riley Park', email: 'riley@northpeak.example' };
  const grace = { name: 'Grace Kim', email: 'grace@kimandco.example' };
  const jamie = { name: 'Jamie Fox', email: 'jamie@designmatters.example' };
  const nora = { name: 'Nora Wells', email: 'nora@creativereview.example' };
  const harper = { name: 'Harper Quinn', email: 'harper@quinnandco.example' };
  return {
    email: ids.email,
    name: ids.name,
    ik: ids.ik,
    sendAs: [{ ...ids.sendAs }],
    threads: [
      thread(now, 'Rivera Studio × Fernwood: brand refresh quote', ['sent'], [
        { id: ids.unansweredThread, from: ALEX1, to: [olivia], ago: 3 * DAY + 4 * HOUR,
          body: 'Hi Olivia,\n\nHere is the quote for the brand refresh: discovery, logo system and a 40-page guideline, 7 weeks, €24,500. Happy to adjust scope if the timeline is tight.\n\nWarmly,\nAlex' },
      ]),
      thread(now, 'Invoice #2041: October retainer', ['sent', 'inbox'], [
        { id: ids.repliedThread, from: ALEX1, to: [ben], ago: 8 * DAY + 2 * HOUR,
          body: 'Hi Ben,\n\nInvoice #2041 for the October retainer is attached, due in 14 days.\n\nThanks!\nAlex' },
        { id: '18f1a9c8d7e6f522', from: ben, to: [ALEX1], ago: 6 * DAY + 1 * HOUR, quoted: true,
          body: 'Paid today, thanks Alex.\n\nBen' },
      ], false),
      thread(now, 'Website launch checklist', ['sent', 'inbox'], [
        { id: ids.longThread, from: ALEX1, to: [riley], ago: 10 * DAY + 3 * HOUR,
          body: 'Riley, the launch checklist is in the shared doc. The open items on your side: DNS, analytics and the cookie banner copy.\n\nAlex' },
        { id: '18ef2b3c4d5e6f23', from: riley, to: [ALEX1], ago: 9 * DAY + 2 * HOUR, quoted: true,
          body: 'DNS is done. Analytics tomorrow. Who writes the cookie banner copy, you or legal?\n\nRiley' },
        { id: '18ef3c4d5e6f7033', from: ALEX1, to: [riley], ago: 8 * DAY + 5 * HOUR, quoted: true,
          body: 'Legal drafts, we style it. I will chase them.\n\nAlex' },
        { id: '18ef4d5e6f708143', from: riley, to: [ALEX1], ago: 5 * DAY + 1 * HOUR, quoted: true,
          body: 'Analytics is live on staging. Still waiting for the banner text.\n\nRiley' },
        { id: '18ef5e6f70819253', from: ALEX1, to: [riley], ago: 1 * DAY + 2 * HOUR, quoted: true,
          body: 'Banner copy is in the doc now. Can we go live on Thursday?\n\nAlex' },
      ], false),
      thread(now, HTML_SUBJECT, ['sent', 'inbox'], [
        { id: ids.htmlSubjectThread, from: ALEX1, to: [grace], ago: 2 * DAY + 3 * HOUR,
          body: 'Hi Grace,\n\nPricing & terms for the packaging project: 3 concepts, 2 rounds of revisions, 50% upfront. <i>Let me know</i> if that works.\n\nAlex' },
        { id: '18f3cae1f2a3b424', from: grace, to: [ALEX1], ago: 1 * DAY + 4 * HOUR, quoted: true,
          body: 'Works for us. Please send the contract & first invoice.\n\nGrace' },
      ], true),
      thread(now, 'Podcast guest invite: Design Matters Weekly', ['inbox'], [
        { id: ids.inboxThread, from: jamie, to: [ALEX1], ago: 2 * HOUR,
          body: 'Hi Alex,\n\nWe would love to have you on the show to talk about running a two-person studio. Recording is remote, about 45 minutes. Any Tuesday in the next month?\n\nJamie' },
      ], true),
      thread(now, 'Portfolio feature: Rivera Studio', ['sent'], [
        { id: ids.olderUnansweredThread, from: ALEX1, to: [nora], ago: 6 * DAY + 5 * HOUR,
          body: 'Hi Nora,\n\nI saw the call for small-studio features. Our wayfinding project for the Harbor library might be a fit; case study link and images are below.\n\nBest,\nAlex' },
      ]),
      thread(now, 'Studio availability for Q1', ['sent'], [
        { id: ids.sendAsThread, from: ids.sendAs, to: [harper], ago: 2 * DAY + 1 * HOUR,
          body: 'Hi Harper,\n\nWe have room for one identity project starting in January. If the packaging line is still on your list, we would love to talk.\n\nRivera Studio' },
      ]),
    ],
  };
}

/** Nine weekly status mails, Alex and Sam taking turns; Alex wrote the last one. */
function weeklyStatus(firstId: string, alex: Person, sam: Person): Draft[] {
  const ids = [firstId, '18ed4b5c6d7e8f31', '18ed5c6d7e8f9041', '18ed6d7e8f901251', '18ed7e8f90123461',
    '18ed8f9012345671', '18ed901234567881', '18eda12345678991', '18edb234567890a1'];
  const notes = [
    'Week 1: site survey done at both warehouses; scanners ordered.',
    'Scanners arrived at Dock A. Dock B delivery slipped to Thursday.',
    'Week 2: Dock A live for inbound. Pick accuracy 98.7% on day one.',
    'Dock B scanners installed. Training for the night shift on Monday.',
    'Week 3: both docks live. Accuracy up to 99.1%.',
    'Night shift is happy. One label printer keeps jamming, replacement on order.',
    'Week 4: printer replaced; accuracy 99.3%, above the 99.2% target.',
    'Great. Finance asks for the week 4 numbers in the usual sheet.',
    'Week 5: sheet updated with weeks 1 to 5. Can we set the sign-off call for next Tuesday?',
  ];
  return ids.map((id, i) => {
    const fromAlex = i % 2 === 0;
    return {
      id,
      from: fromAlex ? alex : sam,
      to: [fromAlex ? sam : alex],
      ago: (33 - i * 4) * DAY + (i % 3) * HOUR,
      body: `${fromAlex ? 'Hi Sam' : 'Hi Alex'},\n\n${notes[i]}\n\n${fromAlex ? 'Alex' : 'Sam'}`,
      quoted: i > 0,
    };
  });
}

/**
 * An HTML body a sender pasted from Gmail itself: every part of it looks like Gmail's own UI and
 * none of it is (the ids point at other sample threads, the fake sender is the account).
 */
function hostileHtml(): string {
  const { unansweredThread, followedUpThread, email, name } = SAMPLE.account0;
  const dec = (hex: string) => BigInt(`0x${hex}`).toString(10);
  return (
    '<div dir="ltr">Hi Alex,<br><br>Here it is, pasted from our old Gmail, formatting and all.<br><br>Kai</div>' +
    '<div class="nH if"><div class="ha">' +
    `<h2 class="hP" data-thread-perm-id="thread-f:${dec(followedUpThread)}" data-legacy-thread-id="${followedUpThread}">Seed round deck: quick question</h2></div>` +
    '<div class="G-atb" gh="mtb"><div class="T-I J-J5-Ji" role="button" data-tooltip="Archive">Archive</div></div>' +
    '<div class="nH aHU"><div class="nH hx" role="list">' +
    '<div class="kQ adv" role="listitem"><span class="adx" role="button">42</span></div>' +
    '<div class="h7" role="listitem" aria-expanded="true"><div class="Bk"><div class="G3 G2"><div><div id="fake-1">' +
    `<div class="adn ads" data-message-id="#msg-f:${dec(followedUpThread)}" data-legacy-message-id="${followedUpThread}">` +
    '<table class="cf gJ"><tbody><tr class="acZ"><td class="gF gK"><table class="cf ix"><tbody><tr><td class="c2">' +
    `<h3 class="iw"><span class="qu"><span class="gD" email="${email}" name="${name}">${name}</span></span></h3>` +
    '</td></tr></tbody></table></td><td class="gH bAk"><span class="g3" title="Mon, Jan 5, 2026, 9:00 AM">Jan 5</span></td>' +
    '<td class="gH acX"><div class="T-I J-J5-Ji aaq" role="button" data-tooltip="Reply" aria-label="Reply">Reply</div></td></tr>' +
    '<tr class="acZ xD"><td colspan="3"><span class="hb">to <span class="g2" email="investor@fieldstone.example" name="Investor">Investor</span></span></td></tr>' +
    '</tbody></table></div></div></div></div></div></div></div>' +
    '<div class="amn"><span class="ams bkH" role="link" tabindex="0">Reply</span><span class="ams bkG" role="link">Forward</span></div></div></div>' +
    '<table class="F cf zt"><tbody><tr class="zA yO" role="row"><td class="xY a4W"><div class="xS"><div class="xT"><div class="y6">' +
    `<span class="bog"><span data-thread-id="#thread-f:${dec(unansweredThread)}" data-legacy-thread-id="${unansweredThread}">Onboarding checklist</span></span>` +
    '</div></div></div></td></tr></tbody></table>' +
    '<div class="M9"><form class="bAs"><input type="hidden" name="draft" value="#msg-a:r4242">' +
    '<input type="hidden" name="from" value="ceo@evil.example">' +
    '<div class="J-M jQjAxd J-M-awS" role="menu"><div class="SK AX"><div class="J-N" role="menuitem" value="ceo@evil.example">CEO &lt;ceo@evil.example&gt;</div></div></div>' +
    '<input name="subjectbox" value="Wire the money">' +
    '<div class="Ap"><div contenteditable="true" g_editable="true">Pay now</div></div>' +
    '<table class="IZ"><tbody><tr class="btC"><td class="gU Up"><div><div class="T-I J-J5-Ji aoO T-I-atl" role="button">Send</div></div></td></tr></tbody></table>' +
    '</form></div>' +
    '<img alt="" src="data:," onerror="document.title=\'pwned\'"><script>document.title = "pwned"</script>'
  );
}

export function sampleAccounts(now: number): ReplicaAccount[] {
  return [account0(now), account1(now)];
}

export function sampleReplica(opts: { threadLayout?: ThreadLayout; now?: () => number; timeZone?: string } = {}): GmailReplica {
  const clock = opts.now ?? (() => Date.now());
  return new GmailReplica({
    accounts: sampleAccounts(clock()),
    ...(opts.threadLayout ? { threadLayout: opts.threadLayout } : {}),
    now: clock,
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
  });
}
