/**
 * The options page's settings form in real Chromium: every setting saved to
 * storage.sync and shown again after a reload, refusals explained and never
 * saved, and the page itself in dark, at 200 % zoom, and free of axe-core
 * violations.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sampleReplica, SAMPLE } from '../replica';
import { Compose } from '../support/compose';
import { GmailPage, storedAccounts } from '../support/pages';
import { axeViolations, fitsWidth, OptionsPage, setZoom, storedSettings } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function open(): Promise<OptionsPage> {
  session = await launchExtension({ replica: sampleReplica(), locale: 'en-GB', timezoneId: 'Europe/Berlin' });
  const options = await OptionsPage.open(session);
  await options.setting('reminderHour').waitFor();
  return options;
}

describe('settings', () => {
  it('saves each change and shows it again after a reload', async () => {
    const options = await open();
    const { page } = options;
    await options.setting('reminderHour').selectOption('14');
    await options.setting('workDays').getByLabel('Saturday').check();
    await options.setting('workDays').getByLabel('Monday').uncheck();
    await options.setting('businessDays').fill('5');
    await options.setting('businessDays').press('Tab'); // a number field commits when left
    await options.setting('otherAddresses').fill(' Alex@Work.example\nme@home.example ');
    await options.setting('otherAddresses').press('Tab');
    await options.setting('notifyWhenDue').uncheck();
    await options.setting('notifyOnReply').check();
    await options.setting('theme').getByLabel('Dark').check();

    const expected = {
      reminderHour: 14,
      workDays: [2, 3, 4, 5, 6],
      defaultFollowUpBusinessDays: 5,
      otherAddresses: ['alex@work.example', 'me@home.example'],
      notifyWhenDue: false,
      notifyOnReply: true,
      theme: 'dark',
    };
    await expect.poll(() => storedSettings(page)).toEqual(expected);
    expect(await page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await page.reload();
    await options.setting('reminderHour').waitFor();
    expect(await options.setting('reminderHour').inputValue()).toBe('14');
    const checkedDays = await options.setting('workDays').locator('input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(checkedDays).toEqual(['2', '3', '4', '5', '6']);
    expect(await options.setting('defaultFollowUpBusinessDays').getByLabel('Follow up if nobody replies in').isChecked()).toBe(true);
    expect(await options.setting('businessDays').inputValue()).toBe('5');
    expect(await options.setting('otherAddresses').inputValue()).toBe('alex@work.example\nme@home.example');
    expect(await options.setting('notifyWhenDue').isChecked()).toBe(false);
    expect(await options.setting('notifyOnReply').isChecked()).toBe(true);
    expect(await options.setting('theme').getByLabel('Dark').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await options.setting('defaultFollowUpBusinessDays').getByLabel('Don\'t set a follow-up unless I ask').check();
    await expect.poll(async () => ((await storedSettings(page)) as { defaultFollowUpBusinessDays: number }).defaultFollowUpBusinessDays).toBe(0);
  });

  it('refuses invalid values with a message next to the field, and saves none of them', async () => {
    const options = await open();
    const { page } = options;
    await options.setting('otherAddresses').fill('me@home.example\nnot-an-address');
    await options.setting('otherAddresses').press('Tab');
    await expect.poll(() => options.error('otherAddresses').textContent()).toBe('“not-an-address” is not an email address.');
    // What was typed stays, to be corrected.
    expect(await options.setting('otherAddresses').inputValue()).toBe('me@home.example\nnot-an-address');

    await options.setting('businessDays').fill('31');
    await options.setting('businessDays').press('Tab');
    await expect.poll(() => options.error('defaultFollowUpBusinessDays').textContent()).toBe(
      'Enter a whole number of business days from 1 to 30.',
    );

    const days = options.setting('workDays');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) await days.getByLabel(day).uncheck();
    await expect.poll(() => days.locator('input:checked').count()).toBe(1);
    await days.getByLabel('Friday').click();
    await expect.poll(() => options.error('workDays').textContent()).toBe('Keep at least one work day.');
    await expect.poll(() => days.getByLabel('Friday').isChecked()).toBe(true);

    // Only the work days changed; the rest are still the defaults.
    expect(await storedSettings(page)).toEqual({
      reminderHour: 9,
      workDays: [5],
      defaultFollowUpBusinessDays: 0,
      otherAddresses: [],
      notifyWhenDue: true,
      notifyOnReply: false,
      theme: 'system',
    });

    // Corrected, the address is saved and its message goes.
    await options.setting('otherAddresses').fill('me@home.example');
    await options.setting('otherAddresses').press('Tab');
    await expect.poll(() => options.error('otherAddresses').count()).toBe(0);
    await expect.poll(async () => ((await storedSettings(page)) as { otherAddresses: string[] }).otherAddresses).toEqual(['me@home.example']);
  });
});

describe('the options page for every user', () => {
  it('follows the system theme, fits at 200 % zoom, and has no axe-core violations, light or dark', async () => {
    const options = await open();
    const { page } = options;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect
        .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
        .toBe(scheme === 'dark' ? 'rgb(40, 42, 44)' : 'rgb(248, 250, 253)');
      await options.setting('otherAddresses').fill('not-an-address');
      await options.setting('otherAddresses').press('Tab');
      await options.error('otherAddresses').waitFor();
      await page.locator('[data-action=delete-all]').click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
    }
    await setZoom(session!, page, 2);
    await expect.poll(() => page.evaluate(() => innerWidth)).toBe(640);
    expect(await fitsWidth(page)).toBe(true);
  });
});

describe('send-as addresses', () => {
  it('lists the addresses read from Gmail’s From field, and removes one for good', async () => {
    session = await launchExtension({ replica: sampleReplica(), locale: 'en-GB', timezoneId: 'Europe/Berlin' });
    const account1 = async () => (await storedAccounts(session!)).find((a) => a.email === SAMPLE.account1.email);
    // Writing a message in the account that has a send-as address: Gmail's From field names it.
    const gmail = await GmailPage.open(session, '/mail/u/1/#inbox');
    const compose = await Compose.open(gmail.page);
    await expect.poll(async () => (await account1())?.sendAs).toEqual([
      SAMPLE.account1.sendAs.email,
    ]);
    await compose.discard();

    const options = await OptionsPage.open(session);
    const item = options.setting('sendAs').locator(`li[data-address="${SAMPLE.account1.sendAs.email}"]`);
    await item.waitFor();
    expect(await axeViolations(options.page)).toEqual([]);
    await item.getByRole('button', { name: `Remove ${SAMPLE.account1.sendAs.email}` }).click();
    await item.waitFor({ state: 'detached' });
    expect(await account1()).toMatchObject({
      sendAs: [],
      forgotten: [SAMPLE.account1.sendAs.email],
    });

    // Gmail offers it again in a new compose: it stays removed.
    await Compose.open(gmail.page);
    await gmail.settled();
    expect((await account1())?.sendAs).toEqual([]);
  });
});
