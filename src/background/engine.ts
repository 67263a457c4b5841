/**
 * The follow-up engine: works through every follow-up whose time has come —
 * checking the thread for a reply, then firing the reminder if it is due —
 * and re-arms the one alarm for the next piece of work. It is safe to run at
 * any moment and any number of times: each decision is applied in a
 * transaction only if the follow-up is unchanged since it was read, so a
 * reminder fires once even when runs overlap or the worker is stopped
 * midway (the rest is still queued in the database for the next run).
 *
 * A reminder is shown as soon as it fires, not at the end of the run (which
 * can take minutes of polite pacing), and it counts as fired-but-unshown in
 * the database until then: a worker stopped in between leaves it at the head
 * of the queue, and the next run shows it. One follow-up's failure (a write
 * refused by IndexedDB, a check that throws) is logged and retried a minute
 * later; the others go on, and the alarm and badge are always re-armed.
 *
 * Each run also gives the heads-ups owed (core/headsUp.ts) for steps of plans coming the next
 * work day. A heads-up is recorded as given before it is shown: a worker stopped in between
 * loses that one courtesy, never a reminder.
 */
import type { DueOptions } from '../core/dueDate';
import { looksAtThread, type FollowUp } from '../core/followUp';
import { HEADS_UP_HORIZON, HEADS_UP_LOOK_EVERY, headsUpOwed, nextHeadsUpAt, type HeadsUpOptions } from '../core/headsUp';
import { log } from '../core/log';
import { awaitsShowing, shouldFire } from '../core/schedule';
import type { FollowthroughDb } from '../storage/db';
import { applyIfUnchanged, checkAt, comingDue, countDue, markShown, nextWorkAt, rearmed, stepDone, workDue } from '../storage/followUps';
import type { ReplyCheckResult } from './replyCheck';

export interface EngineDeps {
  db: FollowthroughDb;
  now: () => number;
  /** Looks for a reply in Gmail. Never throws: a failed check is outcome `unknown`. */
  checkReply: (followUp: FollowUp) => Promise<ReplyCheckResult>;
  /**
   * Shows this run's reminders so far, the newest last: called once per reminder, in order.
   * Resolving means shown (or deliberately not, when the user turned notifications off).
   */
  notify: (shown: FollowUp[]) => Promise<void>;
  /** Tells (quietly, if the user wants it) that replies closed these follow-ups. */
  notifyReplied: (closed: FollowUp[]) => Promise<void>;
  /** The user followed up on these: their reminders, if shown, are done with. */
  clearReminders: (followedUp: FollowUp[]) => Promise<void>;
  /** The user's reminder hour and work week, for the next step of a plan. */
  dueOptions?: DueOptions;
  /** Plans whose steps get a heads-up, and the work week; absent: none do. */
  headsUp?: HeadsUpOptions;
  /** Shows the heads-up for a step that comes due the next work day. */
  notifyHeadsUp?: (followUp: FollowUp) => Promise<void>;
  setAlarm: (when: number | undefined) => Promise<void>;
  setBadge: (due: number) => Promise<void>;
}

/** Follow-ups read per round; checks within a round run `CONCURRENCY` at a time. */
const BATCH = 50;
const CONCURRENCY = 2;
/**
 * While a run works, the alarm points this far ahead: if the worker is stopped midway, it wakes
 * again then and carries on (the queue is in the database). The run's last step replaces it
 * with the real next time.
 */
export const RUN_WATCHDOG_MS = 30_000;
/** A follow-up that failed stays due; waking at once would fail again in a tight loop. */
export const RETRY_AFTER_FAILURE_MS = 60_000;

/** Runs the engine once; returns the reminders it showed. */
export async function runEngine(deps: EngineDeps): Promise<FollowUp[]> {
  const reminders = showInOrder(deps);
  const closed: FollowUp[] = [];
  const followedUp: FollowUp[] = [];
  const seen = new Set<string>();
  let holdAlarm = false;
  try {
    await giveHeadsUps(deps).catch((error: unknown) => log.error('giving heads-ups failed', error));
    for (;;) {
      // Follow-ups seen in this run but still due (they failed) are skipped, never re-read forever.
      const batch = (await workDue(deps.db, deps.now(), BATCH + seen.size)).filter((f) => !seen.has(f.id));
      if (batch.length === 0) break;
      await deps.setAlarm(deps.now() + RUN_WATCHDOG_MS);
      batch.forEach((f) => seen.add(f.id));
      await forEachLimited(batch, CONCURRENCY, async (followUp) => {
        try {
          const result = await work(deps, followUp);
          if (result?.show) await reminders.show(result.followUp);
          else if (result?.followUp.status === 'replied') closed.push(result.followUp);
          else if (result?.followedUp) followedUp.push(result.followUp);
        } catch (error) {
          log.error(`follow-up ${followUp.id} failed; it is tried again later`, error);
          // Tried again in a minute, on its own: at once it would fail again in a tight loop, and
          // the others need not wait. When even that write fails, the whole alarm is held back.
          await checkAt(deps.db, followUp.id, deps.now() + RETRY_AFTER_FAILURE_MS).catch(() => (holdAlarm = true));
        }
      });
    }
  } finally {
    if (closed.length > 0) await deps.notifyReplied(closed).catch((error: unknown) => log.error('telling of replies failed', error));
    if (followedUp.length > 0) await deps.clearReminders(followedUp).catch((error: unknown) => log.error('clearing reminders failed', error));
    await refresh(deps, holdAlarm ? deps.now() + RETRY_AFTER_FAILURE_MS : undefined).catch((error: unknown) =>
      log.error('re-arming failed', error),
    );
  }
  return reminders.shown;
}

