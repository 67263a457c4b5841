// Believable sample mailboxes for two signed-in accounts (/u/0 and /u/1). Mirrors gmail-facts.md
// "Identifiers" (16-hex legacy ids > 2^53, thread id = id of its first message) and
// "Did anyone reply? — the print view" (threads the user sent with and without replies).

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
  return {
    email: ids.email,
    name: ids.name,
    ik: ids.ik,
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
    ],
  };
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
