/**
 * Service worker entry: wires browser events to the engine and the router.
 * Listeners are registered at the top level on every start (Chrome stops an
 * idle worker after ~30 s), and every start runs the engine once: that
 * re-arms the alarm from the database and catches up on follow-ups that
 * came due while nothing ran — alarms do not survive every restart. The
 * popup's opening (`engine.wake`) does the same, so a lost alarm never
 * keeps a reminder back once the user looks.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { log } from '../core/log';
import { loadSettings, onSettingsChanged } from '../settings/settings';
import { FollowthroughDb } from '../storage/db';
import { GMAIL_MATCH } from '../gmail/urls';
import { createChangeAnnouncer } from './announceChange';
import { refresh, runEngine, type EngineDeps } from './engine';
import { onNotificationButton, onNotificationClicked, type ActionDeps } from './notificationActions';
import { notificationId } from './notificationIds';
import { notifyFired, notifyHeadsUp, notifyReplied } from './notifications';
import { createPoliteFetch } from './politeFetch';
import { createSnapshotKeeper, readSnapshot } from './popupSnapshot';
import { saveSnapshot, SNAPSHOT_KEY } from '../popup/snapshot';
import { checkThreadForReply } from './replyCheck';
import { routeMessage } from './router';
import { oneAtATime } from './oneAtATime';
import { createSync } from './sync';
import { saveSyncState } from '../storage/syncState';
import { createTabAccounts, type KnownAccounts } from './tabAccount';
import { ALARM, setAlarm, setBadge } from './toolbar';

const db = new FollowthroughDb();
const now = () => Date.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Fresh dependencies per run: settings are read anew, and request pacing lives as long as one run. */
async function engineDeps(): Promise<EngineDeps> {
  const settings = await loadSettings();
  const fetchPage = createPoliteFetch({ fetch: (input, init) => fetch(input, init), now, sleep });
  return {
    db,
    now,
    checkReply: (followUp) => checkThreadForReply(db, followUp, fetchPage, now, settings.otherAddresses),
    notify: (shown) => notifyFired(shown, now(), settings),
    clearReminders: async (followedUp) => {
      await Promise.all(followedUp.map((f) => clearReminder(f.id)));
    },
    dueOptions: settings,
    headsUp: settings,
    notifyHeadsUp: (followUp) => notifyHeadsUp(followUp, settings),
    notifyReplied: async (closed) => {
      // A reply ended them: their reminders, if shown, are no longer true.
      await Promise.all(closed.map((f) => clearReminder(f.id)));
      if (settings.notifyOnReply) await notifyReplied(closed);
    },
    setAlarm,
    setBadge,
  };
}

/** Gmail tabs are told after every change and every engine run, so what they show stays true. */
const announce = createChangeAnnouncer({
  gmailTabs: async () => (await browser.tabs.query({ url: GMAIL_MATCH })).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
});

/** Follow-ups travel to the user's other computers through the browser's own sync (core/sync). */
const sync = createSync({
  db,
  now,
  area: browser.storage.sync,
  enabled: async () => (await loadSettings()).syncFollowUps,
  // Another computer changed follow-ups here: reminders of those it ended go, and the rest follows
  // (but no pass of its own: this pass has written all it had to).
  changedHere: (ended) => {
    for (const id of ended) void clearReminder(id);
    void changed('sync');
  },
  saveState: saveSyncState,
});

/** The popup's first rows, kept ready so it paints them before its database opens. */
const snapshot = createSnapshotKeeper({ read: () => readSnapshot(db, now()), save: saveSnapshot });

/**
 * After any change: Gmail tabs are told, sync carries it to the other computers (unless a sync
 * pass made it: another pass would spend one of the minute's for nothing), the popup's first rows
 * are kept.
 */
function afterChange(madeBy?: 'sync') {
  announce();
  if (madeBy !== 'sync') sync.soon();
  snapshot.keep();
}

/**
 * One engine run at a time: two runs over the same due follow-ups would split their reminders
 * between two notifications.
 */
