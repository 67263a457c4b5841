/**
 * The simple model the real system is checked against: what the user did to each follow-up,
 * whether Gmail holds an answer, and whether its reminder has been shown for its current due
 * time. The invariants of issue 9 are checked here, after every step:
 * - every due follow-up is shown exactly once per due time, never early, never after a real
 *   answer that Gmail could show, never once it ended;
 * - none is lost: after a run that finished, each due one was shown (or closed by its answer);
 * - the user's latest action wins: the stored follow-up is what the user last made it, and only
 *   a real answer ends it otherwise;
 * - the engine never sleeps past its work: after a run, the alarm is set no later than the
 *   next piece of work (or the run's watchdog, or the retry after a failure).
 *
 * One exception is deliberate: when the worker is stopped, or the disk refuses the write,
 * after a notification was shown but before "shown" was written, the reminder is shown again
 * (at least once rather than at most once: losing a reminder is worse than repeating one).
 * The model allows exactly that case and no other.
 */
import { expect } from 'vitest';
import { RETRY_AFTER_FAILURE_MS, RUN_WATCHDOG_MS } from '../../../src/background/engine';
import { isActive, type FollowUpCondition } from '../../../src/core/followUp';
import type { Undo } from '../../../src/core/undo';
import { SAMPLE } from '../../replica';
import type { World } from './world';

/** The accounts at /u/0 and /u/1, as the Gmail replica answers for them. */
export const ACCOUNTS = [SAMPLE.account0.email, SAMPLE.account1.email] as const;
export const THREADS = ['18c2f0a1b2c3d4e5', '18c2f0a1b2c3d4e6', '18c2f0a1b2c3d4e7'] as const;
/** What the follow-ups hold of the user's mail: none of it may reach a log. */
export const SUBJECT = 'Pilot budget';
export const NOTES = ['Call Dana about the pilot', 'Ask for the signed order form', ''] as const;
export const CORRESPONDENT = { name: 'Dana Whitfield', email: 'dana.whitfield@client.example' };
export const MAIL_CONTENT = [SUBJECT, ...NOTES.filter(Boolean), CORRESPONDENT.name, CORRESPONDENT.email];

export interface Modeled {
  id: string;
  account: string;
  threadId: string;
  condition: FollowUpCondition;
  status: 'active' | 'replied' | 'done' | 'cancelled';
  deleted: boolean;
  dueAt: number;
  note: string;
  /** Shown for the current due time. */
  shown: boolean;
  /** The popup's undo of the last action on it, and the model's state before and after that action. */
  undo?: { request: Undo; before: Snapshot; after: Snapshot };
}

export type Snapshot = Pick<Modeled, 'status' | 'dueAt' | 'shown' | 'deleted'>;

export class Model {
  readonly followUps: Modeled[] = [];
  /** Reminders already compared with the model. */
  private shownSeen = 0;

  activeOn(account: string, threadId: string): Modeled | undefined {
    return this.followUps.find((f) => !f.deleted && f.status === 'active' && f.account === account && f.threadId === threadId);
  }

  /** Each reminder the engine showed since the last look, against what the model says about it. */
  checkShown(world: World): void {
    for (const shown of world.shown.slice(this.shownSeen)) {
      const f = this.followUps.find((m) => m.id === shown.id);
      expect(f, 'a reminder for a follow-up the user never set').toBeDefined();
      expect(f!.deleted, 'a reminder for a deleted follow-up').toBe(false);
      expect(f!.status, 'a reminder for a follow-up that ended').toBe('active');
      expect(f!.shown, 'a reminder shown twice for the same due time').toBe(false);
      expect(shown.dueAt, 'a reminder for a due time the user has since changed').toBe(f!.dueAt);
      expect(f!.dueAt, 'a reminder before its due time').toBeLessThanOrEqual(world.clock);
      const answered = f!.condition === 'if-no-reply' && world.replied.has(f!.id) && !world.gmailDown;
      expect(answered, 'a reminder after a real answer Gmail could show').toBe(false);
      f!.shown = true;
    }
    this.shownSeen = world.shown.length;
  }

  /**
   * After a run that was stopped or hit a full disk: a reminder it showed whose "shown" was
   * never written is owed again, and only that one.
   */
  async forgetUnrecorded(world: World, shownBefore: number): Promise<void> {
    const stored = new Map((await world.stored()).map((f) => [f.id, f]));
    for (const shown of world.shown.slice(shownBefore)) {
      const f = this.followUps.find((m) => m.id === shown.id);
      if (f && stored.get(f.id)?.unshown) f.shown = false;
    }
  }

  /** Takes over the engine's one legitimate change, a real answer closing a follow-up, after checking it is one. */
  async takeAnswers(world: World): Promise<void> {
    const stored = new Map((await world.stored()).map((f) => [f.id, f]));
    for (const f of this.followUps) {
      if (f.deleted || f.status !== 'active' || stored.get(f.id)?.status !== 'replied') continue;
      expect(f.condition === 'if-no-reply' && world.replied.has(f.id), 'closed as answered without an answer').toBe(true);
      f.status = 'replied';
    }
  }

  /** The stored follow-ups are exactly what the user made them. */
  async checkStore(world: World): Promise<void> {
    const stored = await world.stored();
    const alive = this.followUps.filter((f) => !f.deleted);
    expect(stored.map((f) => f.id).sort(), 'follow-ups lost or appeared').toEqual(alive.map((f) => f.id).sort());
    for (const f of alive) {
      const real = stored.find((s) => s.id === f.id)!;
      expect({ dueAt: real.dueAt, note: real.note, condition: real.condition, active: isActive(real) }).toEqual({
        dueAt: f.dueAt,
        note: f.note,
        condition: f.condition,
        active: f.status === 'active',
      });
      if (f.status !== 'active') expect(real.status).toBe(f.status);
    }
  }

  /** Due follow-ups whose reminder is still to be shown. */
  waitingNow(world: World): Modeled[] {
    return this.followUps.filter((f) => {
      if (f.deleted || f.status !== 'active' || f.dueAt > world.clock || f.shown) return false;
      return !(f.condition === 'if-no-reply' && world.replied.has(f.id) && !world.gmailDown);
    });
  }

  /** After a run that finished: nothing due was left unshown, and the alarm is set for what is left. */
  async checkCaughtUp(world: World): Promise<void> {
    expect(this.waitingNow(world).map((f) => f.id), 'due follow-ups never shown').toEqual([]);
    await this.checkAlarm(world);
  }

  async checkAlarm(world: World): Promise<void> {
    const work = (await world.stored()).flatMap((f) => (f.nextCheckAt === undefined ? [] : [f.nextCheckAt]));
    if (work.length === 0) return;
    expect(world.alarm, 'work left and no alarm').toBeDefined();
    expect(world.alarm!).toBeLessThanOrEqual(Math.max(Math.min(...work), world.clock + Math.max(RUN_WATCHDOG_MS, RETRY_AFTER_FAILURE_MS)));
  }
}
