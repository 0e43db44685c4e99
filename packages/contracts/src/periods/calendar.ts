import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The calendar of public holidays and adjusted working days (调休) that periods counted in days
 * consult (ADR 0013). Data, not code: `seeds/holidays/cn.json` holds the State Council's schedule
 * for the current year and what is known of the next; `LIAISON_HOLIDAY_CALENDAR` points elsewhere.
 */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'a real calendar date');

export const holidaySchema = z.object({
  name: z.string().min(1),
  nameZh: z.string().min(1),
  from: isoDate,
  to: isoDate,
  note: z.string().optional(),
});

export const holidayYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** `published`: the State Council's schedule; `statutory_only`: the statutory days, schedule not yet known. */
  status: z.enum(['published', 'statutory_only']),
  source: z.string().min(1),
  note: z.string().optional(),
  holidays: z.array(holidaySchema),
  /** Weekend days worked in exchange for bridging days (调休上班). */
  workingDays: z.array(z.object({ date: isoDate, note: z.string().optional() })),
});

export const holidayCalendarSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** China Standard Time: UTC+8 all year, no daylight saving since 1991. */
    timeZone: z.literal('Asia/Shanghai'),
    source: z.string(),
    years: z.array(holidayYearSchema).min(1),
  })
  .superRefine((cal, ctx) => {
    const seen = new Set<number>();
    cal.years.forEach((y, i) => {
      if (seen.has(y.year)) ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: `year ${y.year} twice` });
      seen.add(y.year);
      const holidays = new Set<string>();
      y.holidays.forEach((h, j) => {
        const path = ['years', i, 'holidays', j];
        if (!h.from.startsWith(`${y.year}-`) || !h.to.startsWith(`${y.year}-`))
          ctx.addIssue({ code: 'custom', path, message: `${h.from}..${h.to} is not in ${y.year}` });
        if (h.to < h.from) ctx.addIssue({ code: 'custom', path, message: `${h.to} is before ${h.from}` });
        for (const d of daysBetween(h.from, h.to)) holidays.add(d);
      });
      y.workingDays.forEach((w, j) => {
        const path = ['years', i, 'workingDays', j, 'date'];
        if (!w.date.startsWith(`${y.year}-`)) ctx.addIssue({ code: 'custom', path, message: `${w.date} is not in ${y.year}` });
        if (holidays.has(w.date)) ctx.addIssue({ code: 'custom', path, message: `${w.date} is also a holiday` });
        if (!isWeekendDate(w.date))
          ctx.addIssue({ code: 'custom', path, message: `${w.date} is a weekday: only weekend days are adjusted to working days` });
      });
    });
  });
export type HolidayCalendarData = z.output<typeof holidayCalendarSchema>;

/** What a period needs to know of a day (local date in Asia/Shanghai, YYYY-MM-DD). */
export interface HolidayCalendar {
  /** The public holiday the date falls in, if any. */
  holiday(date: string): { name: string; nameZh: string; from: string; to: string } | undefined;
  isAdjustedWorkingDay(date: string): boolean;
  /** How much the calendar knows of a year: undefined when the year is not in it (weekends only). */
  coverage(year: number): 'published' | 'statutory_only' | undefined;
}

export function holidayCalendar(data: HolidayCalendarData): HolidayCalendar {
  const holidays = new Map<string, { name: string; nameZh: string; from: string; to: string }>();
  const working = new Set<string>();
  const coverage = new Map<number, 'published' | 'statutory_only'>();
  for (const y of data.years) {
    coverage.set(y.year, y.status);
    for (const h of y.holidays)
      for (const d of daysBetween(h.from, h.to)) holidays.set(d, { name: h.name, nameZh: h.nameZh, from: h.from, to: h.to });
    for (const w of y.workingDays) working.add(w.date);
  }
  return {
    holiday: (date) => holidays.get(date),
    isAdjustedWorkingDay: (date) => working.has(date),
    coverage: (year) => coverage.get(year),
  };
}

export const HOLIDAY_CALENDAR_SEED = join(__dirname, '..', '..', '..', '..', 'seeds', 'holidays', 'cn.json');

/** Reads and validates a calendar file; throws with every issue named (a service refuses to start). */
export function loadHolidayCalendar(path = process.env.LIAISON_HOLIDAY_CALENDAR || HOLIDAY_CALENDAR_SEED): HolidayCalendar {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`holiday calendar ${path}: ${(err as Error).message}`);
  }
  const parsed = holidayCalendarSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`holiday calendar ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return holidayCalendar(parsed.data);
}

/**
 * The environment variable, for a service's zod config: the path of the calendar (default: the
 * seed), loaded and validated at start-up so a broken file stops the service with a clear error.
 */
export const holidayCalendarEnv = z
  .string()
  .optional()
  .transform((path, ctx): HolidayCalendar => {
    try {
      return loadHolidayCalendar(path || HOLIDAY_CALENDAR_SEED);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  });

// Date-only arithmetic on YYYY-MM-DD strings (UTC midnight stands for the local day).
const DAY_MS = 86_400_000;
export const addCalendarDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
export const isWeekendDate = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 366; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}
