/**
 * The real system for the model-based test: the extension's own database, router and engine,
 * run as the service worker runs them, with what the browser and Gmail would do supplied by
 * the test — a clock that can jump, replies that arrive, alarms that get lost, a worker
 * stopped at any await, and storage that fails.
 *
 * A worker stop is simulated where it happens in reality: at an await. Every database
 * operation and every call into the browser (notify, alarm, badge, Gmail) spends one unit of
 * the run's budget; when it is spent, that operation and everything after it never returns.
 * The stopped run is abandoned with its database connection, as a stopped worker is, and the
 * next worker opens a new one.
 */
import type { DBCore, DBCoreTable } from 'dexie';
import type { EngineDeps } from '../../../src/background/engine';
import type { ReplyCheckResult } from '../../../src/background/replyCheck';
import { routeMessage } from '../../../src/background/router';
import type { TabAccounts } from '../../../src/background/tabAccount';
import type { FollowUp } from '../../../src/core/followUp';
import type { MessageType, Payload, Reply } from '../../../src/messaging/protocol';
import type { SenderInfo } from '../../../src/messaging/sender';
import { FollowthroughDb } from '../../../src/storage/db';
import { replicaTabAccounts } from '../fixtures';
import { CORRESPONDENT } from './model';

const EXTENSION_ID = 'followthrough-test';
const BASE_URL = `chrome-extension://${EXTENSION_ID}/`;
const POPUP = { id: EXTENSION_ID, url: `${BASE_URL}src/popup/index.html` };
/** A Gmail tab showing the account at /u/N, as the browser describes the sender. */
const gmailTab = (index: number) => ({ id: EXTENSION_ID, url: `https://mail.google.com/mail/u/${index}/#inbox`, tab: { id: 10 + index } });

/** Never settles: what an await looks like from a worker that has been stopped. */
const stopped = <T>(): Promise<T> => new Promise<T>(() => {});

/** What one worker's life may do before it is stopped, and which writes fail. */
class Faults {
  /** Operations left before the worker stops; undefined: it is never stopped. */
  budget: number | undefined;
  stoppedNow = false;
  /** The next this many database writes fail as a full disk does. */
  failingWrites = 0;
  private onStop: () => void = () => {};
  readonly stop = new Promise<void>((resolve) => (this.onStop = resolve));

  gate<T>(operation: () => Promise<T>, write = false): Promise<T> {
    if (this.stoppedNow) return stopped();
    if (this.budget !== undefined && this.budget-- <= 0) {
      this.stoppedNow = true;
      this.onStop();
      return stopped();
    }
    if (write && this.failingWrites > 0) {
      this.failingWrites -= 1;
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    }
    return operation();
  }
}

/** The database as one worker sees it: each of its operations passes the worker's faults. */
function openDb(name: string, faults: () => Faults): FollowthroughDb {
  const db = new FollowthroughDb(name);
  db.use({
    stack: 'dbcore',
    name: 'faults',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName: string): DBCoreTable => {
        const table = down.table(tableName);
        return {
          ...table,
          get: (req) => faults().gate(() => table.get(req)),
          getMany: (req) => faults().gate(() => table.getMany(req)),
          query: (req) => faults().gate(() => table.query(req)),
          openCursor: (req) => faults().gate(() => table.openCursor(req)),
          count: (req) => faults().gate(() => table.count(req)),
          mutate: (req) => faults().gate(() => table.mutate(req), true),
        };
      },
    }),
  });
  return db;
}

let worlds = 0;

export class World {
  clock: number;
  /** The one alarm, as the browser keeps it; undefined after it was lost or cleared. */
  alarm: number | undefined;
  /** Follow-ups whose thread has a real answer in Gmail (by follow-up id). */
  readonly replied = new Set<string>();
  /** Gmail cannot be read (signed out): checks come back unknown. */
  gmailDown = false;
  /** Something the user does while the engine looks at a thread (once, then cleared). */
  duringCheck: ((followUp: FollowUp) => Promise<void>) | undefined;
  /** Every reminder shown, in order. */
  readonly shown: FollowUp[] = [];
  private faults = new Faults();
  private readonly tabAccounts: TabAccounts;
  private readonly name = `model-${(worlds += 1)}`;
  db: FollowthroughDb;

