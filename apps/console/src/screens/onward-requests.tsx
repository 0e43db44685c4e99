import { useEffect, useState } from 'preact/hooks';
import { type OnwardRequest, pendingOnwardRequests } from '../actions';
import { api, problemDetail, type Schemas } from '../api/client';
import { ProblemAlert } from '../components/form';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import { useUnitName } from '../reference';
import { onLinkClick } from '../router';

/** How many of my unit's open leads (newest first) are read for pending requests. */
const LEADS_READ = 50;

interface Row {
  lead: Schemas['LeadDetail'];
  request: OnwardRequest;
}

/**
 * Onward-sharing requests to approve: recipients of my unit's restricted leads asking that they
 * be shared with more units. The API has no list of pending requests, so this reads the outbox
 * (leads my unit posted) and the details of its open leads, the newest LEADS_READ of them, four at
 * a time. Each request links to the lead, where the
 * answer form is (`answerOnward` in actions.ts).
 */
export function OnwardRequests() {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void (async () => {
      const candidates: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10 && candidates.length < LEADS_READ; page++) {
        const { data, error: problem } = await api.GET('/api/v1/leads/outbox', {
          params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } },
        });
        if (!data) return setError(problemDetail(problem));
        // Not filtered on the list's recipients: the list is a read model that may lag the lead
        // (a share just made); the detail read below is the lead itself.
        candidates.push(...data.items.filter((l) => l.status !== 'closed').map((l) => l.leadId));
        if (!data.nextCursor) break;
        cursor = data.nextCursor;
      }
      const queue = candidates.slice(0, LEADS_READ);
      const found: Row[] = [];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let id = queue.shift(); id; id = queue.shift()) {
            const { data } = await api.GET('/api/v1/leads/{id}', { params: { path: { id } } });
            if (data) found.push(...pendingOnwardRequests(data).map((request) => ({ lead: data, request })));
          }
        }),
      );
      setRows(found.sort((a, b) => b.lead.updatedAt.localeCompare(a.lead.updatedAt)));
    })();
  }, []);
  return (
    <section aria-labelledby="onward-heading">
      <h1 id="onward-heading">{t('onward.heading')}</h1>
      <p>{t('onward.explain', { count: LEADS_READ })}</p>
      <ProblemAlert detail={error} />
      {rows === null && !error && <p aria-busy="true">…</p>}
      {rows && rows.length === 0 && <p data-testid="onward-empty">{t('operations.empty')}</p>}
      {rows && rows.length > 0 && (
        <table data-testid="onward-requests">
          <thead>
            <tr>
              <th scope="col">{t('leads.title')}</th>
              <th scope="col">{t('onward.requestedBy')}</th>
              <th scope="col">{t('onward.units')}</th>
              <th scope="col">{t('onward.reason')}</th>
              <th scope="col">{t('leads.handling')}</th>
              <th scope="col">{t('onward.updatedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ lead, request }) => (
              <tr key={request.requestId} data-request-id={request.requestId}>
                <td>
                  <a href={`/leads/${lead.leadId}`} onClick={onLinkClick}>
                    {lead.title}
                  </a>
                </td>
                <td>{unitName(request.requestedByUnitId)}</td>
                <td>{request.unitIds.map(unitName).join('、')}</td>
                <td>{request.reason}</td>
                <td>{(lead.handling as { code?: string }).code}</td>
                <td>{formatDateTime(lead.updatedAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
