/**
 * Where "n business days later" lands from every day of the week, in several work weeks and in
 * weeks with a DST change, for the tests of workWeek, dueDate and parsePhrase. The tables were
 * worked out on a calendar, not by our code, so a change to the code cannot move them.
 */
import { differenceInCalendarDays, format } from 'date-fns';

export const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export type DayName = (typeof DAY_NAMES)[number];

/** Counts below, at and above the size of every work week: the code jumps whole weeks first. */
export const COUNTS = [1, 2, 3, 4, 5, 6, 7, 11] as const;

export interface WorkWeekTable {
  name: string;
  workDays: readonly number[];
  /** From each start day, where each of COUNTS lands: "Mon +3" is the Monday 3 calendar days on. */
  from: Record<DayName, readonly string[]>;
}

export const WORK_WEEK_TABLES: readonly WorkWeekTable[] = [
  {
    name: 'Mon–Fri',
    workDays: [1, 2, 3, 4, 5],
    from: {
      Sun: ['Mon +1', 'Tue +2', 'Wed +3', 'Thu +4', 'Fri +5', 'Mon +8', 'Tue +9', 'Mon +15'],
      Mon: ['Tue +1', 'Wed +2', 'Thu +3', 'Fri +4', 'Mon +7', 'Tue +8', 'Wed +9', 'Tue +15'],
      Tue: ['Wed +1', 'Thu +2', 'Fri +3', 'Mon +6', 'Tue +7', 'Wed +8', 'Thu +9', 'Wed +15'],
      Wed: ['Thu +1', 'Fri +2', 'Mon +5', 'Tue +6', 'Wed +7', 'Thu +8', 'Fri +9', 'Thu +15'],
      Thu: ['Fri +1', 'Mon +4', 'Tue +5', 'Wed +6', 'Thu +7', 'Fri +8', 'Mon +11', 'Fri +15'],
      Fri: ['Mon +3', 'Tue +4', 'Wed +5', 'Thu +6', 'Fri +7', 'Mon +10', 'Tue +11', 'Mon +17'],
      Sat: ['Mon +2', 'Tue +3', 'Wed +4', 'Thu +5', 'Fri +6', 'Mon +9', 'Tue +10', 'Mon +16'],
    },
  },
  {
    name: 'Sun–Thu',
    workDays: [0, 1, 2, 3, 4],
    from: {
      Sun: ['Mon +1', 'Tue +2', 'Wed +3', 'Thu +4', 'Sun +7', 'Mon +8', 'Tue +9', 'Mon +15'],
      Mon: ['Tue +1', 'Wed +2', 'Thu +3', 'Sun +6', 'Mon +7', 'Tue +8', 'Wed +9', 'Tue +15'],
      Tue: ['Wed +1', 'Thu +2', 'Sun +5', 'Mon +6', 'Tue +7', 'Wed +8', 'Thu +9', 'Wed +15'],
      Wed: ['Thu +1', 'Sun +4', 'Mon +5', 'Tue +6', 'Wed +7', 'Thu +8', 'Sun +11', 'Thu +15'],
      Thu: ['Sun +3', 'Mon +4', 'Tue +5', 'Wed +6', 'Thu +7', 'Sun +10', 'Mon +11', 'Sun +17'],
      Fri: ['Sun +2', 'Mon +3', 'Tue +4', 'Wed +5', 'Thu +6', 'Sun +9', 'Mon +10', 'Sun +16'],
      Sat: ['Sun +1', 'Mon +2', 'Tue +3', 'Wed +4', 'Thu +5', 'Sun +8', 'Mon +9', 'Sun +15'],
    },
  },
  {
    name: 'Wednesday only',
    workDays: [3],
    from: {
      Sun: ['Wed +3', 'Wed +10', 'Wed +17', 'Wed +24', 'Wed +31', 'Wed +38', 'Wed +45', 'Wed +73'],
      Mon: ['Wed +2', 'Wed +9', 'Wed +16', 'Wed +23', 'Wed +30', 'Wed +37', 'Wed +44', 'Wed +72'],
      Tue: ['Wed +1', 'Wed +8', 'Wed +15', 'Wed +22', 'Wed +29', 'Wed +36', 'Wed +43', 'Wed +71'],
      Wed: ['Wed +7', 'Wed +14', 'Wed +21', 'Wed +28', 'Wed +35', 'Wed +42', 'Wed +49', 'Wed +77'],
      Thu: ['Wed +6', 'Wed +13', 'Wed +20', 'Wed +27', 'Wed +34', 'Wed +41', 'Wed +48', 'Wed +76'],
      Fri: ['Wed +5', 'Wed +12', 'Wed +19', 'Wed +26', 'Wed +33', 'Wed +40', 'Wed +47', 'Wed +75'],
      Sat: ['Wed +4', 'Wed +11', 'Wed +18', 'Wed +25', 'Wed +32', 'Wed +39', 'Wed +46', 'Wed +74'],
    },
  },
];

export const MON_TO_FRI = WORK_WEEK_TABLES[0] as WorkWeekTable;

/** Where "tomorrow" lands, in the tables' words: "Sat +1" from a Friday, whatever the work days. */
export function tomorrowFrom(day: DayName): string {
  return `${DAY_NAMES[(DAY_NAMES.indexOf(day) + 1) % 7]} +1`;
}

/** A week, Sunday to Saturday, in a time zone. The DST weeks end just before the change. */
export interface ZonedWeek {
  name: string;
  zone: string;
  /** The week's Sunday: year, month 1-12, day. */
  sunday: readonly [number, number, number];
}

export const ZONED_WEEKS: readonly ZonedWeek[] = [
  { name: 'an ordinary week in Berlin', zone: 'Europe/Berlin', sunday: [2026, 11, 22] },
  { name: 'Berlin, before summer time ends (Sun 25 Oct)', zone: 'Europe/Berlin', sunday: [2026, 10, 18] },
  { name: 'New York, before daylight time starts (Sun 8 Mar)', zone: 'America/New_York', sunday: [2026, 3, 1] },
  { name: 'New York, before daylight time ends (Sun 1 Nov)', zone: 'America/New_York', sunday: [2026, 10, 25] },
];

/**
 * Switches the runtime to the week's zone (the test file restores TZ after each test) and
 * returns that week's `day` at the given local time.
 */
export function dayIn(week: ZonedWeek, day: DayName, hours: number, minutes: number): Date {
  process.env.TZ = week.zone;
  const [year, month, sunday] = week.sunday;
  return new Date(year, month - 1, sunday + DAY_NAMES.indexOf(day), hours, minutes);
}

/** Where `to` lands seen from `from`, in the tables' words: "Mon +3". */
export function landing(from: Date, to: Date | number): string {
  return `${format(to, 'EEE')} +${differenceInCalendarDays(to, from)}`;
}

/** The local time of day, "09:00". */
export function clock(date: Date | number): string {
  return format(date, 'HH:mm');
}
