import { useT } from '../i18n';
import { onLinkClick } from '../router';

/** The same page for "no such record" and "not yours to see": existence must not leak. */
export function NotFound({ detail }: { detail?: string }) {
  const { t } = useT();
  return (
    <section aria-labelledby="not-found-heading" data-testid="not-found">
      <h1 id="not-found-heading">{t('notFound.heading')}</h1>
      <p>{detail ?? t('notFound.body')}</p>
      <a href="/" onClick={onLinkClick}>
        {t('notFound.home')}
      </a>
    </section>
  );
}
