import { useEffect, useState } from 'preact/hooks';
import { consoleConfig } from './auth/console-config';
import { CALLBACK_PATH, completeOidcSignIn } from './auth/oidc';
import { currentSession, endSession, useSession } from './auth/session';
import { setLanguage, useT } from './i18n';
import { useLiveStream } from './live/live-stream';
import { forgetReference } from './reference';
import { navigate, onLinkClick, usePath } from './router';
import { Accountability } from './screens/accountability';
import { Calendar } from './screens/calendar';
import { EvidenceList } from './screens/evidence';
import { EvidenceDetailScreen } from './screens/evidence-detail';
import { History } from './screens/history';
import { LeadDetailScreen } from './screens/lead-detail';
import { MeetingDetailScreen } from './screens/meeting-detail';
import { Meetings } from './screens/meetings';
import { LeadList } from './screens/lead-lists';
import { NotFound } from './screens/not-found';
import { OnwardRequests } from './screens/onward-requests';
import { OperationDetailScreen } from './screens/operation-detail';
import { Operations } from './screens/operations';
import { PostLead } from './screens/post-lead';
import { SignIn } from './screens/sign-in';
import { SituationReport } from './screens/situation-report';

function Screen({ path }: { path: string }) {
  const lead = /^\/leads\/([^/]+)$/.exec(path);
  const evidence = /^\/evidence\/([^/]+)$/.exec(path);
  const meeting = /^\/meetings\/([^/]+)$/.exec(path);
  const operation = /^\/operations\/([^/]+)$/.exec(path);
  const history = /^\/history(?:\/([^/]+))?$/.exec(path);
  const query = new URLSearchParams(location.search);
  // A procurator's first screen is the cases the Procuratorate is asked to supervise (ADR 0014): no inbox of its own.
  if (path === '/supervision' || (path === '/' && onlyProcurator())) return <LeadList key="supervision" box="supervision" />;
  if (path === '/' || path === '/inbox') return <LeadList box="inbox" />;
  if (path === '/outbox') return <LeadList box="outbox" />;
  if (path === '/overdue') return <LeadList box="overdue" />;
  if (path === '/leads/new') return <PostLead />;
  if (lead) return <LeadDetailScreen leadId={decodeURIComponent(lead[1]!)} />;
  if (path === '/operations') return <Operations />;
  if (path === '/operations/calendar') return <Calendar />;
  if (path === '/onward-sharing') return <OnwardRequests />;
  if (operation) return <OperationDetailScreen key={operation[1]} operationId={decodeURIComponent(operation[1]!)} />;
  if (path === '/reports') return <SituationReport />;
  if (path === '/evidence')
    return <EvidenceList leadId={query.get('leadId') ?? undefined} operationId={query.get('operationId') ?? undefined} />;
  if (evidence) return <EvidenceDetailScreen key={evidence[1]} evidenceId={decodeURIComponent(evidence[1]!)} />;
  if (path === '/meetings') return <Meetings />;
  if (meeting) return <MeetingDetailScreen key={meeting[1]} meetingId={decodeURIComponent(meeting[1]!)} />;
  if (history) return <History recordId={decodeURIComponent(history[1] ?? '')} />;
  if (path === '/accountability') return <Accountability />;
  return <NotFound />;
}

const NAV = [
  ['/', 'nav.inbox'],
  ['/outbox', 'nav.outbox'],
  ['/overdue', 'nav.overdue'],
  ['/leads/new', 'nav.post'],
  ['/onward-sharing', 'nav.onward'],
  ['/operations', 'nav.operations'],
  ['/operations/calendar', 'nav.calendar'],
  ['/reports', 'nav.reports'],
  ['/evidence', 'nav.evidence'],
  ['/meetings', 'nav.meetings'],
  ['/history', 'nav.history'],
  ['/accountability', 'nav.accountability'],
] as const;

/** A procurator reads and answers only the transfer cases it is asked to supervise: its nav has that list only. */
const PROCURATOR_NAV = [['/supervision', 'nav.supervision']] as const;
const onlyProcurator = (): boolean => {
  const roles = currentSession()?.officer.roles ?? [];
  return roles.includes('procurator') && !roles.some((r) => r === 'liaison_officer' || r === 'coordinator' || r === 'analyst');
};

function OidcCallback() {
  const [error, setError] = useState('');
  useEffect(() => {
    consoleConfig()
      .then((c) => completeOidcSignIn(c.oidc!))
      .then(navigate, (e: unknown) => setError(String(e)));
  }, []);
  return error ? (
    <p class="error" role="alert">
      {error}
    </p>
  ) : (
    <p aria-busy="true">…</p>
  );
}

export function App() {
  const { t, language } = useT();
  const { session, reason } = useSession();
  const path = usePath();
  const live = useLiveStream(session);
  useEffect(() => {
    if (!session) forgetReference();
  }, [session]);

  const languageSwitch = (
    <button
      type="button"
      class="language"
      lang={language === 'en' ? 'zh-CN' : 'en'}
      title={t('app.languageLabel')}
      onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}
    >
      {t('app.language')}
    </button>
  );
  if (path === CALLBACK_PATH) return <OidcCallback />;
  if (!session)
    return (
      <>
        <header class="top">{languageSwitch}</header>
        <SignIn expired={reason === 'expired'} />
      </>
    );
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="top">
        <span class="brand">{t('app.title')}</span>
        <span class="who" data-testid="who">
          {t('auth.signedInAs')}: {session.officer.officerId} ({session.officer.unitId})
        </span>
        <span class={live.connected ? 'live on' : 'live'} data-testid="live-state" data-connected={String(live.connected)}>
          ●
        </span>
        {languageSwitch}
        <button type="button" onClick={() => endSession()}>
          {t('auth.signOut')}
        </button>
      </header>
      <nav aria-label={t('nav.main')}>
        <ul>
          {(onlyProcurator() ? PROCURATOR_NAV : NAV).map(([href, key]) => (
            <li key={href}>
              <a href={href} onClick={onLinkClick} aria-current={path === href ? 'page' : undefined}>
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Screen path={path} />
      </main>
      <aside aria-label={t('live.region')} class="notices">
        <ul aria-live="polite" data-testid="live-notices">
          {live.notices.map((n) => (
            <li key={`${n.leadId}-${n.version}`}>
              <a href={`/leads/${n.leadId}`} onClick={onLinkClick}>
                {t(n.type === 'LeadShared' ? 'live.shared' : n.type === 'LeadAcknowledged' ? 'live.acknowledged' : 'live.changed', {
                  title: n.title,
                })}
              </a>
            </li>
          ))}
        </ul>
      </aside>
    </>
  );
}
