/**
 * "Follow up" beside Send in every compose, and the follow-up created when
 * — and only when — the message really goes out: this module turns Gmail's
 * events into sendDetection.ts's, which decides. Gmail's Undo in the toast
 * cancels what the send created. Choices are kept per draft, so several
 * composes keep their own, and Undo — which reopens the same draft — finds
 * its choice again.
 */
import { dueAtForChoice, type Choice } from '../../core/dueDate';
import { isActive, normalizeSubject } from '../../core/followUp';
import { choosablePlans, startPlan, stepDueAt } from '../../core/plans';
import { log } from '../../core/log';
import { bodyKey } from '../../core/replies/fingerprint';
import { draftKeyOf, readCompose, sendAsAddresses, type ComposeSnapshot } from '../../gmail/compose';
import { closestOf, queryAll, queryFirst } from '../../gmail/query';
import {
  COMPOSE_DISCARD,
  COMPOSE_ROOT,
  COMPOSE_SEND,
  COMPOSE_SEND_OPTIONS,
  SCHEDULE_SEND_CHOICE,
  SEND_REFUSED,
  SENT_TOAST_UNDO,
} from '../../gmail/selectors';
import { readThreadView } from '../../gmail/threadView';
import { send } from '../../messaging/client';
import type { ContentContext } from '../context';
import type { Feature, FeatureDefinition } from './registry';
import { IDLE, onComposeEvent, type ComposeEvent, type SendState } from '../sendDetection';
import { onSettings, settings } from '../settingsStore';
import { mountInShadow, type Mounted } from '../shadowMount';
import { ComposeControl, type ComposeChoice } from '../ui/ComposeControl';
import { controlStyles } from '../ui/controlStyles';
import { loadPhraseParser, loadPromisedDate } from '../ui/lazy';

/** How long after a send Gmail's Undo still applies to what it created. */
const UNDO_WINDOW_MS = 60_000;
/** Typing pause before the body is read for a promised date. */
const READ_BODY_AFTER_MS = 500;

/** What a compose held when its send was asked for: Gmail takes it away right after. */
interface SendIntent {
  snapshot: ComposeSnapshot;
  value: ComposeChoice;
  /** The thread an inline reply belongs to. */
  thread: { threadId: string; threadPermId: string } | null;
  at: number;
  /** A scheduled send: the time it goes out, read from Gmail's menu. */
  scheduledAt?: Promise<number | undefined>;
}

interface ComposeSession {
  root: Element;
  key: string;
  mounted: Mounted;
  send: SendState;
  captured: SendIntent | null;
  bodyTimer?: ReturnType<typeof setTimeout>;
}

export const composeControl: FeatureDefinition = { name: 'compose control', init };

