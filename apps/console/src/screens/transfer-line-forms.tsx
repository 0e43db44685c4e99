import { useState } from 'preact/hooks';
import { type LeadAction, transferOf } from '../actions';
import { api } from '../api/client';
import { useCommand } from '../components/command';
import { Field, valueOf } from '../components/form';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import { ActionForm, type FormProps, headers, type LeadDetail, path, UnitOptions, useUnits } from './lead-form-parts';

/**
 * The transfer line after the agency's decision (两法衔接, Decree No. 310, ADR 0014): the owner
 * revisits a decision not to transfer, asks the police to reconsider a refusal or the
 * Procuratorate to supervise it; the police unit records its decision, answers the
 * reconsideration, states its reasons and records the opening; the Procuratorate answers the
 * supervision request. Which forms: `leadActionsFor`; the leads service decides.
 */
export function TransferLineForms({ lead, actions, onDone }: FormProps & { actions: LeadAction[] }) {
  const props = { lead, onDone };
  return (
    <>
      {actions.includes('revisitTransfer') && <RevisitTransfer {...props} />}
      {actions.includes('requestReconsideration') && <RequestReconsideration {...props} />}
      {actions.includes('requestSupervision') && <RequestSupervision {...props} />}
      {actions.includes('policeDecision') && <PoliceDecision {...props} />}
      {actions.includes('answerReconsideration') && <AnswerReconsideration {...props} />}
      {actions.includes('policeReasons') && <PoliceReasons {...props} />}
      {actions.includes('policeOpening') && <PoliceOpening {...props} />}
      {actions.includes('answerSupervision') && <AnswerSupervision {...props} />}
    </>
  );
}

/** The current stage's deadline (a duty) or window (a right), with the rule that set it. */
function Due({ lead, right = false }: { lead: LeadDetail; right?: boolean }) {
  const { t, language } = useT();
  const { dueAt, dueRule } = transferOf(lead);
  if (!dueAt) return null;
  return (
    <p class="rule" data-testid="transfer-due">
      {t(right ? 'transferLine.windowEnds' : 'transferLine.dueBy', { at: formatDateTime(dueAt, language) })}
      {dueRule ? ` · ${dueRule}` : ''}
    </p>
  );
}

function RevisitTransfer({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [newFacts, setNewFacts] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="revisit"
      heading={t('transferLine.revisit')}
      submit={t('transferLine.revisitSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/transfer-decision/revisit', {
            params: { path: path(lead), header: headers(lead) },
            body: { newFacts },
          }),
        )
      }
    >
      <Field id="revisit-facts" label={t('transferLine.newFacts')} error={errors.newFacts}>
        {(p) => <textarea {...p} rows={2} value={newFacts} onInput={(e) => setNewFacts(valueOf(e))} />}
      </Field>
    </ActionForm>
  );
}

function RequestReconsideration({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="reconsideration"
      heading={t('transferLine.reconsideration')}
      submit={t('transferLine.reconsiderationSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/reconsideration', { params: { path: path(lead), header: headers(lead) }, body: { reason } }),
        )
      }
    >
      <p>{t('transferLine.reconsiderationExplain')}</p>
      <Due lead={lead} right />
      <Field id="reconsideration-reason" label={t('leadActions.reasons')} error={errors.reason}>
        {(p) => <textarea {...p} rows={2} value={reason} onInput={(e) => setReason(valueOf(e))} />}
      </Field>
    </ActionForm>
  );
}

