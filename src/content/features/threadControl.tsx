/**
 * The "Follow up" control in an open thread: on any thread, exactly one for the thread on screen
 * (Gmail swaps views without reloading, so every check re-reads the view and moves, keeps or
 * removes the control). On a thread the user wrote last it waits for an answer; on one someone
 * else wrote last it first offers a reply-by ("remind me if I haven't replied"), or waiting for
 * something new from them. When their message proposes a time or promises something by a date,
 * a banner offers that date as a one-click follow-up.
 */
import type { ProposedDate } from '../../core/dates/promisedDate';
import { dueAtForChoice, type Choice } from '../../core/dueDate';
import { choosablePlans, startPlan } from '../../core/plans';
import { isActive, type FollowUp, type FollowUpCondition } from '../../core/followUp';
import type { Plan } from '../../core/plans';
import { asksOutcome } from '../../core/outcome';
import { normalizeSubject } from '../../core/followUp';
import { log } from '../../core/log';
import { closestOf } from '../../gmail/query';
import { THREAD_SUBJECT_BAR } from '../../gmail/selectors';
import { lastMessageIsFrom, lastMessageText, readThreadView, type ThreadView } from '../../gmail/threadView';
import { send } from '../../messaging/client';
import { t } from '../../ui/i18n';
import type { GmailAccount } from '../account';
import type { ContentContext } from '../context';
import type { Feature, FeatureDefinition } from './registry';
import { settings } from '../settingsStore';
import { mountInShadow, type Mounted } from '../shadowMount';
import { controlStyles } from '../ui/controlStyles';
import { DueBanner } from '../ui/DueBanner';
import { FollowUpControl } from '../ui/FollowUpControl';
import { loadPromisedDate } from '../ui/lazy';
import { ProposalBanner } from '../ui/ProposalBanner';

interface Session {
  account: GmailAccount;
  thread: ThreadView;
  mounted: Mounted | null;
  banner: Mounted | null;
  followUp: FollowUp | null;
  /** A date the latest message (someone else's) proposes or promises; null when it has none. */
  proposal: ProposedDate | null;
  error: string | null;
}

export const threadControl: FeatureDefinition = { name: 'thread control', init };

