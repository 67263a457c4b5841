/**
 * Regenerates the screenshots in docs/ that README.md shows, from the
 * built extension on the Gmail replica. Run: npm run build && npx tsx scripts/screenshots.ts
 */
import { BUILT_IN_PLANS, startPlan } from '../src/core/plans';
import { GmailReplica, sampleAccounts, sampleReplica, SAMPLE } from '../test/replica';
import { launchExtension } from '../test/support/launch';
import { aFollowUp, OptionsPage, PopupPage, putFollowUps } from '../test/support/extensionPages';
import { Compose } from '../test/support/compose';
import { GmailPage, notificationIds, sendFromExtensionPage, storedFollowUps } from '../test/support/pages';

const persistent = BUILT_IN_PLANS.find((p) => p.id === 'persistent')!;
const session = await launchExtension({ replica: sampleReplica(), locale: 'en-US', timezoneId: 'Europe/Berlin' });
try {
  const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
  await gmail.openThreadFromList('sent', SAMPLE.account0.htmlSubjectThread);
  await gmail.choose('in-1-week');
  await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
  await gmail.openMenu();
  await gmail.page.screenshot({ path: 'docs/thread-control.png' });
  // A plan of follow-ups, chosen in one click: the control says which step is under way.
  await gmail.control.locator('[data-plan=persistent]').click();
  await gmail.control.locator('button.ft-button[data-state=tracked]').waitFor();
  await gmail.page.screenshot({ path: 'docs/thread-tracked.png', clip: { x: 256, y: 64, width: 1008, height: 200 } });

  // A compose with its choice beside Send.
  const compose = await Compose.open(gmail.page);
  await compose.write({ to: ['dana@northwind.example'], subject: 'Pilot kickoff', body: 'Hi Dana, does the 1st work for the kickoff?' });
  await compose.choose('in-3-business-days');
  await gmail.page.screenshot({ path: 'docs/compose.png', clip: { x: 720, y: 280, width: 560, height: 520 } });
  await compose.discard();

  // The thread-control follow-up made due now: the banner in its thread.
  const tracked = (await storedFollowUps(session)).find((f) => f.threadId === SAMPLE.account0.unansweredThread)!;
  await sendFromExtensionPage(session, { type: 'followUp.move', payload: { id: tracked.id, dueAt: Date.now() + 1000 } });
  while (!(await notificationIds(session)).includes(`followup:${tracked.id}`)) await gmail.settled();
  await gmail.openThreadFromList('sent', SAMPLE.account0.htmlSubjectThread);
  await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
  await gmail.page.locator('[data-followthrough=due-banner]').waitFor();
  await gmail.page.screenshot({ path: 'docs/due.png', clip: { x: 256, y: 64, width: 1008, height: 240 } });

  // Only an out-of-office answered the other one: the menu says when Sam is back and offers to move it there.
  const other = (await storedFollowUps(session)).find((f) => f.threadId === SAMPLE.account0.htmlSubjectThread)!;
  session.replica.addReply(0, SAMPLE.account0.htmlSubjectThread, {
    from: { name: 'Sam Okafor', email: 'sam@brightpath.example' },
    body: 'Thank you for your email. I am out of the office until Friday 11 December and will reply when I return. For anything urgent, please contact office@brightpath.example.',
  });
  await sendFromExtensionPage(session, { type: 'followUp.move', payload: { id: other.id, dueAt: Date.now() + 1000 } });
  while ((await storedFollowUps(session)).find((f) => f.id === other.id)?.firedAt === undefined) await gmail.settled();
  await gmail.openThreadFromList('inbox', SAMPLE.account0.htmlSubjectThread);
  await gmail.openMenu();
  await gmail.page.screenshot({ path: 'docs/thread-evidence.png', clip: { x: 256, y: 64, width: 1008, height: 440 } });
  await gmail.page.keyboard.press('Escape');

  // Some history besides the two just set: one overdue with a note, one in the other account, a reply.
  const day = 86_400_000;
  // With a history of notes: what was discussed, what comes next.
  const fieldstone = aFollowUp({
    threadId: SAMPLE.account0.followedUpThread,
    subject: 'Fieldstone renewal: revised quote',
    recipients: [{ name: 'Morgan Lee', email: 'morgan@fieldstone.example' }],
    sentAt: Date.now() - 9 * day,
    dueAt: Date.now() - 2 * day,
    note: 'Offer the 12-month term',
    noteAt: Date.now() - 3 * day,
    earlierNotes: [
      { at: Date.now() - 9 * day, text: 'Sent the revised quote: 8 % off for a 24-month renewal.' },
      { at: Date.now() - 6 * day, text: 'Call with Morgan: 24 months is too long for their board; they renew yearly.' },
    ],
  });
  await putFollowUps(session, [
    fieldstone,
    aFollowUp({ account: SAMPLE.account1.email, threadId: SAMPLE.account1.unansweredThread, subject: 'Harbor brand refresh: first concepts', recipients: [{ name: 'Olivia Chen', email: 'olivia@harbor.example' }], sentAt: Date.now() - 3 * day, dueAt: Date.now() + 90 * 60_000 }),
    aFollowUp({ threadId: SAMPLE.account0.repliedThread, subject: 'Lumen Labs: API access', recipients: [{ name: 'Priya Natarajan', email: 'priya@lumenlabs.example' }], status: 'replied', sentAt: Date.now() - 6 * day, dueAt: Date.now() - day, replyCheck: { checkedAt: Date.now() - 2 * day, outcome: 'replied', evidence: { by: { name: 'Priya Natarajan', email: 'priya@lumenlabs.example' }, dateText: new Date(Date.now() - 2 * day).toDateString() } } }),
  ]);
  const popup = await PopupPage.open(session);
  await popup.page.setViewportSize({ width: 400, height: 560 });
  await popup.rows.nth(4).waitFor();
  await popup.page.screenshot({ path: 'docs/popup.png' });
  // Its note, under the thread's earlier notes.
  await popup.act(fieldstone.id, 'note');
  await popup.notePanel.locator('[data-field=note-history]').waitFor();
  await popup.page.setViewportSize({ width: 400, height: 600 });
  await popup.notePanel.screenshot({ path: 'docs/popup-notes.png' });
  await popup.page.keyboard.press('Escape');

  // The answered thread in Gmail: how did it go, in one click, or the next step.
  await gmail.openThreadFromList('inbox', SAMPLE.account0.repliedThread);
  await gmail.control.locator('button.ft-button[data-state=replied]').waitFor();
  await gmail.openMenu();
  await gmail.page.screenshot({ path: 'docs/thread-outcome.png', clip: { x: 256, y: 64, width: 1008, height: 560 } });
  await gmail.page.keyboard.press('Escape');

  // A date the other person proposed: offered on their thread as a one-click follow-up.
  session.replica.addReply(0, SAMPLE.account0.inboxThread, {
    from: { name: 'Taylor Brooks', email: 'taylor@hireloop.example' },
    body: 'Hi Alex,\n\nNo rush at all. The role stays open through January, so let\u2019s talk again the week of January 11.\n\nTaylor',
  });
  await gmail.openThreadFromList('inbox', SAMPLE.account0.inboxThread);
  await gmail.page.locator('[data-followthrough=due-banner] .ft-banner-proposal').waitFor();
  await gmail.page.screenshot({ path: 'docs/thread-proposal.png', clip: { x: 256, y: 64, width: 1008, height: 360 } });

  // Twelve weeks of earlier follow-ups for "Your results": mostly replied, some closed without a
  // reply, and a second follow-up in some threads.
  await putFollowUps(
    session,
    Array.from({ length: 30 }, (_, i) => {
      const sentAt = Date.now() - (i * 2.5 + 4) * day;
      const replied = i % 3 !== 2;
      return aFollowUp({
        threadId: (0x18e0000000000000n + BigInt(i % 22)).toString(16),
        subject: `Proposal ${i + 1}`,
        sentAt,
        createdAt: sentAt + i * 1000,
        dueAt: sentAt + 3 * day,
        status: replied ? 'replied' : 'done',
        ...(replied ? { replyCheck: { checkedAt: sentAt + (1 + (i % 4)) * day, outcome: 'replied' as const } } : {}),
        // Every other one on the persistent plan, answered (or given up) after a few follow-ups.
        ...(i % 2 === 0 ? { plan: { ...startPlan(persistent), current: i % 4, doneAt: Array.from({ length: i % 4 }, (_, k) => sentAt + (k + 1) * day / 2) } } : {}),
        // Those follow-ups made: each second one two days after it was due.
        ...(i % 2 === 0 && i % 4 > 0 ? { made: Array.from({ length: i % 4 }, (_, k) => ({ promisedAt: sentAt + (k + 1) * day / 2 - (k === 1 ? 2 * day : 0), at: sentAt + (k + 1) * day / 2 })) } : {}),
        ...(i % 5 === 4 ? {} : { outcome: { kind: replied ? (i % 3 === 0 ? ('yes' as const) : ('next-step' as const)) : ('no-answer' as const), at: sentAt + 5 * day, steps: i % 4 } }),
      });
    }),
  );
  // The history: what ended and how it turned out, searchable.
  await popup.page.reload();
  await popup.page.locator('[data-action=history]').click();
  await popup.section('history').nth(4).waitFor();
  await popup.page.screenshot({ path: 'docs/popup-history.png' });

  const options = await OptionsPage.open(session);
  await options.page.setViewportSize({ width: 900, height: 800 });
  await options.stat('set').waitFor();
  // A plan of the user's own, being made: a mail, a call with what to ask, a last mail.
  const plans = options.setting('ownPlans');
  await plans.locator('[data-action=new-plan]').click();
  const editor = plans.locator('.plan-editor');
  await editor.locator('[data-field=plan-name]').fill('Investor updates');
  await editor.locator('[data-action=add-step]').click();
  await editor.locator('[data-action=add-step]').click();
  const step = (n: number) => editor.locator('.plan-steps > li').nth(n);
  await step(1).locator('[data-field=channel]').selectOption('call');
  await step(1).locator('[data-field=note]').fill('Ask about the round');
  await step(2).locator('[data-field=count]').fill('10');
  await plans.screenshot({ path: 'docs/options-plan.png' });
  await editor.locator('[data-action=save-plan]').click();
  await editor.waitFor({ state: 'detached' });
  await options.page.locator('[data-section=settings] [role=status]', { hasText: 'Saved' }).waitFor();
  await options.page.screenshot({ path: 'docs/options.png', fullPage: true });
} finally {
  await session.close();
}

