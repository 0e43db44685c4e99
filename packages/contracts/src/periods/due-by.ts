import { z } from 'zod';
import { addCalendarDays, type HolidayCalendar, isWeekendDate } from './calendar';

/**
 * Time limits as the regulation counts them (ADR 0013), in one pure function that deciders call
 * wherever a deadline is set, so every due date carries the rule that produced it.
 *
 * - Days: the day of the triggering event is not counted; the period runs from 00:00 of the next
 *   day (Asia/Shanghai) and ends at 24:00 of its last day. A last day that is not a working day (a
 *   public holiday, or a weekend day that is not an adjusted working day) moves the end to 24:00 of
 *   the next working day. Holidays inside the period count.
 * - Hours: counted from the event's instant, holidays included (the 24 h hand-over).
 * - Seconds: drills and tests only (the `…_SECONDS` overrides), counted like hours.
 */
export type PeriodLimit = { days: number } | { hours: number } | { seconds: number };

export const periodLimitSchema = z.union([
  z.strictObject({ days: z.number().int().positive() }),
  z.strictObject({ hours: z.number().positive() }),
  z.strictObject({ seconds: z.number().positive() }),
]);

/** Which rule produced a due date: a stable id for filters and tests, next to the sentence shown to people. */
export const PERIOD_RULE_IDS = ['days', 'days_extended', 'hours', 'drill_seconds', 'set_by_assigner'] as const;
export type PeriodRuleId = (typeof PERIOD_RULE_IDS)[number];

/** A due date's rule as events carry it (`…DueRule` next to `…DueAt`). */
export const dueRuleField = z.string().min(1).max(600);

export interface Due {
  /** The instant the period ends (UTC ISO 8601); met when the act happens before it. */
  dueAt: string;
  /** The rule in words, e.g. "3 days from 2026-09-29, start day not counted; …". */
  rule: string;
  ruleId: PeriodRuleId;
}

/** China Standard Time is UTC+8 all year (no daylight saving since 1991): a fixed offset is exact. */
const OFFSET_MS = 8 * 3_600_000;
const localDate = (instant: number) => new Date(instant + OFFSET_MS).toISOString().slice(0, 10);
const localTime = (instant: number) => new Date(instant + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
/** The instant 24:00 of a local date ends (00:00 of the next day, Asia/Shanghai). */
const endOfLocalDay = (date: string) => new Date(Date.parse(`${addCalendarDays(date, 1)}T00:00:00Z`) - OFFSET_MS).toISOString();

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** Why a date is not a working day, or undefined when it is one. */
function nonWorking(date: string, calendar: HolidayCalendar): string | undefined {
  const holiday = calendar.holiday(date);
  if (holiday) return `public holiday ${holiday.nameZh} ${holiday.name} ${holiday.from}..${holiday.to.slice(5)}`;
  if (isWeekendDate(date) && !calendar.isAdjustedWorkingDay(date)) return 'weekend';
  return undefined;
}

/** What the calendar does not know about the years a period touches, said in the rule. */
function coverageNote(from: string, to: string, calendar: HolidayCalendar): string {
  const notes: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const c = calendar.coverage(y);
    if (c === 'statutory_only') notes.push(`${y}: statutory holidays only, State Council schedule not yet in the calendar`);
    if (c === undefined) notes.push(`${y}: not in the holiday calendar, weekends only`);
  }
  return notes.length ? ` (${notes.join('; ')})` : '';
}

/** When a period that starts at `startIso` (the triggering event) ends, and by which rule. */
export function dueBy(startIso: string, limit: PeriodLimit, calendar: HolidayCalendar): Due {
  const start = Date.parse(startIso);
  if (Number.isNaN(start)) throw new RangeError(`not a time: ${startIso}`);
  const l = periodLimitSchema.parse(limit);
  if ('hours' in l)
    return {
      dueAt: new Date(start + l.hours * 3_600_000).toISOString(),
      rule: `${plural(l.hours, 'hour')} from ${localTime(start)} (Asia/Shanghai), counted in hours: holidays do not extend it`,
      ruleId: 'hours',
    };
  if ('seconds' in l)
    return {
      dueAt: new Date(start + l.seconds * 1000).toISOString(),
      rule: `${plural(l.seconds, 'second')} from ${localTime(start)} (Asia/Shanghai): drill limit set by configuration`,
      ruleId: 'drill_seconds',
    };

  const startDay = localDate(start);
  const lastDay = addCalendarDays(startDay, l.days);
  let end = lastDay;
  const skipped: string[] = [];
  for (let why = nonWorking(end, calendar); why; why = nonWorking(end, calendar)) {
    if (!skipped.includes(why)) skipped.push(why);
    end = addCalendarDays(end, 1);
  }
  const head = `${plural(l.days, 'day')} from ${startDay}, start day not counted`;
  const tail = `ends ${end} 24:00 (Asia/Shanghai)${coverageNote(startDay, end, calendar)}`;
  if (end === lastDay) return { dueAt: endOfLocalDay(end), rule: `${head}; ${tail}`, ruleId: 'days' };
  return {
    dueAt: endOfLocalDay(end),
    rule: `${head}; last day ${lastDay} falls on a non-working day (${skipped.join(', ')}): extended to the next working day; ${tail}`,
    ruleId: 'days_extended',
  };
}

/** A due time an officer set by hand (a co-handling or operation task): the rule says so. */
export function dueAsSet(dueAtIso: string, setBy: string): Due {
  const at = Date.parse(dueAtIso);
  if (Number.isNaN(at)) throw new RangeError(`not a time: ${dueAtIso}`);
  return {
    dueAt: new Date(at).toISOString(),
    rule: `due ${localTime(at)} (Asia/Shanghai) as set by ${setBy}`,
    ruleId: 'set_by_assigner',
  };
}
