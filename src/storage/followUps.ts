/**
 * Repository functions for follow-ups. Each takes the database and "now" as
 * arguments, so tests run them on fake-indexeddb with a fixed clock. Every
 * write goes through `scheduled()`, so the engine's queue (nextCheckAt) can
 * never disagree with a follow-up's state.
 */
import { Dexie } from 'dexie';
import {
  ACTIVE_STATUSES,
  isActive,
  lastSentAt,
  normalizeSubject,
  withMade,
  type FollowUp,
  type FollowUpCondition,
  type FollowUpStatus,
  type NewFollowUp,
} from '../core/followUp';
import { withNote } from '../core/noteHistory';
import { followUpsMade, type Outcome, type OutcomeChoice } from '../core/outcome';
import type { DueOptions } from '../core/dueDate';
import { advance, type PlanProgress } from '../core/plans';
import { nextCheckAt } from '../core/schedule';
import { stillAsLeft, undoneAt, withFootprint, type Undo, type UndoOutcome } from '../core/undo';
import { hexToPermId } from '../gmail/ids';
import type { FollowthroughDb } from './db';

/** A copy of the follow-up with its next engine time recomputed (and absent when there is none). */
export function scheduled(followUp: FollowUp, now: number): FollowUp {
  const { nextCheckAt: _old, ...rest } = followUp;
  const at = nextCheckAt(rest, now);
  return at === undefined ? rest : { ...rest, nextCheckAt: at };
}

/** A copy that has not fired: moving a follow-up re-arms its reminder (the new due time gets its own). */
export function rearmed(followUp: FollowUp): FollowUp {
  const { firedAt: _fired, unshown: _unshown, ...rest } = followUp;
  return rest;
}

/**
 * The step in progress done at `at` (the user followed up, by mail or by hand): the plan's next
 * step comes due, or — after the last step, or for a single reminder — the follow-up is done.
 */
export function stepDone(followUp: FollowUp, at: number, options: DueOptions = {}): FollowUp {
  const rest = withMade(rearmed(followUp), at);
  const step = advance(followUp.plan, at, options);
  if (step.kind === 'finished') return { ...rest, status: 'done', ...(step.plan ? { plan: step.plan } : {}) };
  return { ...rest, status: 'pending', plan: step.plan, dueAt: step.dueAt, promisedAt: step.dueAt };
}

/**
 * Creates the thread's follow-up, or — when the thread already has an active
 * one — moves that one to the new choice: a thread has one promise at a time.
 */
export async function createFollowUp(db: FollowthroughDb, input: NewFollowUp, now: number): Promise<FollowUp> {
  return db.transaction('rw', db.followUps, async () => {
    const existing = input.threadId
      ? (await followUpsOfThread(db, input.account, input.threadId)).find(isActive)
      : undefined;
    const { plan, ...fields } = input;
    // A due time the user chose is a new promise; a snooze (moveFollowUp) is not.
    const promised = { dueAt: input.dueAt, promisedAt: input.dueAt };
    const followUp = existing
      ? rearmed(withPlan({ ...retracked(made(existing, input), input), ...promised, condition: input.condition, status: 'pending', updatedAt: now }, replanned(existing, input)))
      : withPlan(
          {
            ...fields,
            ...promised,
            id: crypto.randomUUID(),
            subject: normalizeSubject(input.subject),
            note: input.note ?? '',
            ...(input.note?.trim() ? { noteAt: now } : {}),
            status: 'pending' as const,
            createdAt: now,
            updatedAt: now,
          },
          plan ?? undefined,
        );
    const stored = scheduled(followUp, now);
    await db.followUps.put(stored);
    return stored;
  });
}

/**
 * The plan of a thread's follow-up set again: the one chosen now, if any; else, when the user's
 * message went out in the thread after the reminder came, the same plan a step on (they
 * followed up); else the plan as it was.
 */
function replanned(existing: FollowUp, input: NewFollowUp): PlanProgress | undefined {
  if (input.plan !== undefined) return input.plan ?? undefined;
  if (existing.plan && followsUp(existing, input)) {
    return advance(existing.plan, input.sentAt).plan;
  }
  return existing.plan;
}

/** The message being set went out in the thread after the reminder came: the user followed up. */
function followsUp(existing: FollowUp, input: NewFollowUp): boolean {
  return input.tracking?.kind === 'compose' && existing.firedAt !== undefined;
}

/** The follow-up the user made by sending this message, on record (stats: made when promised). */
function made(existing: FollowUp, input: NewFollowUp): FollowUp {
  return followsUp(existing, input) ? withMade(existing, input.sentAt) : existing;
}

function withPlan(followUp: FollowUp, plan: PlanProgress | undefined): FollowUp {
  const { plan: _old, ...rest } = followUp;
  return plan ? { ...rest, plan } : rest;
}

