/**
 * The service worker's wiring (src/background/index.ts), loaded on the fake browser: a browser
 * start re-arms an alarm that Chrome dropped.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { ALARM } from '../../src/background/toolbar';
import { FollowthroughDb } from '../../src/storage/db';
import { createFollowUp } from '../../src/storage/followUps';
import { DAY, newFollowUp } from './fixtures';

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name);

describe('the service worker', () => {
  it('re-arms a lost alarm when the browser starts', async () => {
    const db = new FollowthroughDb();
    await createFollowUp(db, newFollowUp({ dueAt: Date.now() + 3 * DAY }), Date.now());
    await import('../../src/background/index');
    await expect.poll(alarmNames).toEqual([ALARM]); // the worker's own start arms it

    await fakeBrowser.alarms.clearAll(); // Chrome may drop alarms on restart
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await alarmNames()).toEqual([ALARM]);
    db.close();
  });
});