// The same in German: Chromium in German (--lang=de), on German Gmail.
const accounts = sampleAccounts(Date.now());
accounts[0]!.language = 'de';
const german = await launchExtension({ replica: new GmailReplica({ accounts }), locale: 'de-DE', timezoneId: 'Europe/Berlin', extraArgs: ['--lang=de'] });
try {
  const gmail = await GmailPage.open(german, '/mail/u/0/#sent');
  await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
  await gmail.openMenu();
  // A date typed in German, read as German, with its preview.
  await gmail.control.locator('input[data-field=phrase]').fill('Ende nächster Woche');
  await gmail.control.getByText('erkannt: „Ende nächster Woche“', { exact: false }).waitFor();
  await gmail.page.screenshot({ path: 'docs/thread-control-de.png', clip: { x: 256, y: 64, width: 1008, height: 560 } });
  const day = 86_400_000;
  await putFollowUps(german, [
    aFollowUp({ subject: 'Angebot Badsanierung Lindenstraße', recipients: [{ name: 'Lena Hoffmann', email: 'lena@hoffmann.example' }], sentAt: Date.now() - 6 * day, dueAt: Date.now() - day, firedAt: Date.now() - day, note: 'Nach dem Termin fragen' }),
    aFollowUp({ threadId: SAMPLE.account0.repliedThread, subject: 'Rahmenvertrag 2027', recipients: [{ name: 'Jonas Wolf', email: 'jonas@wolf.example' }], sentAt: Date.now() - 2 * day, dueAt: Date.now() + 3 * day }),
  ]);
  const popup = await PopupPage.open(german);
  await popup.page.setViewportSize({ width: 400, height: 300 });
  await popup.rows.nth(1).waitFor();
  await popup.page.screenshot({ path: 'docs/popup-de.png' });
} finally {
  await german.close();
}
