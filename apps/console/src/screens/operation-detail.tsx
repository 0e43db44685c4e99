import { useCallback, useEffect, useState } from 'preact/hooks';
import { mayCompleteTask, operationActionsFor } from '../actions';
import { api, fieldErrors, problemDetail, type Schemas } from '../api/client';
import { currentSession } from '../auth/session';
import { CreditBadge, creditStatusOf } from '../components/credit-status';
import { Field, ProblemAlert, valueOf } from '../components/form';
import { formatDateTime, instantFromShanghaiInput, shanghaiInputValue } from '../format';
import { useT } from '../i18n';
import { readUntilCaughtUp } from '../live/live-stream';
import { useJurisdictionName, useUnitName } from '../reference';
import { onLinkClick } from '../router';
import { NotFound } from './not-found';
import { CompleteTask, OperationForms } from './operation-forms';

type Detail = Schemas['OperationDetail'];
type Conflict = Schemas['Conflict'];
type Outcome = Schemas['ResolveConflictBody']['outcome'];
const OUTCOMES: Outcome[] = ['proceed', 'act_jointly', 'delay', 'cancel'];

/**
 * An operation: facts, participants, the task board (completing a task: its unit), progress
 * reports with their totals, the conclusion, the forms this officer's unit may use (invite,
 * launch, assign a task, report progress, conclude, cancel: `operationActionsFor`), and its
 * deconfliction alerts as the operations service discloses them (a pointer-only alert names only
 * the other record's unit and whom to call), each open one with the resolution form for the lead unit.
 */
