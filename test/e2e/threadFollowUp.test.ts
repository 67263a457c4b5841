/**
 * The first slice, end to end in real Chromium with the built extension on
 * the Gmail replica: open a thread the user sent, set a follow-up, find it
 * stored and listed in the popup, and see it tracked when coming back.
 */
import { addDays, startOfWeek } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDueDate } from '../../src/core/format';
import { sampleReplica, SAMPLE } from '../replica';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { PopupPage } from '../support/extensionPages';
import { Compose } from '../support/compose';
import { baselineRecorded, GmailPage, storedFollowUps } from '../support/pages';

const ZONE = { locale: 'en-GB', timezoneId: 'Europe/Berlin' };
const format = (ms: number) => formatDueDate(ms, { locale: ZONE.locale, timeZone: ZONE.timezoneId });

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(threadLayout: 'a98' | 'bs' = 'a98') {
  session = await launchExtension({ replica: sampleReplica({ threadLayout }), ...ZONE });
  return session;
}

describe.each(['a98', 'bs'] as const)('in the %s thread layout', (layout) => {
  it('sets a follow-up on a sent thread, stores it, lists it in the popup and shows it tracked later', async () => {
    const s = await start(layout);
    const thread = SAMPLE.account0.unansweredThread;
    const gmail = await GmailPage.open(s, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', thread);

    await expect.poll(() => gmail.controlButton.textContent()).toBe('Follow up');
    // It sits in the thread toolbar, like Gmail's own actions.
    expect(await gmail.page.locator('[gh=mtb] [data-followthrough=thread-control]').count()).toBe(1);

    const before = Date.now();
    await gmail.choose('in-3-business-days');

    const [stored] = await storedFollowUps(s);
    const expectedThread = s.replica.thread(0, thread)!;
    const lastMessage = expectedThread.messages.at(-1)!;
    expect(stored).toMatchObject({
      account: 'alex.rivera@example.com',
      threadId: thread,
      threadPermId: `thread-f:${BigInt(`0x${thread}`)}`,
      messageId: lastMessage.legacyId,
      subject: expectedThread.subject,
      recipients: lastMessage.to.map(({ email }) => expect.objectContaining({ email })),
      condition: 'if-no-reply',
      status: 'pending',
    });
    // "In 3 business days" is a weekday at 09:00 Berlin time, three to five days on.
    expect(stored!.dueAt).toBeGreaterThan(before + 2 * 86_400_000);
    expect(stored!.dueAt).toBeLessThan(before + 6 * 86_400_000);
    expect(format(stored!.dueAt)).toMatch(/^(Mon|Tue|Wed|Thu|Fri) .*, 09:00$/);

    await expect.poll(() => gmail.controlButton.textContent()).toBe(`Follow-up ${format(stored!.dueAt)} · if no reply`);

    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.rows.count()).toBe(1);
    const row = popup.rows.first();
    await expect.poll(() => row.locator('.subject').textContent()).toBe(expectedThread.subject);
    await expect.poll(() => row.locator('.recipients').textContent()).toContain(lastMessage.to[0]!.name);
    // The row says how far away it is; its tooltip has the date.
    await expect.poll(() => row.locator('.due').getAttribute('title')).toBe(`Due ${format(stored!.dueAt)}`);
    expect(await row.locator('.due').textContent()).toMatch(/^Due in \d days$/);

    // Away and back, in-app: the thread is shown as tracked, with one control.
    await gmail.page.evaluate(() => (location.hash = '#inbox'));
    await gmail.page.locator('tr.zA').first().waitFor();
    await gmail.settled();
    expect(await gmail.control.count()).toBe(0);
    await gmail.openThreadFromList('sent', thread);
    await expect.poll(() => gmail.control.locator('button.ft-button[data-state=tracked]').textContent()).toBe(
      `Follow-up ${format(stored!.dueAt)} · if no reply`,
    );
    await expect.poll(() => gmail.control.count()).toBe(1);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('where the control belongs', () => {
  it('offers a reply-by on a thread someone else wrote last, lists it as waiting on me, and ends it when the user replies', async () => {
    const s = await start();
    const gmail = await GmailPage.open(s, '/mail/u/0/#inbox');
    await gmail.openThreadFromList('inbox', SAMPLE.account0.repliedThread);
    await expect.poll(() => gmail.controlButton.textContent()).toBe('Follow up');
    await gmail.openMenu();
    expect(await gmail.control.locator('.ft-menu-heading').first().textContent()).toBe('Remind me by');
    const conditions = gmail.control.locator('[data-condition]');
    expect(await conditions.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.condition))).toEqual([
      'until-i-reply',
      'if-no-reply',
      'always',
    ]);
    expect(await gmail.control.locator('[data-condition=until-i-reply]').getAttribute('aria-checked')).toBe('true');
    await gmail.pick('tomorrow');
    const stored = await baselineRecorded(s);
    expect(stored).toMatchObject({ condition: 'until-i-reply', recipients: [{ email: 'priya@lumenlabs.example' }], tracking: { kind: 'thread' } });
    await expect.poll(() => gmail.controlButton.getAttribute('title')).toMatch(new RegExp(`^Follow-up ${format(stored.dueAt)} · if I haven't replied`));

    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.section('waiting-on-me').count()).toBe(1);
    expect(await popup.row(stored.id).locator('.recipients').textContent()).toBe('From Priya Natarajan');
    expect(await popup.page.locator('section h2').first().textContent()).toBe('Waiting on me');

    // Priya writing again would change nothing; the user's own reply ends it.
    await gmail.page.bringToFront();
    const reply = await Compose.reply(gmail.page);
    await reply.write({ body: 'Hi Priya, Wednesday at 10:30 works for me.' });
    await reply.sendWith('click');
    await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
    await gmail.openThreadFromList('inbox', SAMPLE.account0.repliedThread);
    await expect.poll(async () => (await storedFollowUps(s))[0]?.status, { timeout: 30_000, interval: 250 }).toBe('done');
    await popup.page.bringToFront();
    await expect.poll(() => popup.section('waiting-on-me').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('keeps exactly one control through in-app navigation between threads', async () => {
    const s = await start();
    const gmail = await GmailPage.open(s, '/mail/u/0/#sent');
    for (const thread of [SAMPLE.account0.unansweredThread, SAMPLE.account0.htmlSubjectThread, SAMPLE.account0.unansweredThread]) {
      await gmail.openThreadFromList('sent', thread);
      await expect.poll(() => gmail.controlButton.textContent()).toBe('Follow up');
      await expect.poll(() => gmail.control.count()).toBe(1);
    }
    expect(s.pageErrors).toEqual([]);
  });

  it('files a follow-up set in the second account under that account', async () => {
    const s = await start();
    const gmail = await GmailPage.open(s, '/mail/u/1/#sent');
    await gmail.openThreadFromList('sent', SAMPLE.account1.unansweredThread);
    await gmail.choose('tomorrow');
    const stored = await storedFollowUps(s);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ account: 'alex@rivera-studio.example', threadId: SAMPLE.account1.unansweredThread });
  });
});

describe('a date the other person proposed', () => {
  const dana = { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example' };
  /** The Monday of a week three weeks on, at the reminder hour (this test file runs in Berlin's zone, as the browser does). */
  function weekAhead() {
    const monday = startOfWeek(addDays(new Date(), 21), { weekStartsOn: 1 });
    return { words: monday.toLocaleDateString('en-US', { month: 'long', day: 'numeric' }), dueAt: monday.getTime() + 9 * 3_600_000 };
  }

  it('offers the date from their reply in one click: the answered follow-up gets it as its next step', async () => {
    const s = await start();
    const thread = SAMPLE.account0.unansweredThread;
    const gmail = await GmailPage.open(s, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', thread);
    await gmail.choose('tomorrow');
    const first = await baselineRecorded(s);

    const week = weekAhead();
    s.replica.addReply(0, thread, { from: dana, body: `Thanks Alex, we are in a budget freeze for now.\n\nLet's follow up the week of ${week.words}.\n\nDana` });
    await gmail.openThreadFromList('inbox', thread);
    await expect.poll(async () => (await storedFollowUps(s))[0]?.status, { timeout: 30_000, interval: 250 }).toBe('replied');

    // Her sentence, as text, and its date on the button.
    const banner = gmail.page.locator('[data-followthrough=due-banner] .ft-banner-proposal');
    await expect.poll(() => banner.locator('.ft-proposal-quote').textContent()).toBe(`Let's follow up the week of ${week.words}.`);
    expect(await banner.locator('.ft-banner-text').textContent()).toMatch(/^Dana Whitfield wrote /);
    expect(await banner.locator('.ft-banner-action').textContent()).toBe(`Follow up ${format(week.dueAt)}`);
    await banner.locator('.ft-banner-action').click();

    await expect.poll(async () => (await storedFollowUps(s)).length).toBe(2);
    const all = await storedFollowUps(s);
    const ended = all.find((f) => f.id === first.id)!;
    const next = all.find((f) => f.id !== first.id)!;
    expect(ended.outcome).toMatchObject({ kind: 'next-step', nextId: next.id });
    expect(next).toMatchObject({ threadId: thread, status: 'pending', dueAt: week.dueAt, condition: 'if-no-reply' });
    await expect.poll(() => gmail.controlButton.textContent()).toBe(`Follow-up ${format(week.dueAt)} · if no reply`);
    await expect.poll(() => gmail.page.locator('[data-followthrough=due-banner]').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('reads only their own words, not the quoted mail, and puts the offer away on "Not now"', async () => {
    const s = await start();
    const thread = SAMPLE.account0.unansweredThread;
    const week = weekAhead();
    s.replica.addReply(0, thread, {
      from: dana,
      body: `Can we talk again on ${new Date(week.dueAt + 86_400_000).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' })}?\n\nOn Mon, Nov 30, 2026 at 9:00 AM Alex Rivera <alex.rivera@example.com> wrote:\n> Let's follow up the week of ${week.words}.`,
    });
    const gmail = await GmailPage.open(s, '/mail/u/0/#inbox');
    await gmail.openThreadFromList('inbox', thread);
    const banner = gmail.page.locator('[data-followthrough=due-banner] .ft-banner-proposal');
    // Tuesday, from her question; the Monday in Alex's quoted words is not hers.
    await expect.poll(() => banner.locator('.ft-banner-action').textContent()).toBe(`Follow up ${format(week.dueAt + 86_400_000)}`);
    await banner.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await storedFollowUps(s)).toEqual([]);
    await expect.poll(() => gmail.controlButton.textContent()).toBe('Follow up');
  });
});

describe("Gmail's themes", () => {
  it('follows a dark theme, and stays light on a light one', async () => {
    const s = await start();
    const gmail = await GmailPage.open(s, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
    expect(await gmail.control.getAttribute('data-theme')).toBe('light');
    // Gmail's dark theme, as the user would pick it in Gmail's settings.
    await gmail.page.addStyleTag({ content: 'body, body * { background-color: #1f1f1f !important; color: #e3e3e3 !important; }' });
    await gmail.openThreadFromList('sent', SAMPLE.account0.htmlSubjectThread);
    await expect.poll(() => gmail.control.getAttribute('data-theme')).toBe('dark');
    const color = await gmail.controlButton.evaluate((button) => getComputedStyle(button).color);
    expect(color).toBe('rgb(227, 227, 227)');
  });
});

describe('bad input', () => {
  it('shows a subject with HTML as text, in Gmail and in the popup', async () => {
    const s = await start();
    const dialogs: string[] = [];
    s.context.on('page', (page) => page.on('dialog', (dialog) => void dialogs.push(dialog.message())));
    const gmail = await GmailPage.open(s, '/mail/u/0/#sent');
    gmail.page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
    await gmail.openThreadFromList('sent', SAMPLE.account0.htmlSubjectThread);
    await gmail.choose('in-1-week');
    const subject = s.replica.thread(0, SAMPLE.account0.htmlSubjectThread)!.subject;
    expect(subject).toContain('<img');

    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.rows.first().locator('.subject').textContent()).toBe(subject);
    expect(await popup.page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('shows no control and throws nothing when the thread view lacks the elements we read', async () => {
    const s = await start();
    const page = await s.context.newPage();
    // Gmail "changes its DOM": the thread container loses the classes we know, as soon as it appears.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('.a98.iY, table.Bs')) el.className = 'renamed-by-gmail';
      }).observe(document, { childList: true, subtree: true });
    });
    const gmail = new GmailPage(page);
    await page.goto('https://mail.google.com/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
    await gmail.settled();
    expect(await gmail.control.count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('removes the control when Gmail strips the thread id from the open thread', async () => {
    const s = await start();
    const gmail = await GmailPage.open(s, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
    await gmail.controlButton.waitFor();
    await gmail.page.evaluate(() => {
      // Gmail re-renders the subject, and the new one carries no usable id.
      const subject = document.querySelector('h2.hP')!;
      const rendered = subject.cloneNode(true) as Element;
      rendered.removeAttribute('data-legacy-thread-id');
      rendered.setAttribute('data-thread-perm-id', 'undefined');
      subject.replaceWith(rendered);
    });
    await gmail.settled();
    expect(await gmail.control.count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });
});
