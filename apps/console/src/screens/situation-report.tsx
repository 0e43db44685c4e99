import { useState } from 'preact/hooks';
import { api, problemDetail } from '../api/client';
import { useT } from '../i18n';

interface Group {
  key: string;
  count: number;
  previousCount?: number;
}
interface ContextReport {
  context: string;
  total: number;
  groups?: Group[];
}

/** Shanghai calendar day as an ISO instant (the report's period is [from, to)). */
const shanghaiDay = (offsetDays: number) => {
  const day = new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return `${day}T00:00`;
};
const toInstant = (local: string) => new Date(`${local}:00+08:00`).toISOString();

/** The analyst's situation report: leads by category in a period, drawn as an accessible bar chart. */
export function SituationReport() {
  const { t } = useT();
  const [from, setFrom] = useState(shanghaiDay(-30));
  const [to, setTo] = useState(shanghaiDay(1));
  const [report, setReport] = useState<ContextReport[] | null>(null);
  const [error, setError] = useState('');
  const load = async (event: Event) => {
    event.preventDefault();
    const { data, error: problem } = await api.GET('/api/v1/reports/situation', {
      params: { query: { from: toInstant(from), to: toInstant(to), groupBy: 'category' } },
    });
    // The route also answers application/pdf (the printable report); the console asks for JSON.
    if (!data || typeof data === 'string') return setError(problemDetail(problem));
    setError('');
    setReport(data.contexts as ContextReport[]);
  };
  const leads = report?.find((c) => c.context === 'leads');
  const max = Math.max(1, ...(leads?.groups ?? []).map((g) => g.count));
  return (
    <section aria-labelledby="report-heading">
      <h1 id="report-heading">{t('reports.heading')}</h1>
      <form onSubmit={load} class="inline">
        <label for="report-from">{t('reports.from')}</label>
        <input id="report-from" type="datetime-local" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
        <label for="report-to">{t('reports.to')}</label>
        <input id="report-to" type="datetime-local" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
        <button type="submit">{t('reports.load')}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {t('problem.generic', { detail: error })}
        </p>
      )}
      {report && (
        <ul class="totals">
          {report.map((c) => (
            <li key={c.context} data-testid={`total-${c.context}`}>
              {c.context}: {c.total}
            </li>
          ))}
        </ul>
      )}
      {leads && (
        <figure>
          <figcaption id="chart-caption">
            {t('reports.leadsByCategory')} ({t('reports.total')} {leads.total})
          </figcaption>
          <svg
            role="img"
            aria-labelledby="chart-caption"
            width="640"
            height={Math.max(40, (leads.groups?.length ?? 0) * 28)}
            data-testid="chart"
          >
            {(leads.groups ?? []).map((g, i) => (
              <g key={g.key} transform={`translate(0 ${i * 28})`} data-key={g.key} data-count={g.count}>
                <text x="0" y="18" class="bar-label">
                  {t(`category.${g.key}`)}
                </text>
                <rect x="160" y="4" height="18" width={(g.count / max) * 400} class="bar" />
                <text x={168 + (g.count / max) * 400} y="18" class="bar-value">
                  {g.count}
                </text>
              </g>
            ))}
          </svg>
        </figure>
      )}
    </section>
  );
}
