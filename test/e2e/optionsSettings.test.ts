/**
 * The options page's settings form in real Chromium: every setting saved to
 * storage.sync and shown again after a reload, refusals explained and never
 * saved, and the page itself in dark, at 200 % zoom, and free of axe-core
 * violations.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sampleReplica, SAMPLE } from '../replica';
import { Compose } from '../support/compose';
import { currentWorker, GmailPage, storedAccounts } from '../support/pages';
import { axeViolations, fitsWidth, OptionsPage, setZoom, storedSettings } from '../support/extensionPages';
import { launchExtension, type ExtensionSession } from '../support/launch';

/** chrome.storage.sync.MAX_WRITE_OPERATIONS_PER_MINUTE */
const MAX_WRITES_PER_MINUTE = 120;
/** The address list's limits, which src/settings/settings.ts shows to fit one storage.sync item. */
const MAX_OTHER_ADDRESSES = 25;
const MAX_ADDRESS_LENGTH = 254;

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** `ownBrowser` for a test of storage.sync's write quotas: the browser counts writes by extension id across reinstalls. */
async function open(ownBrowser = false): Promise<OptionsPage> {
  session = await launchExtension({ replica: sampleReplica(), locale: 'en-GB', timezoneId: 'Europe/Berlin', ownBrowser });
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
    await options.setting('headsUpPlans').getByLabel(/^Multi-touch/).check();

    const expected = {
      reminderHour: 14,
      workDays: [2, 3, 4, 5, 6],
      defaultFollowUpBusinessDays: 5,
      otherAddresses: ['alex@work.example', 'me@home.example'],
      notifyWhenDue: false,
      notifyOnReply: true,
      theme: 'dark',
      syncFollowUps: true,
      headsUpPlans: ['multi-touch'],
    };
    await expect.poll(() => storedSettings(page)).toEqual(expected);
    await expect.poll(() => options.status()).toBe('Saved');
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
    expect(await options.setting('headsUpPlans').getByLabel(/^Multi-touch/).isChecked()).toBe(true);
    expect(await options.setting('headsUpPlans').getByLabel(/^Persistent/).isChecked()).toBe(false);
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
    await expect.poll(() => storedSettings(page)).toEqual({
      reminderHour: 9,
      workDays: [5],
      defaultFollowUpBusinessDays: 0,
      otherAddresses: [],
      notifyWhenDue: true,
      notifyOnReply: false,
      theme: 'system',
      syncFollowUps: true,
      headsUpPlans: [],
    });

    // Corrected, the address is saved and its message goes.
    await options.setting('otherAddresses').fill('me@home.example');
    await options.setting('otherAddresses').press('Tab');
    await expect.poll(() => options.error('otherAddresses').count()).toBe(0);
    await expect.poll(async () => ((await storedSettings(page)) as { otherAddresses: string[] }).otherAddresses).toEqual(['me@home.example']);
  });
});

/**
 * Chromium enforces storage.sync's quotas locally, signed in to Google or not (seen here:
 * 8,192 bytes per item, 120 writes a minute), so these run against the real limits.
 */
