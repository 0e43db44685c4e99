import { useEffect, useState } from 'preact/hooks';
import { api, type Schemas } from '../api/client';
import { type OperationAction, taskUnitsOf } from '../actions';
import { commandHeaders, useCommand } from '../components/command';
import { Field, ProblemAlert, selectedOf, valueOf } from '../components/form';
import { instantFromShanghaiInput } from '../format';
import { useT } from '../i18n';
import { loadUnits, useUnitName, type UnitName } from '../reference';

type Detail = Schemas['OperationDetail'];
type Done = (version: number) => unknown;
interface FormProps {
  op: Detail;
  onDone: Done;
}

/** The forms of the lead unit and the members (which ones: `operationActionsFor` in actions.ts). */
export function OperationForms({ op, actions, onDone }: FormProps & { actions: OperationAction[] }) {
  const { t } = useT();
  if (actions.length === 0) return <p>{t('leads.noActions')}</p>;
  return (
    <div class="op-forms" data-testid="operation-actions">
      {actions.includes('invite') && <InviteForm op={op} onDone={onDone} />}
      {actions.includes('launch') && <LaunchForm op={op} onDone={onDone} />}
      {actions.includes('assignTask') && <AssignTaskForm op={op} onDone={onDone} />}
      {actions.includes('reportProgress') && <ProgressForm op={op} onDone={onDone} />}
      {actions.includes('conclude') && <ConcludeForm op={op} onDone={onDone} />}
      {actions.includes('cancel') && <CancelForm op={op} onDone={onDone} />}
    </div>
  );
}

const path = (op: Detail) => ({ id: op.operationId });