  constructor(start: number) {
    this.clock = start;
    this.tabAccounts = replicaTabAccounts(() => this.clock);
    this.db = openDb(this.name, () => this.faults);
  }

  /** The next `count` database writes fail with QuotaExceededError (until the next step). */
  failWrites(count: number): void {
    this.faults.failingWrites = count;
  }

  /** A message from the popup, through the real router. */
  send<T extends MessageType>(type: T, payload: Payload<T>): Promise<Reply<T>> {
    return this.route(POPUP, type, payload);
  }

  /** A message from the content script of the Gmail tab at /u/N. */
  sendFromTab<T extends MessageType>(index: number, type: T, payload: Payload<T>): Promise<Reply<T>> {
    return this.route(gmailTab(index), type, payload);
  }

  private route<T extends MessageType>(sender: SenderInfo, type: T, payload: Payload<T>): Promise<Reply<T>> {
    const deps = { db: this.db, now: () => this.clock, extensionId: EXTENSION_ID, extensionBaseUrl: BASE_URL, tabAccounts: this.tabAccounts };
    return routeMessage({ type, payload }, sender, deps) as Promise<Reply<T>>;
  }

  private engineDeps(): EngineDeps {
    const faults = this.faults;
    const call = <T>(operation: () => T): Promise<T> => faults.gate(async () => operation());
    return {
      db: this.db,
      now: () => this.clock,
      checkReply: (followUp) =>
        faults.gate(async () => {
          const during = this.duringCheck;
          this.duringCheck = undefined;
          await during?.(followUp);
          return this.checkReply(followUp);
        }),
      // Called once per reminder with the run's reminders so far (one summary): the newest is last.
      notify: (soFar) => call(() => void this.shown.push(soFar.at(-1)!)),
      notifyReplied: () => call(() => undefined),
      clearReminders: () => call(() => undefined),
      setAlarm: (when) => call(() => void (this.alarm = when)),
      setBadge: () => call(() => undefined),
    };
  }

  private checkReply(followUp: FollowUp): ReplyCheckResult {
    const checkedAt = this.clock;
    if (this.gmailDown) return { check: { checkedAt, outcome: 'unknown', reason: 'signed out of Gmail' } };
    if (this.replied.has(followUp.id)) {
      return { check: { checkedAt, outcome: 'replied', evidence: { by: CORRESPONDENT, dateText: 'today' } } };
    }
    return { check: { checkedAt, outcome: 'no-reply', autoReplies: [] } };
  }

  /**
   * One engine run, as the worker's alarm, start or popup starts it. With a budget, the worker
   * is stopped after that many operations; the run is then abandoned and a new worker (a new
   * database connection, same data) takes over.
   */
  async runEngine(run: (deps: EngineDeps) => Promise<unknown>, budget?: number): Promise<'finished' | 'failed' | 'stopped'> {
    this.faults.budget = budget;
    const outcome = run(this.engineDeps()).then(
      () => 'finished' as const,
      () => 'failed' as const,
    );
    const result = await Promise.race([outcome, this.faults.stop.then(() => 'stopped' as const)]);
    if (result === 'stopped') this.newWorker();
    else this.faults.budget = undefined;
    return result;
  }

  /** The worker stopped: its connection goes with it, and its alarm stays as the browser keeps it. */
  newWorker(): void {
    this.db.close();
    this.faults = new Faults();
    this.db = openDb(this.name, () => this.faults);
  }

  /** Ends the step: faults that were not used do not carry over into the next step. */
  endStep(): void {
    this.faults.failingWrites = 0;
    this.duringCheck = undefined;
  }

  /** Reads what is stored, outside any worker (no faults). */
  async stored(): Promise<FollowUp[]> {
    const reader = new FollowthroughDb(this.name);
    try {
      return await reader.followUps.toArray();
    } finally {
      reader.close();
    }
  }
}
