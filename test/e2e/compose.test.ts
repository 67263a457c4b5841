/**
 * Setting a follow-up while writing: the control beside Send in every
 * compose, and a follow-up created only when the message really goes out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findPromisedDate } from '../../src/core/dates/promisedDate';
import { dueAtForChoice, dueAtForPreset } from '../../src/core/dueDate';
import { bodyKey } from '../../src/core/replies/fingerprint';
import { formatDueDate } from '../../src/core/format';
import type { FollowUp } from '../../src/core/followUp';
import { sampleReplica, SAMPLE } from '../replica';
import { Compose } from '../support/compose';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { currentWorker, GmailPage, storedFollowUps } from '../support/pages';

const ZONE = { locale: 'en-GB', timezoneId: 'Europe/Berlin' };
const DANA = 'dana@northwind.example';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(path = '/mail/u/0/#inbox') {
  session = await launchExtension({ replica: sampleReplica(), ...ZONE });
  return GmailPage.open(session, path);
}

const stored = () => storedFollowUps(session!);
const storedWhenOne = async (): Promise<FollowUp> => {
  await expect.poll(async () => (await stored()).length).toBe(1);
  return (await stored())[0]!;
};

describe('a new message', () => {
  it.each(['click', 'enter', 'space', 'ctrl-enter'] as const)(
    'gets its follow-up when sent with %s, counted from the send',
    async (how) => {
      const gmail = await start();
      const compose = await Compose.open(gmail.page);
      await expect.poll(() => compose.controlButton.textContent()).toBe('Follow up');
      await compose.write({ to: [DANA], subject: `Proposal (${how})`, body: 'Hi Dana, the proposal is attached.' });
      await compose.choose('in-2-business-days');
      expect(await compose.controlButton.getAttribute('aria-label')).toBe('Follow up: if no reply in 2 business days');
      expect(await compose.controlButton.textContent()).toBe('In 2 business days');
      const before = Date.now();
      await compose.sendWith(how);
      await Compose.sentToast(gmail.page).waitFor();
      const followUp = await storedWhenOne();
      expect(followUp).toMatchObject({
        account: SAMPLE.account0.email,
        subject: `Proposal (${how})`,
        recipients: [{ email: DANA }],
        condition: 'if-no-reply',
        status: 'pending',
        // The sent message is found in Gmail's print view by its sender and how it starts.
        tracking: { kind: 'compose', from: '', body: bodyKey('Hi Dana, the proposal is attached.') },
      });
      expect(followUp.sentAt).toBeGreaterThanOrEqual(before);
      expect(followUp.dueAt).toBe(dueAtForPreset('in-2-business-days', followUp.sentAt));
      expect(session!.pageErrors).toEqual([]);
    },
  );

  it('completes the thread id once Gmail shows the sent thread', async () => {
    const gmail = await start();
    const compose = await Compose.open(gmail.page);
    await compose.write({ to: [DANA], subject: 'Kickoff date', body: 'Does the 1st work?' });
    await compose.choose('tomorrow');
    await compose.sendWith('click');
    expect((await storedWhenOne()).threadId).toBe(''); // stored at once, with what is known
    await gmail.page.evaluate(() => (location.hash = '#sent'));
    await expect.poll(async () => (await stored())[0]?.threadId).toMatch(/^[0-9a-f]{16}$/);
    const [followUp] = await stored();
    const thread = session!.replica.thread(0, followUp!.threadId)!;
    expect(thread.subject).toBe('Kickoff date');
    expect(followUp!.threadPermId).toBe(`thread-f:${BigInt(`0x${followUp!.threadId}`)}`);
  });

  it('creates nothing when the draft is discarded, closed, or Gmail refuses to send it', async () => {
    const gmail = await start();
    const discarded = await Compose.open(gmail.page);
    await discarded.write({ to: [DANA], subject: 'Never mind' });
    await discarded.choose('tomorrow');
    await discarded.discard();

    const refused = await Compose.open(gmail.page);
    await refused.write({ subject: 'No recipient' });
    await refused.choose('tomorrow');
    await refused.sendWith('click'); // Gmail: "Please specify at least one recipient."
    await gmail.page.locator('[role=alertdialog] button[name=ok]').click();
    // Closed (saved as a draft) after the refusal: still never sent.
    await refused.root.locator('xpath=ancestor::div[@role="dialog"]').locator('img.Ha').click();
    await refused.root.waitFor({ state: 'detached' });

    const closed = await Compose.open(gmail.page);
    await closed.write({ to: [DANA], subject: 'Later' });
    await closed.choose('tomorrow');
    await closed.root.locator('xpath=ancestor::div[@role="dialog"]').locator('img.Ha').click();
    await closed.root.waitFor({ state: 'detached' });

    await gmail.settled();
    expect(await stored()).toEqual([]);
  });

  it('creates nothing when the choice is off', async () => {
    const gmail = await start();
    const compose = await Compose.open(gmail.page);
    await compose.write({ to: [DANA], subject: 'FYI' });
    await compose.sendWith('click');
    await Compose.sentToast(gmail.page).waitFor();
    await gmail.settled();
    expect(await stored()).toEqual([]);
  });

  it("is cancelled by Gmail's Undo, and the reopened draft keeps its choice", async () => {
    const gmail = await start();
    const compose = await Compose.open(gmail.page);
    await compose.write({ to: [DANA], subject: 'Oops', body: 'Wrong attachment' });
    await compose.choose('in-1-week');
    await compose.sendWith('click');
    await Compose.sentToast(gmail.page).click();
    await expect.poll(async () => (await stored())[0]?.status).toBe('cancelled');
    const reopened = new Compose(gmail.page, gmail.page.locator('div.M9').last());
    await expect.poll(() => reopened.controlButton.getAttribute('aria-label')).toBe('Follow up: if no reply in 1 week');
  });

  it('keeps the choices of several composes apart', async () => {
    const gmail = await start();
    const first = await Compose.open(gmail.page);
    await first.write({ to: [DANA], subject: 'First' });
    await first.choose('tomorrow');
    const second = await Compose.open(gmail.page);
    await second.write({ to: [DANA], subject: 'Second' });
    await second.choose('in-2-weeks');
    expect(await first.controlButton.getAttribute('aria-label')).toBe('Follow up: if no reply tomorrow');
    await second.sendWith('click');
    await first.sendWith('click');
    await expect.poll(async () => (await stored()).length).toBe(2);
    const bySubject = Object.fromEntries((await stored()).map((f) => [f.subject, f]));
    expect(bySubject.First!.dueAt).toBe(dueAtForPreset('tomorrow', bySubject.First!.sentAt));
    expect(bySubject.Second!.dueAt).toBe(dueAtForPreset('in-2-weeks', bySubject.Second!.sentAt));
  });

  it('counts from the scheduled time of a scheduled send', async () => {
    const gmail = await start();
    const compose = await Compose.open(gmail.page);
    await compose.write({ to: [DANA], subject: 'Scheduled', body: 'See you Monday' });
    await compose.choose('in-1-week');
    await compose.root.locator('.IZ .Up div[role=button][aria-haspopup=true]').click();
    await gmail.page.locator('[role=menu] [role=menuitem]', { hasText: 'Schedule send' }).click();
    const tomorrowMorning = gmail.page.locator('[role=dialog][aria-label="Schedule send"] [role=menuitem]').first();
    const scheduledAt = Number(await tomorrowMorning.getAttribute('data-scheduled-at'));
    await tomorrowMorning.click();
    const followUp = await storedWhenOne();
    expect(followUp.sentAt).toBe(scheduledAt);
    expect(followUp.dueAt).toBe(dueAtForPreset('in-1-week', scheduledAt));
  });

  it('starts with the default follow-up from settings', async () => {
    const gmail = await start();
    await currentWorker(session!).evaluate(() =>
      chrome.storage.sync.set({ settings: { defaultFollowUpBusinessDays: 3 } }),
    );
    const compose = await Compose.open(gmail.page);
    await expect.poll(() => compose.controlButton.getAttribute('aria-label')).toBe('Follow up: if no reply in 3 business days');
  });

  it('creates the default follow-up for any number of business days the settings allow, not only 2 or 3', async () => {
    const gmail = await start();
    await currentWorker(session!).evaluate(() => chrome.storage.sync.set({ settings: { defaultFollowUpBusinessDays: 5 } }));
    const compose = await Compose.open(gmail.page);
    await expect.poll(() => compose.controlButton.getAttribute('aria-label')).toBe('Follow up: if no reply in 5 business days');
    expect(await compose.controlButton.textContent()).toBe('In 5 business days');
    await compose.write({ to: [DANA], subject: 'Default of five', body: 'Hi Dana, the numbers are attached.' });
    await compose.sendWith('click');
    const followUp = await storedWhenOne();
    expect(followUp.dueAt).toBe(dueAtForChoice({ kind: 'business-days', days: 5 }, followUp.sentAt));
  });
});

describe('a promise in the message', () => {
  it("pre-selects the date the message promises, says why, and yields to the user's own choice", async () => {
    const gmail = await start();
    const compose = await Compose.open(gmail.page);
    const body = "Hi Dana, if I don't hear back by Friday I'll give you a call.";
    await compose.write({ to: [DANA], subject: 'Pilot', body });
    const promised = findPromisedDate(body, { now: Date.now() })!;
    expect(promised.quote).toBe('by Friday');
    await expect.poll(() => compose.controlButton.textContent()).toBe(formatDueDate(promised.dueAt, { locale: 'en-GB' }));
    expect(await compose.controlButton.getAttribute('title')).toContain('From your message: “by Friday”');
    // The menu ticks the promised time as the choice in force.
    await compose.openMenu();
    expect(await compose.control.locator('[data-action=current]').getAttribute('aria-checked')).toBe('true');
    expect(await compose.control.locator('[aria-checked=true]').count()).toBe(3); // the time, "Only if nobody replies" and "Once"
    await compose.page.keyboard.press('Escape');

    await compose.choose('tomorrow');
    await compose.write({ body: `${body} I'll follow up next month otherwise.` });
    // A second compose, untouched, is the clock: once its promise shows, the first one's body was read too.
    const witness = await Compose.open(gmail.page);
    await witness.write({ to: [DANA], subject: 'Witness', body: "I'll follow up next month." });
    await expect.poll(() => witness.controlButton.getAttribute('title')).toContain('From your message');
    expect(await compose.controlButton.textContent()).toBe('Tomorrow');

    // Taking the promise out of a message takes its date away again.
    await witness.write({ body: 'Thanks!' });
    await expect.poll(() => witness.controlButton.textContent()).toBe('Follow up');
  });
});

describe('a reply', () => {
  it('belongs to the thread it answers, tracking the message it sends', async () => {
    const gmail = await start();
    await gmail.openThreadFromList('inbox', SAMPLE.account0.repliedThread);
    const reply = await Compose.reply(gmail.page);
    await reply.write({ body: 'Wednesday works. Sending an invite.' });
    await reply.choose('tomorrow');
    await reply.sendWith('ctrl-enter');
    const followUp = await storedWhenOne();
    expect(followUp).toMatchObject({
      threadId: SAMPLE.account0.repliedThread,
      threadPermId: `thread-f:${BigInt(`0x${SAMPLE.account0.repliedThread}`)}`,
      tracking: { kind: 'compose', from: '', body: bodyKey('Wednesday works. Sending an invite.') },
    });
  });
});

describe('typed dates', () => {
  it('previews a phrase live and takes it; refuses what it cannot use, saying why', async () => {
    const gmail = await start();
    const compose = await Compose.open(gmail.page);
    await compose.openMenu();
    const phrase = compose.control.locator('input[data-field=phrase]');
    const preview = compose.control.locator('#ft-phrase-preview');
    await phrase.fill('yesterday');
    await expect.poll(() => preview.textContent()).toMatch(/past/i);
    await phrase.press('Enter');
    expect(await compose.controlButton.textContent()).toBe('Follow up');
    await phrase.fill('asdf');
    await expect.poll(() => preview.textContent()).toMatch(/understand|couldn|read/i);
    await phrase.fill('in 3 business days');
    await expect.poll(() => preview.textContent()).toMatch(/^(Mon|Tue|Wed|Thu|Fri) \d{1,2} \w{3}, 09:00 \(read from “in 3 business days”\)$/);
    const shown = (await preview.textContent())!.replace(/ \(read from .*$/, '');
    await phrase.press('Enter');
    // Taken once: the menu closes and stays closed, the focus back on the control.
    await gmail.settled();
    expect(await compose.control.locator('[role=menu]').count()).toBe(0);
    expect(await compose.controlButton.getAttribute('aria-label')).toBe(`Follow up: if no reply by ${shown}`);
    expect(await compose.controlButton.textContent()).toBe(shown);
  });

  it('explains a picked date beyond the limit as it does a typed one, choosing nothing', async () => {
    const gmail = await start();
    const compose = await Compose.open(gmail.page);
    await compose.openMenu();
    await compose.control.locator('input[data-field=picker]').fill('2031-01-15T14:30');
    await expect
      .poll(() => compose.control.locator('.ft-hint-error').textContent())
      .toBe('“Wed, 15 Jan 2031, 14:30” is more than 2 years away — pick a nearer date.');
    expect(await compose.controlButton.textContent()).toBe('Follow up');
    expect(session!.pageErrors).toEqual([]);
  });
});

describe('bad input', () => {
  it('stores a 10,000-character subject with HTML in it cut to size, as text', async () => {
    const gmail = await start();
    const dialogs: string[] = [];
    gmail.page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
    const compose = await Compose.open(gmail.page);
    const subject = `<img src=x onerror=alert(1)> ${'x'.repeat(10_000)}`;
    await compose.write({ to: [DANA], subject });
    await compose.choose('tomorrow');
    await compose.sendWith('click');
    const followUp = await storedWhenOne();
    expect(followUp.subject).toHaveLength(500);
    expect(followUp.subject.startsWith('<img src=x onerror=alert(1)> xxx')).toBe(true);
    expect(dialogs).toEqual([]);
    expect(session!.pageErrors).toEqual([]);
  });

  it('shows no control, creates nothing and throws nothing when Gmail changed its Send button', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const page = await session.context.newPage();
    // Gmail "changes its DOM": Send no longer looks like anything we know.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        for (const send of document.querySelectorAll('div.T-I.T-I-atl[role=button]:not([aria-haspopup])')) {
          send.setAttribute('role', 'link');
          send.classList.remove('T-I-atl');
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    const gmail = new GmailPage(page);
    const compose = await Compose.open(page);
    await compose.write({ to: [DANA], subject: 'Still sends' });
    await gmail.settled();
    expect(await compose.control.count()).toBe(0);
    await compose.root.locator('div[role=link]', { hasText: 'Send' }).click();
    await Compose.sentToast(page).waitFor();
    await gmail.settled();
    expect(await stored()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