function InviteForm({ op, onDone }: FormProps) {
  const { t, language } = useT();
  const [units, setUnits] = useState<UnitName[]>([]);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  const invited = new Set([op.leadUnitId, ...(op.invitations as { unitId?: string }[]).map((i) => i.unitId)]);
  useEffect(() => {
    loadUnits().then(
      (m) => setUnits([...m.values()]),
      () => undefined,
    );
  }, []);
  return (
    <form
      class="actions"
      aria-labelledby="op-invite-heading"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const body = { unitIds, namedOfficerIds: [], ...(message ? { message } : {}) };
        await settle(await api.POST('/api/v1/operations/{id}/invitations', { params: { path: path(op), header: commandHeaders() }, body }));
      }}
    >
      <h3 id="op-invite-heading">{t('opActions.invite')}</h3>
      <ProblemAlert detail={failure} />
      <Field id="op-invite-units" label={t('opActions.inviteUnits')} error={errors.unitIds ?? errors['unitIds.0']}>
        {(p) => (
          <select {...p} multiple size={5} onChange={(e) => setUnitIds(selectedOf(e))}>
            {units
              .filter((u) => !invited.has(u.unitId))
              .map((u) => (
                <option key={u.unitId} value={u.unitId}>
                  {language.startsWith('zh') ? u.nameZh : u.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field id="op-invite-message" label={t('opActions.message')} error={errors.message}>
        {(p) => <input {...p} value={message} onInput={(e) => setMessage(valueOf(e))} />}
      </Field>
      <button type="submit">{t('opActions.inviteSubmit')}</button>
    </form>
  );
}

function LaunchForm({ op, onDone }: FormProps) {
  const { t } = useT();
  const [overrideReason, setOverride] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  const unresolved = op.conflicts.some((c) => c.status === 'open' && !c.overriddenAt);
  return (
    <form
      class="actions"
      aria-labelledby="op-launch-heading"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const body = overrideReason ? { overrideReason } : {};
        await settle(
          await api.POST('/api/v1/operations/{id}/launch', { params: { path: path(op), header: commandHeaders(op.version) }, body }),
        );
      }}
    >
      <h3 id="op-launch-heading">{t('opActions.launch')}</h3>
      <ProblemAlert detail={failure} />
      {unresolved && (
        <Field id="op-launch-override" label={t('opActions.overrideReason')} error={errors.overrideReason}>
          {(p) => <input {...p} value={overrideReason} onInput={(e) => setOverride(valueOf(e))} />}
        </Field>
      )}
      <button type="submit">{t('opActions.launchSubmit')}</button>
    </form>
  );
}

function AssignTaskForm({ op, onDone }: FormProps) {
  const { t } = useT();
  const unitName = useUnitName();
  const units = taskUnitsOf(op);
  const [form, setForm] = useState({ unitId: units[0] ?? '', description: '', dueAt: '' });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <form
      class="actions"
      aria-labelledby="op-task-heading"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const dueAt = instantFromShanghaiInput(form.dueAt);
        const body = { unitId: form.unitId, description: form.description, ...(dueAt ? { dueAt } : {}) };
        if (await settle(await api.POST('/api/v1/operations/{id}/tasks', { params: { path: path(op), header: commandHeaders() }, body })))
          setForm({ ...form, description: '' });
      }}
    >
      <h3 id="op-task-heading">{t('opActions.assignTask')}</h3>
      <ProblemAlert detail={failure} />
      <Field id="op-task-unit" label={t('opActions.taskUnit')} error={errors.unitId}>
        {(p) => (
          <select {...p} value={form.unitId} onChange={(e) => setForm({ ...form, unitId: valueOf(e) })}>
            {units.map((u) => (
              <option key={u} value={u}>
                {unitName(u)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="op-task-description" label={t('opActions.taskDescription')} error={errors.description}>
        {(p) => <input {...p} value={form.description} onInput={(e) => setForm({ ...form, description: valueOf(e) })} />}
      </Field>
      <Field id="op-task-due" label={t('opActions.taskDue')} error={errors.dueAt}>
        {(p) => <input {...p} type="datetime-local" value={form.dueAt} onInput={(e) => setForm({ ...form, dueAt: valueOf(e) })} />}
      </Field>
      <button type="submit">{t('opActions.assignSubmit')}</button>
    </form>
  );
}

/** One report: a seizure line (goods, quantity, unit, value), inspections, arrests, notes. */
function ProgressForm({ op, onDone }: FormProps) {
  const { t } = useT();
  const empty = { goods: '', quantity: '', unitOfMeasure: '', valueYuan: '', inspections: '0', arrests: '0', notes: '' };
  const [form, setForm] = useState(empty);
  const { errors, failure, settle } = useCommand(onDone);
  const set = (name: keyof typeof empty) => (e: Event) => setForm({ ...form, [name]: valueOf(e) });
  return (
    <form
      class="actions"
      aria-labelledby="op-progress-heading"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const seizures = form.goods
          ? [
              {
                goods: form.goods,
                quantity: Number(form.quantity || 0),
                valueYuan: Number(form.valueYuan || 0),
                ...(form.unitOfMeasure ? { unitOfMeasure: form.unitOfMeasure } : {}),
              },
            ]
          : [];
        const body = {
          seizures,
          inspections: Number(form.inspections || 0),
          arrests: Number(form.arrests || 0),
          ...(form.notes ? { notes: form.notes } : {}),
        };
        if (
          await settle(await api.POST('/api/v1/operations/{id}/progress', { params: { path: path(op), header: commandHeaders() }, body }))
        )
          setForm(empty);
      }}
    >
      <h3 id="op-progress-heading">{t('opActions.reportProgress')}</h3>
      <ProblemAlert detail={failure} />
      <fieldset>
        <legend>{t('opActions.seizure')}</legend>
        <Field id="op-progress-goods" label={t('opActions.goods')} error={errors['seizures.0.goods']}>
          {(p) => <input {...p} value={form.goods} onInput={set('goods')} />}
        </Field>
        <Field id="op-progress-quantity" label={t('opActions.quantity')} error={errors['seizures.0.quantity']}>
          {(p) => <input {...p} type="number" min="0" value={form.quantity} onInput={set('quantity')} />}
        </Field>
        <Field id="op-progress-uom" label={t('opActions.unitOfMeasure')} error={errors['seizures.0.unitOfMeasure']}>
          {(p) => <input {...p} value={form.unitOfMeasure} onInput={set('unitOfMeasure')} />}
        </Field>
        <Field id="op-progress-value" label={t('opActions.valueYuan')} error={errors['seizures.0.valueYuan']}>
          {(p) => <input {...p} type="number" min="0" value={form.valueYuan} onInput={set('valueYuan')} />}
        </Field>
      </fieldset>
      <Field id="op-progress-inspections" label={t('opActions.inspections')} error={errors.inspections}>
        {(p) => <input {...p} type="number" min="0" step="1" value={form.inspections} onInput={set('inspections')} />}
      </Field>
      <Field id="op-progress-arrests" label={t('opActions.arrests')} error={errors.arrests}>
        {(p) => <input {...p} type="number" min="0" step="1" value={form.arrests} onInput={set('arrests')} />}
      </Field>
      <Field id="op-progress-notes" label={t('meetings.notes')} error={errors.notes}>
        {(p) => <textarea {...p} rows={2} value={form.notes} onInput={set('notes')} />}
      </Field>
      <button type="submit">{t('opActions.reportSubmit')}</button>
    </form>
  );
}

function ConcludeForm({ op, onDone }: FormProps) {
  const { t } = useT();
  const [form, setForm] = useState({ summary: '', results: '' });
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <form
      class="actions"
      aria-labelledby="op-conclude-heading"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const body = { summary: form.summary, ...(form.results ? { results: form.results } : {}) };
        await settle(
          await api.POST('/api/v1/operations/{id}/conclude', { params: { path: path(op), header: commandHeaders(op.version) }, body }),
        );
      }}
    >
      <h3 id="op-conclude-heading">{t('opActions.conclude')}</h3>
      <ProblemAlert detail={failure} />
      <Field id="op-conclude-summary" label={t('opActions.summary')} error={errors.summary}>
        {(p) => <textarea {...p} rows={2} value={form.summary} onInput={(e) => setForm({ ...form, summary: valueOf(e) })} />}
      </Field>
      <Field id="op-conclude-results" label={t('opActions.results')} error={errors.results}>
        {(p) => <textarea {...p} rows={3} value={form.results} onInput={(e) => setForm({ ...form, results: valueOf(e) })} />}
      </Field>
      <button type="submit">{t('opActions.concludeSubmit')}</button>
    </form>
  );
}

