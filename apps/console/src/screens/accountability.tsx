import { useEffect, useState } from 'preact/hooks';
import { api, problemDetail, type Schemas } from '../api/client';
import { currentSession } from '../auth/session';
import { Field, ProblemAlert, valueOf } from '../components/form';
import { formatDateTime, formatDuration } from '../format';
import { useT } from '../i18n';
import { useUnitName } from '../reference';
import { onLinkClick } from '../router';

type Entry = Schemas['AccountabilityEntry'];
/** GetAssessment's unit figures (meetings.proto UnitAssessment), free-form in the OpenAPI document beyond unitId and problemArea. */
interface UnitAssessment {
  unitId: string;
  problemArea: boolean;
  breachTotal?: number;
  unexplained?: number;
  onTimeRate?: number;
  hasOnTimeRate?: boolean;
  reasons?: string[];
  compliance?: { measure: string; due: number; onTime: number; rate: number; hasRate: boolean; minRate: number }[];
}
const ASSESSORS = ['supervisor', 'coordinator'];
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/**
 * The accountability register (every breached time limit, a pointer only where the record may
 * not be shown) and, for supervisors and coordinators, the month's per-unit compliance
 * (监督考核) with its problem areas. Each route decides what the caller may see.
 */
export function Accountability() {
  const { t, language } = useT();
  const unitName = useUnitName();
  const roles = currentSession()?.officer.roles ?? [];
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState('');
  const [period, setPeriod] = useState(() => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7));
  const [units, setUnits] = useState<UnitAssessment[] | null>(null);
  useEffect(() => {
    void api.GET('/api/v1/accountability', { params: { query: { limit: 100 } } }).then(({ data, error: problem }) => {
      if (!data) return setError(problemDetail(problem));
      setEntries(data.items);
    });
  }, []);
  const assess = async (event: Event) => {
    event.preventDefault();
    const { data, error: problem } = await api.GET('/api/v1/reports/assessment', { params: { query: { period } } });
    if (!data) return setError(problemDetail(problem));
    setError('');
    setUnits(data.units as UnitAssessment[]);
  };
  const recordLink = (e: Entry) => {
    if (e.pointerOnly) return t('accountability.pointer', { unit: unitName(e.ownerUnitId), officer: e.contactOfficerId });
    if (e.recordKind === 'lead')
      return (
        <a href={`/leads/${e.recordId}`} onClick={onLinkClick}>
          {e.recordId}
        </a>
      );
    if (e.recordKind === 'meeting')
      return (
        <a href={`/meetings/${e.recordId}`} onClick={onLinkClick}>
          {e.recordId}
        </a>
      );
    return e.recordId;
  };
  return (
    <section aria-labelledby="acc-heading">
      <h1 id="acc-heading">{t('accountability.heading')}</h1>
      <ProblemAlert detail={error} />
      {entries && entries.length === 0 && <p>{t('operations.empty')}</p>}
      {entries && entries.length > 0 && (
        <table data-testid="accountability-table">
          <thead>
            <tr>
              <th scope="col">{t('accountability.unit')}</th>
              <th scope="col">{t('accountability.kind')}</th>
              <th scope="col">{t('accountability.record')}</th>
              <th scope="col">{t('leads.due')}</th>
              <th scope="col">{t('accountability.late')}</th>
              <th scope="col">{t('accountability.explanation')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.entryId}>
                <td>{unitName(e.unitId)}</td>
                <td>{t(`breachKind.${e.kind}`, { defaultValue: e.kind })}</td>
                <td>{recordLink(e)}</td>
                <td>
                  {formatDateTime(e.dueAt, language)}
                  <br />
                  <span class="rule">{e.rule}</span>
                </td>
                <td>{formatDuration(e.lateBySeconds * 1000, language)}</td>
                <td>{e.explanation ? e.explanation.reason : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {roles.some((r) => ASSESSORS.includes(r)) && (
        <>
          <h2>{t('accountability.compliance')}</h2>
          <form class="inline" onSubmit={assess}>
            <Field id="assessment-period" label={t('accountability.period')}>
              {(p) => <input {...p} type="month" value={period} onInput={(e) => setPeriod(valueOf(e))} />}
            </Field>
            <button type="submit">{t('reports.load')}</button>
          </form>
          {units && (
            <table data-testid="compliance-table">
              <thead>
                <tr>
                  <th scope="col">{t('accountability.unit')}</th>
                  <th scope="col">{t('accountability.breaches')}</th>
                  <th scope="col">{t('accountability.unexplained')}</th>
                  <th scope="col">{t('accountability.figures')}</th>
                  <th scope="col">{t('accountability.problemArea')}</th>
                </tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr key={u.unitId} class={u.problemArea ? 'overdue' : ''}>
                    <td>{unitName(u.unitId)}</td>
                    <td>{u.breachTotal ?? 0}</td>
                    <td>{u.unexplained ?? 0}</td>
                    <td>
                      {(u.compliance ?? [])
                        .map(
                          (c) =>
                            `${t(`measure.${c.measure}`, { defaultValue: c.measure })} ${c.hasRate ? percent(c.rate) : '—'} (${c.onTime}/${c.due})`,
                        )
                        .join('；') || '—'}
                    </td>
                    <td>{u.problemArea ? `${t('accountability.yes')}: ${(u.reasons ?? []).join('；')}` : t('accountability.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
