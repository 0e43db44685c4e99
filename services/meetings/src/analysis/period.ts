import { ValidationError } from '@liaison/platform';
import type { Period } from './situation';

/** China Standard Time, UTC+8 all year (ADR 0013): a month starts at 00:00 Asia/Shanghai. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** `YYYY-MM` → the month on the Zhengzhou wall clock, as UTC instants [from, to). */
export function monthPeriod(month: string, field = 'period'): Period {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw ValidationError.field(field, 'expected a month YYYY-MM');
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const at = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex, 1) - SHANGHAI_OFFSET_MS).toISOString();
  return { from: at(y, mo), to: at(mo === 11 ? y + 1 : y, (mo + 1) % 12) };
}

/** from/to as ISO instants, from before to, at most a year and a day apart. */
export function explicitPeriod(from: string, to: string): Period {
  const f = Date.parse(from);
  const t = Date.parse(to);
  if (!from || Number.isNaN(f)) throw ValidationError.field('from', 'expected an ISO 8601 instant');
  if (!to || Number.isNaN(t)) throw ValidationError.field('to', 'expected an ISO 8601 instant');
  if (t <= f) throw ValidationError.field('to', 'must be after from');
  if (t - f > 366 * 24 * 3600 * 1000) throw ValidationError.field('to', 'a period is at most 366 days');
  return { from: new Date(f).toISOString(), to: new Date(t).toISOString() };
}
