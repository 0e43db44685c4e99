import { useEffect, useState } from 'preact/hooks';
import { api, problemDetail, type Schemas } from '../api/client';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import { currentSession } from '../auth/session';
import { useUnitName } from '../reference';
import { onLinkClick } from '../router';
import { ProposeOperation } from './operation-propose';

/** The coordinator's operations and the invitations awaiting the unit's answer. */
export function Operations() {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [mine, setMine] = useState<Schemas['OperationSummary'][] | null>(null);
  const [invitations, setInvitations] = useState<Schemas['InvitationItem'][] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void (async () => {
      const [m, i] = await Promise.all([
        api.GET('/api/v1/operations/mine', { params: { query: { limit: 100 } } }),
        api.GET('/api/v1/operations/invitations', { params: { query: { limit: 100 } } }),
      ]);
      if (!m.data || !i.data) return setError(problemDetail(m.error ?? i.error));
      setMine(m.data.items);
      setInvitations(i.data.items);
    })();
  }, []);
  const window = (w: { startsAt: string; endsAt: string }) =>
    `${formatDateTime(w.startsAt, language)} – ${formatDateTime(w.endsAt, language)}`;
  if (error)
    return (
      <p class="error" role="alert">
        {t('problem.generic', { detail: error })}
      </p>
    );
  return (
    <section aria-labelledby="ops-heading">
      <h1 id="ops-heading">{t('operations.heading')}</h1>
      {mine && mine.length === 0 && <p>{t('operations.empty')}</p>}
      {mine && mine.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('leads.title')}</th>
              <th scope="col">{t('leads.owner')}</th>
              <th scope="col">{t('operations.status')}</th>
              <th scope="col">{t('operations.window')}</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((o) => (
              <tr key={o.operationId}>
                <td>
                  <a href={`/operations/${o.operationId}`} onClick={onLinkClick}>
                    {o.title}
                  </a>
                </td>
                <td>{unitName(o.leadUnitId)}</td>
                <td>{o.status}</td>
                <td>{window(o.window)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('operations.invitations')}</h2>
      {invitations && invitations.length === 0 && <p>{t('operations.empty')}</p>}
      {invitations && invitations.length > 0 && (
        <ul>
          {invitations.map((i) => (
            <li key={i.operationId}>
              {i.title} · {unitName(i.leadUnitId)} · {window(i.window)}
            </li>
          ))}
        </ul>
      )}
      {currentSession()?.officer.roles.includes('coordinator') && <ProposeOperation />}
    </section>
  );
}
