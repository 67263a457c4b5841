import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChangeAnnouncer } from '../../src/background/announceChange';
import { CHANGED, isChangeAnnouncement } from '../../src/messaging/announcement';

const OWN_ID = 'ownextensionid';

describe('announcing a change to Gmail tabs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells every open Gmail tab once for changes that come together', async () => {
    const sendToTab = vi.fn(async () => undefined);
    const announce = createChangeAnnouncer({ gmailTabs: async () => [3, 7], sendToTab, delayMs: 100 });
    announce();
    announce();
    announce();
    expect(sendToTab).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(sendToTab.mock.calls).toEqual([
      [3, CHANGED],
      [7, CHANGED],
    ]);
    announce();
    await vi.advanceTimersByTimeAsync(100);
    expect(sendToTab).toHaveBeenCalledTimes(4);
  });

  it('goes on past a tab that cannot be told, and logs a failure to list the tabs', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const sendToTab = vi.fn(async (tab: number) => {
      if (tab === 3) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    createChangeAnnouncer({ gmailTabs: async () => [3, 7], sendToTab })();
    await vi.advanceTimersByTimeAsync(100);
    expect(sendToTab).toHaveBeenCalledWith(7, CHANGED);
    expect(error).not.toHaveBeenCalled();

    const broken = createChangeAnnouncer({ gmailTabs: () => Promise.reject(new Error('tabs unavailable')), sendToTab });
    broken();
    await vi.advanceTimersByTimeAsync(100);
    expect(error).toHaveBeenCalledWith('[Followthrough]', 'announcing a change failed', 'Error: tabs unavailable');
    // And the next change is announced again.
    broken();
    await vi.advanceTimersByTimeAsync(100);
    expect(error).toHaveBeenCalledTimes(2);
  });
});

describe('what a Gmail tab takes for an announcement', () => {
  const background = { id: OWN_ID };
  it('only exactly ours, from our own background', () => {
    expect(isChangeAnnouncement({ type: 'followUps.changed' }, background, OWN_ID)).toBe(true);
    expect(isChangeAnnouncement({ type: 'followUps.changed' }, { id: 'another-extension' }, OWN_ID)).toBe(false);
    // From a tab (a content script), not the background.
    expect(isChangeAnnouncement({ type: 'followUps.changed' }, { id: OWN_ID, tab: { id: 1 } }, OWN_ID)).toBe(false);
    expect(isChangeAnnouncement({ type: 'followUps.changed', followUps: [] }, background, OWN_ID)).toBe(false);
    for (const malformed of [null, undefined, 'followUps.changed', 42, [], { type: 'followUp.create' }, {}]) {
      expect(isChangeAnnouncement(malformed, background, OWN_ID)).toBe(false);
    }
  });
});
