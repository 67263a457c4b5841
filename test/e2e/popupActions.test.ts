/**
 * What a user does to follow-ups in the popup, in real Chromium: snooze
 * (quick choices, a typed phrase, an exact time), mark done, edit the note,
 * delete and undo, act on a selection, and all of it from the keyboard.
 * Each action is checked where it lands: in the database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../src/core/followUp';
import { formatDueDate } from '../../src/core/format';
import { BUILT_IN_PLANS, startPlan } from '../../src/core/plans';
import { threadUrl } from '../../src/gmail/urls';
import { sampleReplica, SAMPLE } from '../replica';
import { aFollowUp, PopupPage, putFollowUps } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { sendFromExtensionPage, storedFollowUps } from '../support/pages';

const ZONE = { locale: 'en-GB', timezoneId: 'Europe/Berlin' };
const inZone = { locale: ZONE.locale, timeZone: ZONE.timezoneId };
const DAY = 86_400_000;

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The extension with these follow-ups stored, and the popup open on them. */
async function popupWith(followUps: FollowUp[]): Promise<{ s: ExtensionSession; popup: PopupPage }> {
  session = await launchExtension({ replica: sampleReplica(), ...ZONE });
  await putFollowUps(session, followUps);
  const popup = await PopupPage.open(session);
  await expect.poll(() => popup.rows.count()).toBe(followUps.filter((f) => f.status === 'pending').length);
  return { s: session, popup };
}

async function stored(s: ExtensionSession, id: string): Promise<FollowUp | undefined> {
  return (await storedFollowUps(s)).find((f) => f.id === id);
}

/** Three follow-ups on three threads, due in 1, 2 and 3 days. */
function three(): FollowUp[] {
  return [SAMPLE.account0.unansweredThread, SAMPLE.account0.htmlSubjectThread, SAMPLE.account0.followedUpThread].map((threadId, i) =>
    aFollowUp({ threadId, subject: `Proposal ${i + 1}`, dueAt: Date.now() + (i + 1) * DAY }),
  );
}

