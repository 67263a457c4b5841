/**
 * The follow-up engine: works through every follow-up whose time has come —
 * checking the thread for a reply, then firing the reminder if it is due —
 * and re-arms the one alarm for the next piece of work. It is safe to run at
 * any moment and any number of times: each decision is applied in a
 * transaction only if the follow-up is unchanged since it was read, so a
 * reminder fires once even when runs overlap or the worker is stopped
 * midway (the rest is still queued in the database for the next run).
 */
import type { FollowUp } from '../core/followUp';
import { shouldFire } from '../core/schedule';
import type { FollowthroughDb } from '../storage/db';
import { applyIfUnchanged, countDue, nextWorkAt, workDue } from '../storage/followUps';
import type { ReplyCheckResult } from './replyCheck';

export interface EngineDeps {
  db: FollowthroughDb;
  now: () => number;
  /** Looks for a reply in Gmail. Never throws: a failed check is outcome `unknown`. */
  checkReply: (followUp: FollowUp) => Promise<ReplyCheckResult>;
  /** Shows reminders: one notification for one, a summary for several. */
  notify: (fired: FollowUp[]) => Promise<void>;
  /** Tells (quietly, if the user wants it) that replies closed these follow-ups. */
  notifyReplied: (closed: FollowUp[]) => Promise<void>;
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

export async function runEngine(deps: EngineDeps): Promise<FollowUp[]> {
  const fired: FollowUp[] = [];
  const closed: FollowUp[] = [];
  const seen = new Set<string>();
  for (;;) {
    const batch = (await workDue(deps.db, deps.now(), BATCH)).filter((f) => !seen.has(f.id));
    if (batch.length === 0) break;
    await deps.setAlarm(deps.now() + RUN_WATCHDOG_MS);
    batch.forEach((f) => seen.add(f.id));
    await forEachLimited(batch, CONCURRENCY, async (followUp) => {
      const result = await work(deps, followUp);
      if (result?.fired) fired.push(result.followUp);
      else if (result?.followUp.status === 'replied') closed.push(result.followUp);
    });
  }
  if (fired.length > 0) await deps.notify(fired);
  if (closed.length > 0) await deps.notifyReplied(closed);
  await refresh(deps);
  return fired;
}

/** Re-arms the alarm and the badge from the database: after any change, and at the end of a run. */
export async function refresh(deps: Pick<EngineDeps, 'db' | 'now' | 'setAlarm' | 'setBadge'>): Promise<void> {
  await deps.setAlarm(await nextWorkAt(deps.db));
  await deps.setBadge(await countDue(deps.db, deps.now()));
}

async function work(deps: EngineDeps, read: FollowUp): Promise<{ followUp: FollowUp; fired: boolean } | undefined> {
  const result = read.condition === 'if-no-reply' ? await deps.checkReply(read) : undefined;
  const check = result?.check;
  const now = deps.now();
  let fired = false;
  const updated = await applyIfUnchanged(
    deps.db,
    read,
    (current) => {
      const next: FollowUp = check ? { ...current, replyCheck: check } : { ...current };
      if (result?.baseline) next.baseline = result.baseline;
      if (check?.outcome === 'replied') return { ...next, status: 'replied' };
      if (shouldFire(current, now)) {
        fired = true;
        return { ...next, firedAt: now };
      }
      return next;
    },
    now,
  );
  return updated && { followUp: updated, fired };
}

async function forEachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
