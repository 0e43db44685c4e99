import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, problemDetail, type Schemas } from '../api/client';
import { DownloadButton } from '../components/download-button';
import { currentSession } from '../auth/session';
import { Field, ProblemAlert, valueOf } from '../components/form';
import { formatDateTime, instantFromShanghaiInput, shanghaiInputValue } from '../format';
import { useT } from '../i18n';
import { readUntilCaughtUp } from '../live/live-stream';
import { useUnitName } from '../reference';
import { onLinkClick } from '../router';
import { NotFound } from './not-found';

type Detail = Schemas['MeetingDetail'];
type AgendaBody = Schemas['AddAgendaItemBody'];
type Attendance = Schemas['RecordAttendanceBody'];
interface AgendaItem {
  itemId: string;
  kind: string;
  title: string;
  notes?: string;
  references?: { kind: string; id: string }[];
}
const key = () => ({ 'Idempotency-Key': crypto.randomUUID() });
const RECORD_KIND = /^(lead|operation|evidence)-/;

/**
 * A meeting: agenda (the service's proposals to accept or drop, items any participant adds),
 * attendance, minutes, decisions with action items (their owners complete them), the .ics file
 * and closing. The convener's forms show to the convener unit; the meetings service decides.
 */
export function MeetingDetailScreen({ meetingId }: { meetingId: string }) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [meeting, setMeeting] = useState<Detail | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState('');
  const load = useCallback(
    async (version = 0): Promise<boolean> => {
      const { data, response, error: problem } = await api.GET('/api/v1/meetings/{id}', { params: { path: { id: meetingId } } });
      if (response.status === 404 || response.status === 403) return (setMissing(true), true);
      if (!data) return (setError(problemDetail(problem)), true);
      setMeeting(data);
      return data.version >= version;
    },
    [meetingId],
  );
  useEffect(() => void load(), [load]);
  if (missing) return <NotFound detail={t('meetings.notFound')} />;
  if (!meeting) return error ? <ProblemAlert detail={error} /> : <p aria-busy="true">…</p>;

  const unit = currentSession()!.officer.unitId;
  const convener = meeting.convenerUnitId === unit;
  const open = meeting.status === 'scheduled';
  const units = [meeting.convenerUnitId, ...meeting.invitedUnitIds];
  /** Runs a command and re-reads until the read model shows it; a refusal is shown with its field messages. */
  const command = async (
    call: Promise<{ data?: { version: number }; error?: unknown }>,
    setErrors?: (e: Record<string, string>) => void,
  ): Promise<boolean> => {
    const result = await call;
    if (result.data) {
      setError('');
      setErrors?.({});
      await readUntilCaughtUp(() => load(result.data!.version));
      return true;
    }
    setErrors?.(fieldErrors(result.error));
    setError(problemDetail(result.error));
    return false;
  };
  const agenda = meeting.agenda as unknown as AgendaItem[];
  const attendance = meeting.attendance as unknown as Attendance[];
  return (
    <article aria-labelledby="meeting-title">
      <h1 id="meeting-title">{meeting.title}</h1>
      <ProblemAlert detail={error} />
      <dl class="facts">
        <dt>{t('meetings.kind')}</dt>
        <dd>{t(`meetingKind.${meeting.kind}`)}</dd>
        <dt>{t('leads.status')}</dt>
        <dd data-testid="meeting-status">{t(`meetingStatus.${meeting.status}`)}</dd>
        <dt>{t('meetings.convener')}</dt>
        <dd>{unitName(meeting.convenerUnitId)}</dd>
        <dt>{t('meetings.when')}</dt>
        <dd>
          {formatDateTime(meeting.window.startsAt, language)} – {formatDateTime(meeting.window.endsAt, language)}
        </dd>
        <dt>{t('meetings.place')}</dt>
        <dd>{meeting.place || meeting.onlineLink || '—'}</dd>
        <dt>{t('meetings.invited')}</dt>
        <dd>{meeting.invitedUnitIds.map(unitName).join('、')}</dd>
        {meeting.recurrenceRule && (
          <>
            <dt>{t('meetings.recurrence')}</dt>
            <dd>{meeting.recurrenceRule}</dd>
          </>
        )}
      </dl>
      <div class="actions">
        <DownloadButton
          path={`/api/v1/meetings/${meetingId}/calendar.ics`}
          accept="text/calendar"
          fileName={`${meetingId}.ics`}
          label={t('meetings.ics')}
          onError={setError}
        />
        {convener && open && (
          <button
            type="button"
            onClick={() =>
              void command(api.POST('/api/v1/meetings/{id}/close', { params: { path: { id: meetingId }, header: key() }, body: {} }))
            }
          >
            {t('meetings.close')}
          </button>
        )}
      </div>

      <h2>{t('meetings.proposals')}</h2>
      {meeting.proposals.length === 0 ? (
        <p>{t('operations.empty')}</p>
      ) : (
        <ul data-testid="proposals">
          {meeting.proposals.map((p) => (
            <li key={p.proposalId}>
              {p.title} ·{' '}
              {p.reasons.map((r) => `${t(`proposalReason.${r.kind}`, { defaultValue: r.kind })} ${unitName(r.unitId)}`).join('；')}
              {convener && open && (
                <span class="actions">
                  {' '}
                  <button
                    type="button"
                    onClick={() =>
                      void command(
                        api.POST('/api/v1/meetings/{id}/proposals/{proposalId}/accept', {
                          params: { path: { id: meetingId, proposalId: p.proposalId }, header: key() },
                          body: {},
                        }),
                      )
                    }
                  >
                    {t('meetings.accept')}
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() =>
                      void command(
                        api.POST('/api/v1/meetings/{id}/proposals/{proposalId}/drop', {
                          params: { path: { id: meetingId, proposalId: p.proposalId }, header: key() },
                          body: {},
                        }),
                      )
                    }
                  >
                    {t('meetings.drop')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('meetings.agenda')}</h2>
      <ol data-testid="agenda">
        {agenda.map((a) => (
          <li key={a.itemId}>
            {a.title} · {t(`agendaKind.${a.kind}`)}
            {(a.references ?? []).map((r) =>
              r.kind === 'lead' ? (
                <span key={r.id}>
                  {' '}
                  ·{' '}
                  <a href={`/leads/${r.id}`} onClick={onLinkClick}>
                    {r.id}
                  </a>
                </span>
              ) : (
                ` · ${r.id}`
              ),
            )}
            {a.notes ? ` · ${a.notes}` : ''}
          </li>
        ))}
      </ol>
      {open && (
        <AddAgendaItem
          onSubmit={(body, setErrors) =>
            command(api.POST('/api/v1/meetings/{id}/agenda', { params: { path: { id: meetingId }, header: key() }, body }), setErrors)
          }
        />
      )}

      <h2>{t('meetings.attendance')}</h2>
      <ul data-testid="attendance">
        {attendance.map((a) => (
          <li key={a.unitId} data-status={a.status}>
            {unitName(a.unitId)}: {t(`attendanceStatus.${a.status}`)}
            {a.officerId ? ` · ${a.officerId}` : ''}
            {a.delegatedTo ? ` → ${a.delegatedTo}` : ''}
          </li>
        ))}
      </ul>
      {convener && open && (
        <RecordAttendance
          units={units}
          onSubmit={(body, setErrors) =>
            command(api.POST('/api/v1/meetings/{id}/attendance', { params: { path: { id: meetingId }, header: key() }, body }), setErrors)
          }
        />
      )}

      <h2>{t('meetings.minutes')}</h2>
      {meeting.minutes ? <p data-testid="minutes">{meeting.minutes}</p> : <p>—</p>}
      {convener && open && (
        <TextForm
          id="mt-minutes"
          label={t('meetings.minutes')}
          submit={t('meetings.saveMinutes')}
          initial={meeting.minutes}
          onSubmit={(text, setErrors) =>
            command(
              api.POST('/api/v1/meetings/{id}/minutes', { params: { path: { id: meetingId }, header: key() }, body: { text } }),
              setErrors,
            )
          }
        />
      )}

      <h2>{t('meetings.decisions')}</h2>
      <ol data-testid="decisions">
        {meeting.decisions.map((d) => (
          <li key={d.decisionId}>
            <p>{d.text}</p>
            <ul>
              {d.actionItems.map((a) => (
                <li key={a.actionItemId} data-status={a.status} class={a.overdue ? 'overdue' : ''}>
                  {unitName(a.ownerUnitId)}: {a.description} · {t('meetings.dueAt')} {formatDateTime(a.dueAt, language)} ·{' '}
                  {t(`actionStatus.${a.status}`)}
                  {a.status === 'open' && a.ownerUnitId === unit && (
                    <>
                      {' '}
                      <button
                        type="button"
                        onClick={() =>
                          void command(
                            api.POST('/api/v1/meetings/{id}/action-items/{actionItemId}/complete', {
                              params: { path: { id: meetingId, actionItemId: a.actionItemId }, header: key() },
                              body: {},
                            }),
                          )
                        }
                      >
                        {t('meetings.complete')}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {convener && open && (
        <RecordDecision
          units={units}
          onSubmit={(body, setErrors) =>
            command(api.POST('/api/v1/meetings/{id}/decisions', { params: { path: { id: meetingId }, header: key() }, body }), setErrors)
          }
        />
      )}
    </article>
  );
}

type Submit<T> = (body: T, setErrors: (e: Record<string, string>) => void) => Promise<boolean>;

function AddAgendaItem({ onSubmit }: { onSubmit: Submit<AgendaBody> }) {
  const { t } = useT();
  const [form, setForm] = useState({ title: '', notes: '', record: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      class="actions"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const record = form.record.trim();
        const kind = (RECORD_KIND.exec(record)?.[1] ?? 'other') as AgendaBody['kind'];
        const body: AgendaBody = {
          kind,
          title: form.title,
          ...(form.notes ? { notes: form.notes } : {}),
          references: kind === 'other' ? [] : [{ kind: kind as AgendaBody['references'][number]['kind'], id: record }],
        };
        if (await onSubmit(body, setErrors)) setForm({ title: '', notes: '', record: '' });
      }}
    >
      <h3>{t('meetings.addItem')}</h3>
      <Field id="agenda-title" label={t('meetings.itemTitle')} error={errors.title}>
        {(p) => <input {...p} value={form.title} onInput={(e) => setForm({ ...form, title: valueOf(e) })} />}
      </Field>
      <Field id="agenda-record" label={t('meetings.itemRecord')} error={errors['references.0.id'] ?? errors.references}>
        {(p) => (
          <input {...p} value={form.record} onInput={(e) => setForm({ ...form, record: valueOf(e) })} placeholder="lead-… / operation-…" />
        )}
      </Field>
      <Field id="agenda-notes" label={t('meetings.notes')} error={errors.notes}>
        {(p) => <input {...p} value={form.notes} onInput={(e) => setForm({ ...form, notes: valueOf(e) })} />}
      </Field>
      <button type="submit">{t('meetings.addItemSubmit')}</button>
    </form>
  );
}

function RecordAttendance({ units, onSubmit }: { units: string[]; onSubmit: Submit<Attendance> }) {
  const { t } = useT();
  const unitName = useUnitName();
  const [form, setForm] = useState<Attendance>({ unitId: units[0] ?? '', officerId: '', status: 'present', delegatedTo: '' });
  const [officers, setOfficers] = useState<{ officerId: string; name: string }[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    void api
      .GET('/api/v1/registry/officers', { params: { query: { unitId: form.unitId, limit: 100 } } })
      .then(({ data }) => setOfficers((data?.items ?? []) as unknown as { officerId: string; name: string }[]));
  }, [form.unitId]);
  return (
    <form
      class="actions"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(
          {
            unitId: form.unitId,
            status: form.status,
            ...(form.officerId ? { officerId: form.officerId } : {}),
            ...(form.status === 'delegated' && form.delegatedTo ? { delegatedTo: form.delegatedTo } : {}),
          },
          setErrors,
        );
      }}
    >
      <h3>{t('meetings.recordAttendance')}</h3>
      <Field id="att-unit" label={t('meetings.unit')} error={errors.unitId}>
        {(p) => (
          <select {...p} value={form.unitId} onChange={(e) => setForm({ ...form, unitId: valueOf(e), officerId: '' })}>
            {units.map((u) => (
              <option key={u} value={u}>
                {unitName(u)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="att-officer" label={t('meetings.officer')} error={errors.officerId ?? errors.officer_id}>
        {(p) => (
          <select {...p} value={form.officerId} onChange={(e) => setForm({ ...form, officerId: valueOf(e) })}>
            <option value="">—</option>
            {officers.map((o) => (
              <option key={o.officerId} value={o.officerId}>
                {o.name} ({o.officerId})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="att-status" label={t('leads.status')} error={errors.status}>
        {(p) => (
          <select {...p} value={form.status} onChange={(e) => setForm({ ...form, status: valueOf(e) as Attendance['status'] })}>
            {(['present', 'absent', 'delegated'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`attendanceStatus.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {form.status === 'delegated' && (
        <Field id="att-delegated" label={t('meetings.delegatedTo')} error={errors.delegatedTo ?? errors.delegated_to}>
          {(p) => <input {...p} value={form.delegatedTo} onInput={(e) => setForm({ ...form, delegatedTo: valueOf(e) })} />}
        </Field>
      )}
      <button type="submit">{t('meetings.recordAttendanceSubmit')}</button>
    </form>
  );
}

function TextForm({
  id,
  label,
  submit,
  initial,
  onSubmit,
}: {
  id: string;
  label: string;
  submit: string;
  initial: string;
  onSubmit: Submit<string>;
}) {
  const [text, setText] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      class="actions"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(text, setErrors);
      }}
    >
      <Field id={id} label={label} error={errors.text}>
        {(p) => <textarea {...p} rows={4} value={text} onInput={(e) => setText(valueOf(e))} />}
      </Field>
      <button type="submit">{submit}</button>
    </form>
  );
}

type DecisionBody = Schemas['RecordDecisionBody'];

/** A decision with its action items: each an owner unit among the participants, a description and a due time. */
function RecordDecision({ units, onSubmit }: { units: string[]; onSubmit: Submit<DecisionBody> }) {
  const { t } = useT();
  const unitName = useUnitName();
  const due = shanghaiInputValue(Date.now() + 14 * 86_400_000);
  const blank = () => ({ ownerUnitId: units[1] ?? units[0] ?? '', description: '', dueAt: due });
  const [text, setText] = useState('');
  const [items, setItems] = useState([blank()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setItem = (i: number, field: 'ownerUnitId' | 'description' | 'dueAt') => (e: Event) =>
    setItems(items.map((item, j) => (j === i ? { ...item, [field]: valueOf(e) } : item)));
  return (
    <form
      class="actions"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const actionItems = items
          .filter((i) => i.description.trim())
          .map((i) => ({ ownerUnitId: i.ownerUnitId, description: i.description, dueAt: instantFromShanghaiInput(i.dueAt) }));
        if (await onSubmit({ text, actionItems }, setErrors)) {
          setText('');
          setItems([blank()]);
        }
      }}
    >
      <h3>{t('meetings.recordDecision')}</h3>
      <Field id="decision-text" label={t('meetings.decisionText')} error={errors.text}>
        {(p) => <textarea {...p} rows={3} value={text} onInput={(e) => setText(valueOf(e))} />}
      </Field>
      {items.map((item, i) => (
        <fieldset key={i}>
          <legend>{t('meetings.actionItem', { n: i + 1 })}</legend>
          <Field id={`ai-${i}-owner`} label={t('meetings.owner')} error={errors[`actionItems.${i}.ownerUnitId`]}>
            {(p) => (
              <select {...p} value={item.ownerUnitId} onChange={setItem(i, 'ownerUnitId')}>
                {units.map((u) => (
                  <option key={u} value={u}>
                    {unitName(u)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`ai-${i}-description`} label={t('meetings.description')} error={errors[`actionItems.${i}.description`]}>
            {(p) => <input {...p} value={item.description} onInput={setItem(i, 'description')} />}
          </Field>
          <Field id={`ai-${i}-due`} label={t('meetings.dueAt')} error={errors[`actionItems.${i}.dueAt`]}>
            {(p) => <input {...p} type="datetime-local" value={item.dueAt} onInput={setItem(i, 'dueAt')} />}
          </Field>
        </fieldset>
      ))}
      <button type="button" onClick={() => setItems([...items, blank()])}>
        {t('meetings.addActionItem')}
      </button>
      <button type="submit">{t('meetings.recordDecisionSubmit')}</button>
    </form>
  );
}
