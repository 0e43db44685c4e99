import { useEffect, useState } from 'preact/hooks';
import { type LeadAction, type OnwardRequest, pendingOnwardRequests } from '../actions';
import { api } from '../api/client';
import { useCommand } from '../components/command';
import { Field, selectedOf, valueOf } from '../components/form';
import { instantFromShanghaiInput } from '../format';
import { useT } from '../i18n';
import { loadUnits, useUnitName, type UnitName } from '../reference';
import { onLinkClick } from '../router';
import { ActionForm, type FormProps, headers, type LeadDetail, path, UnitOptions, RequestAnswer } from './lead-form-parts';
import { LeadRecordForms } from './lead-record-forms';
import { TransferLineForms } from './transfer-line-forms';

/**
 * The lead's forms beyond sharing and answering (which ones: `leadActionsFor` in actions.ts):
 * asking for onward sharing (recipient of a restricted lead), answering those requests, co-handling
 * tasks, links, escalation for joint action and the agency's first steps on the transfer line
 * (owner); feedback, re-grading, court-use consents and closing in lead-record-forms.tsx; the
 * later steps of the transfer line (the agency's, the police's, the Procuratorate's) in
 * transfer-line-forms.tsx.
 */
export function LeadForms({ lead, actions, onDone }: FormProps & { actions: LeadAction[] }) {
  return (
    <>
      {actions.includes('requestOnward') && <RequestOnward lead={lead} onDone={onDone} />}
      {actions.includes('answerOnward') &&
        pendingOnwardRequests(lead).map((r) => <AnswerOnward key={r.requestId} lead={lead} request={r} onDone={onDone} />)}
      {actions.includes('coHandling') && <CoHandling lead={lead} onDone={onDone} />}
      {actions.includes('link') && <LinkLead lead={lead} onDone={onDone} />}
      {actions.includes('escalate') && <Escalate lead={lead} onDone={onDone} />}
      {actions.includes('flagSuspectedCrime') && <FlagSuspectedCrime lead={lead} onDone={onDone} />}
      {actions.includes('decideTransfer') && <DecideTransfer lead={lead} onDone={onDone} />}
      {actions.includes('handOver') && <HandOver lead={lead} onDone={onDone} />}
      <TransferLineForms lead={lead} actions={actions} onDone={onDone} />
      <LeadRecordForms lead={lead} actions={actions} onDone={onDone} />
    </>
  );
}

/** Units that do not have the lead yet (owner and recipients excluded). */
function useOtherUnits(lead: LeadDetail, filter: (u: UnitName) => boolean = () => true): UnitName[] {
  const [units, setUnits] = useState<UnitName[]>([]);
  useEffect(() => {
    const has = new Set([lead.ownerUnitId, ...lead.recipients.map((r) => r.unitId)]);
    loadUnits().then(
      (m) => setUnits([...m.values()].filter((u) => !has.has(u.unitId) && filter(u))),
      () => undefined,
    );
  }, [lead.leadId, lead.recipients.length]);
  return units;
}

function RequestOnward({ lead, onDone }: FormProps) {
  const { t } = useT();
  const units = useOtherUnits(lead);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="onward-request"
      heading={t('onward.request')}
      submit={t('onward.requestSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/onward-sharing-requests', {
            params: { path: path(lead), header: headers(lead) },
            body: { unitIds, reason },
          }),
        )
      }
    >
      <p>{t('onward.requestExplain')}</p>
      <Field id="onward-units" label={t('onward.units')} error={errors.unitIds ?? errors['unitIds.0']}>
        {(p) => (
          <select {...p} multiple size={5} onChange={(e) => setUnitIds(selectedOf(e))}>
            <UnitOptions units={units} />
          </select>
        )}
      </Field>
      <Field id="onward-reason" label={t('onward.reason')} error={errors.reason}>
        {(p) => <input {...p} value={reason} onInput={(e) => setReason(valueOf(e))} />}
      </Field>
    </ActionForm>
  );
}

/** Approve or refuse one pending request (the originator). RED leads name officers: the API says so if missing. */
function AnswerOnward({ lead, request, onDone }: FormProps & { request: OnwardRequest }) {
  const { t } = useT();
  const unitName = useUnitName();
  return (
    <RequestAnswer
      id={`onward-${request.requestId}`}
      testId="onward-answer"
      requestId={request.requestId}
      heading={t('onward.answer')}
      question={t('onward.asks', {
        unit: unitName(request.requestedByUnitId),
        units: request.unitIds.map(unitName).join('、'),
        reason: request.reason,
      })}
      approve={t('onward.approve')}
      refuse={t('onward.refuse')}
      onDone={onDone}
      send={async (verb, body) => {
        const params = { path: { ...path(lead), requestId: request.requestId }, header: headers(lead) };
        return verb === 'approve'
          ? api.POST('/api/v1/leads/{id}/onward-sharing-requests/{requestId}/approve', { params, body: { ...body, namedOfficerIds: [] } })
          : api.POST('/api/v1/leads/{id}/onward-sharing-requests/{requestId}/refuse', { params, body });
      }}
    />
  );
}