function init(context: ContentContext, signal: AbortSignal): Feature {
  const sessions = new Map<Element, ComposeSession>();
  const choices = new Map<string, ComposeChoice>();
  /** Drafts whose choice the user made: the message's own words no longer change it. */
  const picked = new Set<string>();
  let lastSent: { id: string; at: number } | null = null;

  /** The default from settings: "if no reply in N business days", N from 1 to 30, or none. */
  const defaultChoice = (): ComposeChoice => {
    const days = settings().defaultFollowUpBusinessDays;
    const preset = days === 2 ? 'in-2-business-days' : days === 3 ? 'in-3-business-days' : null;
    const choice: Choice | null = preset ? { kind: 'preset', preset } : days > 0 ? { kind: 'business-days', days } : null;
    return { choice, condition: 'if-no-reply' };
  };
  const choiceOf = (s: ComposeSession) => choices.get(s.key) ?? defaultChoice();

  function render(s: ComposeSession) {
    s.mounted.update(
      <ComposeControl
        value={choiceOf(s)}
        now={Date.now}
        options={settings()}
        plans={choosablePlans(settings().ownPlans)}
        onChange={(value) => {
          picked.add(s.key);
          choices.set(s.key, value);
          render(s);
        }}
      />,
    );
  }

  /**
   * A reply in a thread whose plan step has come due is that step's follow-up: the control
   * offers the plan's next step, spaced from this send, unless the user chose something.
   */
  async function readPlan(s: ComposeSession) {
    const account = context.account();
    const thread = threadOf(s.root);
    if (!account || !thread || picked.has(s.key)) return;
    const followUp = await send('followUp.getForThread', { account: account.email, threadId: thread.threadId });
    const plan = followUp && isActive(followUp) && followUp.firedAt !== undefined ? followUp.plan : undefined;
    const next = plan?.steps[plan.current + 1];
    if (!plan || !next || picked.has(s.key)) return;
    const choice: Choice =
      next.after.unit === 'business-days'
        ? { kind: 'business-days', days: next.after.count }
        : { kind: 'at', dueAt: stepDueAt(Date.now(), next.after, settings()) };
    choices.set(s.key, { choice, condition: followUp!.condition, nextStep: { step: plan.current + 2, of: plan.steps.length } });
    if (sessions.get(s.root) === s) render(s);
  }

  /**
   * "I'll follow up on Monday" in the body pre-selects Monday, saying why —
   * unless the user chose something. Removing the promise removes the choice.
   */
  async function readPromise(s: ComposeSession) {
    if (picked.has(s.key)) return;
    const { findPromisedDate } = await loadPromisedDate();
    const promise = findPromisedDate(readCompose(s.root).body, { now: Date.now(), ...settings() });
    const current = choiceOf(s);
    if (promise) {
      choices.set(s.key, { choice: { kind: 'at', dueAt: promise.dueAt }, condition: current.condition, promisedQuote: promise.quote });
    } else if (current.promisedQuote) {
      choices.delete(s.key);
    } else {
      return;
    }
    if (sessions.get(s.root) === s) render(s);
  }

  /** Feeds one of Gmail's events to the send detection, and does what it says. */
  function dispatch(s: ComposeSession, event: ComposeEvent, scheduledAt?: Promise<number | undefined>) {
    const { state, effect } = onComposeEvent(s.send, event);
    s.send = state;
    if (effect === 'capture' || effect === 'capture-scheduled') {
      const value = choiceOf(s);
      s.captured = value.choice ? { snapshot: readCompose(s.root), value, thread: threadOf(s.root), at: Date.now(), scheduledAt } : null;
    } else if (effect === 'forget') {
      choices.delete(s.key);
    } else if (effect === 'sent') {
      void sent(s.captured);
    }
    if (state.intent === 'none') s.captured = null;
  }

  async function sent(intent: SendIntent | null) {
    const account = context.account();
    if (!intent?.value.choice) return;
    if (!account) return context.logOnce('a follow-up could not be saved: the Gmail account of this tab is unknown');
    const base = (await intent.scheduledAt) ?? intent.at;
    try {
      const created = await send('followUp.create', {
        account: account.email,
        threadId: intent.thread?.threadId ?? '',
        threadPermId: intent.thread?.threadPermId ?? '',
        messageId: '',
        subject: normalizeSubject(intent.snapshot.subject),
        recipients: intent.snapshot.recipients,
        sentAt: base,
        dueAt: dueAtForChoice(intent.value.choice, base, settings()),
        condition: intent.value.condition,
        // The background finds this message in the thread's print view by who sent it and how it starts.
        tracking: { kind: 'compose', from: intent.snapshot.from, body: bodyKey(intent.snapshot.body) },
        ...(intent.value.plan ? { plan: startPlan(intent.value.plan) } : {}),
      });
      // The choice stays with the draft: Undo reopens it, and it should still say what it said.
      lastSent = { id: created.id, at: Date.now() };
    } catch (error) {
      log.error('saving the follow-up of a sent message failed', error);
    }
  }

  function watch(s: ComposeSession) {
    const isOurs = (event: Event) => event.composedPath().includes(s.mounted.host);
    const within = (event: Event, selectors: typeof COMPOSE_SEND) =>
      queryAll(s.root, selectors).some((element) => event.composedPath().includes(element));
    // Capture phase: we read the compose before Gmail's own handlers send it away.
    s.root.addEventListener(
      'click',
      (event) => {
        if (isOurs(event)) return;
        if (within(event, COMPOSE_SEND)) dispatch(s, { type: 'send' });
        else if (within(event, COMPOSE_DISCARD)) dispatch(s, { type: 'discard' });
        else if (within(event, COMPOSE_SEND_OPTIONS)) dispatch(s, { type: 'send-options' });
      },
      { capture: true, signal },
    );
    s.root.addEventListener('input', (event) => {
      if (isOurs(event)) return;
      dispatch(s, { type: 'edit' });
      clearTimeout(s.bodyTimer);
      s.bodyTimer = setTimeout(() => {
        readPromise(s).catch((error: unknown) => log.error('reading the message for a promised date failed', error));
      }, READ_BODY_AFTER_MS);
    }, { signal });
    s.root.addEventListener(
      'keydown',
      (event) => {
        const key = event as KeyboardEvent;
        if (isOurs(event)) return;
        if (key.key === 'Escape') dispatch(s, { type: 'escape' });
        else if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) dispatch(s, { type: 'send' });
        else if ((key.key === 'Enter' || key.key === ' ') && within(event, COMPOSE_SEND)) dispatch(s, { type: 'send' });
      },
      { capture: true, signal },
    );
  }

  // A default follow-up from settings shows in composes already open.
  onSettings(() => sessions.forEach(render));
  signal.addEventListener('abort', () => {
    for (const s of sessions.values()) {
      clearTimeout(s.bodyTimer);
      s.mounted.remove();
    }
    sessions.clear();
  });

  // Gmail's schedule-send dialog lives outside the compose: a time picked there sends the compose that opened it.
  document.addEventListener(
    'click',
    (event) => {
      const item = closestOf(event.target instanceof Element ? event.target : null, SCHEDULE_SEND_CHOICE);
      const s = [...sessions.values()].find((x) => x.send.scheduling);
      if (!item || !s) return;
      dispatch(s, { type: 'schedule-picked' }, scheduledTime(item));
    },
    { capture: true, signal },
  );
  // Undo in the toast after sending: the message did not go, so neither does its follow-up.
  document.addEventListener(
    'click',
    (event) => {
      const undo = queryAll(document, SENT_TOAST_UNDO).some((el) => event.composedPath().includes(el));
      if (!undo || !lastSent || Date.now() - lastSent.at > UNDO_WINDOW_MS) return;
      const { id } = lastSent;
      lastSent = null;
      send('followUp.end', { id, status: 'cancelled' }).catch((error: unknown) => log.error('undoing a follow-up failed', error));
    },
    { capture: true, signal },
  );

  return {
    update() {
      const present = new Set(queryAll(document, COMPOSE_ROOT).filter((root) => queryFirst(root, COMPOSE_SEND)));
      // Gmail's "could not send" dialog: the compose that asked stays, unsent.
      if (queryFirst(document, SEND_REFUSED)) {
        for (const s of sessions.values()) if (s.send.intent !== 'none') dispatch(s, { type: 'refused' });
      }
      for (const [root, s] of sessions) {
        if (present.has(root) && root.isConnected) continue;
        sessions.delete(root);
        s.mounted.remove();
        dispatch(s, { type: 'gone' });
      }
      for (const root of present) {
        if (sessions.has(root)) continue;
        const mounted = mountInShadow('compose-control', controlStyles, (host) => placeBesideSend(root, host));
        const s: ComposeSession = { root, key: draftKeyOf(root) || crypto.randomUUID(), mounted, send: IDLE, captured: null };
        sessions.set(root, s);
        watch(s);
        render(s);
        readPlan(s).catch((error: unknown) => log.error('reading the thread’s plan failed', error));
        context.reportSendAs(sendAsAddresses(root));
      }
    },
  };
}

