import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

/** A labelled field with the API's message for it (aria-invalid, aria-describedby): one pattern on every form. */
export function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  children: (props: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {}) })}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A refused command or read, said once at the top of what failed. */
export function ProblemAlert({ detail }: { detail: string }) {
  const { t } = useT();
  if (!detail) return null;
  return (
    <p class="error" role="alert">
      {t('problem.generic', { detail })}
    </p>
  );
}

/** The value of an input, select or textarea from its event. */
export const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;

/** The chosen options of a multiple select. */
export const selectedOf = (event: Event): string[] => [...(event.target as HTMLSelectElement).selectedOptions].map((o) => o.value);
