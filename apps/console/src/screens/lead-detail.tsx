import { useCallback, useEffect, useState } from 'preact/hooks';
import { ANSWER_ACTIONS, courtUseRequestsOf, type LeadAction, leadActionsFor, onwardRequestsOf, transferOf } from '../actions';
import { api, fieldErrors, problemDetail, type Schemas } from '../api/client';
import { currentSession } from '../auth/session';
import { CreditBadge, creditStatusOf } from '../components/credit-status';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import { readUntilCaughtUp, useLiveNotices } from '../live/live-stream';
import { loadUnits, useJurisdictionName, useUnitName, type UnitName } from '../reference';
import { onLinkClick } from '../router';
import { LeadForms } from './lead-actions';
import { NotFound } from './not-found';

type LeadDetail = Schemas['LeadDetail'];

export function LeadDetailScreen({ leadId }: { leadId: string }) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const jurisdictionName = useJurisdictionName();
  const [lead, setLead] = useState<LeadDetail | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState('');
  /** Reads the lead; true once it is at least at `version`. */
  const load = useCallback(
    async (version = 0): Promise<boolean> => {
      const { data, response, error: problem } = await api.GET('/api/v1/leads/{id}', { params: { path: { id: leadId } } });
      if (response.status === 404 || response.status === 403) return (setMissing(true), true);
      if (!data) return (setError(problemDetail(problem)), true);
      setLead(data);
      return data.version >= version;
    },
    [leadId],
  );
  useEffect(() => void load(), [load]);
  useLiveNotices(useCallback((notice) => notice.leadId === leadId && void readUntilCaughtUp(() => load(notice.version)), [leadId, load]));

  if (missing) return <NotFound detail={t('leads.notFound')} />;
  if (error)
    return (
      <p class="error" role="alert">
        {t('problem.generic', { detail: error })}
      </p>
    );
  if (!lead) return <p aria-busy="true">…</p>;
  const officer = currentSession()!.officer;
  const actions = leadActionsFor(lead, officer);
  const location = lead.location as { jurisdiction?: string; address?: string };
  const subject = lead.subject as { enterpriseName?: string; personName?: string; onlineShop?: string; creditCode?: string };
  const line = transferOf(lead);
  const feedback = lead.feedback as { unitId?: string; result?: string; summary?: string; at?: string }[];
  const closedOutcome = (lead as { closedOutcome?: string }).closedOutcome;
  return (
    <article aria-labelledby="lead-title">
      <h1 id="lead-title">{lead.title}</h1>
      <dl class="facts">
        <dt>{t('leads.status')}</dt>
        <dd data-testid="lead-status">
          {t(`status.${lead.status}`)}
          {lead.status === 'closed' && closedOutcome ? ` · ${t(`record.outcomes.${closedOutcome}`, { defaultValue: closedOutcome })}` : ''}
        </dd>
        <dt>{t('leads.subject')}</dt>
        <dd>
          {[subject.enterpriseName, subject.personName, subject.onlineShop].filter(Boolean).join(' · ') || '—'}
          {subject.creditCode ? ` (${subject.creditCode})` : ''}
        </dd>
        <dt>{t('credit.label')}</dt>
        <dd>{subject.creditCode ? <CreditBadge status={creditStatusOf(lead)} /> : '—'}</dd>
        <dt>{t('leads.category')}</dt>
        <dd>{t(`category.${lead.category}`)}</dd>
        <dt>{t('leads.owner')}</dt>
        <dd>{unitName(lead.ownerUnitId)}</dd>
        <dt>{t('leads.jurisdiction')}</dt>
        <dd>{jurisdictionName(location.jurisdiction)}</dd>
        <dt>{t('leads.handling')}</dt>
        <dd>{(lead.handling as { code?: string }).code}</dd>
        <dt>{t('leads.priority')}</dt>
        <dd>{t(`priority.${lead.priority}`)}</dd>
        <dt>{t('leads.postedAt')}</dt>
        <dd>{formatDateTime(lead.postedAt, language)}</dd>
      </dl>
      <h2>{t('leads.summary')}</h2>
      <p>{lead.summary}</p>
      <h2>{t('leads.recipients')}</h2>
      {lead.recipients.length === 0 ? (
        <p>—</p>
      ) : (
        <ul data-testid="recipients">
          {lead.recipients.map((r) => (
            <li key={r.unitId}>
              {unitName(r.unitId)}: {t(`recipientStatus.${r.status}`)}
              {r.acknowledgedAt && ` · ${formatDateTime(r.acknowledgedAt, language)}`}
            </li>
          ))}
        </ul>
      )}
      {onwardRequestsOf(lead).length > 0 && (
        <>
          <h2>{t('onward.answer')}</h2>
          <ul data-testid="onward-list">
            {onwardRequestsOf(lead).map((r) => (
              <li key={r.requestId} data-status={r.status}>
                {t('onward.asks', { unit: unitName(r.requestedByUnitId), units: r.unitIds.map(unitName).join('、'), reason: r.reason })} ·{' '}
                {t(`onward.statuses.${r.status}`, { defaultValue: r.status })}
                {r.answerReason ? ` · ${r.answerReason}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {line.stage !== 'none' && <TransferFacts lead={lead} />}
      {courtUseRequestsOf(lead).length > 0 && (
        <>
          <h2>{t('record.courtUseRequests')}</h2>
          <ul data-testid="court-use-list">
            {courtUseRequestsOf(lead).map((r) => (
              <li key={r.requestId} data-status={r.status}>
                {t('record.courtUseAsks', { unit: unitName(r.requestedByUnitId), user: unitName(r.unitId), reason: r.reason })} ·{' '}
                {t(`onward.statuses.${r.status}`, { defaultValue: r.status })}
                {r.answerReason ? ` · ${r.answerReason}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {feedback.length > 0 && (
        <>
          <h2>{t('record.feedbackList')}</h2>
          <ul data-testid="feedback-list">
            {feedback.map((f, i) => (
              <li key={i}>
                {unitName(f.unitId ?? '')}: {f.result}
                {f.summary ? ` · ${f.summary}` : ''}
                {f.at ? ` · ${formatDateTime(f.at, language)}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('leads.actions')}</h2>
      {actions.length === 0 ? (
        <p>{t('leads.noActions')}</p>
      ) : (
        <div data-testid="lead-actions" data-actions={actions.join(' ')}>
          <Actions lead={lead} actions={actions} onDone={(version) => readUntilCaughtUp(() => load(version))} />
          <LeadForms lead={lead} actions={actions} onDone={(version) => readUntilCaughtUp(() => load(version))} />
        </div>
      )}
      <p class="links">
        <a href={`/evidence?leadId=${encodeURIComponent(lead.leadId)}`} onClick={onLinkClick}>
          {t('leads.registerEvidence')}
        </a>{' '}
        ·{' '}
        <a href={`/history/${encodeURIComponent(lead.leadId)}`} onClick={onLinkClick}>
          {t('leads.history')}
        </a>
      </p>
      <h2>{t('leads.timeline')}</h2>
      <ol class="timeline">
        {lead.history.map((h, i) => {
          const entry = h as { type?: string; at?: string; occurredAt?: string; unitId?: string };
          const at = entry.at ?? entry.occurredAt;
          return (
            <li key={i}>
              <time dateTime={at}>{formatDateTime(at, language)}</time> {entry.type}
              {entry.unitId ? ` · ${unitName(entry.unitId)}` : ''}
            </li>
          );
        })}
      </ol>
    </article>
  );
}

/** Where the lead stands on the transfer line (两法衔接): stage, the police unit, the Procuratorate, the current deadline or window. */
function TransferFacts({ lead }: { lead: LeadDetail }) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const line = transferOf(lead);
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('transferLine.heading')}</h2>
      <dl class="facts" data-testid="transfer" data-stage={line.stage}>
        <dt>{t('transferLine.stage')}</dt>
        <dd data-testid="transfer-stage">{t(`transferLine.stages.${line.stage}`, { defaultValue: line.stage })}</dd>
        {line.policeUnitId && (
          <>
            <dt>{t('leadActions.policeUnit')}</dt>
            <dd>{unitName(line.policeUnitId)}</dd>
          </>
        )}
        {line.caseNumber && (
          <>
            <dt>{t('transferLine.caseNumber')}</dt>
            <dd>{line.caseNumber}</dd>
          </>
        )}
        {line.procuratorateUnitId && (
          <>
            <dt>{t('transferLine.procuratorate')}</dt>
            <dd>
              {unitName(line.procuratorateUnitId)}
              {line.supervisionOutcome
                ? ` · ${t(`transferLine.outcomes.${line.supervisionOutcome}`, { defaultValue: line.supervisionOutcome })}`
                : ''}
            </dd>
          </>
        )}
        {line.reason && (
          <>
            <dt>{t('leadActions.reasons')}</dt>
            <dd data-testid="transfer-reason">{line.reason}</dd>
          </>
        )}
        {line.dueAt && (
          <>
            <dt>{t('transferLine.due')}</dt>
            <dd>
              <time dateTime={line.dueAt}>{formatDateTime(line.dueAt, language)}</time>
              {line.dueRule ? <span class="rule"> · {line.dueRule}</span> : null}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** Sharing and the recipient's answers (acknowledge, accept, decline with a reason); the other forms are in lead-actions.tsx. */
function Actions({ lead, actions, onDone }: { lead: LeadDetail; actions: LeadAction[]; onDone: (version: number) => Promise<unknown> }) {
  const { t, language } = useT();
  const [units, setUnits] = useState<UnitName[]>([]);
  const [shareWith, setShareWith] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  useEffect(() => {
    const has = new Set([lead.ownerUnitId, ...lead.recipients.map((r) => r.unitId)]);
    if (actions.includes('share')) loadUnits().then((m) => setUnits([...m.values()].filter((u) => !has.has(u.unitId))));
  }, [actions.join(), lead.ownerUnitId, lead.recipients.length]);

  const settle = async (result: { data?: { version: number }; error?: unknown; response: Response }) => {
    if (result.response.ok) {
      setErrors({});
      setFailure('');
      return onDone(result.data?.version ?? 0);
    }
    setErrors(fieldErrors(result.error));
    setFailure(problemDetail(result.error));
  };
  const path = { id: lead.leadId };
  const headers = { 'Idempotency-Key': crypto.randomUUID(), 'If-Match': `"${lead.version}"` };
  const run = {
    share: () =>
      api
        .POST('/api/v1/leads/{id}/share', { params: { path, header: headers }, body: { unitIds: shareWith, namedOfficerIds: [] } })
        .then(settle),
    acknowledge: () => api.POST('/api/v1/leads/{id}/acknowledge', { params: { path, header: headers }, body: {} }).then(settle),
    accept: () => api.POST('/api/v1/leads/{id}/accept', { params: { path, header: headers }, body: {} }).then(settle),
    decline: () => api.POST('/api/v1/leads/{id}/decline', { params: { path, header: headers }, body: { reason } }).then(settle),
  };
  const zh = language.startsWith('zh');
  return (
    <div>
      {failure && (
        <p class="error" role="alert">
          {t('problem.generic', { detail: failure })}
        </p>
      )}
      {actions.includes('share') && (
        <form
          class="actions"
          onSubmit={(e) => {
            e.preventDefault();
            void run.share();
          }}
        >
          <label for="share-units">{t('leads.shareWith')}</label>
          <select
            id="share-units"
            multiple
            size={6}
            aria-invalid={errors.unitIds ? 'true' : undefined}
            aria-describedby={errors.unitIds ? 'share-units-error' : undefined}
            onChange={(e) => setShareWith([...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value))}
          >
            {units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {zh ? u.nameZh : u.name}
              </option>
            ))}
          </select>
          {errors.unitIds && (
            <p id="share-units-error" class="field-error">
              {errors.unitIds}
            </p>
          )}
          <button type="submit">{t('leads.share')}</button>
        </form>
      )}
      {actions.some((a) => ANSWER_ACTIONS.includes(a)) && (
        <div class="actions" data-testid="answer-actions">
          {actions.includes('acknowledge') && (
            <button type="button" onClick={() => void run.acknowledge()}>
              {t('leads.acknowledge')}
            </button>
          )}
          {actions.includes('accept') && (
            <button type="button" onClick={() => void run.accept()}>
              {t('leads.accept')}
            </button>
          )}
          {actions.includes('decline') && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void run.decline();
              }}
            >
              <label for="decline-reason">{t('leads.declineReason')}</label>
              <input
                id="decline-reason"
                value={reason}
                onInput={(e) => setReason((e.target as HTMLInputElement).value)}
                aria-invalid={errors.reason ? 'true' : undefined}
                aria-describedby={errors.reason ? 'decline-reason-error' : undefined}
              />
              {errors.reason && (
                <p id="decline-reason-error" class="field-error">
                  {errors.reason}
                </p>
              )}
              <button type="submit">{t('leads.decline')}</button>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
