/**
 * "Your results": how the user's follow-ups turned out. Pure; `now` is an
 * argument, weeks are in the runtime's local zone.
 *
 * Definitions:
 * - set: every follow-up, whatever its status (cancelled ones were set too).
 * - replied: status `replied` — the engine found a human reply.
 * - doneWithoutReply: status `done` (the user closed it) and the last check
 *   did not find a reply. One closed by the user after a reply was found is
 *   in neither count, nor in the rate: its status no longer says "replied".
 * - overdueNow: still active (pending/snoozed) and its due time has passed.
 * - replyRate: replied / concluded, or null when nothing has concluded.
 *   Concluded = replied + done without reply + fired-and-still-active (the
 *   reminder went out: nobody answered by the due time; a later reply moves
 *   it to replied). Only `if-no-reply` follow-ups take part: an `always` one is
 *   never checked for replies, so its "no reply" is only "not looked".
 *   Cancelled ones, and active ones whose reminder has not gone out (moving
 *   a fired one re-arms it), have no outcome yet and are left out.
 * - reply time: replyCheck.checkedAt − sentAt. The print view shows a reply's
 *   date only as Gmail's text, so checkedAt — when the engine learned of the
 *   reply — is the only machine date. It is an upper bound: checks run from a
 *   day before the due time, so an early reply counts as arriving then.
 * - attempt: the follow-up's place among the follow-ups of its thread
 *   (same account and threadId) by createdAt: 1st, 2nd, 3rd and later
 *   together. A follow-up without a thread id is a thread of its own. Each
 *   attempt's set, replied and replyRate follow the definitions above.
 * - repliesPerWeek: replied follow-ups by the local week (from Monday 00:00)
 *   of their checkedAt; the current week is the last of the twelve.
 */
import { isActive, type FollowUp } from './followUp';

export interface AttemptStats {
  /** 1, 2, or 3 for the third and later. */
  attempt: number;
  set: number;
  replied: number;
  replyRate: number | null;
}

export interface Stats {
  set: number;
  replied: number;
  doneWithoutReply: number;
  overdueNow: number;
  replyRate: number | null;
  medianDaysToReply: number | null;
  /** Always three entries: 1st, 2nd, 3rd+. */
  byAttempt: AttemptStats[];
  /** The last 12 weeks including the current one, oldest first, zeros included. */
  repliesPerWeek: Array<{ weekStart: number /* Monday 00:00 local */; replies: number }>;
}

export const WEEKS_SHOWN = 12;
const DAY = 86_400_000;
const MAX_ATTEMPT = 3;

export interface Tally {
  set: number;
  replied: number;
  /** The rate's terms: `if-no-reply` follow-ups only. */
  ratedReplied: number;
  concluded: number;
}
export const tally = (): Tally => ({ set: 0, replied: 0, ratedReplied: 0, concluded: 0 });

export function computeStats(followUps: FollowUp[], now: number): Stats {
  const total = tally();
  const attempts = Array.from({ length: MAX_ATTEMPT }, tally);
  const attemptOf = attemptNumbers(followUps);
  const weeks = weekStarts(now, WEEKS_SHOWN);
  const repliesPerWeek = weeks.slice(0, -1).map((weekStart) => ({ weekStart, replies: 0 }));
  const daysToReply: number[] = [];
  let doneWithoutReply = 0;
  let overdueNow = 0;

  followUps.forEach((f, i) => {
    const replied = f.status === 'replied';
    if (isDoneWithoutReply(f)) doneWithoutReply += 1;
    if (isActive(f) && f.dueAt <= now) overdueNow += 1;
    const rated = f.condition === 'if-no-reply';
    const concluded = rated && isConcluded(f);
    tallyOne(total, replied, rated, concluded);
    tallyOne(attempts[attemptOf[i]! - 1]!, replied, rated, concluded);

    const checkedAt = replied ? f.replyCheck?.checkedAt : undefined;
    if (checkedAt === undefined) return;
    daysToReply.push(Math.max(0, checkedAt - f.sentAt) / DAY);
    const week = weekIndex(weeks, checkedAt);
    if (week !== -1) repliesPerWeek[week]!.replies += 1;
  });

  return {
    set: total.set,
    replied: total.replied,
    doneWithoutReply,
    overdueNow,
    replyRate: rate(total),
    medianDaysToReply: median(daysToReply),
    byAttempt: attempts.map((t, i) => ({ attempt: i + 1, set: t.set, replied: t.replied, replyRate: rate(t) })),
    repliesPerWeek,
  };
}

export function tallyOne(t: Tally, replied: boolean, rated: boolean, concluded: boolean): void {
  t.set += 1;
  if (replied) t.replied += 1;
  if (rated && replied) t.ratedReplied += 1;
  if (concluded) t.concluded += 1;
}

export function isDoneWithoutReply(f: FollowUp): boolean {
  return f.status === 'done' && f.replyCheck?.outcome !== 'replied';
}

export function isConcluded(f: FollowUp): boolean {
  return f.status === 'replied' || isDoneWithoutReply(f) || (isActive(f) && f.firedAt !== undefined);
}

export function rate({ ratedReplied, concluded }: Tally): number | null {
  return concluded === 0 ? null : ratedReplied / concluded;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort(); // numeric sort, unlike Array's default
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each follow-up's attempt (1..3), by index: group by thread, order each group by createdAt. O(n log n). */
function attemptNumbers(followUps: FollowUp[]): number[] {
  const attempt = new Array<number>(followUps.length).fill(1);
  // account → threadId → indexes; nested maps spare a concatenated key per follow-up.
  const accounts = new Map<string, Map<string, number[]>>();
  followUps.forEach((f, i) => {
    if (!f.threadId) return;
    let threads = accounts.get(f.account);
    if (!threads) accounts.set(f.account, (threads = new Map()));
    const group = threads.get(f.threadId);
    if (group) group.push(i);
    else threads.set(f.threadId, [i]);
  });
  for (const group of [...accounts.values()].flatMap((threads) => [...threads.values()])) {
    if (group.length === 1) continue;
    // Ties broken by id so the answer does not depend on the input order.
    group.sort((a, b) => {
      const fa = followUps[a]!;
      const fb = followUps[b]!;
      return fa.createdAt - fb.createdAt || (fa.id < fb.id ? -1 : fa.id > fb.id ? 1 : 0);
    });
    group.forEach((index, position) => (attempt[index] = Math.min(position + 1, MAX_ATTEMPT)));
  }
  return attempt;
}

/**
 * `weeks` consecutive local Monday midnights ending with the current week's,
 * plus the next Monday as the end bound. Built with calendar arithmetic: a
 * week across a daylight-saving change is not 7 × 24 hours.
 */
function weekStarts(now: number, weeks: number): number[] {
  const monday = new Date(now);
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return Array.from({ length: weeks + 1 }, (_, i) => {
    const d = new Date(monday);
    d.setDate(d.getDate() + (i - weeks + 1) * 7);
    return d.getTime();
  });
}

/** Which week `at` falls in, or -1 outside them. Binary search over the bounds. */
function weekIndex(bounds: number[], at: number): number {
  if (at < bounds[0]! || at >= bounds[bounds.length - 1]!) return -1;
  let lo = 0;
  let hi = bounds.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (at >= bounds[mid]!) lo = mid;
    else hi = mid;
  }
  return lo;
}
