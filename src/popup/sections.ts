/**
 * The popup's sections: what waits on the user (reply-bys on mail they received), then what
 * waits on others — overdue, due later today, and upcoming. Pure; "today" ends at local midnight.
 * Overdue means the due time has passed, as in the results' "overdue now" (core/stats.ts),
 * whether or not the reminder fired yet.
 */
import { addDays, startOfDay } from 'date-fns';
import type { FollowUp } from '../core/followUp';

export interface Sections {
  /** Reply-bys, soonest due first, overdue ones too: the user owes these an answer. */
  waitingOnMe: FollowUp[];
  overdue: FollowUp[];
  today: FollowUp[];
  upcoming: FollowUp[];
}

export function bySection(followUps: readonly FollowUp[], now: number): Sections {
  const tomorrow = startOfDay(addDays(now, 1)).getTime();
  const sections: Sections = { waitingOnMe: [], overdue: [], today: [], upcoming: [] };
  for (const f of followUps) {
    if (f.condition === 'until-i-reply') sections.waitingOnMe.push(f);
    else if (f.dueAt <= now) sections.overdue.push(f);
    else if (f.dueAt < tomorrow) sections.today.push(f);
    else sections.upcoming.push(f);
  }
  return sections;
}
