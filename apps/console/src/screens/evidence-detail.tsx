import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, problemDetail, type Schemas } from '../api/client';
import { sha256Hex } from '../api/download';
import { DownloadButton } from '../components/download-button';
import { currentSession } from '../auth/session';
import { Field, ProblemAlert, selectedOf, valueOf } from '../components/form';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import { readUntilCaughtUp } from '../live/live-stream';
import { loadUnits, useUnitName, type UnitName } from '../reference';
import { onLinkClick } from '../router';
import { NotFound } from './not-found';

type Detail = Schemas['EvidenceDetail'];
type Decision = Schemas['RecognitionDecision'];
type Purpose = Schemas['RequestRecognitionBody']['purpose'];
type TimelineEntry = Schemas['EvidenceTimeline']['entries'][number];
interface Custody {
  fromUnitId?: string;
  toUnitId?: string;
  toOfficerId?: string;
  reason?: string;
  at?: string;
}
const PURPOSES: Purpose[] = ['administrative_penalty', 'criminal_transfer', 'court'];
const key = () => ({ 'Idempotency-Key': crypto.randomUUID() });

/**
 * An evidence item: its facts, the content (download, verify a copy against the registered
 * SHA-256, the hash chain of its history), custody with the transfer form, recognition requests
 * with this unit's answer, the recognition certificate as PDF, and the timeline. Which forms show
 * follows the item (custodian, originator, a unit asked); the evidence service decides.
 */
export function EvidenceDetailScreen({ evidenceId }: { evidenceId: string }) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [item, setItem] = useState<Detail | null>(null);
  const [timeline, setTimeline] = useState<TimelineEntry[]>([]);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const load = useCallback(
    async (version = 0): Promise<boolean> => {
      const [detail, entries] = await Promise.all([
        api.GET('/api/v1/evidence/{id}', { params: { path: { id: evidenceId } } }),
        api.GET('/api/v1/evidence/{id}/timeline', { params: { path: { id: evidenceId } } }),
      ]);
      if (detail.response.status === 404 || detail.response.status === 403) return (setMissing(true), true);
      if (!detail.data) return (setError(problemDetail(detail.error)), true);
      setItem(detail.data);
      if (entries.data) setTimeline(entries.data.entries);
      return detail.data.version >= version;
    },
    [evidenceId],
  );
  useEffect(() => void load(), [load]);
  if (missing) return <NotFound detail={t('evidence.notFound')} />;
  if (!item) return error ? <ProblemAlert detail={error} /> : <p aria-busy="true">…</p>;

  const unit = currentSession()!.officer.unitId;
  const refresh = (version: number) => readUntilCaughtUp(() => load(version));
  const custody = item.custody as Custody[];
  const fileName = String((item as { fileName?: string }).fileName || evidenceId);
  return (
    <article aria-labelledby="evidence-title">
      <h1 id="evidence-title">{item.title}</h1>
      <ProblemAlert detail={error} />
      {notice && (
        <p class="notice" role="status" data-testid="evidence-notice">
          {notice}
        </p>
      )}
      <dl class="facts">
        <dt>{t('evidence.kind')}</dt>
        <dd>{t(`evidenceKind.${item.kind}`)}</dd>
        <dt>{t('evidence.owner')}</dt>
        <dd>{unitName(item.ownerUnitId)}</dd>
        <dt>{t('evidence.custodian')}</dt>
        <dd data-testid="custodian">{unitName(item.custodianUnitId)}</dd>
        <dt>{t('evidence.record')}</dt>
        <dd>
          {item.leadId ? (
            <a href={`/leads/${item.leadId}`} onClick={onLinkClick}>
              {item.leadId}
            </a>
          ) : (
            item.operationId
          )}
        </dd>
        <dt>{t('leads.handling')}</dt>
        <dd>{(item.handling as { code?: string }).code}</dd>
        <dt>SHA-256</dt>
        <dd class="hash" data-testid="sha256">
          {item.sha256 || '—'}
        </dd>
        <dt>{t('evidence.size')}</dt>
        <dd>{item.size ? `${item.size} B · ${item.mediaType}` : '—'}</dd>
        <dt>{t('evidence.integrity')}</dt>
        <dd data-testid="integrity-status">{t(`integrity.${item.integrity?.status ?? 'unverified'}`)}</dd>
      </dl>

      <h2>{t('evidence.content')}</h2>
      <div class="actions">
        {item.sha256 && (
          <DownloadButton
            path={`/api/v1/evidence/${evidenceId}/content`}
            accept="*/*"
            fileName={fileName}
            label={t('evidence.download')}
            onError={setError}
          />
        )}
        <ChainCheck evidenceId={evidenceId} onResult={setNotice} />
      </div>
      {item.sha256 && <VerifyCopy item={item} onDone={refresh} onResult={setNotice} />}

      <h2>{t('evidence.custody')}</h2>
      <ol data-testid="custody">
        {custody.map((c, i) => (
          <li key={i}>
            <time dateTime={c.at}>{formatDateTime(c.at, language)}</time> {unitName(c.fromUnitId ?? '')} → {unitName(c.toUnitId ?? '')} (
            {c.toOfficerId}) · {c.reason}
          </li>
        ))}
      </ol>
      {item.custodianUnitId === unit && <CustodyTransfer item={item} onDone={refresh} />}

      <h2>{t('evidence.recognition')}</h2>
      <Recognition item={item} unit={unit} onDone={refresh} />
      <div class="actions">
        <DownloadButton
          path={`/api/v1/evidence/${evidenceId}/certificate`}
          accept="application/pdf"
          fileName={`recognition-certificate-${evidenceId}.pdf`}
          label={t('evidence.certificate')}
          onError={setError}
        />
      </div>

      <h2>{t('leads.timeline')}</h2>
      <ol class="timeline" data-testid="evidence-timeline">
        {timeline.map((e) => (
          <li key={e.version}>
            <time dateTime={e.at}>{formatDateTime(e.at, language)}</time> {t(`evidenceCategory.${e.category}`)} · {e.type}
            {e.unitId ? ` · ${unitName(e.unitId)}` : ''}
            {e.summary ? ` · ${e.summary}` : ''}
          </li>
        ))}
      </ol>
    </article>
  );
}

