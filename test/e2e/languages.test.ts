/**
 * The extension in the browser's language (Chromium started with --lang, as a German, French or
 * Spanish Chromium is), on Gmail in that language: our controls, menus, popup and options speak
 * it, with no English left, read dates typed and promised in it, and pass axe-core in every locale.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { de as germanWords } from '../../src/core/dates/languages/de';
import { parsePhrase } from '../../src/core/dates/parsePhrase';
import { findPromisedDate } from '../../src/core/dates/promisedDate';
import { formatDueDate } from '../../src/core/format';
import { GmailReplica, SAMPLE, sampleAccounts } from '../replica';
import type { ReplicaLanguage } from '../replica/types';
import { Compose } from '../support/compose';
import { aFollowUp, axeViolations, OptionsPage, PopupPage, putFollowUps } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { GmailPage, storedFollowUps } from '../support/pages';

const DAY = 86_400_000;
type Messages = Record<string, { message: string }>;
const messages = (language: string): Messages => JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Messages;
const en = messages('en');

/**
 * English texts of ours found in `text`: every message of two words or more without
 * substitutions whose translation differs (a word the translation keeps, as a name, is not English left).
 */
function englishIn(text: string, language: string): string[] {
  const translated = messages(language);
  return Object.entries(en)
    .filter(([key, { message }]) => !message.includes('$') && message.trim().split(/\s+/).length >= 2 && translated[key]?.message !== message)
    .map(([, { message }]) => message)
    .filter((message) => text.includes(message));
}

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(language: ReplicaLanguage, locale: string): Promise<ExtensionSession> {
  const accounts = sampleAccounts(Date.now());
  accounts[0]!.language = language;
  session = await launchExtension({ replica: new GmailReplica({ accounts }), locale, timezoneId: 'Europe/Berlin', extraArgs: [`--lang=${language}`] });
  return session;
}

describe('in German', () => {
  it('speaks German on a thread, beside Send and in the popup, with no English left', async () => {
    const de = messages('de');
    const s = await start('de', 'de-DE');
    const gmail = await GmailPage.open(s, '/mail/u/0/#sent');
    await gmail.openThreadFromList('sent', SAMPLE.account0.unansweredThread);
    await expect.poll(() => gmail.controlButton.textContent()).toBe(de.followUpButton!.message);
    await gmail.openMenu();
    const menu = await gmail.control.locator('[role=menu]').innerText();
    expect(menu).toContain(de.presetTomorrow!.message);
    expect(englishIn(menu, 'de')).toEqual([]);
    // A date typed in German, read as German: three work days, not three days.
    const phrase = gmail.control.locator('input[data-field=phrase]');
    await phrase.fill('in 3 Werktagen');
    const inThreeWorkDays = parsePhrase('in 3 Werktagen', { now: Date.now(), language: germanWords });
    if (!inThreeWorkDays.ok) throw new Error('the German phrase was not read');
    await expect
      .poll(() => gmail.control.locator('#ft-phrase-preview').textContent())
      .toBe(`${formatDueDate(inThreeWorkDays.dueAt, { locale: 'de-DE' })} (erkannt: „in 3 Werktagen“)`);
    await phrase.press('Enter');
    await expect.poll(async () => (await storedFollowUps(s)).map((f) => f.dueAt)).toEqual([inThreeWorkDays.dueAt]);
    const tracked = (await gmail.controlButton.textContent())!;
    expect(englishIn(tracked, 'de')).toEqual([]);

    // A promise written in German sets the date beside Send.
    const compose = await Compose.open(gmail.page);
    await compose.write({ to: ['dana.whitfield@northwind.example'], subject: 'Angebot', body: 'Hallo Dana, ich melde mich am Montag.' });
    const monday = findPromisedDate('ich melde mich am Montag.', { now: Date.now(), language: germanWords })!;
    await expect.poll(() => compose.controlButton.textContent()).toBe(formatDueDate(monday.dueAt, { locale: 'de-DE' }));
    expect(await compose.controlButton.getAttribute('title')).toContain('„am Montag“');
    await compose.openMenu();
    expect(englishIn(await compose.control.innerText(), 'de')).toEqual([]);

    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.rows.count()).toBe(1);
    const list = (await popup.page.locator('body').textContent())!;
    expect(list).toContain(de.popupSectionUpcoming!.message);
    expect(englishIn(list, 'de')).toEqual([]);
    expect(await popup.page.locator('html').getAttribute('lang')).toBe('de');
    expect(s.pageErrors).toEqual([]);
  });
});

describe('in every language', () => {
  it.each([
    ['en', 'en-GB'],
    ['de', 'de-DE'],
    ['fr', 'fr-FR'],
    ['es', 'es-ES'],
  ] as const)('%s: the popup and the options page have no axe-core violations and no English left', async (language, locale) => {
    const s = await start(language, locale);
    await putFollowUps(s, [
      aFollowUp({ dueAt: Date.now() - 2 * DAY, note: 'Ask about the kickoff date' }),
      aFollowUp({ dueAt: Date.now() + DAY, threadId: SAMPLE.account0.repliedThread, subject: 'Lumen Labs: API access' }),
    ]);
    const popup = await PopupPage.open(s);
    await expect.poll(() => popup.rows.count()).toBe(2);
    expect(await axeViolations(popup.page)).toEqual([]);
    if (language !== 'en') expect(englishIn((await popup.page.locator('body').textContent())!, language)).toEqual([]);

    const options = await OptionsPage.open(s);
    await options.setting('reminderHour').waitFor();
    expect(await axeViolations(options.page)).toEqual([]);
    if (language !== 'en') expect(englishIn((await options.page.locator('body').textContent())!, language)).toEqual([]);
  });
});
