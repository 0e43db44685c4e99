import { Frequency, RRule, type Options } from 'rrule';

/**
 * The recurrence of regular meetings (定期会商): an RFC 5545 RRULE value, handled by the `rrule`
 * package. Occurrences are computed on the Asia/Shanghai wall clock — "monthly on the first
 * Tuesday at 09:30" means the first Tuesday in Zhengzhou, also when that instant falls on a
 * Monday in UTC. China Standard Time is UTC+8 all year (no daylight saving since 1991), so the
 * wall clock is the instant shifted by eight hours, exactly; rrule then works on "floating"
 * times (its UTC fields), which avoids its TZID support and its dependence on the host's zone.
 */
const OFFSET_MS = 8 * 3_600_000;
const toWallClock = (iso: string) => new Date(Date.parse(iso) + OFFSET_MS);
const fromWallClock = (d: Date) => new Date(d.getTime() - OFFSET_MS).toISOString();

/** The RRULE parts RFC 5545 §3.3.10 defines; rrule's parser accepts unknown values silently, so they are checked here. */
const PARTS = new Set([
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
]);
/** Meetings recur by the day at the finest; hourly or finer series are refused. */
const MEETING_FREQUENCIES = new Map<string, Frequency>([
  ['DAILY', Frequency.DAILY],
  ['WEEKLY', Frequency.WEEKLY],
  ['MONTHLY', Frequency.MONTHLY],
  ['YEARLY', Frequency.YEARLY],
]);

export type ParsedRule = { ok: true; rule: string; options: Partial<Options> } | { ok: false; message: string };

/** Checks an RRULE value (an optional `RRULE:` prefix is dropped) and gives it in canonical form. */
export function parseRecurrenceRule(input: string): ParsedRule {
  const rule = input.trim().replace(/^RRULE:/i, '');
  if (!rule) return { ok: false, message: 'required for a regular meeting (an RFC 5545 RRULE, e.g. FREQ=MONTHLY;BYDAY=1TU)' };
  if (/[\r\n]/.test(rule) || /DTSTART/i.test(rule))
    return { ok: false, message: 'one RRULE value only; the start is the meeting’s window' };
  const keys = new Map<string, string>();
  for (const part of rule.split(';')) {
    const [key, value, extra] = part.split('=');
    const k = (key ?? '').toUpperCase();
    if (!PARTS.has(k) || !value || extra !== undefined) return { ok: false, message: `not an RFC 5545 RRULE part: "${part}"` };
    if (keys.has(k)) return { ok: false, message: `${k} given twice` };
    keys.set(k, value.toUpperCase());
  }
  const freq = MEETING_FREQUENCIES.get(keys.get('FREQ') ?? '');
  if (freq === undefined) return { ok: false, message: `FREQ must be one of ${[...MEETING_FREQUENCIES.keys()].join(', ')}` };
  if (keys.has('COUNT') && keys.has('UNTIL')) return { ok: false, message: 'COUNT and UNTIL exclude each other (RFC 5545)' };
  for (const k of ['COUNT', 'INTERVAL']) {
    const v = keys.get(k);
    if (v !== undefined && !/^[1-9]\d{0,3}$/.test(v)) return { ok: false, message: `${k} must be a whole number from 1` };
  }
  let options: Partial<Options>;
  try {
    options = RRule.parseString(rule);
  } catch (error) {
    return { ok: false, message: `not a valid RRULE: ${(error as Error).message}` };
  }
  if (options.freq !== freq) return { ok: false, message: 'not a valid RRULE' };
  if (Array.isArray(options.byweekday) && options.byweekday.some((d) => d === null || d === undefined))
    return { ok: false, message: 'BYDAY must name days as MO, TU, …, optionally with an ordinal (1TU, -1FR)' };
  return { ok: true, rule: RRule.optionsToString({ ...options }).replace(/^RRULE:/, ''), options };
}

const ruleFrom = (options: Partial<Options>, seriesStartsAt: string) => new RRule({ ...options, dtstart: toWallClock(seriesStartsAt) });

/** Whether `startsAt` is itself an occurrence of the series that starts at `seriesStartsAt` (RFC 5545: DTSTART should be the first). */
export function isOccurrence(options: Partial<Options>, seriesStartsAt: string, startsAt: string): boolean {
  const at = toWallClock(startsAt);
  const found = ruleFrom(options, seriesStartsAt).after(new Date(at.getTime() - 1), true);
  return found !== null && found.getTime() === at.getTime();
}

/** The start of the occurrence after `occurrenceStartsAt` in the series, or null when the series has ended (COUNT, UNTIL). */
export function nextOccurrenceStart(rule: string, seriesStartsAt: string, occurrenceStartsAt: string): string | null {
  const parsed = parseRecurrenceRule(rule);
  if (!parsed.ok) return null;
  const next = ruleFrom(parsed.options, seriesStartsAt).after(toWallClock(occurrenceStartsAt), false);
  return next ? fromWallClock(next) : null;
}
