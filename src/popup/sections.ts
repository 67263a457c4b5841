/**
 * The popup's sections: overdue, due later today, and upcoming. Pure; "today"
 * ends at local midnight. Overdue means the due time has passed, as in the
 * results' "overdue now" (core/stats.ts), whether or not the reminder fired yet.
 */
import { addDays, startOfDay } from 'date-fns';
import type { FollowUp } from '../core/followUp';

export interface Sections {
  overdue: FollowUp[];
  today: FollowUp[];
  upcoming: FollowUp[];
}

export function bySection(followUps: readonly FollowUp[], now: number): Sections {
  const tomorrow = startOfDay(addDays(now, 1)).getTime();
  const sections: Sections = { overdue: [], today: [], upcoming: [] };
  for (const f of followUps) {
    if (f.dueAt <= now) sections.overdue.push(f);
    else if (f.dueAt < tomorrow) sections.today.push(f);
    else sections.upcoming.push(f);
  }
  return sections;
}
