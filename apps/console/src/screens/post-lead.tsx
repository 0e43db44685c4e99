import { useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, problemDetail, type Schemas } from '../api/client';
import { consoleConfig, type ConsoleConfig } from '../auth/console-config';
import { useT } from '../i18n';
import { navigate } from '../router';

type PostLeadBody = Schemas['PostLeadBody'];
const CATEGORIES: PostLeadBody['category'][] = [
  'trademark',
  'copyright',
  'patent',
  'counterfeit_food',
  'drugs',
  'cosmetics',
  'agricultural_inputs',
  'building_materials',
  'electromechanical',
  'auto_parts',
  'tobacco',
  'online',
];
const HANDLING: PostLeadBody['handling']['code'][] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

/** Posting a lead: the API validates; its `issues` are shown on the fields they name. */
export function PostLead() {
  const { t, language } = useT();
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [form, setForm] = useState({
    title: '',
    category: 'trademark',
    enterpriseName: '',
    creditCode: '',
    jurisdiction: '',
    address: '',
    summary: '',
    priority: 'normal',
    sourceReliability: 'B',
    information: '2',
    handling: 'AMBER',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  useEffect(() => {
    consoleConfig().then(setConfig, () => undefined);
  }, []);

  const set = (name: keyof typeof form) => (e: Event) => setForm({ ...form, [name]: (e.target as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    const body: PostLeadBody = {
      title: form.title,
      category: form.category as PostLeadBody['category'],
      subject: {
        ...(form.enterpriseName ? { enterpriseName: form.enterpriseName } : {}),
        ...(form.creditCode ? { creditCode: form.creditCode } : {}),
      },
      location: { jurisdiction: form.jurisdiction, ...(form.address ? { address: form.address } : {}) },
      summary: form.summary,
      priority: form.priority as PostLeadBody['priority'],
      grading: {
        sourceReliability: form.sourceReliability as PostLeadBody['grading']['sourceReliability'],
        information: Number(form.information),
      },
      handling: { code: form.handling as PostLeadBody['handling']['code'] },
    } as PostLeadBody;
    const { data, error } = await api.POST('/api/v1/leads', { params: { header: { 'Idempotency-Key': key } }, body });
    if (data) return navigate(`/leads/${data.leadId}`);
    setErrors(fieldErrors(error));
    setFailure(Object.keys(fieldErrors(error)).length ? t('post.invalid') : problemDetail(error));
  };

  const field = (name: keyof typeof form, path: string, input: (props: Record<string, unknown>) => preact.JSX.Element) => {
    const id = `post-${name}`;
    const message = errors[path];
    return (
      <div class="field">
        <label for={id}>{t(`post.${name}`)}</label>
        {input({
          id,
          name,
          value: form[name],
          onInput: set(name),
          onChange: set(name),
          'aria-invalid': message ? 'true' : undefined,
          'aria-describedby': message ? `${id}-error` : undefined,
        })}
        {message && (
          <p id={`${id}-error`} class="field-error">
            {message}
          </p>
        )}
      </div>
    );
  };
  const zh = language.startsWith('zh');
  return (
    <section aria-labelledby="post-heading">
      <h1 id="post-heading">{t('post.heading')}</h1>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        {field('title', 'title', (p) => (
          <input {...p} />
        ))}
        {field('category', 'category', (p) => (
          <select {...p}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        ))}
        {field('enterpriseName', 'subject.enterpriseName', (p) => (
          <input {...p} />
        ))}
        {field('creditCode', 'subject.creditCode', (p) => (
          <input {...p} />
        ))}
        {field('jurisdiction', 'location.jurisdiction', (p) => (
          <select {...p}>
            <option value="">—</option>
            {(config?.jurisdictions ?? []).map((j) => (
              <option key={j.jurisdictionId} value={j.jurisdictionId}>
                {zh ? j.nameZh : j.name}
              </option>
            ))}
          </select>
        ))}
        {field('address', 'location.address', (p) => (
          <input {...p} />
        ))}
        {field('summary', 'summary', (p) => (
          <textarea {...p} rows={4} />
        ))}
        {field('priority', 'priority', (p) => (
          <select {...p}>
            {(['low', 'normal', 'high', 'urgent'] as const).map((v) => (
              <option key={v} value={v}>
                {t(`priority.${v}`)}
              </option>
            ))}
          </select>
        ))}
        {field('sourceReliability', 'grading.sourceReliability', (p) => (
          <select {...p}>
            {['A', 'B', 'C', 'X'].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        ))}
        {field('information', 'grading.information', (p) => (
          <select {...p}>
            {['1', '2', '3', '4'].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        ))}
        {field('handling', 'handling.code', (p) => (
          <select {...p}>
            {HANDLING.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        ))}
        <button type="submit">{t('post.submit')}</button>
      </form>
    </section>
  );
}
