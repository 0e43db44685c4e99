import { useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, problemDetail, type Schemas } from '../api/client';
import { consoleConfig, type ConsoleConfig } from '../auth/console-config';
import { Field, ProblemAlert, valueOf } from '../components/form';
import { instantFromShanghaiInput, shanghaiInputValue } from '../format';
import { useT } from '../i18n';
import { navigate } from '../router';

type Propose = Schemas['ProposeOperationBody'];

/** Proposing a joint operation with one target and a window; the operations service runs deconfliction on it. */
export function ProposeOperation() {
  const { t, language } = useT();
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const start = Date.now() + 7 * 86_400_000;
  const [form, setForm] = useState({
    title: '',
    objective: '',
    enterpriseName: '',
    creditCode: '',
    jurisdiction: '',
    address: '',
    startsAt: shanghaiInputValue(start),
    endsAt: shanghaiInputValue(start + 2 * 86_400_000),
    handling: 'AMBER',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  useEffect(() => {
    consoleConfig().then(setConfig, () => undefined);
  }, []);
  const set = (name: keyof typeof form) => (e: Event) => setForm({ ...form, [name]: valueOf(e) });
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = {
      title: form.title,
      objective: form.objective,
      targets: [
        {
          subject: {
            ...(form.enterpriseName ? { enterpriseName: form.enterpriseName } : {}),
            ...(form.creditCode ? { creditCode: form.creditCode } : {}),
          },
          ...(form.jurisdiction ? { place: { jurisdiction: form.jurisdiction, ...(form.address ? { address: form.address } : {}) } } : {}),
        },
      ],
      window: { startsAt: instantFromShanghaiInput(form.startsAt), endsAt: instantFromShanghaiInput(form.endsAt) },
      linkedLeadIds: [],
      handling: { code: form.handling } as Propose['handling'],
      urgency: 'normal',
    } satisfies Propose;
    const { data, error } = await api.POST('/api/v1/operations', { params: { header: { 'Idempotency-Key': key } }, body });
    if (data) return navigate(`/operations/${data.operationId}`);
    setErrors(fieldErrors(error));
    setFailure(problemDetail(error));
  };
  const zh = language.startsWith('zh');
  return (
    <section aria-labelledby="propose-heading">
      <h2 id="propose-heading">{t('operations.propose')}</h2>
      <ProblemAlert detail={failure} />
      <form onSubmit={submit} noValidate>
        <Field id="op-title" label={t('operations.title')} error={errors.title}>
          {(p) => <input {...p} value={form.title} onInput={set('title')} />}
        </Field>
        <Field id="op-objective" label={t('operations.objective')} error={errors.objective}>
          {(p) => <textarea {...p} rows={2} value={form.objective} onInput={set('objective')} />}
        </Field>
        <Field
          id="op-enterpriseName"
          label={t('post.enterpriseName')}
          error={errors['targets.0.subject.enterpriseName'] ?? errors['targets.0']}
        >
          {(p) => <input {...p} value={form.enterpriseName} onInput={set('enterpriseName')} />}
        </Field>
        <Field id="op-creditCode" label={t('post.creditCode')} error={errors['targets.0.subject.creditCode']}>
          {(p) => <input {...p} value={form.creditCode} onInput={set('creditCode')} />}
        </Field>
        <Field id="op-jurisdiction" label={t('post.jurisdiction')} error={errors['targets.0.place.jurisdiction']}>
          {(p) => (
            <select {...p} value={form.jurisdiction} onChange={set('jurisdiction')}>
              <option value="">—</option>
              {(config?.jurisdictions ?? []).map((j) => (
                <option key={j.jurisdictionId} value={j.jurisdictionId}>
                  {zh ? j.nameZh : j.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="op-address" label={t('post.address')} error={errors['targets.0.place.address']}>
          {(p) => <input {...p} value={form.address} onInput={set('address')} />}
        </Field>
        <Field id="op-startsAt" label={t('meetings.startsAt')} error={errors['window.startsAt'] ?? errors.window}>
          {(p) => <input {...p} type="datetime-local" value={form.startsAt} onInput={set('startsAt')} />}
        </Field>
        <Field id="op-endsAt" label={t('meetings.endsAt')} error={errors['window.endsAt']}>
          {(p) => <input {...p} type="datetime-local" value={form.endsAt} onInput={set('endsAt')} />}
        </Field>
        <Field id="op-handling" label={t('leads.handling')} error={errors['handling.code']}>
          {(p) => (
            <select {...p} value={form.handling} onChange={set('handling')}>
              {['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT'].map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit">{t('operations.proposeSubmit')}</button>
      </form>
    </section>
  );
}
