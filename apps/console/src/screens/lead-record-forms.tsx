import { useState } from 'preact/hooks';
import { closeOutcomesFor, type CloseOutcome, type CourtUseRequest, type LeadAction, pendingCourtUseRequests } from '../actions';
import { api, type Schemas } from '../api/client';
import { currentSession } from '../auth/session';
import { useCommand } from '../components/command';
import { Field, valueOf } from '../components/form';
import { useT } from '../i18n';
import { useUnitName } from '../reference';
import { ActionForm, type FormProps, headers, path, UnitOptions, useUnits, RequestAnswer } from './lead-form-parts';

type Reliability = Schemas['Grading']['sourceReliability'];

/**
 * What the parties record on the lead itself: feedback (a recipient that accepted it, a
 * co-handling unit), re-grading and closing with an outcome (owner), and the originator's consent
 * to court use (ADR 0014: any acting party asks for a unit, the owner approves or refuses).
 * Which forms: `leadActionsFor`; the leads service decides.
 */
export function LeadRecordForms({ lead, actions, onDone }: FormProps & { actions: LeadAction[] }) {
  const props = { lead, onDone };
  return (
    <>
      {actions.includes('feedback') && <Feedback {...props} />}
      {actions.includes('regrade') && <Regrade {...props} />}
      {actions.includes('requestCourtUse') && <RequestCourtUse {...props} />}
      {actions.includes('answerCourtUse') &&
        pendingCourtUseRequests(lead).map((r) => <AnswerCourtUse key={r.requestId} {...props} request={r} />)}
      {actions.includes('close') && <CloseLead {...props} />}
    </>
  );
}

function Feedback({ lead, onDone }: FormProps) {
  const { t } = useT();
  const unitId = currentSession()?.officer.unitId;
  const tasks = (lead.coHandlingTasks as { taskId?: string; unitId?: string; description?: string }[]).filter((x) => x.unitId === unitId);
  const [form, setForm] = useState({ result: '', summary: '', taskId: '' });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="feedback"
      heading={t('record.feedback')}
      submit={t('record.feedbackSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/feedback', {
            params: { path: path(lead), header: headers(lead) },
            body: {
              result: form.result,
              ...(form.summary ? { summary: form.summary } : {}),
              ...(form.taskId ? { taskId: form.taskId } : {}),
            },
          }),
        )
      }
    >
      {tasks.length > 0 && (
        <Field id="feedback-task" label={t('record.task')} error={errors.taskId}>
          {(p) => (
            <select {...p} value={form.taskId} onChange={(e) => setForm({ ...form, taskId: valueOf(e) })}>
              <option value="">—</option>
              {tasks.map((task) => (
                <option key={task.taskId} value={task.taskId}>
                  {task.description}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id="feedback-result" label={t('record.result')} error={errors.result}>
        {(p) => <input {...p} value={form.result} onInput={(e) => setForm({ ...form, result: valueOf(e) })} />}
      </Field>
      <Field id="feedback-summary" label={t('leads.summary')} error={errors.summary}>
        {(p) => <textarea {...p} rows={2} value={form.summary} onInput={(e) => setForm({ ...form, summary: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

function Regrade({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [form, setForm] = useState({
    sourceReliability: lead.grading.sourceReliability,
    information: String(lead.grading.information),
    reason: '',
  });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="regrade"
      heading={t('record.regrade')}
      submit={t('record.regradeSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/regrade', {
            params: { path: path(lead), header: headers(lead) },
            body: { grading: { sourceReliability: form.sourceReliability, information: Number(form.information) }, reason: form.reason },
          }),
        )
      }
    >
      <Field id="regrade-reliability" label={t('post.sourceReliability')} error={errors['grading.sourceReliability']}>
        {(p) => (
          <select
            {...p}
            value={form.sourceReliability}
            onChange={(e) => setForm({ ...form, sourceReliability: valueOf(e) as Reliability })}
          >
            {(['A', 'B', 'C', 'X'] as const).map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="regrade-information" label={t('post.information')} error={errors['grading.information']}>
        {(p) => (
          <select {...p} value={form.information} onChange={(e) => setForm({ ...form, information: valueOf(e) })}>
            {['1', '2', '3', '4'].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="regrade-reason" label={t('leadActions.reasons')} error={errors.reason}>
        {(p) => <input {...p} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

function RequestCourtUse({ lead, onDone }: FormProps) {
  const { t } = useT();
  const units = useUnits(() => true);
  const [form, setForm] = useState({ unitId: '', reason: '' });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="court-use"
      heading={t('record.courtUse')}
      submit={t('record.courtUseSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/court-use-consents', {
            params: { path: path(lead), header: headers(lead) },
            body: { unitId: form.unitId, reason: form.reason },
          }),
        )
      }
    >
      <p>{t('record.courtUseExplain')}</p>
      <Field id="court-use-unit" label={t('record.courtUseUnit')} error={errors.unitId}>
        {(p) => (
          <select {...p} value={form.unitId} onChange={(e) => setForm({ ...form, unitId: valueOf(e) })}>
            <option value="">—</option>
            <UnitOptions units={units} />
          </select>
        )}
      </Field>
      <Field id="court-use-reason" label={t('leadActions.reasons')} error={errors.reason}>
        {(p) => <input {...p} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

/** Approve or refuse one pending court-use request (the originator). */
function AnswerCourtUse({ lead, request, onDone }: FormProps & { request: CourtUseRequest }) {
  const { t } = useT();
  const unitName = useUnitName();
  return (
    <RequestAnswer
      id={`court-use-${request.requestId}`}
      testId="court-use-answer"
      requestId={request.requestId}
      heading={t('record.courtUseAnswer')}
      question={t('record.courtUseAsks', {
        unit: unitName(request.requestedByUnitId),
        user: unitName(request.unitId),
        reason: request.reason,
      })}
      approve={t('record.courtUseApprove')}
      refuse={t('record.courtUseRefuse')}
      onDone={onDone}
      send={async (verb, body) => {
        const params = { path: { ...path(lead), requestId: request.requestId }, header: headers(lead) };
        return verb === 'approve'
          ? api.POST('/api/v1/leads/{id}/court-use-consents/{requestId}/approve', { params, body })
          : api.POST('/api/v1/leads/{id}/court-use-consents/{requestId}/refuse', { params, body });
      }}
    />
  );
}

function CloseLead({ lead, onDone }: FormProps) {
  const { t } = useT();
  const outcomes = closeOutcomesFor(lead);
  const [form, setForm] = useState<{ outcome: CloseOutcome; summary: string }>({ outcome: outcomes[0] ?? 'resolved', summary: '' });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="close"
      heading={t('record.close')}
      submit={t('record.closeSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/close', {
            params: { path: path(lead), header: headers(lead) },
            body: { outcome: form.outcome, ...(form.summary ? { summary: form.summary } : {}) },
          }),
        )
      }
    >
      <Field id="close-outcome" label={t('record.outcome')} error={errors.outcome}>
        {(p) => (
          <select {...p} value={form.outcome} onChange={(e) => setForm({ ...form, outcome: valueOf(e) as CloseOutcome })}>
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {t(`record.outcomes.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="close-summary" label={t('leads.summary')} error={errors.summary}>
        {(p) => <textarea {...p} rows={2} value={form.summary} onInput={(e) => setForm({ ...form, summary: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}