describe('snooze and reschedule', () => {
  it('snoozes with a quick choice, to the time it showed', async () => {
    const [followUp] = three();
    const { s, popup } = await popupWith([followUp!]);
    await popup.act(followUp!.id, 'snooze');
    const tomorrow = popup.whenPanel.locator('[data-choice=tomorrow]');
    await expect.poll(() => tomorrow.isEnabled()).toBe(true);
    const shown = await tomorrow.locator('.hint').textContent();
    await tomorrow.click();
    await expect.poll(async () => formatDueDate((await stored(s, followUp!.id))!.dueAt, inZone)).toBe(shown);
    expect(shown).toMatch(/, 09:00$/);
    await expect.poll(() => popup.notice.textContent()).toContain(`Snoozed until ${shown}`);
    expect(await popup.whenPanel.count()).toBe(0);
  });

  it('reads a typed phrase as you type, refuses what it cannot use, and snoozes to what it previewed', async () => {
    const [followUp] = three();
    const { s, popup } = await popupWith([followUp!]);
    await popup.act(followUp!.id, 'snooze');
    const phrase = popup.whenPanel.locator('[data-field=phrase]');
    const preview = popup.whenPanel.locator('[data-field=phrase-preview]');
    const apply = popup.whenPanel.locator('[data-apply=phrase]');
    // The panel opens with the phrase field focused, ready to type.
    await expect.poll(() => phrase.evaluate((el) => el === document.activeElement)).toBe(true);

    await phrase.fill('yesterday');
    await expect.poll(() => preview.textContent()).toBe('“yesterday” is in the past — pick a future time.');
    expect(await apply.isDisabled()).toBe(true);
    await phrase.fill('whenever suits');
    await expect.poll(() => preview.textContent()).toContain('Couldn’t read “whenever suits” as a date');
    expect(await apply.isDisabled()).toBe(true);

    await phrase.fill('in 3 business days at 2pm');
    await expect.poll(() => preview.textContent()).toMatch(/^\w{3} \d{1,2} \w{3}, 14:00 \(read from “in 3 business days at 2pm”\)$/);
    const shown = (await preview.textContent())!.replace(/ \(read from .*$/, '');
    await phrase.press('Enter');
    await expect.poll(async () => formatDueDate((await stored(s, followUp!.id))!.dueAt, inZone)).toBe(shown);
  });

  it('reschedules to an exact date and time, refusing one in the past or beyond the limit as a typed one is', async () => {
    const [followUp] = three();
    const { s, popup } = await popupWith([followUp!]);
    await popup.act(followUp!.id, 'snooze');
    const exact = popup.whenPanel.locator('[data-field=exact]');
    const reschedule = popup.whenPanel.locator('[data-apply=exact]');
    await exact.fill('2020-01-15T14:30');
    await expect.poll(() => popup.whenPanel.getByRole('alert').textContent()).toMatch(/^“Wed, 15 Jan 2020, 14:30” is in the past — pick a future time\.$/);
    expect(await reschedule.isDisabled()).toBe(true);
    await exact.fill('2031-01-15T14:30');
    await expect.poll(() => popup.whenPanel.getByRole('alert').textContent()).toBe('“Wed, 15 Jan 2031, 14:30” is more than 2 years away — pick a nearer date.');
    expect(await reschedule.isDisabled()).toBe(true);
    await exact.fill('2028-01-15T14:30');
    await reschedule.click();
    await expect.poll(async () => (await stored(s, followUp!.id))?.dueAt).toBe(Date.parse('2028-01-15T14:30:00+01:00'));
  });
});

describe('one name for moving a follow-up', () => {
  it('says Snooze once its reminder came and Reschedule before: in the row, the panel title and both its buttons', async () => {
    const [upcoming, due] = three();
    const fired = { ...due!, dueAt: Date.now() - DAY, firedAt: Date.now() - DAY };
    const { popup } = await popupWith([upcoming!, fired]);
    const names = async (id: string) => {
      await popup.act(id, 'snooze');
      const panel = popup.whenPanel;
      const result = {
        row: await popup.row(id).locator('[data-action=snooze]').getAttribute('aria-label'),
        title: await panel.getAttribute('aria-label'),
        buttons: await panel.locator('[data-apply]').allTextContents(),
      };
      await panel.getByRole('button', { name: 'Cancel' }).click();
      return result;
    };
    expect(await names(upcoming!.id)).toEqual({ row: 'Reschedule', title: 'Reschedule “Proposal 1”', buttons: ['Reschedule', 'Reschedule'] });
    expect(await names(fired.id)).toEqual({ row: 'Snooze', title: 'Snooze “Proposal 2”', buttons: ['Snooze', 'Snooze'] });
  });
});

describe('done, delete and undo', () => {
  it('marks a follow-up done, and undo brings it back as it was', async () => {
    const [followUp] = three();
    const { s, popup } = await popupWith([followUp!]);
    await popup.act(followUp!.id, 'done');
    await expect.poll(async () => (await stored(s, followUp!.id))?.status).toBe('done');
    await expect.poll(() => popup.rows.count()).toBe(0);
    await popup.undo();
    await expect.poll(async () => (await stored(s, followUp!.id))?.status).toBe('pending');
    await expect.poll(() => popup.ids()).toEqual([followUp!.id]);
  });

  it('undoes with z, Gmail’s key, from anywhere but a text field, and says so on the button', async () => {
    const [followUp] = three();
    const { s, popup } = await popupWith([followUp!]);
    await popup.act(followUp!.id, 'done');
    await expect.poll(() => popup.rows.count()).toBe(0);
    const undo = popup.notice.locator('.notice-undo');
    expect(await undo.getAttribute('title')).toBe('Undo (press z)');
    expect(await undo.getAttribute('aria-keyshortcuts')).toBe('z');
    // Typed into the search field, z is a letter.
    await popup.page.keyboard.press('/');
    await popup.page.keyboard.press('z');
    expect(await popup.page.locator('[data-field=search]').inputValue()).toBe('z');
    expect((await stored(s, followUp!.id))?.status).toBe('done');
    await popup.page.locator('[data-field=search]').fill('');
    await popup.page.locator('[data-field=search]').blur();
    await popup.page.keyboard.press('z');
    await expect.poll(async () => (await stored(s, followUp!.id))?.status).toBe('pending');
    await expect.poll(() => popup.ids()).toEqual([followUp!.id]);
  });

  it('deletes a follow-up, and undo restores it exactly', async () => {
    const [followUp] = three();
    // Stored as the engine keeps it: fired, with its next check queued (nextCheckAt).
    const withHistory = {
      ...followUp!,
      note: 'Call Dana on Tuesday',
      dueAt: Date.now() - DAY,
      firedAt: Date.now() - DAY,
      nextCheckAt: Date.now() + DAY,
    };
    const { s, popup } = await popupWith([withHistory]);
    await popup.act(withHistory.id, 'delete');
    await expect.poll(() => storedFollowUps(s)).toEqual([]);
    await expect.poll(() => popup.rows.count()).toBe(0);
    expect(await popup.notice.locator('.notice-text').textContent()).toBe('Follow-up deleted');
    await popup.undo();
    await expect.poll(() => popup.ids()).toEqual([withHistory.id]);
    // Restored as it was; the queue position is the engine's to recompute, and the undo is a new version.
    const { nextCheckAt: _queue, updatedAt, ...restored } = (await stored(s, withHistory.id))!;
    const { nextCheckAt: _before, updatedAt: deletedVersion, ...before } = withHistory;
    expect(restored).toEqual(before);
    expect(updatedAt).toBeGreaterThan(deletedVersion);
    expect(await popup.notice.locator('.notice-text').textContent()).toBe('Undone');
  });

  it('undoes mark done without losing a note set from another page meanwhile', async () => {
    const [followUp] = three();
    const { s, popup } = await popupWith([followUp!]);
    await popup.act(followUp!.id, 'done');
    await expect.poll(() => popup.rows.count()).toBe(0);
    const done = (await stored(s, followUp!.id))!;
    expect(done.status).toBe('done');
    await sendFromExtensionPage(s, { type: 'followUp.setNote', payload: { id: followUp!.id, note: 'Dana asked for the revised deck', previous: followUp!.note } });
    await popup.undo();
    await expect.poll(() => popup.ids()).toEqual([followUp!.id]);
    const undone = (await stored(s, followUp!.id))!;
    expect(undone).toMatchObject({ status: 'pending', note: 'Dana asked for the revised deck', dueAt: followUp!.dueAt });
    expect(undone.updatedAt).toBeGreaterThan(done.updatedAt);
    expect(await popup.notice.locator('.notice-text').textContent()).toBe('Undone');
  });

  it('does not bring back a deleted follow-up when its thread has a new one, and says so', async () => {
    const [followUp] = three();
    const { s, popup } = await popupWith([followUp!]);
    await popup.act(followUp!.id, 'delete');
    await expect.poll(() => popup.rows.count()).toBe(0);
    // Set again on the same thread, as the thread's Follow up button does.
    const { id: _id, status: _status, note: _note, createdAt: _created, updatedAt: _updated, ...input } = followUp!;
    await sendFromExtensionPage(s, { type: 'followUp.create', payload: { ...input, dueAt: Date.now() + 5 * DAY } });
    await expect.poll(() => popup.rows.count()).toBe(1);
    await popup.undo();
    await expect.poll(() => popup.notice.locator('.notice-text').textContent()).toBe('Not undone: this thread has a follow-up again');
    expect((await storedFollowUps(s)).map((f) => f.id)).not.toContain(followUp!.id);
    expect(await storedFollowUps(s)).toHaveLength(1);
  });
});

describe('notes', () => {
  it('saves a note, and refuses a 1 MB one with a message, keeping the note it had', async () => {
    const [followUp] = three();
    const { s, popup } = await popupWith([followUp!]);
    await popup.act(followUp!.id, 'note');
    const text = popup.notePanel.locator('textarea');
    await text.fill('Call Dana on Tuesday — she is back from Lisbon');
    await popup.notePanel.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(async () => (await stored(s, followUp!.id))?.note).toBe('Call Dana on Tuesday — she is back from Lisbon');
    await expect.poll(() => popup.row(followUp!.id).getByRole('img', { name: 'Has a note' }).count()).toBe(1);

    await popup.act(followUp!.id, 'note');
    // A paste of 1 MB: set in one go, as a paste does.
    await text.evaluate((el: HTMLTextAreaElement) => {
      el.value = 'x'.repeat(1_048_576);
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await expect.poll(() => popup.notePanel.getByRole('alert').textContent()).toBe(
      'This note has 1,048,576 characters; a note can have up to 10,000. Shorten it to save it.',
    );
    expect(await popup.notePanel.getByRole('button', { name: 'Save note' }).isDisabled()).toBe(true);
    await text.press('Control+Enter');
    await popup.notePanel.getByRole('button', { name: 'Cancel' }).click();
    expect((await stored(s, followUp!.id))?.note).toBe('Call Dana on Tuesday — she is back from Lisbon');
  });

  it('shows the thread’s earlier notes, dated and as text, and keeps the note a new one replaces', async () => {
    const now = Date.now();
    const hostile = '<img src=x onerror=alert(1)> sent the deck';
    // The thread's first follow-up ended with a next step; the one under way is that next step.
    const first = aFollowUp({ status: 'replied', sentAt: now - 50 * DAY, dueAt: now - 45 * DAY, note: 'Next step: a call on the 3rd', noteAt: now - 10 * DAY, earlierNotes: [{ at: now - 49 * DAY, text: hostile }] });
    const current = aFollowUp({ note: 'Call done: contract by Friday', noteAt: now - 2 * DAY });
    const { s, popup } = await popupWith([first, current]);
    await popup.act(current.id, 'note');
    const history = popup.notePanel.locator('[data-field=note-history]');
    const entries = () => history.locator('li').evaluateAll((items) => items.map((li) => [li.querySelector('time')!.textContent, li.querySelector('p')!.textContent]));
    // The note being edited is in the field, not repeated in the history.
    await expect.poll(entries).toEqual([
      [formatDueDate(now - 10 * DAY, inZone), 'Next step: a call on the 3rd'],
      [formatDueDate(now - 49 * DAY, inZone), hostile],
    ]);
    expect(await history.locator('img').count()).toBe(0);
    expect(await history.getByRole('heading').textContent()).toBe('Earlier notes on this thread');

    await popup.notePanel.locator('textarea').fill('Contract signed; invoice in January');
    const savedAt = Date.now();
    await popup.notePanel.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(async () => (await stored(s, current.id))?.note).toBe('Contract signed; invoice in January');
    const saved = (await stored(s, current.id))!;
    expect(saved.earlierNotes).toEqual([{ at: now - 2 * DAY, text: 'Call done: contract by Friday' }]);
    expect(saved.noteAt).toBeGreaterThanOrEqual(savedAt);
    await popup.act(current.id, 'note');
    await expect.poll(async () => (await entries())[0]).toEqual([formatDueDate(now - 2 * DAY, inZone), 'Call done: contract by Friday']);
    expect(await history.locator('li').count()).toBe(3);
  });
});

describe('bulk actions', () => {
  it('snoozes the selected follow-ups together, then marks them done, and undo restores both', async () => {
    const [a, b, c] = three();
    const { s, popup } = await popupWith([a!, b!, c!]);
    await popup.select(a!.id);
    await popup.select(c!.id);
    await expect.poll(() => popup.page.locator('.bulk-count').textContent()).toBe('2 selected');

    await popup.page.locator('[data-bulk=snooze]').click();
    const nextWeek = popup.whenPanel.locator('[data-choice="next week"]');
    await expect.poll(() => nextWeek.isEnabled()).toBe(true);
    const shown = await nextWeek.locator('.hint').textContent();
    await nextWeek.click();
    await expect
      .poll(async () => (await storedFollowUps(s)).map((f) => [f.subject, formatDueDate(f.dueAt, inZone) === shown]).sort())
      .toEqual([['Proposal 1', true], ['Proposal 2', false], ['Proposal 3', true]]);
    // The selection is spent: the search bar is back.
    await expect.poll(() => popup.page.locator('[data-field=search]').count()).toBe(1);

    await popup.select(a!.id);
    await popup.select(c!.id);
    await popup.page.locator('[data-bulk=done]').click();
    await expect.poll(() => popup.ids()).toEqual([b!.id]);
    expect((await storedFollowUps(s)).filter((f) => f.status === 'done').map((f) => f.id).sort()).toEqual([a!.id, c!.id].sort());
    expect(await popup.notice.locator('.notice-text').textContent()).toBe('2 marked done');
    await popup.undo();
    await expect.poll(async () => (await storedFollowUps(s)).every((f) => f.status === 'pending')).toBe(true);
    await expect.poll(() => popup.rows.count()).toBe(3);
    expect(await popup.notice.locator('.notice-text').textContent()).toBe('2 undone');
  });

  it('selects all shown rows at once', async () => {
    const { popup } = await popupWith(three());
    await popup.select((await popup.ids())[0]!);
    await popup.page.locator('[data-field=select-all]').check();
    await expect.poll(() => popup.page.locator('.bulk-count').textContent()).toBe('3 selected');
    await popup.page.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => popup.page.locator('input.select:checked').count()).toBe(0);
  });
});

describe('keyboard', () => {
  it('moves with arrows and j/k, acts with Gmail’s keys, and names them in tooltips', async () => {
    const [a, b, c] = three();
    const { s, popup } = await popupWith([a!, b!, c!]);
    const focused = () => popup.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.followUpId ?? null);
    expect(await popup.row(a!.id).locator('[data-action=done]').getAttribute('title')).toBe('Mark done (e)');
    expect(await popup.row(a!.id).locator('[data-action=snooze]').getAttribute('title')).toBe('Reschedule (b)');

    // The list is one tab stop: from the search field, Tab lands on the first row.
    await popup.page.keyboard.press('/');
    await expect.poll(() => popup.page.evaluate(() => (document.activeElement as HTMLElement).dataset.field)).toBe('search');
    await popup.page.keyboard.press('Tab');
    await expect.poll(focused).toBe(a!.id);
    await popup.page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe(b!.id);
    await popup.page.keyboard.press('j');
    await expect.poll(focused).toBe(c!.id);
    await popup.page.keyboard.press('k');
    await expect.poll(focused).toBe(b!.id);

    await popup.page.keyboard.press('e');
    await expect.poll(async () => (await stored(s, b!.id))?.status).toBe('done');
    // The keyboard stays in the list, on the next row.
    await expect.poll(focused).toBe(c!.id);

    await popup.page.keyboard.press('b');
    await expect.poll(() => popup.whenPanel.count()).toBe(1);
    await popup.page.keyboard.press('Escape');
    await expect.poll(() => popup.whenPanel.count()).toBe(0);
    await expect.poll(focused).toBe(c!.id);
    // Escape at once after b, before a frame is painted, reaches the panel too: it has the focus already.
    await popup.page.keyboard.press('b');
    await popup.page.keyboard.press('Escape');
    await expect.poll(() => popup.whenPanel.count()).toBe(0);
    await expect.poll(focused).toBe(c!.id);

    await popup.page.keyboard.press('x');
    await expect.poll(() => popup.page.locator('.bulk-count').textContent()).toBe('1 selected');

    await popup.page.keyboard.press('ArrowUp');
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => s.context.pages().map((p) => p.url())).toContain(threadUrl(a!.account, a!.threadId));
  });
});

