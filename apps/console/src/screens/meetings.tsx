import { useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, problemDetail, type Schemas } from '../api/client';
import { Field, ProblemAlert, selectedOf, valueOf } from '../components/form';
import { formatDateTime, instantFromShanghaiInput, shanghaiInputValue } from '../format';
import { useT } from '../i18n';
import { loadUnits, useUnitName, type UnitName } from '../reference';
import { navigate, onLinkClick } from '../router';
import { currentSession } from '../auth/session';

type Schedule = Schemas['ScheduleMeetingBody'];
const KINDS: Schedule['kind'][] = ['ad_hoc', 'regular', 'emergency'];

/** Meetings my unit convenes or is invited to, the action items it owns, and scheduling a meeting. */
export function Meetings() {
  const { t, language } = useT();
  const unitName = useUnitName();
  const [meetings, setMeetings] = useState<Schemas['MeetingSummary'][] | null>(null);
  const [actionItems, setActionItems] = useState<Schemas['ActionItemSummary'][] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void (async () => {
      const [mine, items] = await Promise.all([
        api.GET('/api/v1/meetings/mine', { params: { query: { limit: 100 } } }),
        api.GET('/api/v1/meetings/action-items', { params: { query: { limit: 100 } } }),
      ]);
      if (!mine.data || !items.data) return setError(problemDetail(mine.error ?? items.error));
      setMeetings(mine.data.items);
      setActionItems(items.data.items);
    })();
  }, []);
  return (
    <section aria-labelledby="meetings-heading">
      <h1 id="meetings-heading">{t('meetings.heading')}</h1>
      <ProblemAlert detail={error} />
      {meetings && meetings.length === 0 && <p>{t('operations.empty')}</p>}
      {meetings && meetings.length > 0 && (
        <table data-testid="meetings-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.title')}</th>
              <th scope="col">{t('meetings.kind')}</th>
              <th scope="col">{t('meetings.convener')}</th>
              <th scope="col">{t('meetings.when')}</th>
              <th scope="col">{t('leads.status')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.meetingId}>
                <td>
                  <a href={`/meetings/${m.meetingId}`} onClick={onLinkClick}>
                    {m.title}
                  </a>
                </td>
                <td>{t(`meetingKind.${m.kind}`)}</td>
                <td>{unitName(m.convenerUnitId)}</td>
                <td>{formatDateTime(m.window.startsAt, language)}</td>
                <td>{t(`meetingStatus.${m.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('meetings.actionItems')}</h2>
      {actionItems && actionItems.length === 0 && <p>{t('operations.empty')}</p>}
      {actionItems && actionItems.length > 0 && (
        <ul data-testid="my-action-items">
          {actionItems.map((a) => (
            <li key={a.item.actionItemId} class={a.item.overdue ? 'overdue' : ''}>
              <a href={`/meetings/${a.meetingId}`} onClick={onLinkClick}>
                {a.meetingTitle}
              </a>{' '}
              · {a.item.description} · {t('meetings.dueAt')} {formatDateTime(a.item.dueAt, language)} · {t(`actionStatus.${a.item.status}`)}
            </li>
          ))}
        </ul>
      )}
      <ScheduleMeeting />
    </section>
  );
}

function ScheduleMeeting() {
  const { t, language } = useT();
  const [units, setUnits] = useState<UnitName[]>([]);
  const start = new Date(Date.now() + 2 * 86_400_000);
  const [form, setForm] = useState({
    kind: 'ad_hoc' as Schedule['kind'],
    title: '',
    startsAt: shanghaiInputValue(start).slice(0, 11) + '09:30',
    endsAt: shanghaiInputValue(start).slice(0, 11) + '11:30',
    place: '',
    onlineLink: '',
    invitedUnitIds: [] as string[],
    handling: 'AMBER' as Schedule['handling']['code'],
    recurrenceRule: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  const myUnit = currentSession()?.officer.unitId;
  useEffect(() => {
    loadUnits().then(
      (m) => setUnits([...m.values()].filter((u) => u.unitId !== myUnit)),
      () => undefined,
    );
  }, [myUnit]);
  const set = (name: keyof typeof form) => (e: Event) => setForm({ ...form, [name]: valueOf(e) });
  const submit = async (event: Event) => {
    event.preventDefault();
    const body: Schedule = {
      kind: form.kind,
      title: form.title,
      window: { startsAt: instantFromShanghaiInput(form.startsAt), endsAt: instantFromShanghaiInput(form.endsAt) },
      ...(form.place ? { place: form.place } : {}),
      ...(form.onlineLink ? { onlineLink: form.onlineLink } : {}),
      invitedUnitIds: form.invitedUnitIds,
      handling: { code: form.handling } as Schedule['handling'],
      ...(form.recurrenceRule ? { recurrenceRule: form.recurrenceRule } : {}),
    };
    const { data, error } = await api.POST('/api/v1/meetings', { params: { header: { 'Idempotency-Key': key } }, body });
    if (data) return navigate(`/meetings/${data.meetingId}`);
    setErrors(fieldErrors(error));
    setFailure(problemDetail(error));
  };
  // The service names fields in snake case for what it checks itself (window.starts_at).
  const err = (...paths: string[]) => paths.map((p) => errors[p]).find(Boolean);
  const zh = language.startsWith('zh');
  return (
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('meetings.schedule')}</h2>
      <ProblemAlert detail={failure} />
      <form onSubmit={submit} noValidate>
        <Field id="mt-kind" label={t('meetings.kind')} error={err('kind')}>
          {(p) => (
            <select {...p} value={form.kind} onChange={set('kind')}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`meetingKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="mt-title" label={t('meetings.title')} error={err('title')}>
          {(p) => <input {...p} value={form.title} onInput={set('title')} />}
        </Field>
        <Field id="mt-startsAt" label={t('meetings.startsAt')} error={err('window.startsAt', 'window.starts_at', 'window')}>
          {(p) => <input {...p} type="datetime-local" value={form.startsAt} onInput={set('startsAt')} />}
        </Field>
        <Field id="mt-endsAt" label={t('meetings.endsAt')} error={err('window.endsAt', 'window.ends_at')}>
          {(p) => <input {...p} type="datetime-local" value={form.endsAt} onInput={set('endsAt')} />}
        </Field>
        <Field id="mt-place" label={t('meetings.place')} error={err('place')}>
          {(p) => <input {...p} value={form.place} onInput={set('place')} />}
        </Field>
        <Field id="mt-onlineLink" label={t('meetings.onlineLink')} error={err('onlineLink', 'online_link')}>
          {(p) => <input {...p} type="url" value={form.onlineLink} onInput={set('onlineLink')} />}
        </Field>
        <Field id="mt-invited" label={t('meetings.invited')} error={err('invitedUnitIds', 'invited_unit_ids')}>
          {(p) => (
            <select {...p} multiple size={6} onChange={(e) => setForm({ ...form, invitedUnitIds: selectedOf(e) })}>
              {units.map((u) => (
                <option key={u.unitId} value={u.unitId}>
                  {zh ? u.nameZh : u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="mt-rrule" label={t('meetings.recurrence')} error={err('recurrenceRule', 'recurrence_rule')}>
          {(p) => <input {...p} value={form.recurrenceRule} onInput={set('recurrenceRule')} placeholder="FREQ=MONTHLY;BYDAY=1TU" />}
        </Field>
        <Field id="mt-handling" label={t('leads.handling')} error={err('handling.code')}>
          {(p) => (
            <select {...p} value={form.handling} onChange={set('handling')}>
              {['CLEAR', 'GREEN', 'AMBER'].map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit">{t('meetings.scheduleSubmit')}</button>
      </form>
    </section>
  );
}