/**
 * A thread's follow-up set again: from a thread view it only changes the time, and keeps what it
 * tracks; a message sent from compose becomes the tracked one, and the thread is looked at anew.
 */
function retracked(existing: FollowUp, input: NewFollowUp): FollowUp {
  if (input.tracking?.kind !== 'compose') return existing;
  const { baseline: _old, ...rest } = existing;
  return { ...rest, tracking: input.tracking };
}

/** The thread's active follow-up if any, else its most recently updated one. */
export async function getFollowUpForThread(
  db: FollowthroughDb,
  account: string,
  threadId: string,
): Promise<FollowUp | undefined> {
  const all = await followUpsOfThread(db, account, threadId);
  return all.find(isActive) ?? all.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export function followUpsOfThread(db: FollowthroughDb, account: string, threadId: string): Promise<FollowUp[]> {
  return db.followUps.where('[account+threadId]').equals([account, threadId]).toArray();
}

/** One status's follow-ups in due order: a range of the [status+dueAt] index, never a table scan. */
function byDue(db: FollowthroughDb, status: FollowUpStatus, upTo?: number) {
  return db.followUps.where('[status+dueAt]').between([status, Dexie.minKey], [status, upTo ?? Dexie.maxKey], true, true);
}

/** Active follow-ups that come due after `from`, up to `to`: the ones a heads-up may be owed for. */
export async function comingDue(db: FollowthroughDb, from: number, to: number): Promise<FollowUp[]> {
  const perStatus = await Promise.all(
    ACTIVE_STATUSES.map((status) => db.followUps.where('[status+dueAt]').between([status, from], [status, to], false, true).toArray()),
  );
  return perStatus.flat();
}

/** Active follow-ups ordered by due time: the first `limit` of each active status, merged. */
export async function listActiveByDue(db: FollowthroughDb, limit = Infinity): Promise<FollowUp[]> {
  const perStatus = await Promise.all(ACTIVE_STATUSES.map((status) => byDue(db, status).limit(limit).toArray()));
  return perStatus
    .flat()
    .sort((a, b) => a.dueAt - b.dueAt)
    .slice(0, limit);
}

export async function countActive(db: FollowthroughDb): Promise<number> {
  const counts = await Promise.all(ACTIVE_STATUSES.map((status) => byDue(db, status).count()));
  return counts.reduce((sum, n) => sum + n, 0);
}

/**
 * What the badge counts: open follow-ups whose reminder has fired. One that
 * is overdue but not yet checked is left out until the check confirms
 * nobody replied. The range stops at `now`, so only overdue rows are read.
 */
export async function countDue(db: FollowthroughDb, now: number): Promise<number> {
  const counts = await Promise.all(
    ACTIVE_STATUSES.map((status) =>
      byDue(db, status, now)
        .filter((f) => f.firedAt !== undefined)
        .count(),
    ),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}

/**
 * An action on a follow-up that has ended since the user saw it (a reply closed it, another
 * window marked it done): it is refused, so a done follow-up never comes back snoozed and a
 * reply's evidence is never overwritten.
 */
export class EndedError extends Error {
  override name = 'EndedError';
  constructor(readonly status: FollowUpStatus) {
    super(`this follow-up has already ended (${status})`);
  }
}

function activeOnly(edit: (f: FollowUp) => FollowUp): (f: FollowUp) => FollowUp {
  return (f) => {
    if (!isActive(f)) throw new EndedError(f.status);
    return edit(f);
  };
}

/** Ends a follow-up: the user marked it done or cancelled it. Refused once it has ended. */
export function endFollowUp(db: FollowthroughDb, id: string, status: 'done' | 'cancelled', now: number) {
  return change(db, id, activeOnly((f) => ({ ...f, status })), now);
}

/** The user did the step in progress by hand (a call, a meeting…) and says so. Refused once it has ended. */
export function completeStep(db: FollowthroughDb, id: string, now: number, options: DueOptions = {}) {
  return change(db, id, activeOnly((f) => stepDone(f, now, options)), now);
}

/** Moves the due time (snooze after it fired, reschedule before); the reminder fires again at the new time. Refused once it has ended. */
export function moveFollowUp(db: FollowthroughDb, id: string, dueAt: number, now: number) {
  return change(db, id, activeOnly((f) => rearmed({ ...f, dueAt, status: f.firedAt === undefined ? f.status : 'snoozed', ...(snoozing(f) ? {} : { promisedAt: dueAt }) })), now);
}

/**
 * Moving a reminder that came (or was snoozed once already) puts it off: it was still promised
 * for when it was set. Moving one before it came is a new plan: rescheduled, promised anew.
 */
function snoozing(followUp: FollowUp): boolean {
  return followUp.firedAt !== undefined || followUp.status === 'snoozed';
}

/**
 * The note was changed elsewhere since the user began editing it (in the popup while Gmail had it
 * open, or the other way round): saving would throw away words the user never saw.
 */
export class NoteConflictError extends Error {
  override name = 'NoteConflictError';
  constructor() {
    super('the note was changed elsewhere');
  }
}

/** Whether to remind only if nobody replied, or in any case. Refused once it has ended. */
export function setCondition(db: FollowthroughDb, id: string, condition: FollowUpCondition, now: number) {
  return change(db, id, activeOnly((f) => ({ ...f, condition })), now);
}

/** Sets the note, only while it still reads `previous`, the text the user's edit began from. */
export function setNote(db: FollowthroughDb, id: string, note: string, previous: string, now: number) {
  return change(
    db,
    id,
    (f) => {
      if (f.note !== previous) throw new NoteConflictError();
      return withNote(f, note, now);
    },
    now,
  );
}

/** An outcome for a follow-up still under way: it has none until it ends. */
export class NotEndedError extends Error {
  override name = 'NotEndedError';
  constructor() {
    super('this follow-up has not ended yet');
  }
}

/**
 * Records how an ended follow-up turned out (core/outcome.ts). A next step starts a follow-up on
 * the same thread, due at its date — remind if nothing new comes by then — in the same
 * transaction: both are stored or neither. Recording again replaces the outcome; a next step set
 * before stays a follow-up of its own.
 */
export function recordOutcome(db: FollowthroughDb, id: string, choice: OutcomeChoice, now: number) {
  return db.transaction('rw', db.followUps, async () => {
    const followUp = await db.followUps.get(id);
    if (!followUp) return undefined;
    if (isActive(followUp)) throw new NotEndedError();
    const next = choice.kind === 'next-step' ? await createFollowUp(db, nextStepOf(followUp, choice), now) : undefined;
    const outcome: Outcome = { kind: choice.kind, at: now, steps: followUpsMade(followUp), ...(next ? { nextId: next.id } : {}) };
    const updated = scheduled({ ...followUp, outcome, updatedAt: now }, now);
    await db.followUps.put(updated);
    return updated;
  });
}

/**
 * The follow-up of an agreed next step: the same thread and people, and "nothing new" counted
 * from when it is set (tracking 'thread'); a single reminder unless a plan was chosen. Its "sent"
 * is the user's last message we know of, the one its wait starts from.
 */
function nextStepOf(ended: FollowUp, { dueAt, condition = 'if-no-reply', plan }: Extract<OutcomeChoice, { kind: 'next-step' }>): NewFollowUp {
  return {
    account: ended.account,
    threadId: ended.threadId,
    threadPermId: ended.threadPermId,
    messageId: '',
    subject: ended.subject,
    recipients: ended.recipients,
    sentAt: lastSentAt(ended),
    dueAt,
    condition,
    tracking: { kind: 'thread' },
    plan: plan ?? null,
  };
}

/** Deletes a follow-up and returns it, so the caller can offer to undo (undoAction). */
export function deleteFollowUp(db: FollowthroughDb, id: string): Promise<FollowUp | undefined> {
  return db.transaction('rw', db.followUps, async () => {
    const followUp = await db.followUps.get(id);
    if (followUp) await db.followUps.delete(id);
    return followUp;
  });
}

/** Stores imported follow-ups as they are, rescheduled for the present. */
export async function storeFollowUps(db: FollowthroughDb, followUps: FollowUp[], now: number): Promise<void> {
  await db.followUps.bulkPut(followUps.map((f) => scheduled(f, now)));
}

/**
 * Undoes one action, in one transaction, only while the follow-up is as the action left it
 * (core/undo.ts says why the action's fields decide); otherwise it changes nothing and says why.
 * A deleted follow-up comes back only if nothing took its place: neither its id, nor, when it
 * was active, another active follow-up on its thread (a thread keeps one promise at a time).
 */
export function undoAction(db: FollowthroughDb, undo: Undo, now: number): Promise<UndoOutcome> {
  return db.transaction('rw', db.followUps, async () => {
    if (undo.kind === 'edit') {
      const current = await db.followUps.get(undo.id);
      if (!current || !stillAsLeft(current, undo.after)) return 'changed';
      const restored = { ...withFootprint(current, undo.before), updatedAt: undoneAt(current.updatedAt, now) };
      if (!isActive(current) && (await anotherActiveOnThread(db, restored))) return 'exists';
      await db.followUps.put(scheduled(restored, now));
      return 'undone';
    }
    const { followUp } = undo;
    if (await db.followUps.get(followUp.id)) return 'exists';
    if (await anotherActiveOnThread(db, followUp)) return 'exists';
    await db.followUps.put(scheduled({ ...followUp, updatedAt: undoneAt(followUp.updatedAt, now) }, now));
    return 'undone';
  });
}

/**
 * Bringing this follow-up back as active would give its thread two promises: the thread got a
 * new follow-up since it ended (or was deleted), so the undo is refused.
 */
async function anotherActiveOnThread(db: FollowthroughDb, followUp: FollowUp): Promise<boolean> {
  if (!isActive(followUp) || !followUp.threadId) return false;
  const others = await followUpsOfThread(db, followUp.account, followUp.threadId);
  return others.some((other) => other.id !== followUp.id && isActive(other));
}

function change(db: FollowthroughDb, id: string, edit: (f: FollowUp) => FollowUp, now: number) {
  return db.transaction('rw', db.followUps, async () => {
    const followUp = await db.followUps.get(id);
    if (!followUp) return undefined;
    const updated = scheduled({ ...edit(followUp), updatedAt: now }, now);
    await db.followUps.put(updated);
    return updated;
  });
}

/** Thread ids of an account's open follow-ups whose reminder fired (read from the overdue ranges only). */
export async function dueThreadIds(db: FollowthroughDb, account: string, now: number): Promise<string[]> {
  const perStatus = await Promise.all(
    ACTIVE_STATUSES.map((status) =>
      byDue(db, status, now)
        .filter((f) => f.account === account && f.firedAt !== undefined && f.threadId !== '')
        .toArray(),
    ),
  );
  return [...new Set(perStatus.flat().map((f) => f.threadId))];
}

/** Active follow-ups of an account whose thread Gmail has not identified yet (new messages just sent). */
export async function unresolvedFollowUps(db: FollowthroughDb, account: string): Promise<FollowUp[]> {
  return db.followUps.where('[account+threadId]').equals([account, '']).filter(isActive).toArray();
}

/** Completes a new message's follow-up with the thread Gmail gave it, once. */
export function resolveThread(db: FollowthroughDb, account: string, id: string, threadId: string, now: number) {
  return db.transaction('rw', db.followUps, async () => {
    const followUp = await db.followUps.get(id);
    if (!followUp || followUp.account !== account || followUp.threadId !== '') return undefined;
    const updated = scheduled(
      { ...followUp, threadId, threadPermId: hexToPermId(threadId) ?? '', updatedAt: now },
      now,
    );
    await db.followUps.put(updated);
    return updated;
  });
}

/** Puts a follow-up in the engine's queue at `at` (now: at its head), leaving everything else as it is. */
export async function checkAt(db: FollowthroughDb, id: string, at: number): Promise<void> {
  await db.followUps.update(id, { nextCheckAt: at });
}

/** The engine's work queue: follow-ups with something to do at or before `now`, soonest first. */
export function workDue(db: FollowthroughDb, now: number, limit: number): Promise<FollowUp[]> {
  return db.followUps.where('nextCheckAt').belowOrEqual(now).limit(limit).toArray();
}

/** When the engine next has work, from the first entry of the nextCheckAt index. */
export async function nextWorkAt(db: FollowthroughDb): Promise<number | undefined> {
  return (await db.followUps.orderBy('nextCheckAt').first())?.nextCheckAt;
}

/**
 * Records that the reminder fired at `firedAt` has been shown, which takes the follow-up off the
 * head of the queue. Keyed by the firing, not by the version the engine read: a note edited in
 * between must not make it show twice, and a move in between has already re-armed it.
 */
export function markShown(db: FollowthroughDb, read: Pick<FollowUp, 'id' | 'firedAt'>, now: number): Promise<void> {
  return db.transaction('rw', db.followUps, async () => {
    const current = await db.followUps.get(read.id);
    // Ended meanwhile: it stays as the user's action left it (an undo of that action owes it again).
    if (!current?.unshown || current.firedAt !== read.firedAt || !isActive(current)) return;
    const { unshown: _shown, ...rest } = current;
    await db.followUps.put(scheduled({ ...rest, updatedAt: now }, now));
  });
}

/**
 * Applies what the engine decided, in one transaction, only if the
 * follow-up is still the version the engine read: a user's change made
 * meanwhile wins, and two engine runs can never both fire it.
 */
export function applyIfUnchanged(
  db: FollowthroughDb,
  read: FollowUp,
  decide: (current: FollowUp) => FollowUp,
  now: number,
): Promise<FollowUp | undefined> {
  return db.transaction('rw', db.followUps, async () => {
    const current = await db.followUps.get(read.id);
    if (!current || current.updatedAt !== read.updatedAt || current.nextCheckAt !== read.nextCheckAt) return undefined;
    const updated = scheduled({ ...decide(current), updatedAt: now }, now);
    await db.followUps.put(updated);
    return updated;
  });
}