function init({ account: getAccount, identity, logOnce }: ContentContext, signal: AbortSignal): Feature {
  let session: Session | null = null;
  /** Threads whose proposed date the user dismissed, while this Gmail tab lives. */
  const dismissed = new Set<string>();
  signal.addEventListener('abort', () => end());

  function end() {
    session?.mounted?.remove();
    session?.banner?.remove();
    session = null;
  }

  /**
   * At the top of the thread: that its follow-up is due (its reminder fired and nobody answered),
   * else the date their latest message proposes, while no follow-up waits.
   */
  function renderBanner(s: Session) {
    const due = s.followUp && isActive(s.followUp) && s.followUp.firedAt !== undefined ? s.followUp : null;
    const proposal = !due && !(s.followUp && isActive(s.followUp)) && !dismissed.has(s.thread.threadId) ? s.proposal : null;
    if (!due && !proposal) {
      s.banner?.remove();
      s.banner = null;
      return;
    }
    s.banner ??= mountInShadow('due-banner', controlStyles, (host) => {
      host.style.display = 'block';
      // Above the subject's bar (div.ha holds the subject and its labels), else right above the subject.
      (closestOf(s.thread.subjectElement, THREAD_SUBJECT_BAR) ?? s.thread.subjectElement).before(host);
    });
    if (due) {
      const reply = s.thread.replyButton;
      s.banner.update(<DueBanner followUp={due} now={Date.now()} onReply={reply ? () => reply.click() : undefined} />);
      return;
    }
    const who = s.thread.messages.at(-1)?.from;
    s.banner.update(
      <ProposalBanner
        who={who?.name || who?.email || ''}
        proposal={proposal!}
        // Waiting for something new from them: their reply ends it, the user's own doesn't.
        onFollowUp={() => choose(s, { kind: 'at', dueAt: proposal!.dueAt }, 'if-no-reply', undefined)}
        onDismiss={() => {
          dismissed.add(s.thread.threadId);
          renderBanner(s);
        }}
      />,
    );
  }

  /** The user chose when to follow up: a new follow-up, or the next step of the ended one whose outcome is asked. */
  function choose(s: Session, choice: Choice, condition: FollowUpCondition, plan: Plan | null | undefined) {
    const dueAt = dueAtForChoice(choice, Date.now(), settings());
    const ended = s.followUp && asksOutcome(s.followUp) ? s.followUp : null;
    void save(s, async () => {
      if (!ended) {
        return send('followUp.create', {
          ...newFollowUp(s, identity().isUser, dueAt, condition),
          ...(plan === undefined ? {} : { plan: plan && startPlan(plan) }),
        });
      }
      const recorded = await send('followUp.setOutcome', { id: ended.id, kind: 'next-step', dueAt, condition, ...(plan ? { plan: startPlan(plan) } : {}) });
      return (await send('followUp.getForThread', { account: s.account.email, threadId: s.thread.threadId })) ?? recorded;
    });
  }

  function render(s: Session) {
    if (!s.mounted) {
      s.mounted = mountInShadow('thread-control', controlStyles, (host) => place(host, s.thread));
    }
    renderBanner(s);
    s.mounted.update(
      <FollowUpControl
        followUp={s.followUp}
        received={!lastMessageIsFrom(s.thread, identity().isUser)}
        error={s.error}
        now={Date.now}
        options={settings()}
        plans={choosablePlans(settings().ownPlans)}
        onChoose={(choice, condition, plan) => choose(s, choice, condition, plan)}
        onOutcome={(kind) => s.followUp && void save(s, () => send('followUp.setOutcome', { id: s.followUp!.id, kind }))}
        onEnd={(status) => s.followUp && void save(s, () => send('followUp.end', { id: s.followUp!.id, status }))}
        onStepDone={() => s.followUp && void save(s, () => send('followUp.stepDone', { id: s.followUp!.id }))}
        onNote={(note, previous) => s.followUp && void save(s, () => send('followUp.setNote', { id: s.followUp!.id, note, previous }))}
        onMove={(dueAt) => s.followUp && void save(s, () => send('followUp.move', { id: s.followUp!.id, dueAt }))}
        onCondition={(condition) => s.followUp && void save(s, () => send('followUp.setCondition', { id: s.followUp!.id, condition }))}
      />,
    );
  }

  async function save(s: Session, request: () => Promise<FollowUp>) {
    try {
      s.followUp = await request();
      s.error = null;
    } catch (error) {
      log.error('saving a follow-up failed', error);
      // It may have changed elsewhere (ended, its note edited): show what is stored now.
      await read(s);
      s.error = t('saveFailed');
    }
    if (session === s) render(s);
  }

  /** The stored follow-up of the session's thread; false when it couldn't be read. */
  async function read(s: Session): Promise<boolean> {
    try {
      s.followUp = await send('followUp.getForThread', { account: s.account.email, threadId: s.thread.threadId });
      return true;
    } catch (error) {
      log.error('reading the thread follow-up failed', error);
      return false;
    }
  }

  /** The date someone else's latest message proposes; none when the user wrote last. Shown only while no follow-up waits. */
  async function readProposal(s: Session) {
    const last = s.thread.messages.at(-1);
    if (!last || lastMessageIsFrom(s.thread, identity().isUser)) return;
    try {
      const text = lastMessageText(s.thread);
      if (!text) return;
      const { findProposedDate } = await loadPromisedDate();
      const now = Date.now();
      // "Next Tuesday" means the Tuesday after they wrote, not after today.
      s.proposal = findProposedDate(text, { ...settings(), now: last.sentAt ?? now }, now);
    } catch (error) {
      log.error('reading a proposed date failed', error);
    }
  }

  /** After a change elsewhere: show what is stored now. */
  async function reread(s: Session) {
    if (!(await read(s)) || session !== s) return;
    s.error = null;
    render(s);
  }

  async function loadState(s: Session) {
    if (!(await read(s))) return;
    await readProposal(s);
    try {
      const { account, thread } = s;
      if (s.followUp) {
        // Replies seen here update the follow-up without waiting for its next scheduled check.
        // Messages in the DOM plus those behind the "older messages" bar: only a hint that something is new.
        const shown = thread.hiddenCount === null ? undefined : thread.messages.length + thread.hiddenCount;
        await send('thread.opened', { account: account.email, threadId: thread.threadId, ...(shown ? { messageCount: shown } : {}) });
      }
    } catch (error) {
      log.error('reporting the opened thread failed', error);
    }
    if (session === s && (s.mounted || s.followUp)) render(s);
    await replyIfAsked(s);
  }

  /** "Follow up now" (a reminder or the popup) brought the user here: open Gmail's own reply. */
  async function replyIfAsked(s: Session) {
    const due = s.followUp && isActive(s.followUp) && s.followUp.firedAt !== undefined ? s.followUp : null;
    if (!due || !s.thread.replyButton) return;
    try {
      if ((await send('followUp.takeReplyNow', { id: due.id })) && session === s) s.thread.replyButton.click();
    } catch (error) {
      log.error('asking for a reply to open failed', error);
    }
  }

  return {
    /** Called on every batch of Gmail DOM changes. Cheap when nothing changed. */
    update(): void {
      const read = readThreadView(document);
      if (read.kind !== 'thread') {
        if (read.kind === 'unreadable') logOnce(read.reason);
        return end();
      }
      const { thread } = read;
      if (session && session.thread.threadId === thread.threadId && session.mounted?.host.isConnected) return;
      end();
      const account = getAccount();
      if (!account) return logOnce('the Gmail account of this tab is unknown');
      const s: Session = { account, thread, mounted: null, banner: null, followUp: null, proposal: null, error: null };
      session = s;
      // Shown at once; the stored state fills it in a moment later.
      render(s);
      void loadState(s);
    },
    changed() {
      if (session) void reread(session);
    },
  };
}

/** At the end of the thread toolbar, or after the subject when Gmail shows no toolbar. */
function place(host: HTMLElement, thread: ThreadView) {
  if (thread.toolbar) {
    host.style.marginLeft = '8px';
    thread.toolbar.append(host);
  } else {
    host.style.marginLeft = '12px';
    thread.subjectElement.after(host);
  }
}

/**
 * What the thread shows of the message being followed up, for the list's people and dates: the
 * user's latest one (written to them), or, on a thread someone else wrote last, that message
 * (from them: whoever waits on the user, or is to send something new). Which messages count as
 * "after" is decided in the background from the print view (tracking 'thread': everything the
 * thread holds now is before).
 */
function newFollowUp(s: Session, isUser: (email: string) => boolean, dueAt: number, condition: FollowUpCondition) {
  const last = s.thread.messages.at(-1);
  const sender = last?.from && !isUser(last.from.email) ? last.from : null;
  const own = s.thread.messages.findLast((m) => m.from !== null && isUser(m.from.email));
  const followed = sender ? last : own;
  return {
    account: s.account.email,
    threadId: s.thread.threadId,
    threadPermId: s.thread.threadPermId,
    messageId: followed?.messageId ?? '',
    subject: normalizeSubject(s.thread.subject),
    recipients: sender ? [sender] : (own?.to ?? []),
    sentAt: followed?.sentAt ?? Date.now(),
    dueAt,
    condition,
    tracking: { kind: 'thread' as const },
  };
}
