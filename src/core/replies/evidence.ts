/**
 * What to tell the user about the last look at a thread, wherever it is shown (Gmail's
 * control and banner, the popup, the notification): who answered, or why no answer counted,
 * or why it is unknown. Pure: each place turns the note into its own words.
 */
import { atReminderHour, type DueOptions } from '../dueDate';
import { DEFAULT_WORK_DAYS, isWorkDay, nextWorkDay } from '../dates/workWeek';
import type { AutoReplyReason, ReplyCheck } from '../followUp';

export type EvidenceNote =
  | { kind: 'replied'; who: string; dateText: string; calendar: boolean }
  /** Only an out-of-office: `backOn` when it said when they are back, and the time to move the follow-up to. */
  | { kind: 'away'; who: string; backOn?: number; moveTo?: number }
  | { kind: 'machine'; who: string; reason: AutoReplyReason }
  | { kind: 'colleague'; who: string }
  /** `who`: the message it is about, when there is one (it may be an automatic reply). */
  | { kind: 'unknown'; reason: string; who?: string };

const nameOf = (by: { name: string; email: string }) => by.name || by.email;

/** The one thing worth saying about a check, most telling first; null when there is nothing to add. */
export function evidenceNote(check: ReplyCheck | undefined, now: number, options: DueOptions = {}): EvidenceNote | null {
  if (!check) return null;
  if (check.outcome === 'replied' && check.evidence) {
    const { evidence } = check;
    return { kind: 'replied', who: nameOf(evidence.by), dateText: evidence.dateText, calendar: evidence.kind === 'calendar' };
  }
  if (check.outcome === 'unknown') {
    return { kind: 'unknown', reason: check.reason ?? 'unknown', ...(check.about ? { who: nameOf(check.about.by) } : {}) };
  }
  const away = check.autoReplies?.findLast((a) => a.reason === 'out-of-office');
  if (away) {
    const moveTo = away.backOn !== undefined ? firstWorkMomentFrom(away.backOn, options) : undefined;
    return {
      kind: 'away',
      who: nameOf(away.by),
      ...(away.backOn !== undefined ? { backOn: away.backOn } : {}),
      ...(moveTo !== undefined && moveTo > now ? { moveTo } : {}),
    };
  }
  const machine = check.autoReplies?.at(-1);
  if (machine) return { kind: 'machine', who: nameOf(machine.by), reason: machine.reason };
  const colleague = check.colleagues?.at(-1);
  if (colleague) return { kind: 'colleague', who: nameOf(colleague.by) };
  return null;
}

/** The user's reminder hour on the first work day on or after `day`: when to follow up with someone back from leave. */
function firstWorkMomentFrom(day: number, options: DueOptions = {}): number {
  const date = new Date(day);
  const workDays = options.workDays ?? DEFAULT_WORK_DAYS;
  return atReminderHour(isWorkDay(date, workDays) ? date : nextWorkDay(date, workDays), options);
}