function CancelForm({ op, onDone }: FormProps) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  return (
    <form
      class="actions"
      aria-labelledby="op-cancel-heading"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        await settle(
          await api.POST('/api/v1/operations/{id}/cancel', {
            params: { path: path(op), header: commandHeaders(op.version) },
            body: { reason },
          }),
        );
      }}
    >
      <h3 id="op-cancel-heading">{t('opActions.cancel')}</h3>
      <ProblemAlert detail={failure} />
      <Field id="op-cancel-reason" label={t('opActions.reason')} error={errors.reason}>
        {(p) => <input {...p} value={reason} onInput={(e) => setReason(valueOf(e))} />}
      </Field>
      <button type="submit">{t('opActions.cancelSubmit')}</button>
    </form>
  );
}

/** Completing a task: its own unit, with an optional note. */
export function CompleteTask({ op, taskId, onDone }: FormProps & { taskId: string }) {
  const { t } = useT();
  const [note, setNote] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  const id = `task-${taskId}-note`;
  return (
    <form
      class="inline"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        await settle(
          await api.POST('/api/v1/operations/{id}/tasks/{taskId}/complete', {
            params: { path: { id: op.operationId, taskId }, header: commandHeaders() },
            body: note ? { note } : {},
          }),
        );
      }}
    >
      <ProblemAlert detail={failure} />
      <Field id={id} label={t('opActions.taskNote')} error={errors.note}>
        {(p) => <input {...p} value={note} onInput={(e) => setNote(valueOf(e))} />}
      </Field>
      <button type="submit">{t('opActions.completeTask')}</button>
    </form>
  );
}
