import { useEffect, useState } from 'preact/hooks';
import { api, problemDetail } from '../api/client';
import { consoleConfig, type ConsoleConfig } from '../auth/console-config';
import { beginOidcSignIn } from '../auth/oidc';
import { startSession } from '../auth/session';
import { useT } from '../i18n';

/** Dev mode: a picker of the seeded officers (POST /api/v1/auth/token); OIDC mode: the identity provider. */
export function SignIn({ expired }: { expired: boolean }) {
  const { t, language } = useT();
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [officerId, setOfficerId] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    consoleConfig().then(
      (c) => {
        setConfig(c);
        setOfficerId(c.officers[0]?.officerId ?? '');
      },
      (e: unknown) => setError(String(e)),
    );
  }, []);

  const devSignIn = async (event: Event) => {
    event.preventDefault();
    setError('');
    const { data, error: problem } = await api.POST('/api/v1/auth/token', { body: { officerId } });
    if (!data) return setError(t('auth.failed', { detail: problemDetail(problem) }));
    startSession({ token: data.accessToken, expiresAt: Date.now() + data.expiresIn * 1000, officer: data.officer });
  };

  return (
    <main id="main" class="sign-in">
      <h1>{t('app.title')}</h1>
      {expired && (
        <p class="notice" role="status">
          {t('auth.expired')}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {config?.authMode === 'dev' && (
        <form onSubmit={devSignIn} aria-labelledby="pick-heading">
          <h2 id="pick-heading">{t('auth.pickOfficer')}</h2>
          <p>{t('auth.pickOfficerHelp')}</p>
          <label for="officer">{t('auth.signedInAs')}</label>
          <select id="officer" value={officerId} onChange={(e) => setOfficerId((e.target as HTMLSelectElement).value)}>
            {config.officers.map((o) => (
              <option key={o.officerId} value={o.officerId}>
                {o.name} · {language.startsWith('zh') ? o.unitNameZh : o.unitName} · {o.roles.join(', ')}
              </option>
            ))}
          </select>
          <button type="submit">{t('auth.signIn')}</button>
        </form>
      )}
      {config?.authMode === 'oidc' && config.oidc && (
        <button type="button" onClick={() => beginOidcSignIn(config.oidc!).catch((e: unknown) => setError(String(e)))}>
          {t('auth.oidc')}
        </button>
      )}
    </main>
  );
}
