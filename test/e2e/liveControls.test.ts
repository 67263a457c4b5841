/**
 * The Gmail controls stay true: they follow changes made elsewhere as they happen, never save
 * over a newer note, save what they tick, take Enter once, and stay on screen at any zoom.
 * Each test is a bug a user met on an earlier version.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE, sampleReplica } from '../replica';
import { OptionsPage, PopupPage } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { baselineRecorded, GmailPage, storedFollowUps } from '../support/pages';

const ZONE = { locale: 'en-GB', timezoneId: 'Europe/Berlin' };
const thread = SAMPLE.account0.unansweredThread;

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A tracked follow-up on the unanswered sent thread, its thread open in Gmail. */
async function tracked(viewport?: { width: number; height: number }) {
  session = await launchExtension({ replica: sampleReplica(), ...ZONE, ...(viewport ? { viewport } : {}) });
  const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
  await gmail.openThreadFromList('sent', thread);
  await gmail.choose('tomorrow');
  // Nothing of ours writes to it again before tomorrow once its first check is done.
  const followUp = await baselineRecorded(session);
  return { s: session, gmail, followUp };
}

describe('the control follows changes made elsewhere', () => {
  it('shows the thread untracked as soon as the popup marks it done, with no reload', async () => {
    const { s, gmail, followUp } = await tracked();
    const popup = await PopupPage.open(s);
    await popup.act(followUp.id, 'done');
    await expect.poll(() => gmail.controlButton.getAttribute('data-state')).toBe('untracked');
    expect(await gmail.controlButton.textContent()).toBe('Follow up');
    // And acting on it now sets a new follow-up rather than failing on the ended one.
    await gmail.choose('in-1-week');
    await expect.poll(async () => (await storedFollowUps(s)).filter((f) => f.status === 'pending')).toHaveLength(1);
    expect(await gmail.control.locator('[role=alert]').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('shows the thread untracked once Delete all removed its follow-up', async () => {
    const { s, gmail } = await tracked();
    const options = await OptionsPage.open(s);
    await options.deleteAll();
    // The sent thread is still the user's own: the control stays, untracked.
    await expect.poll(() => gmail.controlButton.getAttribute('data-state')).toBe('untracked');
    expect(await storedFollowUps(s)).toEqual([]);
  });
});

describe('when the extension is updated under an open Gmail tab', () => {
  it('takes its controls off the page at Gmail’s next change, rather than leaving ones that can only fail', async () => {
    const { s, gmail } = await tracked();
    expect(await gmail.control.count()).toBe(1);
    // What an update does to the running extension: the old content script stays in the tab, orphaned.
    await s.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await gmail.page.evaluate(() => document.body.append(document.createElement('div')));
    await expect.poll(() => gmail.control.count()).toBe(0);
    await gmail.openThreadFromList('sent', thread);
    await gmail.settled();
    expect(await gmail.control.count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('notes', () => {
  it('never saves over a note changed in the popup: an untouched draft follows it, a written one asks', async () => {
    const { s, gmail, followUp } = await tracked();
    await gmail.openMenu();
    const note = gmail.control.locator('textarea[data-field=note]');
    expect(await note.inputValue()).toBe('');

    const popup = await PopupPage.open(s);
    const saveInPopup = async (text: string) => {
      await popup.act(followUp.id, 'note');
      await popup.notePanel.locator('textarea').fill(text);
      await popup.notePanel.getByRole('button', { name: 'Save note' }).click();
      await expect.poll(async () => (await storedFollowUps(s))[0]?.note).toBe(text);
    };
    await saveInPopup('Call Dana on Tuesday');
    // Gmail's open note field had nothing typed in it: it now shows the popup's note.
    await expect.poll(() => note.inputValue()).toBe('Call Dana on Tuesday');

    await note.fill('Ask about the pilot budget');
    await saveInPopup('Dana prefers mail');
    const conflict = gmail.control.locator('[data-note-conflict]');
    await expect.poll(() => conflict.textContent()).toContain('It now reads: “Dana prefers mail”');
    expect(await gmail.control.locator('[data-action=save-note]').count()).toBe(0);
    expect(await note.inputValue()).toBe('Ask about the pilot budget'); // the user's words are kept

    await gmail.control.locator('[data-action=save-my-note]').click();
    await expect.poll(async () => (await storedFollowUps(s))[0]?.note).toBe('Ask about the pilot budget');
    expect(s.pageErrors).toEqual([]);
  });
});

describe('the menu says and saves what is set', () => {
  it('ticks the due time and condition in force, and saves "Even if someone replies" when chosen', async () => {
    const { s, gmail, followUp } = await tracked();
    await gmail.openMenu();
    const current = gmail.control.locator('[data-action=current]');
    expect(await current.getAttribute('aria-checked')).toBe('true');
    expect(await gmail.control.locator('[data-condition=if-no-reply]').getAttribute('aria-checked')).toBe('true');

    await gmail.control.locator('[data-condition=always]').click();
    await expect.poll(async () => (await storedFollowUps(s))[0]?.condition).toBe('always');
    expect((await storedFollowUps(s))[0]?.dueAt).toBe(followUp.dueAt); // only the condition changed
    await expect.poll(() => gmail.control.locator('[data-condition=always]').getAttribute('aria-checked')).toBe('true');
    expect(await gmail.controlButton.textContent()).toMatch(/ · always$/);
  });

  it('explains Mark done and Cancel, and puts them first', async () => {
    const { gmail } = await tracked();
    await gmail.openMenu();
    const items = gmail.control.locator('[role=menuitem], [role=menuitemradio]');
    expect(await items.nth(0).getAttribute('data-action')).toBe('done');
    expect(await items.nth(0).textContent()).toBe('Mark doneYou followed up or have your answer. No more reminders.');
    expect(await items.nth(1).textContent()).toBe('Cancel follow-upYou no longer need to follow up here. No more reminders.');
  });
});

describe('Enter in the typed-date field', () => {
  it('saves once and leaves the menu closed', async () => {
    const { s, gmail } = await tracked();
    await gmail.openMenu();
    const phrase = gmail.control.locator('input[data-field=phrase]');
    await phrase.fill('in 2 weeks');
    await expect.poll(() => gmail.control.locator('#ft-phrase-preview').textContent()).toMatch(/\(read from “in 2 weeks”\)$/);
    await phrase.press('Enter');
    await expect.poll(() => gmail.control.locator('[role=menu]').count()).toBe(0);
    await gmail.settled();
    expect(await gmail.control.locator('[role=menu]').count()).toBe(0);
    await expect.poll(async () => (await storedFollowUps(s))[0]?.dueAt).toBeGreaterThan(Date.now() + 13 * 86_400_000);
  });
});

describe('menus stay on screen', () => {
  // 1280×800 at 200 % zoom is 640×400 CSS pixels.
  it('at 200 % zoom the tracked menu fits the viewport, scrolls, and every action is reachable', async () => {
    const { s, gmail } = await tracked({ width: 640, height: 400 });
    await gmail.openMenu();
    const menu = gmail.control.locator('[role=menu]');
    const box = (await menu.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(400);
    expect(box.x).toBeGreaterThanOrEqual(0);
    // The item with the focus is on screen.
    const focused = await menu.evaluate((m) => {
      const active = (m.getRootNode() as ShadowRoot).activeElement!.getBoundingClientRect();
      return { top: active.top, bottom: active.bottom };
    });
    expect(focused.top).toBeGreaterThanOrEqual(box.y);
    expect(focused.bottom).toBeLessThanOrEqual(box.y + box.height);
    // The last thing in the menu, saving a note, is reached by scrolling the menu itself.
    const note = gmail.control.locator('textarea[data-field=note]');
    await note.fill('Reached');
    await gmail.control.locator('[data-action=save-note]').click();
    await expect.poll(async () => (await storedFollowUps(s))[0]?.note).toBe('Reached');
  });

  it('at 1280×800 Cancel follow-up is in view without scrolling', async () => {
    const { gmail } = await tracked();
    await gmail.openMenu();
    const menu = (await gmail.control.locator('[role=menu]').boundingBox())!;
    const cancel = (await gmail.control.locator('[data-action=cancel]').boundingBox())!;
    expect(cancel.y + cancel.height).toBeLessThanOrEqual(Math.min(800, menu.y + menu.height));
  });
});