/** Recomputes the hash chain of the item's history (GET …/integrity). */
function ChainCheck({ evidenceId, onResult }: { evidenceId: string; onResult: (text: string) => void }) {
  const { t } = useT();
  return (
    <button
      type="button"
      onClick={async () => {
        const { data, error } = await api.GET('/api/v1/evidence/{id}/integrity', { params: { path: { id: evidenceId } } });
        onResult(
          data ? (data.intact ? t('evidence.chainIntact', { commits: data.commits }) : t('evidence.chainBroken')) : problemDetail(error),
        );
      }}
    >
      {t('evidence.checkChain')}
    </button>
  );
}

/** A copy of the file the officer holds, hashed in the browser and compared with the registered SHA-256 (recorded). */
function VerifyCopy({ item, onDone, onResult }: { item: Detail; onDone: (v: number) => unknown; onResult: (text: string) => void }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  return (
    <div class="field">
      <label for="ev-verify">{t('evidence.verify')}</label>
      <input
        id="ev-verify"
        type="file"
        disabled={busy}
        onChange={async (e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (!file) return;
          setBusy(true);
          const sha256 = await sha256Hex(file);
          const { data, error } = await api.POST('/api/v1/evidence/{id}/integrity-checks', {
            params: { path: { id: item.evidenceId }, header: key() },
            body: { sha256 },
          });
          setBusy(false);
          if (!data) return onResult(problemDetail(error));
          onResult(data.integrity === 'verified' ? t('evidence.verified') : t('evidence.mismatch'));
          void onDone(data.version);
        }}
      />
    </div>
  );
}

