/** Dates and countdowns, always in Asia/Shanghai whatever the browser's zone. */
const ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string | undefined, language: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(language, { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(date);
}

/** "2 d 3 h", "45 min", "30 s": the remaining (or overdue) time, coarse enough to read at a glance. */
export function formatDuration(ms: number, language: string): string {
  const s = Math.max(0, Math.round(Math.abs(ms) / 1000));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3_600);
  const m = Math.floor((s % 3_600) / 60);
  const zh = language.startsWith('zh');
  if (d > 0) return zh ? `${d}天${h}小时` : `${d} d ${h} h`;
  if (h > 0) return zh ? `${h}小时${m}分` : `${h} h ${m} min`;
  if (m > 0) return zh ? `${m}分${s % 60}秒` : `${m} min ${s % 60} s`;
  return zh ? `${s}秒` : `${s} s`;
}

/** An instant as the value of a `datetime-local` input, in Asia/Shanghai (UTC+8, no daylight saving); to the second for `step=1`. */
export function shanghaiInputValue(instant: Date | string | number, seconds = false): string {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, seconds ? 19 : 16);
}

/** A `datetime-local` value read as Asia/Shanghai time, as an RFC 3339 instant ('' when empty). */
export function instantFromShanghaiInput(local: string): string {
  if (!local) return '';
  const date = new Date(`${local.length === 16 ? `${local}:00` : local.slice(0, 19)}+08:00`);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
