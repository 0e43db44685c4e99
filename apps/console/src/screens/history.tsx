import { useEffect, useState } from 'preact/hooks';
import { api, problemDetail } from '../api/client';
import { DownloadButton } from '../components/download-button';
import { Field, ProblemAlert, valueOf } from '../components/form';
import { formatDateTime, instantFromShanghaiInput, shanghaiInputValue } from '../format';
import { useT } from '../i18n';
import { useUnitName } from '../reference';
import { navigate } from '../router';

/** The history routes answer free-form JSON in the OpenAPI document (history/openapi.ts): the fields read here. */
interface ArchivedEvent {
  eventId: string;
  type: string;
  streamId: string;
  version: number;
  occurredAt: string;
  recordedAt: string;
  actor?: { officerId?: string; unitId?: string };
}
interface Entry {
  event?: ArchivedEvent;
  causedByEventId?: string;
}
interface AsOf {
  version: number;
  eventsFolded: number;
  asOf: string;
  state: Record<string, unknown>;
}

/**
 * A record's history (ADR 0022): its timeline with the linked records in causal order, its state
 * as of a chosen time (a date-time picker in Asia/Shanghai, to the second; recorded or occurred
 * time), and the NDJSON export. Every read here is in the read audit (ADR 0023).
 */
export function History({ recordId }: { recordId: string }) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [record, setRecord] = useState(recordId);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [at, setAt] = useState(() => new Date().toISOString());
  const [axis, setAxis] = useState<'recorded' | 'occurred'>('recorded');
  const [asOf, setAsOf] = useState<AsOf | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    setRecord(recordId);
    setEntries(null);
    setAsOf(null);
    if (!recordId) return;
    void api.GET('/api/v1/history/records/{recordId}/timeline', { params: { path: { recordId } } }).then(({ data, error: problem }) => {
      if (!data) return setError(problemDetail(problem));
      setError('');
      setEntries((data as { entries?: Entry[] }).entries ?? []);
    });
  }, [recordId]);

  const showAsOf = async (instant: string) => {
    setAt(instant);
    const { data, error: problem } = await api.GET('/api/v1/history/records/{recordId}/as-of', {
      params: { path: { recordId }, query: { at: instant, axis } },
    });
    if (!data) return setError(problemDetail(problem));
    setError('');
    setAsOf(data as unknown as AsOf);
  };
  const state = asOf?.state;
  return (
    <section aria-labelledby="history-heading">
      <h1 id="history-heading">{t('history.heading')}</h1>
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/history/${encodeURIComponent(record.trim())}`);
        }}
      >
        <label for="history-record">{t('history.record')}</label>
        <input
          id="history-record"
          value={record}
          onInput={(e) => setRecord(valueOf(e))}
          placeholder="lead-… / operation-… / evidence-… / meeting-…"
        />
        <button type="submit">{t('history.open')}</button>
      </form>
      <ProblemAlert detail={error} />
      {recordId && entries && (
        <>
          <h2>{t('history.asOf')}</h2>
          <form
            class="inline"
            onSubmit={(e) => {
              e.preventDefault();
              void showAsOf(at);
            }}
          >
            <Field id="history-at" label={t('history.at')}>
              {(p) => (
                <input
                  {...p}
                  type="datetime-local"
                  step={1}
                  value={shanghaiInputValue(at, true)}
                  onInput={(e) => {
                    const instant = instantFromShanghaiInput(valueOf(e));
                    if (instant) setAt(instant);
                  }}
                />
              )}
            </Field>
            <Field id="history-axis" label={t('history.axis')}>
              {(p) => (
                <select {...p} value={axis} onChange={(e) => setAxis(valueOf(e) as 'recorded' | 'occurred')}>
                  <option value="recorded">{t('history.recorded')}</option>
                  <option value="occurred">{t('history.occurred')}</option>
                </select>
              )}
            </Field>
            <button type="submit">{t('history.show')}</button>
          </form>
          {asOf && state && (
            <div data-testid="as-of">
              <dl class="facts">
                <dt>{t('history.at')}</dt>
                <dd>{formatDateTime(asOf.asOf, language)}</dd>
                <dt>{t('leads.status')}</dt>
                <dd data-testid="as-of-status">{String(state.status ?? '—')}</dd>
                <dt>{t('history.version')}</dt>
                <dd data-testid="as-of-version">{asOf.version}</dd>
                <dt>{t('history.folded')}</dt>
                <dd>{asOf.eventsFolded}</dd>
              </dl>
              <details>
                <summary>{t('history.state')}</summary>
                <pre class="state">{JSON.stringify(state, null, 2)}</pre>
              </details>
            </div>
          )}
          <h2>{t('leads.timeline')}</h2>
          <div class="actions">
            <DownloadButton
              path={`/api/v1/history/export?recordId=${encodeURIComponent(recordId)}`}
              accept="application/x-ndjson"
              fileName={`${recordId}.ndjson`}
              label={t('history.export')}
              onError={setError}
            />
          </div>
          <table data-testid="history-timeline">
            <thead>
              <tr>
                <th scope="col">{t('history.recordedAt')}</th>
                <th scope="col">{t('history.occurredAt')}</th>
                <th scope="col">{t('history.type')}</th>
                <th scope="col">{t('history.record')}</th>
                <th scope="col">{t('history.actor')}</th>
                <th scope="col">{t('history.asOf')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map(({ event }) =>
                event ? (
                  <tr key={event.eventId} data-type={event.type}>
                    <td>{formatDateTime(event.recordedAt, language)}</td>
                    <td>{formatDateTime(event.occurredAt, language)}</td>
                    <td>{event.type}</td>
                    <td>
                      {event.streamId} v{event.version}
                    </td>
                    <td>{event.actor?.unitId ? unitName(event.actor.unitId) : '—'}</td>
                    <td>
                      <button
                        type="button"
                        aria-label={t('history.stateAfter', { type: event.type, version: event.version })}
                        onClick={() => void showAsOf(axis === 'occurred' ? event.occurredAt : event.recordedAt)}
                      >
                        {t('history.then')}
                      </button>
                    </td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
