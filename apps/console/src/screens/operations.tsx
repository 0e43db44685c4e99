import { useCallback, useEffect, useState } from 'preact/hooks';
import { mayAnswerInvitation } from '../actions';
import { api, problemDetail, type Schemas } from '../api/client';
import { commandHeaders, useCommand } from '../components/command';
import { Field, ProblemAlert, valueOf } from '../components/form';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import { currentSession } from '../auth/session';
import { useUnitName } from '../reference';
import { onLinkClick } from '../router';
import { readUntilCaughtUp } from '../live/live-stream';
import { ProposeOperation } from './operation-propose';

/** The coordinator's operations and the invitations awaiting the unit's answer (join, or decline with a reason). */
export function Operations() {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [mine, setMine] = useState<Schemas['OperationSummary'][] | null>(null);
  const [invitations, setInvitations] = useState<Schemas['InvitationItem'][] | null>(null);
  const [error, setError] = useState('');
  /** Reads both lists; true once `answered` (an operation just answered) has left the invitations. */
  const load = useCallback(async (answered?: string): Promise<boolean> => {
    const [m, i] = await Promise.all([
      api.GET('/api/v1/operations/mine', { params: { query: { limit: 100 } } }),
      api.GET('/api/v1/operations/invitations', { params: { query: { limit: 100 } } }),
    ]);
    if (!m.data || !i.data) return (setError(problemDetail(m.error ?? i.error)), true);
    setMine(m.data.items);
    // The answered invitation is gone once the command succeeded, even while the list's read model lags.
    setInvitations(answered ? i.data.items.filter((x) => x.operationId !== answered) : i.data.items);
    return !answered || !i.data.items.some((x) => x.operationId === answered);
  }, []);
  useEffect(() => void load(), [load]);
  const officer = currentSession()!.officer;
  const window = (w: { startsAt: string; endsAt: string }) =>
    `${formatDateTime(w.startsAt, language)} – ${formatDateTime(w.endsAt, language)}`;
  if (error)
    return (
      <p class="error" role="alert">
        {t('problem.generic', { detail: error })}
      </p>
    );
  return (
    <section aria-labelledby="ops-heading" data-loaded={String(mine !== null && invitations !== null)}>
      <h1 id="ops-heading">{t('operations.heading')}</h1>
      {mine && mine.length === 0 && <p>{t('operations.empty')}</p>}
      {mine && mine.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('leads.title')}</th>
              <th scope="col">{t('leads.owner')}</th>
              <th scope="col">{t('operations.status')}</th>
              <th scope="col">{t('operations.window')}</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((o) => (
              <tr key={o.operationId}>
                <td>
                  <a href={`/operations/${o.operationId}`} onClick={onLinkClick}>
                    {o.title}
                  </a>
                </td>
                <td>{unitName(o.leadUnitId)}</td>
                <td>{t(`operations.statuses.${o.status}`, { defaultValue: o.status })}</td>
                <td>{window(o.window)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href="/operations/calendar" onClick={onLinkClick}>
          {t('calendar.heading')}
        </a>
      </p>
      <h2>{t('operations.invitations')}</h2>
      {invitations && invitations.length === 0 && <p>{t('operations.empty')}</p>}
      {invitations && invitations.length > 0 && (
        <ul data-testid="invitations">
          {invitations.map((i) => (
            <li key={i.operationId} data-operation-id={i.operationId}>
              <a href={`/operations/${i.operationId}`} onClick={onLinkClick}>
                {i.title}
              </a>{' '}
              · {unitName(i.leadUnitId)} · {window(i.window)} · {t('opActions.respondBy', { at: formatDateTime(i.respondBy, language) })}
              {i.overdue ? ` · ${t('opActions.overdue')}` : ''}
              {mayAnswerInvitation(officer) && (
                <AnswerInvitation
                  invitation={i}
                  onDone={() => {
                    setInvitations((items) => items?.filter((x) => x.operationId !== i.operationId) ?? null);
                    void readUntilCaughtUp(() => load(i.operationId));
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {currentSession()?.officer.roles.includes('coordinator') && <ProposeOperation />}
    </section>
  );
}

/** Joining, or declining with a reason: the invited unit answers once. */
function AnswerInvitation({ invitation, onDone }: { invitation: Schemas['InvitationItem']; onDone: () => unknown }) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  const path = { id: invitation.operationId };
  const id = `decline-${invitation.operationId}`;
  return (
    <div class="actions">
      <ProblemAlert detail={failure} />
      <button
        type="button"
        onClick={async () =>
          void settle(await api.POST('/api/v1/operations/{id}/join', { params: { path, header: commandHeaders() }, body: {} }))
        }
      >
        {t('operations.join')}
      </button>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          await settle(await api.POST('/api/v1/operations/{id}/decline', { params: { path, header: commandHeaders() }, body: { reason } }));
        }}
      >
        <Field id={`${id}-reason`} label={t('opActions.declineReason')} error={errors.reason}>
          {(p) => <input {...p} value={reason} onInput={(e) => setReason(valueOf(e))} />}
        </Field>
        <button type="submit">{t('opActions.decline')}</button>
      </form>
    </div>
  );
}