const run = oneAtATime(() =>
  engineDeps()
    .then(runEngine)
    .then(() => undefined)
    .catch((error: unknown) => log.error('engine run failed', error))
    .finally(afterChange),
);
/** Re-arms the alarm and the badge from the database; answers when work is next due. */
const rearm = () =>
  // Settings that can't be read cost the heads-ups, never the re-arming.
  loadSettings()
    .catch(() => undefined)
    .then((settings) => refresh({ db, now, setAlarm, setBadge, headsUp: settings }));
/**
 * Work due now is done at once rather than at the next alarm: after a change (a new follow-up's
 * record of what its thread holds) so that a reply arriving seconds later is not taken for part
 * of the thread as it was; after a wake, so that what came due while no alarm fired shows now.
 */
const runIfDue = async (next: number | undefined) => {
  if (next !== undefined && next <= now()) await run();
};
/** After a change: re-arm, tell the other parts (pages, sync, the popup's snapshot), run what is due. */
const changed = (madeBy?: 'sync') =>
  rearm()
    .finally(() => afterChange(madeBy))
    .then(runIfDue)
    .catch((error: unknown) => log.error('re-arming failed', error));
/**
 * The popup opened: re-arm and run what is due, so a lost alarm never keeps a reminder back once
 * the user looks. Nothing changed, so nothing is announced or synced: with 10,000 follow-ups a
 * sync pass after every opening competed with the popup's own first paint (npm run bench). A run
 * that shows reminders tells the other parts itself. The snapshot is kept: a check that writes
 * nothing when it is current, and one that a failed write left out of date is mended.
 */
const wake = () =>
  rearm()
    .finally(snapshot.keep)
    .then(runIfDue)
    .catch((error: unknown) => log.error('re-arming failed', error));
/** Takes away a follow-up's reminder notification, if one is shown. */
const clearReminder = (id: string) =>
  browser.notifications.clear(notificationId({ id })).then(
    () => undefined,
    (error: unknown) => log.error('clearing a reminder failed', error),
  );
const actionDeps: ActionDeps = { db, now, changed, options: loadSettings };
// Which account each /u/N is, as Gmail answered: for this browser session only (storage.session).
const KNOWN_ACCOUNTS = 'tabAccounts';
const tabAccounts = createTabAccounts({
  fetchPage: createPoliteFetch({ fetch: (input, init) => fetch(input, init), now, sleep }),
  now,
  load: async () => ((await browser.storage.session.get(KNOWN_ACCOUNTS))[KNOWN_ACCOUNTS] ?? {}) as KnownAccounts,
  save: (known) => browser.storage.session.set({ [KNOWN_ACCOUNTS]: known }),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender, {
    db,
    now,
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL(''),
    tabAccounts,
    changed: () => void changed(),
    wake: () => void wake(),
    ended: (id) => void clearReminder(id),
  }),
);

// Heads-ups turned on or off, another work week: the next wake-up may have moved. Sync turned off
// takes our records out of storage.sync; turned on, a pass puts them back.
onSettingsChanged((settings) => {
  void changed();
  if (!settings.syncFollowUps) sync.turnedOff().catch((error: unknown) => log.error('turning sync off failed', error));
});
// Another computer's follow-ups, as the browser's sync delivers them (our own writes come back too, and are told apart).
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync') void sync.incoming(changes);
  if (area === 'local' && changes[SNAPSHOT_KEY] && changes[SNAPSHOT_KEY].newValue === undefined) snapshot.removed();
});
browser.alarms.onAlarm.addListener((alarm) => (alarm.name === ALARM ? run() : undefined));
browser.runtime.onInstalled.addListener(() => run());
// The worker's own start below runs too; this says it outright for a browser start, where the
// alarm may be gone (Chrome may clear alarms on restart).
browser.runtime.onStartup.addListener(() => run());
browser.notifications.onClicked.addListener((id) =>
  onNotificationClicked(id, actionDeps).catch((error: unknown) => log.error('notification click failed', error)),
);
// Firefox has no notification buttons.
browser.notifications.onButtonClicked?.addListener((id, index) =>
  onNotificationButton(id, index, actionDeps).catch((error: unknown) => log.error('notification button failed', error)),
);

void run().then(() => sync.now());