/**
 * Beside Send: in a cell of its own in Gmail's bottom bar (a table), so the
 * bar lays it out like its own buttons; after Send's group when there is no table.
 */
function placeBesideSend(root: Element, host: HTMLElement): void {
  const sendButton = queryFirst(root, COMPOSE_SEND)!.element;
  const cell = sendButton.closest('td');
  host.style.margin = '0 4px 0 8px';
  if (cell) {
    const ours = document.createElement('td');
    ours.append(host);
    cell.after(ours);
  } else {
    (sendButton.parentElement ?? sendButton).after(host);
  }
}

/** An inline reply or forward belongs to the open thread. */
function threadOf(root: Element): SendIntent['thread'] {
  const read = readThreadView(document);
  if (read.kind !== 'thread' || !read.thread.messageContainer.contains(root)) return null;
  return { threadId: read.thread.threadId, threadPermId: read.thread.threadPermId };
}

/**
 * The time on a schedule-send choice ("Tomorrow morning · Nov 23, 8:00 AM"),
 * read with the date parser; undefined when unreadable, and the follow-up
 * then counts from now — late rather than lost.
 */
async function scheduledTime(item: Element): Promise<number | undefined> {
  const { parsePhrase } = await loadPhraseParser().catch(() => ({ parsePhrase: undefined }));
  if (!parsePhrase) return undefined;
  // Each piece of text on its own ("Nov 23, 8:00 AM"), the most specific — the last — first.
  const pieces = [...item.querySelectorAll('*')].filter((el) => el.childElementCount === 0).map((el) => el.textContent ?? '');
  for (const part of [...pieces.reverse(), item.textContent ?? '']) {
    const result = parsePhrase(part, { now: Date.now(), ...settings() });
    if (result.ok && result.hadTime) return result.dueAt;
  }
  return undefined;
}