export function OperationDetailScreen({ operationId }: { operationId: string }) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const jurisdictionName = useJurisdictionName();
  const [op, setOp] = useState<Detail | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState('');
  const load = useCallback(
    async (version = 0): Promise<boolean> => {
      const { data, response, error: problem } = await api.GET('/api/v1/operations/{id}', { params: { path: { id: operationId } } });
      if (response.status === 404 || response.status === 403) return (setMissing(true), true);
      if (!data) return (setError(problemDetail(problem)), true);
      setOp(data);
      return data.version >= version;
    },
    [operationId],
  );
  useEffect(() => void load(), [load]);
  if (missing) return <NotFound detail={t('operations.notFound')} />;
  if (!op) return error ? <ProblemAlert detail={error} /> : <p aria-busy="true">…</p>;
  const officer = currentSession()!.officer;
  const leadUnit = op.leadUnitId === officer.unitId;
  const tasks = op.tasks as { taskId?: string; unitId?: string; description?: string; status?: string; dueAt?: string; note?: string }[];
  const invitations = op.invitations as { unitId?: string; status?: string }[];
  const reports = op.progressReports as {
    version?: number;
    unitId?: string;
    at?: string;
    inspections?: number;
    arrests?: number;
    notes?: string;
    seizures?: { goods?: string; quantity?: number; unitOfMeasure?: string; valueYuan?: number }[];
  }[];
  const totals = op.totals as {
    reports?: number;
    seizureItems?: number;
    seizedValueYuan?: number;
    inspections?: number;
    arrests?: number;
  } | null;
  const targets = op.targets as {
    subject?: { enterpriseName?: string; creditCode?: string; personName?: string };
    place?: { jurisdiction?: string; address?: string };
  }[];
  const conclusion = op as { concludedAt?: string; conclusionSummary?: string; conclusionResults?: string };
  const done = (v: number) => readUntilCaughtUp(() => load(v));
  return (
    <article aria-labelledby="op-title-heading" data-version={op.version}>
      <h1 id="op-title-heading">{op.title}</h1>
      <ProblemAlert detail={error} />
      <dl class="facts">
        <dt>{t('operations.status')}</dt>
        <dd data-testid="operation-status" data-status={op.status}>
          {t(`operations.statuses.${op.status}`, { defaultValue: op.status })}
        </dd>
        <dt>{t('operations.leadUnit')}</dt>
        <dd>{unitName(op.leadUnitId)}</dd>
        <dt>{t('operations.window')}</dt>
        <dd>
          {formatDateTime(op.window.startsAt, language)} – {formatDateTime(op.window.endsAt, language)}
        </dd>
        <dt>{t('operations.objective')}</dt>
        <dd>{op.objective}</dd>
        <dt>{t('operations.participants')}</dt>
        <dd data-testid="participants">
          {invitations
            .map(
              (i) => `${unitName(i.unitId ?? '')}: ${t(`opActions.invitationStatus.${i.status ?? ''}`, { defaultValue: i.status ?? '' })}`,
            )
            .join('、') || '—'}
        </dd>
      </dl>
      <h2>{t('operations.targets')}</h2>
      {targets.length === 0 ? (
        <p>{t('operations.empty')}</p>
      ) : (
        <table data-testid="targets">
          <thead>
            <tr>
              <th scope="col">{t('operations.subject')}</th>
              <th scope="col">{t('post.creditCode')}</th>
              <th scope="col">{t('post.address')}</th>
              <th scope="col">{t('credit.label')}</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target, i) => (
              <tr key={i} data-credit-code={target.subject?.creditCode ?? ''}>
                <td>{[target.subject?.enterpriseName, target.subject?.personName].filter(Boolean).join(' · ') || '—'}</td>
                <td>{target.subject?.creditCode || '—'}</td>
                <td>
                  {[target.place?.jurisdiction ? jurisdictionName(target.place.jurisdiction) : '', target.place?.address]
                    .filter(Boolean)
                    .join(' ') || '—'}
                </td>
                <td>{target.subject?.creditCode ? <CreditBadge status={creditStatusOf(target)} testId={`target-credit-${i}`} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('operations.conflicts')}</h2>
      {op.conflicts.length === 0 ? (
        <p>{t('operations.empty')}</p>
      ) : (
        <ul data-testid="conflicts">
          {op.conflicts.map((c) => (
            <ConflictItem key={c.conflictId} conflict={c} operationId={operationId} mayResolve={leadUnit} onDone={done} />
          ))}
        </ul>
      )}
      <h2>{t('operations.tasks')}</h2>
      {tasks.length === 0 ? (
        <p>{t('operations.empty')}</p>
      ) : (
        <table data-testid="tasks">
          <thead>
            <tr>
              <th scope="col">{t('opActions.taskUnit')}</th>
              <th scope="col">{t('opActions.taskDescription')}</th>
              <th scope="col">{t('operations.status')}</th>
              <th scope="col">{t('opActions.taskDue')}</th>
              <th scope="col">{t('leads.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.taskId} data-task-unit={task.unitId} data-status={task.status}>
                <td>{unitName(task.unitId ?? '')}</td>
                <td>{task.description}</td>
                <td>
                  {t(`opActions.taskStatus.${task.status ?? ''}`, { defaultValue: task.status ?? '' })}
                  {task.note ? ` · ${task.note}` : ''}
                </td>
                <td>{task.dueAt ? formatDateTime(task.dueAt, language) : '—'}</td>
                <td>{mayCompleteTask(op, task, officer) && <CompleteTask op={op} taskId={task.taskId ?? ''} onDone={done} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('operations.progress')}</h2>
      {reports.length === 0 ? (
        <p>{t('operations.empty')}</p>
      ) : (
        <>
          <ol class="timeline" data-testid="progress-reports">
            {reports.map((r) => (
              <li key={r.version} data-unit={r.unitId}>
                <time dateTime={r.at}>{formatDateTime(r.at, language)}</time> {unitName(r.unitId ?? '')} ·{' '}
                {t('opActions.reportLine', { inspections: r.inspections ?? 0, arrests: r.arrests ?? 0 })}
                {(r.seizures ?? []).map((s, i) => (
                  <span key={i}>
                    {' '}
                    · {s.goods} {s.quantity}
                    {s.unitOfMeasure ?? ''} ({t('opActions.yuan', { value: s.valueYuan ?? 0 })})
                  </span>
                ))}
                {r.notes ? ` · ${r.notes}` : ''}
              </li>
            ))}
          </ol>
          {totals && (
            <p data-testid="progress-totals">
              {t('opActions.totals', {
                reports: totals.reports ?? 0,
                items: totals.seizureItems ?? 0,
                value: totals.seizedValueYuan ?? 0,
                inspections: totals.inspections ?? 0,
                arrests: totals.arrests ?? 0,
              })}
            </p>
          )}
        </>
      )}
      {op.status === 'concluded' && (
        <section aria-labelledby="op-conclusion-heading" data-testid="conclusion">
          <h2 id="op-conclusion-heading">{t('opActions.conclusion')}</h2>
          <p>{formatDateTime(conclusion.concludedAt, language)}</p>
          <p>{conclusion.conclusionSummary}</p>
          {conclusion.conclusionResults && <p data-testid="conclusion-results">{conclusion.conclusionResults}</p>}
        </section>
      )}
      <h2>{t('leads.actions')}</h2>
      <OperationForms key={op.version} op={op} actions={operationActionsFor(op, officer)} onDone={done} />
    </article>
  );
}

function ConflictItem({
  conflict: c,
  operationId,
  mayResolve,
  onDone,
}: {
  conflict: Conflict;
  operationId: string;
  mayResolve: boolean;
  onDone: (version: number) => unknown;
}) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [outcome, setOutcome] = useState<Outcome>('proceed');
  const [note, setNote] = useState('');
  const later = Date.now() + 21 * 86_400_000;
  const [window, setWindow] = useState({ startsAt: shanghaiInputValue(later), endsAt: shanghaiInputValue(later + 2 * 86_400_000) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const id = c.conflictId;
  return (
    <li data-testid="conflict" data-pointer-only={String(c.pointerOnly)} data-status={c.status}>
      {c.pointerOnly ? (
        <span>{t('operations.pointer', { unit: unitName(c.otherOwnerUnitId), officer: c.contactOfficerId })}</span>
      ) : (
        <span>
          {t(`operations.otherKind.${c.otherKind}`)}{' '}
          {c.otherKind === 'lead' ? (
            <a href={`/leads/${c.otherId}`} onClick={onLinkClick}>
              {c.otherTitle}
            </a>
          ) : (
            c.otherTitle
          )}{' '}
          · {unitName(c.otherOwnerUnitId)} · {c.matchedOn} ({c.reason})
        </span>
      )}{' '}
      · {formatDateTime(c.detectedAt, language)} ·{' '}
      {c.status === 'open' ? t('operations.open') : `${t('operations.resolved')}: ${c.outcome}`}
      {mayResolve && c.status === 'open' && (
        <form
          class="actions"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const { data, error } = await api.POST('/api/v1/operations/{id}/conflicts/{conflictId}/resolve', {
              params: { path: { id: operationId, conflictId: id }, header: { 'Idempotency-Key': crypto.randomUUID() } },
              body: {
                outcome,
                ...(note ? { note } : {}),
                ...(outcome === 'delay'
                  ? { window: { startsAt: instantFromShanghaiInput(window.startsAt), endsAt: instantFromShanghaiInput(window.endsAt) } }
                  : {}),
              },
            });
            if (data) return (setFailure(''), setErrors({}), onDone(data.version));
            setErrors(fieldErrors(error));
            setFailure(problemDetail(error));
          }}
        >
          <ProblemAlert detail={failure} />
          <Field id={`resolve-${id}-outcome`} label={t('operations.outcome')} error={errors.outcome}>
            {(p) => (
              <select {...p} value={outcome} onChange={(e) => setOutcome(valueOf(e) as Outcome)}>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`operations.outcomes.${o}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {outcome === 'delay' && (
            <>
              <Field id={`resolve-${id}-start`} label={t('meetings.startsAt')} error={errors['window.startsAt'] ?? errors.window}>
                {(p) => (
                  <input
                    {...p}
                    type="datetime-local"
                    value={window.startsAt}
                    onInput={(e) => setWindow({ ...window, startsAt: valueOf(e) })}
                  />
                )}
              </Field>
              <Field id={`resolve-${id}-end`} label={t('meetings.endsAt')} error={errors['window.endsAt']}>
                {(p) => (
                  <input {...p} type="datetime-local" value={window.endsAt} onInput={(e) => setWindow({ ...window, endsAt: valueOf(e) })} />
                )}
              </Field>
            </>
          )}
          <Field id={`resolve-${id}-note`} label={t('meetings.notes')} error={errors.note}>
            {(p) => <input {...p} value={note} onInput={(e) => setNote(valueOf(e))} />}
          </Field>
          <button type="submit">{t('operations.resolve')}</button>
        </form>
      )}
    </li>
  );
}