/**
 * Re-arms the alarm and the badge from the database: after any change, and at the end of a run.
 * `notBefore` holds the alarm back after a failure. Returns when the engine has work next.
 */
export async function refresh(
  deps: Pick<EngineDeps, 'db' | 'now' | 'setAlarm' | 'setBadge' | 'headsUp'>,
  notBefore?: number,
): Promise<number | undefined> {
  const next = earliest(await nextWorkAt(deps.db), await nextHeadsUp(deps));
  const wake = next === undefined || notBefore === undefined ? next : Math.max(next, notBefore);
  await deps.setAlarm(wake);
  await deps.setBadge(await countDue(deps.db, deps.now()));
  return wake;
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? (a ?? b) : Math.min(a, b);
}

/** The next heads-up among the steps due soon, or the next daily look for steps further off. */
async function nextHeadsUp(deps: Pick<EngineDeps, 'db' | 'now' | 'headsUp'>): Promise<number | undefined> {
  if (!deps.headsUp?.headsUpPlans.length) return undefined;
  const now = deps.now();
  return earliest(nextHeadsUpAt(await comingDue(deps.db, now, now + HEADS_UP_HORIZON), now, deps.headsUp), now + HEADS_UP_LOOK_EVERY);
}

/** Gives each heads-up owed now, each on its own: one that fails is logged, the others go on. */
async function giveHeadsUps(deps: EngineDeps): Promise<void> {
  const { headsUp, notifyHeadsUp } = deps;
  if (!headsUp?.headsUpPlans.length || !notifyHeadsUp) return;
  const now = deps.now();
  for (const read of await comingDue(deps.db, now, now + HEADS_UP_HORIZON)) {
    if (!headsUpOwed(read, now, headsUp)) continue;
    try {
      const given = await applyIfUnchanged(deps.db, read, (current) => ({ ...current, headsUpFor: current.dueAt }), now);
      if (given) await notifyHeadsUp(given);
    } catch (error) {
      log.error(`the heads-up for follow-up ${read.id} failed`, error);
    }
  }
}

/**
 * Shows reminders one at a time, in the order they fired, each with all shown before it in this
 * run (so the notifications can be one summary), and records each as shown once it is.
 */
function showInOrder(deps: EngineDeps) {
  const shown: FollowUp[] = [];
  let queue: Promise<void> = Promise.resolve();
  return {
    shown,
    show(followUp: FollowUp): Promise<void> {
      const turn = queue.then(async () => {
        await deps.notify([...shown, followUp]);
        shown.push(followUp);
        await markShown(deps.db, followUp, deps.now());
      });
      queue = turn.catch(() => undefined); // the next reminder is shown even when this one failed
      return turn;
    },
  };
}

async function work(deps: EngineDeps, read: FollowUp): Promise<{ followUp: FollowUp; show: boolean; followedUp: boolean } | undefined> {
  // A reminder fired by a run that was stopped before it could show it is owed; it goes through
  // the same steps. One that waits for no reply is looked at again first, since an answer may
  // have come while nothing ran (a reminder after a real answer is the worst outcome), and it is
  // shown only if the user has not ended or moved it since it was read.
  const result = looksAtThread(read.condition) ? await deps.checkReply(read) : undefined;
  const check = result?.check;
  const now = deps.now();
  let show = false;
  let followedUp = false;
  const updated = await applyIfUnchanged(
    deps.db,
    read,
    (current) => {
      const next: FollowUp = check ? { ...current, replyCheck: check } : { ...current };
      if (result?.baseline) next.baseline = result.baseline;
      // A reply-by ends when the user writes in the thread; what others write changes nothing.
      if (current.condition === 'until-i-reply') {
        if (result?.userWroteAt !== undefined) {
          followedUp = true;
          return { ...rearmed(next), status: 'done' };
        }
      } else if (check?.outcome === 'replied') {
        const { unshown: _owed, ...answered } = next;
        return { ...answered, status: 'replied' };
      }
      // The reminder came and the user followed up in the thread: that step is done.
      if (result?.followedUpAt !== undefined && current.firedAt !== undefined) {
        followedUp = true;
        return stepDone(next, result.followedUpAt, deps.dueOptions);
      }
      if (awaitsShowing(current)) {
        show = true;
        return next;
      }
      if (shouldFire(current, now)) {
        show = true;
        return { ...next, firedAt: now, unshown: true };
      }
      return next;
    },
    now,
  );
  return updated && { followUp: updated, show, followedUp };
}

async function forEachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
