import { useEffect, useState } from 'preact/hooks';
import { api, problemDetail, type Schemas } from '../api/client';
import { ProblemAlert } from '../components/form';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import { useUnitName } from '../reference';
import { onLinkClick } from '../router';
import { EvidenceUpload } from './evidence-upload';

/** My unit's items, the recognition requests awaiting its answer, and the upload form. */
export function EvidenceList({ leadId, operationId }: { leadId?: string | undefined; operationId?: string | undefined }) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [items, setItems] = useState<Schemas['EvidenceSummary'][] | null>(null);
  const [requests, setRequests] = useState<Schemas['RecognitionRequestItem'][] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void (async () => {
      const [list, asked] = await Promise.all([
        api.GET('/api/v1/evidence', { params: { query: { limit: 100 } } }),
        api.GET('/api/v1/evidence/recognition-requests', { params: { query: { limit: 100 } } }),
      ]);
      if (!list.data || !asked.data) return setError(problemDetail(list.error ?? asked.error));
      setItems(list.data.items);
      setRequests(asked.data.items);
    })();
  }, []);
  return (
    <section aria-labelledby="evidence-heading" data-loaded={String(requests !== null)}>
      <h1 id="evidence-heading">{t('evidence.heading')}</h1>
      <ProblemAlert detail={error} />
      <h2>{t('evidence.awaiting')}</h2>
      {requests && requests.length === 0 && <p>{t('operations.empty')}</p>}
      {requests && requests.length > 0 && (
        <ul data-testid="recognition-requests">
          {requests.map((r) => (
            <li key={`${r.evidenceId}-${r.requestId}`}>
              <a href={`/evidence/${r.evidenceId}`} onClick={onLinkClick}>
                {r.title}
              </a>{' '}
              · {t(`purpose.${r.purpose}`)} · {unitName(r.requestedByUnitId)} · {formatDateTime(r.requestedAt, language)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('evidence.mine')}</h2>
      {items && items.length === 0 && <p>{t('operations.empty')}</p>}
      {items && items.length > 0 && (
        <table data-testid="evidence-table">
          <thead>
            <tr>
              <th scope="col">{t('evidence.title')}</th>
              <th scope="col">{t('evidence.kind')}</th>
              <th scope="col">{t('evidence.custodian')}</th>
              <th scope="col">{t('evidence.integrity')}</th>
              <th scope="col">{t('evidence.registeredAt')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.evidenceId}>
                <td>
                  <a href={`/evidence/${i.evidenceId}`} onClick={onLinkClick}>
                    {i.title}
                  </a>
                </td>
                <td>{t(`evidenceKind.${i.kind}`)}</td>
                <td>{unitName(i.custodianUnitId)}</td>
                <td>{t(`integrity.${i.integrityStatus || 'unverified'}`)}</td>
                <td>{formatDateTime(i.registeredAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <EvidenceUpload leadId={leadId} operationId={operationId} />
    </section>
  );
}