describe('how it turned out', () => {
  const priya = { by: { name: 'Priya Natarajan', email: 'priya@lumenlabs.example' }, dateText: 'Fri, Nov 20, 2026 at 9:14 AM' };

  it('asks in "Replied recently", records the answer in one click, and takes a changed mind', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const replied = aFollowUp({
      status: 'replied',
      dueAt: Date.now() - DAY,
      replyCheck: { checkedAt: Date.now() - DAY, outcome: 'replied', evidence: priya },
    });
    await putFollowUps(session, [replied]);
    const popup = await PopupPage.open(session);
    const row = popup.row(replied.id);
    await row.locator('[data-field=outcome-choices]').waitFor();
    // After a reply, the answer is a yes, a no or a next step: "no answer" is not offered.
    expect(await row.locator('[data-outcome]').evaluateAll((chips) => chips.map((chip) => (chip as HTMLElement).dataset.outcome))).toEqual([
      'yes',
      'no',
      'next-step',
    ]);
    // An ended row takes no row shortcut but Enter: # would otherwise delete it, e act on it.
    await row.focus();
    await popup.page.keyboard.press('#');
    await popup.page.keyboard.press('e');
    expect(await stored(session!, replied.id)).toMatchObject({ status: 'replied' });
    expect(await popup.notice.count()).toBe(0);

    await row.locator('[data-outcome=yes]').click();
    await expect.poll(async () => (await stored(session!, replied.id))?.outcome).toMatchObject({ kind: 'yes', steps: 1 });
    await expect.poll(() => row.locator('[data-field=outcome]').textContent()).toBe('Yes');
    expect(await popup.notice.textContent()).toContain('Recorded: Yes');

    await row.locator('[data-field=outcome]').click();
    await row.locator('[data-outcome=no]').click();
    await expect.poll(async () => (await stored(session!, replied.id))?.outcome?.kind).toBe('no');
    await expect.poll(() => row.locator('[data-field=outcome]').textContent()).toBe('No');
    expect(session.pageErrors).toEqual([]);
  });

  it('keeps what ended in a searchable history, where a next step starts a follow-up on the same thread', async () => {
    session = await launchExtension({ replica: sampleReplica(), ...ZONE });
    const plan = { ...startPlan(BUILT_IN_PLANS.find((p) => p.id === 'persistent')!), current: 2, doneAt: [Date.now() - 3 * DAY, Date.now() - 2.5 * DAY] };
    const done = aFollowUp({ status: 'done', dueAt: Date.now() - 2 * DAY, plan });
    const cancelled = aFollowUp({ status: 'cancelled', threadId: SAMPLE.account0.htmlSubjectThread, subject: 'Lumen Labs renewal', dueAt: Date.now() - DAY });
    const waiting = aFollowUp({ threadId: SAMPLE.account0.followedUpThread, subject: 'Still waiting' });
    await putFollowUps(session, [done, cancelled, waiting]);
    const popup = await PopupPage.open(session);
    await expect.poll(() => popup.ids()).toEqual([waiting.id]);

    await popup.page.locator('[data-action=history]').click();
    await expect.poll(() => popup.page.locator('h1').textContent()).toBe('History');
    await expect.poll(() => popup.ids()).toEqual([cancelled.id, done.id]); // latest due first, nothing under way
    // A cancelled follow-up was withdrawn, not concluded: it is not asked about.
    expect(await popup.row(cancelled.id).locator('[data-field=outcome-choices]').count()).toBe(0);
    expect(await popup.row(done.id).locator('.ended-how').textContent()).toMatch(/^Done · /);
    await popup.search('pilot');
    await expect.poll(() => popup.ids()).toEqual([done.id]);

    await popup.row(done.id).locator('[data-outcome=next-step]').click();
    await popup.whenPanel.locator('[data-field=phrase]').fill('next tuesday');
    const apply = popup.whenPanel.locator('[data-apply=phrase]');
    expect(await apply.textContent()).toBe('Set next step');
    await expect.poll(() => apply.isEnabled()).toBe(true);
    await apply.click();

    await expect.poll(async () => (await stored(session!, done.id))?.outcome).toMatchObject({ kind: 'next-step', steps: 2 });
    const nextId = (await stored(session!, done.id))!.outcome!.nextId!;
    expect(await stored(session!, nextId)).toMatchObject({
      threadId: done.threadId,
      status: 'pending',
      condition: 'if-no-reply',
      tracking: { kind: 'thread' },
      sentAt: plan.doneAt[1],
    });
    await expect.poll(() => popup.notice.textContent()).toContain('Next step set for');
    await expect.poll(() => popup.row(done.id).locator('[data-field=outcome]').textContent()).toBe('Next step');

    await popup.page.locator('[data-action=list]').click();
    await popup.search('');
    await expect.poll(async () => (await popup.ids()).sort()).toEqual([nextId, waiting.id].sort());
    expect(session.pageErrors).toEqual([]);
  });
});