describe('settings within storage.sync quotas', () => {
  const address = (n: number, length = MAX_ADDRESS_LENGTH) => {
    const domain = `@d${n}.example`;
    return `${'a'.repeat(length - domain.length)}${domain}`;
  };

  it('saves the most addresses allowed, each as long as allowed, and shows them after a reload', async () => {
    const options = await open();
    const { page } = options;
    const addresses = Array.from({ length: MAX_OTHER_ADDRESSES }, (_, n) => address(n));
    await options.setting('otherAddresses').fill(addresses.join('\n'));
    await options.setting('otherAddresses').press('Tab');
    await expect.poll(() => options.status()).toBe('Saved');
    expect(await options.error('otherAddresses').count()).toBe(0);
    expect(((await storedSettings(page)) as { otherAddresses: string[] }).otherAddresses).toEqual(addresses);
    // In a key of their own, well under the 8,192 bytes one item may take.
    expect(await page.evaluate(() => chrome.storage.sync.getBytesInUse('otherAddresses'))).toBe(6_440);

    await page.reload();
    await options.setting('otherAddresses').waitFor();
    expect(await options.setting('otherAddresses').inputValue()).toBe(addresses.join('\n'));
  });

  it('explains on the field an address too many or too long, keeps what was typed, and saves neither', async () => {
    const options = await open();
    const { page } = options;
    const tooMany = Array.from({ length: MAX_OTHER_ADDRESSES + 1 }, (_, n) => address(n, 40)).join('\n');
    await options.setting('otherAddresses').fill(tooMany);
    await options.setting('otherAddresses').press('Tab');
    await expect.poll(() => options.error('otherAddresses').textContent()).toBe(`Up to ${MAX_OTHER_ADDRESSES} addresses.`);
    expect(await options.setting('otherAddresses').inputValue()).toBe(tooMany);

    const tooLong = address(0, MAX_ADDRESS_LENGTH + 1);
    await options.setting('otherAddresses').fill(`me@home.example\n${tooLong}`);
    await options.setting('otherAddresses').press('Tab');
    await expect
      .poll(() => options.error('otherAddresses').textContent())
      .toBe(`“${tooLong}” is longer than an email address can be (${MAX_ADDRESS_LENGTH} characters).`);
    expect(await options.status()).toBe('');
    expect(await storedSettings(page)).toBeUndefined();
  });

  it('stores the last of 30 rapid toggles in one write, with no quota error', async () => {
    const options = await open(true);
    const { page } = options;
    await page.evaluate(() => {
      const w = window as unknown as { syncChanges: number };
      w.syncChanges = 0;
      chrome.storage.onChanged.addListener((_changes, area) => {
        if (area === 'sync') w.syncChanges += 1;
      });
    });
    await options.setting('notifyOnReply').check();
    await expect.poll(() => options.status()).toBe('Saved');
    // In one task, as fast as anyone could click: only the debounce can keep it to one write.
    const last = await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('[data-setting=notifyOnReply]')!;
      for (let n = 0; n < 30; n++) box.click();
      return box.checked;
    });
    await expect.poll(() => options.status()).toBe('Saved');
    expect(await options.setting('notifyOnReply').isChecked()).toBe(last);
    expect(((await storedSettings(page)) as { notifyOnReply: boolean }).notifyOnReply).toBe(last);
    expect(await page.locator('[data-error]').count()).toBe(0);
    // The first check wrote both keys; the 30 toggles at most one change more.
    expect(await page.evaluate(() => (window as unknown as { syncChanges: number }).syncChanges)).toBeLessThanOrEqual(2);
  });

  it('says on the field that a change the browser refused was not saved, and keeps it', async () => {
    const options = await open(true);
    const { page } = options;
    // Something else used up this minute's writes.
    await page.evaluate(async (max) => {
      for (let n = 0; n < max; n++) await chrome.storage.sync.set({ elsewhere: n });
    }, MAX_WRITES_PER_MINUTE);
    // Every text the status line shows from now on: "Saved" must never be one of them.
    await page.evaluate(() => {
      const status = document.querySelector('[data-section=settings] p.saved[role=status]')!;
      const shown: string[] = [];
      (window as unknown as { statusShown: string[] }).statusShown = shown;
      new MutationObserver(() => shown.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await options.setting('notifyOnReply').check();
    await expect
      .poll(() => options.error('notifyOnReply').textContent())
      .toBe('Not saved yet: settings changed too often for the browser. Keep this page open and it will be saved within a minute.');
    expect(await options.setting('notifyOnReply').isChecked()).toBe(true);
    expect(await options.status()).toBe('');
    expect(await page.evaluate(() => (window as unknown as { statusShown: string[] }).statusShown)).not.toContain('Saved');
    expect(await storedSettings(page)).toBeUndefined();
  });

  it('writes a change still waiting when the page is closed', async () => {
    const options = await open(true);
    await options.page.evaluate(() => document.querySelector<HTMLInputElement>('[data-setting=notifyOnReply]')!.click());
    await options.page.close();
    await expect.poll(async () => ((await storedSettings(currentWorker(session!))) as { notifyOnReply?: boolean } | undefined)?.notifyOnReply).toBe(true);
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
    await setZoom(page, 2);
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
