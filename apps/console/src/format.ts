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