function RequestSupervision({ lead, onDone }: FormProps) {
  const { t } = useT();
  const procuratorates = useUnits((u) => u.agency === 'procuratorate');
  const [form, setForm] = useState({ procuratorateUnitId: '', reason: '' });
  const { errors, failure, settle } = useCommand(onDone);
  const stage = transferOf(lead).stage;
  return (
    <ActionForm
      id="supervision"
      heading={t('transferLine.supervision')}
      submit={t('transferLine.supervisionSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/supervision', {
            params: { path: path(lead), header: headers(lead) },
            body: { procuratorateUnitId: form.procuratorateUnitId, reason: form.reason, namedOfficerIds: [] },
          }),
        )
      }
    >
      <p>{t('transferLine.supervisionExplain')}</p>
      {stage === 'reconsideration_maintained' && <Due lead={lead} right />}
      <Field id="supervision-unit" label={t('transferLine.procuratorate')} error={errors.procuratorateUnitId}>
        {(p) => (
          <select {...p} value={form.procuratorateUnitId} onChange={(e) => setForm({ ...form, procuratorateUnitId: valueOf(e) })}>
            <option value="">—</option>
            <UnitOptions units={procuratorates} />
          </select>
        )}
      </Field>
      <Field id="supervision-reason" label={t('leadActions.reasons')} error={errors.reason}>
        {(p) => <textarea {...p} rows={2} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

function PoliceDecision({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [form, setForm] = useState<{ decision: 'opened' | 'declined'; reason: string; caseNumber: string }>({
    decision: 'opened',
    reason: '',
    caseNumber: '',
  });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="police-decision"
      heading={t('transferLine.policeDecision')}
      submit={t('transferLine.policeDecisionSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/police-decision', {
            params: { path: path(lead), header: headers(lead) },
            body: {
              decision: form.decision,
              ...(form.reason ? { reason: form.reason } : {}),
              ...(form.caseNumber ? { caseNumber: form.caseNumber } : {}),
            },
          }),
        )
      }
    >
      <Due lead={lead} />
      <Field id="police-decision-choice" label={t('leadActions.decision')} error={errors.decision}>
        {(p) => (
          <select {...p} value={form.decision} onChange={(e) => setForm({ ...form, decision: valueOf(e) as 'opened' | 'declined' })}>
            <option value="opened">{t('transferLine.opened')}</option>
            <option value="declined">{t('transferLine.declined')}</option>
          </select>
        )}
      </Field>
      {form.decision === 'opened' && (
        <Field id="police-decision-case" label={t('transferLine.caseNumber')} error={errors.caseNumber}>
          {(p) => <input {...p} value={form.caseNumber} onInput={(e) => setForm({ ...form, caseNumber: valueOf(e) })} />}
        </Field>
      )}
      <Field id="police-decision-reason" label={t('leadActions.reasons')} error={errors.reason}>
        {(p) => <textarea {...p} rows={2} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

function AnswerReconsideration({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [form, setForm] = useState<{ answer: 'maintained' | 'reversed'; reason: string }>({ answer: 'maintained', reason: '' });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="reconsideration-answer"
      heading={t('transferLine.reconsiderationAnswer')}
      submit={t('transferLine.answerSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/reconsideration/answer', {
            params: { path: path(lead), header: headers(lead) },
            body: { answer: form.answer, ...(form.reason ? { reason: form.reason } : {}) },
          }),
        )
      }
    >
      <p>{t('transferLine.agencyAsks', { reason: transferOf(lead).reason })}</p>
      <Due lead={lead} />
      <Field id="reconsideration-answer-choice" label={t('leadActions.decision')} error={errors.answer}>
        {(p) => (
          <select {...p} value={form.answer} onChange={(e) => setForm({ ...form, answer: valueOf(e) as 'maintained' | 'reversed' })}>
            <option value="maintained">{t('transferLine.maintained')}</option>
            <option value="reversed">{t('transferLine.reversed')}</option>
          </select>
        )}
      </Field>
      <Field id="reconsideration-answer-reason" label={t('leadActions.reasons')} error={errors.reason}>
        {(p) => <textarea {...p} rows={2} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

function PoliceReasons({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [reasons, setReasons] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="police-reasons"
      heading={t('transferLine.policeReasons')}
      submit={t('transferLine.policeReasonsSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/police-reasons', { params: { path: path(lead), header: headers(lead) }, body: { reasons } }),
        )
      }
    >
      <Due lead={lead} />
      <Field id="police-reasons-text" label={t('leadActions.reasons')} error={errors.reasons}>
        {(p) => <textarea {...p} rows={3} value={reasons} onInput={(e) => setReasons(valueOf(e))} />}
      </Field>
    </ActionForm>
  );
}

function PoliceOpening({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [form, setForm] = useState({ caseNumber: '', reason: '' });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="police-opening"
      heading={t('transferLine.policeOpening')}
      submit={t('transferLine.policeOpeningSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/police-opening', {
            params: { path: path(lead), header: headers(lead) },
            body: { caseNumber: form.caseNumber, ...(form.reason ? { reason: form.reason } : {}) },
          }),
        )
      }
    >
      <Due lead={lead} />
      <Field id="police-opening-case" label={t('transferLine.caseNumber')} error={errors.caseNumber}>
        {(p) => <input {...p} value={form.caseNumber} onInput={(e) => setForm({ ...form, caseNumber: valueOf(e) })} />}
      </Field>
      <Field id="police-opening-reason" label={t('meetings.notes')} error={errors.reason}>
        {(p) => <input {...p} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

type SupervisionOutcome = 'reasons_requested' | 'opening_required' | 'refusal_upheld';
const SUPERVISION_OUTCOMES: SupervisionOutcome[] = ['reasons_requested', 'opening_required', 'refusal_upheld'];

function AnswerSupervision({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [form, setForm] = useState<{ outcome: SupervisionOutcome; reason: string }>({ outcome: 'reasons_requested', reason: '' });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="supervision-answer"
      heading={t('transferLine.supervisionAnswer')}
      submit={t('transferLine.answerSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/supervision/answer', {
            params: { path: path(lead), header: headers(lead) },
            body: { outcome: form.outcome, ...(form.reason ? { reason: form.reason } : {}) },
          }),
        )
      }
    >
      <Due lead={lead} />
      <Field id="supervision-outcome" label={t('leadActions.decision')} error={errors.outcome}>
        {(p) => (
          <select {...p} value={form.outcome} onChange={(e) => setForm({ ...form, outcome: valueOf(e) as SupervisionOutcome })}>
            {SUPERVISION_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`transferLine.outcomes.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="supervision-answer-reason" label={t('leadActions.reasons')} error={errors.reason}>
        {(p) => <textarea {...p} rows={2} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}
