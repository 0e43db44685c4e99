import { useEffect, useState } from 'preact/hooks';
import { api, problemDetail, type Schemas } from '../api/client';
import { ProblemAlert } from '../components/form';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import { onLinkClick } from '../router';

type Operation = Schemas['OperationSummary'];

/**
 * Month arithmetic in Asia/Shanghai (UTC+8 all year, no daylight saving): a day is the 24 hours
 * from its local midnight, so an instant's Shanghai date is its UTC date 8 hours later.
 */
const OFFSET = 8 * 3_600_000;
const DAY = 86_400_000;
/** The instant of Shanghai midnight at the start of year-month-day (month 0-based, may overflow). */
const midnight = (year: number, month: number, day = 1): number => Date.UTC(year, month, day) - OFFSET;
const shanghaiDate = (instant: number): string => new Date(instant + OFFSET).toISOString().slice(0, 10);

export interface Month {
  year: number;
  month: number;
}
const monthOf = (instant: number): Month => {
  const d = new Date(instant + OFFSET);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
};
const shift = ({ year, month }: Month, by: number): Month => monthOf(midnight(year, month + by, 1));
export const monthParam = ({ year, month }: Month): string => `${year}-${String(month + 1).padStart(2, '0')}`;
const parseMonth = (value: string | null): Month | null => {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { year: Number(m[1]), month: Number(m[2]) - 1 } : null;
};

/** The weeks (Monday first) covering the month, each a list of seven day starts. */
function weeksOf({ year, month }: Month): number[][] {
  const first = midnight(year, month, 1);
  const weekday = (new Date(first + OFFSET).getUTCDay() + 6) % 7; // 0 = Monday
  const next = midnight(year, month + 1, 1);
  const weeks: number[][] = [];
  for (let start = first - weekday * DAY; start < next; start += 7 * DAY) weeks.push(Array.from({ length: 7 }, (_, i) => start + i * DAY));
  return weeks;
}

const overlaps = (o: Operation, from: number, to: number) => Date.parse(o.window.startsAt) < to && Date.parse(o.window.endsAt) > from;

/**
 * The operations calendar: a month grid in Beijing time of my unit's operations whose window
 * overlaps the month (GET /api/v1/operations/calendar, every page), each shown on every day its
 * window touches. A table (rows = weeks, columns = weekdays) with the month buttons: keyboard
 * and screen readers get a grid they know. `?month=YYYY-MM` opens another month.
 */
export function Calendar() {
  const { t, language } = useT();
  const [month, setMonth] = useState<Month>(() => parseMonth(new URLSearchParams(location.search).get('month')) ?? monthOf(Date.now()));
  const [operations, setOperations] = useState<Operation[] | null>(null);
  const [error, setError] = useState('');
  const weeks = weeksOf(month);
  const from = weeks[0]![0]!;
  const to = weeks.at(-1)![6]! + DAY;
  useEffect(() => {
    let live = true;
    setOperations(null);
    void (async () => {
      const all: Operation[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const query = { from: new Date(from).toISOString(), to: new Date(to).toISOString(), limit: 100, ...(cursor ? { cursor } : {}) };
        const { data, error: problem } = await api.GET('/api/v1/operations/calendar', { params: { query } });
        if (!data) return live && setError(problemDetail(problem));
        all.push(...data.items);
        if (!data.nextCursor) break;
        cursor = data.nextCursor;
      }
      if (!live) return;
      setError('');
      setOperations(all);
    })();
    return () => {
      live = false;
    };
  }, [from, to]);
  const go = (by: number) => {
    const next = shift(month, by);
    history.replaceState(null, '', `/operations/calendar?month=${monthParam(next)}`);
    setMonth(next);
  };
  const title = new Intl.DateTimeFormat(language, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
    new Date(Date.UTC(month.year, month.month, 1)),
  );
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(language, { timeZone: 'UTC', weekday: 'short' }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const today = shanghaiDate(Date.now());
  return (
    <section aria-labelledby="calendar-heading">
      <h1 id="calendar-heading">{t('calendar.heading')}</h1>
      <div class="calendar-nav">
        <button type="button" onClick={() => go(-1)}>
          {t('calendar.previous')}
        </button>
        <h2 id="calendar-month" aria-live="polite" data-month={monthParam(month)}>
          {title}
        </h2>
        <button type="button" onClick={() => go(1)}>
          {t('calendar.next')}
        </button>
      </div>
      <ProblemAlert detail={error} />
      <table class="calendar" aria-labelledby="calendar-month" data-testid="calendar" data-loaded={String(operations !== null)}>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const date = shanghaiDate(day);
                const inMonth = monthOf(day).month === month.month;
                const ops = (operations ?? []).filter((o) => overlaps(o, day, day + DAY));
                return (
                  <td
                    key={day}
                    data-date={date}
                    class={[inMonth ? '' : 'outside', date === today ? 'today' : ''].join(' ').trim() || undefined}
                    aria-current={date === today ? 'date' : undefined}
                  >
                    <span class="day">{Number(date.slice(8))}</span>
                    {ops.length > 0 && (
                      <ul>
                        {ops.map((o) => (
                          <li key={o.operationId} data-operation-id={o.operationId} data-status={o.status}>
                            <a
                              href={`/operations/${o.operationId}`}
                              onClick={onLinkClick}
                              title={`${formatDateTime(o.window.startsAt, language)} – ${formatDateTime(o.window.endsAt, language)}`}
                            >
                              {o.title}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {operations && operations.length === 0 && <p>{t('calendar.none')}</p>}
    </section>
  );
}
