/**
 * Plans end to end: a plan is chosen on a thread, its step comes due, the user follows up from
 * the banner with the reply already set to the next step, and a reply ends it — in real
 * Chromium, on the replica, the engine reading Gmail's print view.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { formatDueDate } from '../../src/core/format';
import { BUILT_IN_PLANS, startPlan, stepDueAt } from '../../src/core/plans';
import { SAMPLE, sampleReplica } from '../replica';
import { Compose } from '../support/compose';
import { aFollowUp, OptionsPage, PopupPage, putFollowUps } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { baselineRecorded, GmailPage, notificationIds, sendFromExtensionPage, storedFollowUps } from '../support/pages';

const ZONE = { locale: 'en-GB', timezoneId: 'Europe/Berlin' };
const THREAD = SAMPLE.account0.unansweredThread;
const persistent = BUILT_IN_PLANS.find((p) => p.id === 'persistent')!;
const format = (ms: number) => formatDueDate(ms, { locale: ZONE.locale, timeZone: ZONE.timezoneId });

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const stored = async (): Promise<FollowUp> => (await storedFollowUps(session!))[0]!;

describe('a plan of follow-ups', () => {
  it('walks a plan: step 1 comes due, the user follows up from the banner, step 2 is set from that send, a reply ends it', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', THREAD);

    // Chosen in one click: the plan's first step, 2 business days on.
    await gmail.openMenu();
    const before = Date.now();
    await gmail.control.locator('[data-plan=persistent]').click();
    await gmail.control.locator('button.ft-button[data-state=tracked]').waitFor();
    const set = await baselineRecorded(session);
    expect(set.plan).toMatchObject({ planId: 'persistent', current: 0, doneAt: [] });
    expect(set.plan?.steps).toEqual(persistent.steps);
    expect(set.dueAt).toBeGreaterThanOrEqual(stepDueAt(before, persistent.steps[0]!.after));
    expect(set.dueAt).toBeLessThanOrEqual(stepDueAt(Date.now(), persistent.steps[0]!.after));
    await expect.poll(() => gmail.controlButton.textContent()).toMatch(/^Step 1 of 5 · \w{3} \d{1,2} \w{3}, 09:00$/);
    await gmail.openMenu();
    expect(await gmail.control.locator('[data-plan=persistent]').getAttribute('aria-checked')).toBe('true');
    await gmail.page.keyboard.press('Escape');

    // Step 1 comes due: the reminder says which step, and the thread shows the banner.
    await sendFromExtensionPage(session, { type: 'followUp.move', payload: { id: set.id, dueAt: Date.now() + 1500 } });
    await expect.poll(() => notificationIds(session!), { timeout: 30_000, interval: 250 }).toEqual([`followup:${set.id}`]);
    const banner = gmail.page.locator('[data-followthrough=due-banner]');
    await banner.waitFor();
    const popup = await PopupPage.open(session);
    await expect.poll(() => popup.row(set.id).locator('[data-field=step]').textContent()).toBe('Step 1 of 5');
    await popup.page.close();

    // Follow up now: the reply opens with the plan's next step already chosen.
    await gmail.page.locator('[data-followthrough=due-banner] .ft-banner-action').click();
    const reply = new Compose(gmail.page, gmail.page.locator('.ip.adB div.M9'));
    await reply.root.waitFor();
    await expect.poll(() => reply.controlButton.textContent()).toBe('Step 2 of 5');
    expect(await reply.controlButton.getAttribute('aria-label')).toBe('Follow up: if no reply in 5 business days · Step 2 of 5');
    await reply.write({ body: 'Hi Dana, just checking in on the proposal.' });
    const sentAt = Date.now();
    await reply.sendWith('click');

    // Step 1 done at the send; step 2 due 5 business days from it; the banner and the reminder go.
    await expect.poll(async () => (await stored()).plan?.current).toBe(1);
    const second = await stored();
    expect(second.plan?.doneAt).toHaveLength(1);
    expect(second.plan!.doneAt[0]).toBeGreaterThanOrEqual(sentAt - 1000);
    expect(second).toMatchObject({ status: 'pending', dueAt: stepDueAt(second.plan!.doneAt[0]!, persistent.steps[1]!.after) });
    expect(second.firedAt).toBeUndefined();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => gmail.controlButton.textContent()).toMatch(/^Step 2 of 5 · /);

    // Dana answers: the plan ends as answered, at step 2.
    session.replica.addReply(0, THREAD, { from: { name: 'Dana Whitfield', email: 'dana@northwind.example' }, body: 'Thanks Alex, yes: let’s go ahead.' });
    await gmail.openThreadFromList('inbox', THREAD);
    await expect.poll(async () => (await stored()).status, { timeout: 30_000, interval: 250 }).toBe('replied');
    expect((await stored()).plan).toMatchObject({ current: 1 });

    // How did it go? Asked on the thread, answered in one click, and said from then on.
    await expect.poll(() => gmail.controlButton.getAttribute('data-state')).toBe('replied');
    await gmail.openMenu();
    expect(await gmail.control.locator('[data-outcome]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.outcome))).toEqual([
      'yes',
      'no',
    ]);
    await gmail.control.locator('[data-outcome=yes]').click();
    await expect.poll(async () => (await stored()).outcome).toMatchObject({ kind: 'yes', steps: 1 });
    await gmail.openMenu();
    await expect.poll(() => gmail.control.locator('[data-field=outcome]').textContent()).toBe('Outcome: Yes');
    expect(await gmail.control.locator('[data-outcome]').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('says what to do at a call or a LinkedIn step, and moves on when the user marks it done (popup, then Gmail)', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const multi = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'multi-touch')!);
    const set = aFollowUp({ plan: { ...multi, current: 1, doneAt: [Date.now() - 86_400_000] } });
    await putFollowUps(session, [set]);

    // The popup: the step says how, and Done is "Mark step done".
    const popup = await PopupPage.open(session);
    await expect.poll(() => popup.row(set.id).locator('[data-field=step]').textContent()).toBe('Step 2 of 5 · Call');
    expect(await popup.row(set.id).locator('[data-action=done]').getAttribute('aria-label')).toBe('Mark step done');
    await popup.act(set.id, 'done');
    await expect.poll(async () => (await stored()).plan?.current).toBe(2);
    const afterCall = await stored();
    expect(afterCall).toMatchObject({ status: 'pending', dueAt: stepDueAt(afterCall.plan!.doneAt[1]!, multi.steps[2]!.after) });
    await expect.poll(() => popup.notice.textContent()).toContain(`Step done · next: Step 3 of 5 · LinkedIn, ${format(afterCall.dueAt)}`);

    // Gmail: the LinkedIn step, marked done from the thread's menu; the next step is a mail again.
    const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', THREAD);
    await expect.poll(() => gmail.controlButton.textContent()).toBe(`Step 3 of 5 · LinkedIn · ${format(afterCall.dueAt)}`);
    await gmail.openMenu();
    const item = gmail.control.locator('[data-action=step-done]');
    expect(await item.textContent()).toBe('Mark step doneYou did this step. The plan moves on to step 4.');
    await item.click();
    await expect.poll(async () => (await stored()).plan?.current).toBe(3);
    const afterLinkedIn = await stored();
    await expect.poll(() => gmail.controlButton.textContent()).toBe(`Step 4 of 5 · ${format(afterLinkedIn.dueAt)}`);
    await gmail.openMenu();
    expect(await gmail.control.locator('[data-action=step-done]').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('follows up now from the popup: Gmail shows the thread with its reply open, set to the next step', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const gmail = await GmailPage.open(session, '/mail/u/0/#inbox');
    await gmail.settled();
    const due = aFollowUp({ plan: startPlan(persistent), dueAt: Date.now() - 60_000, firedAt: Date.now() - 60_000 });
    const waiting = aFollowUp({ threadId: SAMPLE.account0.htmlSubjectThread, dueAt: Date.now() + 86_400_000 });
    await putFollowUps(session, [due, waiting]);

    const popup = await PopupPage.open(session);
    await popup.row(waiting.id).waitFor();
    // Only a follow-up that is due has it.
    expect(await popup.row(waiting.id).locator('[data-action=reply]').count()).toBe(0);
    expect(await popup.row(due.id).locator('[data-action=reply]').getAttribute('aria-label')).toBe('Follow up now');
    await popup.act(due.id, 'reply');

    const reply = new Compose(gmail.page, gmail.page.locator('.ip.adB div.M9'));
    await reply.root.waitFor();
    await expect.poll(() => gmail.page.locator('h2.hP').first().getAttribute('data-legacy-thread-id')).toBe(THREAD);
    await expect.poll(() => reply.controlButton.textContent()).toBe('Step 2 of 5');
    expect(session.pageErrors).toEqual([]);
  });

  it('gives a heads-up the work day before a step, once turned on for its plan, and reminds at the step itself', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const multi = startPlan(BUILT_IN_PLANS.find((p) => p.id === 'multi-touch')!);
    // Its step comes due in two hours: the work day before is behind us, so the heads-up is owed now.
    const set = aFollowUp({ plan: { ...multi, current: 1, doneAt: [Date.now() - 86_400_000] }, dueAt: Date.now() + 2 * 3_600_000 });
    await putFollowUps(session, [set]);
    const options = await OptionsPage.open(session);
    await options.setting('headsUpPlans').getByLabel(/^Multi-touch/).check();

    await expect.poll(async () => (await stored()).headsUpFor, { timeout: 30_000, interval: 250 }).toBe(set.dueAt);
    await expect.poll(() => notificationIds(session!)).toEqual([`followup:${set.id}`]);
    expect((await stored()).firedAt).toBeUndefined();

    // The step itself still reminds when it comes due.
    await sendFromExtensionPage(session, { type: 'followUp.move', payload: { id: set.id, dueAt: Date.now() + 1500 } });
    await expect.poll(async () => (await stored()).firedAt, { timeout: 30_000, interval: 250 }).toBeDefined();
  });

  it('makes a plan of the user’s own in the options, offers it in Gmail, and keeps a follow-up’s steps when it changes or goes', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const options = await OptionsPage.open(session);
    const field = options.setting('ownPlans');
    await field.locator('[data-action=new-plan]').click();
    const editor = field.locator('.plan-editor');
    const steps = editor.locator('.plan-steps > li');
    // A new plan starts as one mail two business days on; the next step offered doubles the last.
    expect(await steps.locator('[data-field=count]').inputValue()).toBe('2');
    await steps.locator('[data-field=count]').fill('3');
    await editor.locator('[data-action=add-step]').click();
    expect(await steps.nth(1).locator('[data-field=count]').inputValue()).toBe('6');

    // Nothing saved while something is wrong, and each field says what.
    await steps.nth(1).locator('[data-field=count]').fill('0');
    await editor.locator('[data-action=save-plan]').click();
    await expect.poll(() => editor.locator('[data-error=plan-name]').textContent()).toBe('Give the plan a name.');
    expect(await steps.nth(1).locator('[data-error=step]').textContent()).toBe('Enter a whole number of business days from 1 to 365.');
    expect(await steps.nth(1).locator('[data-field=count]').getAttribute('aria-invalid')).toBe('true');
    expect(await steps.first().locator('[data-error]').count()).toBe(0);

    // A name that is markup stays text, in the options and in Gmail.
    const name = 'Investors <img src=x onerror=alert(1)>';
    await editor.locator('[data-field=plan-name]').fill(name);
    await steps.nth(1).locator('[data-field=count]').fill('5');
    await steps.nth(1).locator('[data-field=channel]').selectOption('call');
    await steps.nth(1).locator('[data-field=note]').fill('Ask about the round');
    await editor.locator('[data-action=save-plan]').click();
    await editor.waitFor({ state: 'detached' });
    const listed = field.locator('[data-plan]');
    await expect.poll(() => listed.locator('.hint').textContent()).toBe('3, 5 business days · Email, Call');
    const id = (await listed.getAttribute('data-plan'))!;
    expect(id).toMatch(/^own-[a-z0-9]{8}$/);
    const plan = { id, name, steps: [{ after: { unit: 'business-days', count: 3 }, channel: 'email', note: '' }, { after: { unit: 'business-days', count: 5 }, channel: 'call', note: 'Ask about the round' }] };
    await expect.poll(() => options.page.evaluate(() => chrome.storage.sync.get(['ownPlan0', 'ownPlan1']))).toEqual({ ownPlan0: plan, ownPlan1: null });
    // Kept after a reload, and offered for a heads-up like the built-in plans.
    await options.page.reload();
    await expect.poll(() => field.locator('.own-plan-name').textContent()).toBe(name);
    expect(await options.setting('headsUpPlans').getByLabel(/^Investors/).count()).toBe(1);

    // Gmail offers it after the built-in plans, on a thread and in a compose.
    const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', THREAD);
    await gmail.openMenu();
    const offered = () => gmail.control.locator('[data-plan]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.plan));
    expect(await offered()).toEqual(['once', 'persistent', 'multi-touch', 'nurture', id]);
    const item = gmail.control.locator(`[data-plan="${id}"]`);
    expect(await item.textContent()).toBe(`${name}3, 5 business days · Email, Call`);
    expect(await item.locator('img').count()).toBe(0);
    await item.click();
    await gmail.control.locator('button.ft-button[data-state=tracked]').waitFor();
    const set = await baselineRecorded(session);
    expect(set.plan).toEqual({ planId: id, name, steps: plan.steps, current: 0, doneAt: [] });
    await expect.poll(() => gmail.controlButton.textContent()).toMatch(/^Step 1 of 2 · /);
    const compose = await Compose.open(gmail.page);
    await compose.openMenu();
    await compose.control.locator(`[data-plan="${id}"]`).click();
    await expect.poll(() => compose.controlButton.textContent()).toBe(name);
    await compose.discard();

    // Changed, then deleted: the follow-up under way keeps the steps it started with, and Gmail no longer offers it.
    await field.locator('[data-action=edit-plan]').click();
    await editor.locator('[data-field=plan-name]').fill('Investors');
    await editor.locator('[data-action=save-plan]').click();
    await expect.poll(() => field.locator('.own-plan-name').textContent()).toBe('Investors');
    await options.setting('headsUpPlans').getByLabel(/^Investors/).check();
    await field.locator('[data-action=delete-plan]').click();
    await expect.poll(() => listed.count()).toBe(0);
    await expect.poll(() => options.page.evaluate(() => chrome.storage.sync.get(['ownPlan0', 'settings']))).toMatchObject({ ownPlan0: null, settings: { headsUpPlans: [] } });
    await gmail.openMenu();
    await expect.poll(offered).toEqual(['once', 'persistent', 'multi-touch', 'nurture']);
    expect((await stored()).plan).toEqual({ planId: id, name, steps: plan.steps, current: 0, doneAt: [] });
    expect(session.pageErrors).toEqual([]);
  });

  it('ends a single reminder as done once the user followed up in the thread, with no choice in the reply', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', THREAD);
    await gmail.choose('tomorrow');
    const set = await baselineRecorded(session);
    await sendFromExtensionPage(session, { type: 'followUp.move', payload: { id: set.id, dueAt: Date.now() + 1500 } });
    await expect.poll(() => notificationIds(session!), { timeout: 30_000, interval: 250 }).toEqual([`followup:${set.id}`]);

    const reply = await Compose.reply(gmail.page);
    expect(await reply.controlButton.textContent()).toBe('Follow up'); // off: nothing set from this send
    await reply.write({ body: 'Hi Dana, any news on the proposal?' });
    await reply.sendWith('click');
    // Looked at again when the thread is opened again: the user's own message ends it.
    await gmail.openThreadFromList('sent', SAMPLE.account0.htmlSubjectThread);
    await gmail.openThreadFromList('sent', THREAD);
    await expect.poll(async () => (await stored()).status, { timeout: 30_000, interval: 250 }).toBe('done');
    await expect.poll(() => notificationIds(session!)).toEqual([]);
    await expect.poll(() => gmail.page.locator('[data-followthrough=due-banner]').count()).toBe(0);
  });
});
