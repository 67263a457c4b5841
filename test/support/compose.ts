/** Page objects for writing mail in the Gmail replica: a compose, its Send paths and our control beside Send. */
import type { Locator, Page } from 'playwright-core';
import type { Preset } from '../../src/core/dueDate';

export class Compose {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  /** A new message, from the Compose button. */
  static async open(page: Page): Promise<Compose> {
    const before = await page.locator('div.M9').count();
    await page.locator('div.T-I.T-I-KE.L3[role=button]').click();
    const root = page.locator('div.M9').nth(before);
    await root.waitFor();
    return new Compose(page, root);
  }

  /** An inline reply in the open thread, from its Reply button. */
  static async reply(page: Page): Promise<Compose> {
    await page.locator('span.ams.bkH').click();
    const root = page.locator('.ip.adB div.M9');
    await root.waitFor();
    return new Compose(page, root);
  }

  async write({ to, subject, body }: { to?: string[]; subject?: string; body?: string }): Promise<void> {
    for (const address of to ?? []) {
      await this.root.locator('div[name=to] input').fill(address);
      await this.root.locator('div[name=to] input').press('Enter');
    }
    if (subject !== undefined) await this.root.locator('input[name=subjectbox]').fill(subject);
    if (body !== undefined) await this.root.locator('div[contenteditable=true][g_editable=true]').fill(body);
  }

  get control(): Locator {
    return this.root.locator('[data-followthrough=compose-control]');
  }

  get controlButton(): Locator {
    return this.control.locator('button.ft-button');
  }

  get sendButton(): Locator {
    return this.root.locator('.IZ .Up div[role=button]:not([aria-haspopup=true])');
  }

  async openMenu(): Promise<void> {
    await this.controlButton.click();
    await this.control.locator('[role=menu]').waitFor();
  }

  async choose(preset: Preset | 'off'): Promise<void> {
    await this.openMenu();
    await this.control.locator(`[data-action="${preset}"]`).click();
    await this.control.locator('[role=menu]').waitFor({ state: 'detached' });
  }

  async sendWith(how: 'click' | 'enter' | 'space' | 'ctrl-enter'): Promise<void> {
    if (how === 'click') await this.sendButton.click();
    else if (how === 'enter') await this.sendButton.press('Enter');
    else if (how === 'space') await this.sendButton.press(' ');
    else await this.root.locator('div[contenteditable=true][g_editable=true]').press('Control+Enter');
  }

  async discard(): Promise<void> {
    await this.root.locator('[aria-label="Discard draft"]').click();
    await this.root.waitFor({ state: 'detached' });
  }

  /** The toast Gmail shows once a message went out. */
  static sentToast(page: Page): Locator {
    return page.locator('#link_undo');
  }
}