function CustodyTransfer({ item, onDone }: { item: Detail; onDone: (v: number) => unknown }) {
  const { t, language } = useT();
  const [units, setUnits] = useState<UnitName[]>([]);
  const [officers, setOfficers] = useState<{ officerId: string; name: string }[]>([]);
  const [form, setForm] = useState({ toUnitId: '', toOfficerId: '', reason: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  useEffect(() => {
    loadUnits().then(
      (m) => setUnits([...m.values()].filter((u) => u.unitId !== item.custodianUnitId)),
      () => undefined,
    );
  }, [item.custodianUnitId]);
  useEffect(() => {
    if (!form.toUnitId) return setOfficers([]);
    void api
      .GET('/api/v1/registry/officers', { params: { query: { unitId: form.toUnitId, limit: 100 } } })
      .then(({ data }) => setOfficers((data?.items ?? []) as unknown as { officerId: string; name: string }[]));
  }, [form.toUnitId]);
  const zh = language.startsWith('zh');
  return (
    <form
      class="actions"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const { data, error } = await api.POST('/api/v1/evidence/{id}/custody', {
          params: { path: { id: item.evidenceId }, header: key() },
          body: form,
        });
        if (data) return (setErrors({}), setFailure(''), onDone(data.version));
        setErrors(fieldErrors(error));
        setFailure(problemDetail(error));
      }}
    >
      <h3>{t('evidence.transfer')}</h3>
      <ProblemAlert detail={failure} />
      <Field id="custody-unit" label={t('evidence.toUnit')} error={errors.toUnitId}>
        {(p) => (
          <select {...p} value={form.toUnitId} onChange={(e) => setForm({ ...form, toUnitId: valueOf(e), toOfficerId: '' })}>
            <option value="">—</option>
            {units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {zh ? u.nameZh : u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="custody-officer" label={t('evidence.toOfficer')} error={errors.toOfficerId}>
        {(p) => (
          <select {...p} value={form.toOfficerId} onChange={(e) => setForm({ ...form, toOfficerId: valueOf(e) })}>
            <option value="">—</option>
            {officers.map((o) => (
              <option key={o.officerId} value={o.officerId}>
                {o.name} ({o.officerId})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="custody-reason" label={t('evidence.reason')} error={errors.reason}>
        {(p) => <input {...p} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />}
      </Field>
      <button type="submit">{t('evidence.transferSubmit')}</button>
    </form>
  );
}

/** The requests and each unit's decision; the originator asks, a unit asked answers once. */
function Recognition({ item, unit, onDone }: { item: Detail; unit: string; onDone: (v: number) => unknown }) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [units, setUnits] = useState<UnitName[]>([]);
  const [targets, setTargets] = useState<string[]>([]);
  const [purpose, setPurpose] = useState<Purpose>('administrative_penalty');
  const [answer, setAnswer] = useState({ reason: '', conditions: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const isOwner = item.ownerUnitId === unit;
  useEffect(() => {
    if (isOwner)
      loadUnits().then(
        (m) => setUnits([...m.values()].filter((u) => u.unitId !== unit)),
        () => undefined,
      );
  }, [isOwner, unit]);
  const settle = (result: { data?: { version: number }; error?: unknown }) => {
    if (result.data) return (setErrors({}), setFailure(''), onDone(result.data.version));
    setErrors(fieldErrors(result.error));
    setFailure(problemDetail(result.error));
  };
  const path = (requestId: string) => ({ id: item.evidenceId, requestId });
  const zh = language.startsWith('zh');
  return (
    <div>
      <ProblemAlert detail={failure} />
      {item.recognitionRequests.length === 0 && <p>{t('operations.empty')}</p>}
      {item.recognitionRequests.map((r) => {
        const mine = r.decisions.find((d: Decision) => d.unitId === unit && d.status === 'pending');
        return (
          <section key={r.requestId} aria-label={`${t(`purpose.${r.purpose}`)} · ${unitName(r.requestedByUnitId)}`}>
            <p>
              {t(`purpose.${r.purpose}`)} · {t('evidence.requestedBy')} {unitName(r.requestedByUnitId)}
            </p>
            <ul data-testid="decisions">
              {r.decisions.map((d: Decision) => (
                <li key={d.unitId} data-unit={d.unitId} data-status={d.status}>
                  {unitName(d.unitId)}: {t(`decision.${d.status}`)}
                  {d.conditions.length > 0 && ` (${d.conditions.join('；')})`}
                  {d.reason && ` · ${d.reason}`}
                  {d.decidedAt && ` · ${formatDateTime(d.decidedAt, language)}`}
                </li>
              ))}
            </ul>
            {mine && (
              <div class="actions">
                <button
                  type="button"
                  onClick={() =>
                    void api
                      .POST('/api/v1/evidence/{id}/recognition-requests/{requestId}/recognise', {
                        params: { path: path(r.requestId), header: key() },
                        body: {},
                      })
                      .then(settle)
                  }
                >
                  {t('evidence.recognise')}
                </button>
                <Field id={`conditions-${r.requestId}`} label={t('evidence.conditions')} error={errors.conditions}>
                  {(p) => <input {...p} value={answer.conditions} onInput={(e) => setAnswer({ ...answer, conditions: valueOf(e) })} />}
                </Field>
                <button
                  type="button"
                  onClick={() =>
                    void api
                      .POST('/api/v1/evidence/{id}/recognition-requests/{requestId}/recognise-with-conditions', {
                        params: { path: path(r.requestId), header: key() },
                        body: {
                          conditions: answer.conditions
                            .split(/[;；]/)
                            .map((c) => c.trim())
                            .filter(Boolean),
                        },
                      })
                      .then(settle)
                  }
                >
                  {t('evidence.recogniseWithConditions')}
                </button>
                <Field id={`reject-${r.requestId}`} label={t('evidence.reason')} error={errors.reason}>
                  {(p) => <input {...p} value={answer.reason} onInput={(e) => setAnswer({ ...answer, reason: valueOf(e) })} />}
                </Field>
                <button
                  type="button"
                  onClick={() =>
                    void api
                      .POST('/api/v1/evidence/{id}/recognition-requests/{requestId}/reject', {
                        params: { path: path(r.requestId), header: key() },
                        body: { reason: answer.reason },
                      })
                      .then(settle)
                  }
                >
                  {t('evidence.reject')}
                </button>
              </div>
            )}
          </section>
        );
      })}
      {isOwner && (
        <form
          class="actions"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            settle(
              await api.POST('/api/v1/evidence/{id}/recognition-requests', {
                params: { path: { id: item.evidenceId }, header: key() },
                body: { targetUnitIds: targets, purpose, namedOfficerIds: [] },
              }),
            );
          }}
        >
          <h3>{t('evidence.requestRecognition')}</h3>
          <Field id="recognition-units" label={t('evidence.targets')} error={errors.targetUnitIds}>
            {(p) => (
              <select {...p} multiple size={5} onChange={(e) => setTargets(selectedOf(e))}>
                {units.map((u) => (
                  <option key={u.unitId} value={u.unitId}>
                    {zh ? u.nameZh : u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="recognition-purpose" label={t('evidence.purpose')} error={errors.purpose}>
            {(p) => (
              <select {...p} value={purpose} onChange={(e) => setPurpose(valueOf(e) as Purpose)}>
                {PURPOSES.map((v) => (
                  <option key={v} value={v}>
                    {t(`purpose.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit">{t('evidence.requestSubmit')}</button>
        </form>
      )}
    </div>
  );
}
