import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, problemDetail, type Schemas } from '../api/client';
import { currentSession } from '../auth/session';
import { Field, ProblemAlert, valueOf } from '../components/form';
import { formatDateTime, instantFromShanghaiInput, shanghaiInputValue } from '../format';
import { useT } from '../i18n';
import { readUntilCaughtUp } from '../live/live-stream';
import { useUnitName } from '../reference';
import { onLinkClick } from '../router';
import { NotFound } from './not-found';

type Detail = Schemas['OperationDetail'];
type Conflict = Schemas['Conflict'];
type Outcome = Schemas['ResolveConflictBody']['outcome'];
const OUTCOMES: Outcome[] = ['proceed', 'act_jointly', 'delay', 'cancel'];

/**
 * An operation: facts, participants, the task board, progress reports, and its deconfliction
 * alerts as the operations service discloses them (a pointer-only alert names only the other
 * record's unit and whom to call), each open one with the resolution form for the lead unit.
 */
export function OperationDetailScreen({ operationId }: { operationId: string }) {
  const { t, language } = useT();
  const unitName = useUnitName();
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
  const leadUnit = op.leadUnitId === currentSession()!.officer.unitId;
  const tasks = op.tasks as { taskId?: string; unitId?: string; description?: string; status?: string; dueAt?: string }[];
  const invitations = op.invitations as { unitId?: string; status?: string }[];
  return (
    <article aria-labelledby="op-title-heading">
      <h1 id="op-title-heading">{op.title}</h1>
      <ProblemAlert detail={error} />
      <dl class="facts">
        <dt>{t('operations.status')}</dt>
        <dd data-testid="operation-status">{t(`operations.statuses.${op.status}`, { defaultValue: op.status })}</dd>
        <dt>{t('operations.leadUnit')}</dt>
        <dd>{unitName(op.leadUnitId)}</dd>
        <dt>{t('operations.window')}</dt>
        <dd>
          {formatDateTime(op.window.startsAt, language)} – {formatDateTime(op.window.endsAt, language)}
        </dd>
        <dt>{t('operations.objective')}</dt>
        <dd>{op.objective}</dd>
        <dt>{t('operations.participants')}</dt>
        <dd>{invitations.map((i) => `${unitName(i.unitId ?? '')}: ${i.status ?? ''}`).join('、') || '—'}</dd>
      </dl>
      <h2>{t('operations.conflicts')}</h2>
      {op.conflicts.length === 0 ? (
        <p>{t('operations.empty')}</p>
      ) : (
        <ul data-testid="conflicts">
          {op.conflicts.map((c) => (
            <ConflictItem
              key={c.conflictId}
              conflict={c}
              operationId={operationId}
              mayResolve={leadUnit}
              onDone={(v) => readUntilCaughtUp(() => load(v))}
            />
          ))}
        </ul>
      )}
      <h2>{t('operations.tasks')}</h2>
      {tasks.length === 0 ? (
        <p>{t('operations.empty')}</p>
      ) : (
        <ul data-testid="tasks">
          {tasks.map((task) => (
            <li key={task.taskId}>
              {unitName(task.unitId ?? '')}: {task.description} · {task.status}
              {task.dueAt ? ` · ${formatDateTime(task.dueAt, language)}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('operations.progress')}</h2>
      <p>{op.progressReports.length === 0 ? t('operations.empty') : t('leads.rows', { count: op.progressReports.length })}</p>
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
