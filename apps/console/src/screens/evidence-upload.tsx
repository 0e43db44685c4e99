import { useState } from 'preact/hooks';
import { fieldErrors, problemDetail, type Schemas } from '../api/client';
import { sha256Hex } from '../api/download';
import { currentSession, endSession } from '../auth/session';
import { Field, ProblemAlert, valueOf } from '../components/form';
import { instantFromShanghaiInput, shanghaiInputValue } from '../format';
import { useT } from '../i18n';
import { onLinkClick } from '../router';

type Metadata = Schemas['UploadEvidenceBody']['metadata'];
type Result = Schemas['EvidenceCommandResult'];
/** Kinds with a file (a physical sample has none; it is registered without content). */
const KINDS: Metadata['kind'][] = ['document', 'photo', 'video', 'test_report', 'electronic_data', 'witness_statement'];
const HANDLING: Metadata['handling']['code'][] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

/**
 * POST /api/v1/evidence as multipart/form-data (the metadata part, then the file) with
 * XMLHttpRequest: fetch cannot report upload progress. The body's shape is the OpenAPI
 * document's (`UploadEvidenceBody`); the answer is `EvidenceCommandResult` or a problem.
 */
function send(metadata: Metadata, file: File, key: string, onProgress: (loaded: number, total: number) => void) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const form = new FormData();
    form.append('metadata', JSON.stringify(metadata));
    form.append('content', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/evidence');
    xhr.setRequestHeader('Authorization', `Bearer ${currentSession()?.token ?? ''}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Idempotency-Key', key);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      if (xhr.status === 401) endSession('expired');
      let body: unknown = {};
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = { detail: `HTTP ${xhr.status}` };
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(form);
  });
}

/** Registering an item with its file: SHA-256 computed in the browser, a progress bar while the bytes go up. */
export function EvidenceUpload({ leadId, operationId }: { leadId?: string | undefined; operationId?: string | undefined }) {
  const { t } = useT();
  const [form, setForm] = useState({
    kind: 'document' as Metadata['kind'],
    title: '',
    description: '',
    collectedAt: shanghaiInputValue(Date.now() - 3_600_000),
    collectedPlace: '',
    collectionMethod: '',
    record: leadId ?? operationId ?? '',
    handling: 'AMBER' as Metadata['handling']['code'],
  });
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [phase, setPhase] = useState<'idle' | 'hashing' | 'sending'>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [done, setDone] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  const set = (name: keyof typeof form) => (e: Event) => setForm({ ...form, [name]: valueOf(e) });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!file) return setErrors({ content: t('evidence.fileRequired') });
    setFailure('');
    setPhase('hashing');
    const sha256 = await sha256Hex(file);
    const record = form.record.trim();
    const metadata: Metadata = {
      kind: form.kind,
      title: form.title,
      ...(form.description ? { description: form.description } : {}),
      collectedAt: instantFromShanghaiInput(form.collectedAt),
      ...(form.collectedPlace ? { collectedPlace: form.collectedPlace } : {}),
      ...(form.collectionMethod ? { collectionMethod: form.collectionMethod } : {}),
      ...(record.startsWith('operation-') ? { operationId: record } : { leadId: record }),
      handling: { code: form.handling },
      sha256,
      fileName: file.name,
    } as Metadata;
    setPhase('sending');
    setProgress({ loaded: 0, total: file.size });
    try {
      const answer = await send(metadata, file, key, (loaded, total) => setProgress({ loaded, total }));
      // The bar stays at 100% with a link to the item: the officer sees the upload finish.
      if (answer.status === 201) return (setErrors({}), setDone((answer.body as Result).evidenceId));
      // Metadata issues name `metadata.<field>` or the field itself.
      const fields = Object.fromEntries(Object.entries(fieldErrors(answer.body)).map(([path, m]) => [path.replace(/^metadata\./, ''), m]));
      setErrors(fields);
      setFailure(problemDetail(answer.body));
    } catch (error) {
      setFailure(String(error));
    } finally {
      setPhase('idle');
    }
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('evidence.upload')}</h2>
      <ProblemAlert detail={failure} />
      <form onSubmit={submit} noValidate>
        <Field id="ev-kind" label={t('evidence.kind')} error={errors.kind}>
          {(p) => (
            <select {...p} value={form.kind} onChange={set('kind')}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`evidenceKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="ev-title" label={t('evidence.title')} error={errors.title}>
          {(p) => <input {...p} value={form.title} onInput={set('title')} />}
        </Field>
        <Field id="ev-description" label={t('evidence.description')} error={errors.description}>
          {(p) => <textarea {...p} rows={2} value={form.description} onInput={set('description')} />}
        </Field>
        <Field id="ev-record" label={t('evidence.record')} error={errors.leadId ?? errors.operationId ?? errors['(body)']}>
          {(p) => <input {...p} value={form.record} onInput={set('record')} placeholder="lead-… / operation-…" />}
        </Field>
        <Field id="ev-collectedAt" label={t('evidence.collectedAt')} error={errors.collectedAt}>
          {(p) => <input {...p} type="datetime-local" value={form.collectedAt} onInput={set('collectedAt')} />}
        </Field>
        <Field id="ev-collectedPlace" label={t('evidence.collectedPlace')} error={errors.collectedPlace}>
          {(p) => <input {...p} value={form.collectedPlace} onInput={set('collectedPlace')} />}
        </Field>
        <Field id="ev-collectionMethod" label={t('evidence.collectionMethod')} error={errors.collectionMethod}>
          {(p) => <input {...p} value={form.collectionMethod} onInput={set('collectionMethod')} />}
        </Field>
        <Field id="ev-handling" label={t('leads.handling')} error={errors['handling.code']}>
          {(p) => (
            <select {...p} value={form.handling} onChange={set('handling')}>
              {HANDLING.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="ev-file" label={t('evidence.file')} error={errors.content ?? errors.sha256}>
          {(p) => <input {...p} type="file" onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />}
        </Field>
        {progress && (
          <div class="field">
            <label for="ev-progress">{t('evidence.progress')}</label>
            <progress id="ev-progress" max={100} value={percent} data-testid="upload-progress">
              {percent}%
            </progress>
            <span aria-live="polite">{percent}%</span>
          </div>
        )}
        {done && (
          <p class="notice" role="status" data-testid="upload-done">
            {t('evidence.uploaded')}{' '}
            <a href={`/evidence/${done}`} onClick={onLinkClick}>
              {t('evidence.open')}
            </a>
          </p>
        )}
        <button type="submit" disabled={phase !== 'idle' || Boolean(done)}>
          {phase === 'hashing' ? t('evidence.hashing') : phase === 'sending' ? t('evidence.sending') : t('evidence.submit')}
        </button>
      </form>
    </section>
  );
}