function CoHandling({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [units, setUnits] = useState<UnitName[]>([]);
  const [form, setForm] = useState({ unitId: '', description: '', dueAt: '' });
  const { errors, failure, settle } = useCommand(onDone);
  useEffect(() => {
    loadUnits().then(
      (m) => setUnits([...m.values()].filter((u) => u.unitId !== lead.ownerUnitId)),
      () => undefined,
    );
  }, [lead.ownerUnitId]);
  return (
    <ActionForm
      id="co-handling"
      heading={t('leadActions.coHandling')}
      submit={t('leadActions.coHandlingSubmit')}
      failure={failure}
      onSubmit={async () => {
        const dueAt = instantFromShanghaiInput(form.dueAt);
        const task = { unitId: form.unitId, description: form.description, ...(dueAt ? { dueAt } : {}) };
        return settle(
          await api.POST('/api/v1/leads/{id}/co-handling', {
            params: { path: path(lead), header: headers(lead) },
            body: { tasks: [task] },
          }),
        );
      }}
    >
      <Field id="co-unit" label={t('opActions.taskUnit')} error={errors['tasks.0.unitId']}>
        {(p) => (
          <select {...p} value={form.unitId} onChange={(e) => setForm({ ...form, unitId: valueOf(e) })}>
            <option value="">—</option>
            <UnitOptions units={units} />
          </select>
        )}
      </Field>
      <Field id="co-description" label={t('opActions.taskDescription')} error={errors['tasks.0.description'] ?? errors.tasks}>
        {(p) => <input {...p} value={form.description} onInput={(e) => setForm({ ...form, description: valueOf(e) })} />}
      </Field>
      <Field id="co-due" label={t('opActions.taskDue')} error={errors['tasks.0.dueAt']}>
        {(p) => <input {...p} type="datetime-local" value={form.dueAt} onInput={(e) => setForm({ ...form, dueAt: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

function LinkLead({ lead, onDone }: FormProps) {
  const { t } = useT();
  const unitName = useUnitName();
  const [form, setForm] = useState<{ otherLeadId: string; relation: 'duplicate' | 'related'; note: string }>({
    otherLeadId: '',
    relation: 'related',
    note: '',
  });
  const { errors, failure, settle } = useCommand(onDone);
  const links = lead.links as { leadId?: string; relation?: string; ownerUnitId?: string; pointerOnly?: boolean }[];
  return (
    <ActionForm
      id="link"
      heading={t('leadActions.link')}
      submit={t('leadActions.linkSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/links', {
            params: { path: path(lead), header: headers(lead) },
            body: { otherLeadId: form.otherLeadId, relation: form.relation, ...(form.note ? { note: form.note } : {}) },
          }),
        )
      }
    >
      {links.length > 0 && (
        <ul data-testid="links">
          {links.map((l, i) => (
            <li key={l.leadId || i}>
              {t(`leadActions.relations.${l.relation ?? 'related'}`)}:{' '}
              {l.leadId ? (
                <a href={`/leads/${encodeURIComponent(l.leadId)}`} onClick={onLinkClick}>
                  {l.leadId}
                </a>
              ) : (
                // A pointer only (ADR 0012): whom to call, nothing of the other lead.
                unitName(l.ownerUnitId ?? '')
              )}
            </li>
          ))}
        </ul>
      )}
      <Field id="link-other" label={t('leadActions.otherLead')} error={errors.otherLeadId}>
        {(p) => <input {...p} value={form.otherLeadId} onInput={(e) => setForm({ ...form, otherLeadId: valueOf(e).trim() })} />}
      </Field>
      <Field id="link-relation" label={t('leadActions.relation')} error={errors.relation}>
        {(p) => (
          <select {...p} value={form.relation} onChange={(e) => setForm({ ...form, relation: valueOf(e) as 'duplicate' | 'related' })}>
            <option value="related">{t('leadActions.relations.related')}</option>
            <option value="duplicate">{t('leadActions.relations.duplicate')}</option>
          </select>
        )}
      </Field>
      <Field id="link-note" label={t('meetings.notes')} error={errors.note}>
        {(p) => <input {...p} value={form.note} onInput={(e) => setForm({ ...form, note: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

function Escalate({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [form, setForm] = useState({ reason: '', startsAt: '', endsAt: '' });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="escalate"
      heading={t('leadActions.escalate')}
      submit={t('leadActions.escalateSubmit')}
      failure={failure}
      onSubmit={async () => {
        const startsAt = instantFromShanghaiInput(form.startsAt);
        const endsAt = instantFromShanghaiInput(form.endsAt);
        const body = { reason: form.reason, ...(startsAt || endsAt ? { proposedWindow: { startsAt, endsAt } } : {}) };
        return settle(await api.POST('/api/v1/leads/{id}/escalations', { params: { path: path(lead), header: headers(lead) }, body }));
      }}
    >
      <Field id="escalate-reason" label={t('opActions.reason')} error={errors.reason}>
        {(p) => <input {...p} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />}
      </Field>
      <Field id="escalate-start" label={t('meetings.startsAt')} error={errors['proposedWindow.startsAt'] ?? errors.proposedWindow}>
        {(p) => <input {...p} type="datetime-local" value={form.startsAt} onInput={(e) => setForm({ ...form, startsAt: valueOf(e) })} />}
      </Field>
      <Field id="escalate-end" label={t('meetings.endsAt')} error={errors['proposedWindow.endsAt']}>
        {(p) => <input {...p} type="datetime-local" value={form.endsAt} onInput={(e) => setForm({ ...form, endsAt: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

function FlagSuspectedCrime({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <ActionForm
      id="suspected-crime"
      heading={t('leadActions.flag')}
      submit={t('leadActions.flagSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/suspected-crime', { params: { path: path(lead), header: headers(lead) }, body: { reason } }),
        )
      }
    >
      <Field id="flag-reason" label={t('opActions.reason')} error={errors.reason}>
        {(p) => <textarea {...p} rows={2} value={reason} onInput={(e) => setReason(valueOf(e))} />}
      </Field>
    </ActionForm>
  );
}

function DecideTransfer({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [form, setForm] = useState({ transfer: 'true', reasons: '' });
  const { errors, failure, settle } = useCommand(onDone);
  const transfer = lead.transfer as { dueAt?: string; dueRule?: string } | null;
  return (
    <ActionForm
      id="transfer-decision"
      heading={t('leadActions.decide')}
      submit={t('leadActions.decideSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/transfer-decision', {
            params: { path: path(lead), header: headers(lead) },
            body: { transfer: form.transfer === 'true', reasons: form.reasons },
          }),
        )
      }
    >
      {transfer?.dueRule && <p>{transfer.dueRule}</p>}
      <Field id="decide-transfer" label={t('leadActions.decision')} error={errors.transfer}>
        {(p) => (
          <select {...p} value={form.transfer} onChange={(e) => setForm({ ...form, transfer: valueOf(e) })}>
            <option value="true">{t('leadActions.transferYes')}</option>
            <option value="false">{t('leadActions.transferNo')}</option>
          </select>
        )}
      </Field>
      <Field id="decide-reasons" label={t('leadActions.reasons')} error={errors.reasons}>
        {(p) => <textarea {...p} rows={2} value={form.reasons} onInput={(e) => setForm({ ...form, reasons: valueOf(e) })} />}
      </Field>
    </ActionForm>
  );
}

function HandOver({ lead, onDone }: FormProps) {
  const { t } = useT();
  const [police, setPolice] = useState<UnitName[]>([]);
  const [form, setForm] = useState({ policeUnitId: '', facts: '', amountInvolved: '' });
  const { errors, failure, settle } = useCommand(onDone);
  useEffect(() => {
    loadUnits().then(
      (m) => setPolice([...m.values()].filter((u) => u.police)),
      () => undefined,
    );
  }, []);
  return (
    <ActionForm
      id="hand-over"
      heading={t('leadActions.handOver')}
      submit={t('leadActions.handOverSubmit')}
      failure={failure}
      onSubmit={async () =>
        settle(
          await api.POST('/api/v1/leads/{id}/hand-over', {
            params: { path: path(lead), header: headers(lead) },
            body: {
              policeUnitId: form.policeUnitId,
              facts: form.facts,
              ...(form.amountInvolved ? { amountInvolved: Number(form.amountInvolved) } : {}),
              evidenceRefs: [],
              namedOfficerIds: [],
            },
          }),
        )
      }
    >
      <Field id="handover-unit" label={t('leadActions.policeUnit')} error={errors.policeUnitId}>
        {(p) => (
          <select {...p} value={form.policeUnitId} onChange={(e) => setForm({ ...form, policeUnitId: valueOf(e) })}>
            <option value="">—</option>
            <UnitOptions units={police} />
          </select>
        )}
      </Field>
      <Field id="handover-facts" label={t('leadActions.facts')} error={errors.facts}>
        {(p) => <textarea {...p} rows={3} value={form.facts} onInput={(e) => setForm({ ...form, facts: valueOf(e) })} />}
      </Field>
      <Field id="handover-amount" label={t('leadActions.amount')} error={errors.amountInvolved}>
        {(p) => (
          <input
            {...p}
            type="number"
            min="0"
            value={form.amountInvolved}
            onInput={(e) => setForm({ ...form, amountInvolved: valueOf(e) })}
          />
        )}
      </Field>
    </ActionForm>
  );
}
