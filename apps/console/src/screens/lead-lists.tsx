import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, problemDetail, type Schemas } from '../api/client';
import { useVirtualRows } from '../components/virtual-rows';
import { currentSession } from '../auth/session';
import { formatDateTime, formatDuration } from '../format';
import { useT } from '../i18n';
import { readUntilCaughtUp, useLiveNotices } from '../live/live-stream';
import { useUnitName } from '../reference';
import { onLinkClick } from '../router';

/** The lists of leads: shared with my unit, posted by it, breaches, and (procurators) the transfer cases my Procuratorate is asked to supervise. */
type Box = 'inbox' | 'outbox' | 'overdue' | 'supervision';
/** The most rows a list reads (pages of 100); beyond that a search narrows it. */
const MAX_ROWS = 5_000;
/** Every row has this height (styles.css `.virtual tbody tr`), so the windowing needs no measuring. */
const ROW_HEIGHT = 64;
type LeadSummary = Schemas['LeadSummary'];
type OverdueItem = Schemas['OverduePage']['items'][number];

/** A clock for countdowns: re-renders every second. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Countdown({ dueAt, rule }: { dueAt: string | undefined; rule?: string | undefined }) {
  const { t, language } = useT();
  const now = useNow();
  if (!dueAt) return <span>—</span>;
  const left = new Date(dueAt).getTime() - now;
  return (
    <span class={left < 0 ? 'due overdue' : 'due'} title={rule}>
      <time dateTime={dueAt}>{formatDateTime(dueAt, language)}</time>
      <br />
      <span>
        {left < 0
          ? t('leads.overdueBy', { time: formatDuration(left, language) })
          : t('leads.remaining', { time: formatDuration(left, language) })}
      </span>
      {rule && <span class="rule"> · {rule}</span>}
    </span>
  );
}

/** Inbox, outbox and overdue: one table; re-read when the live stream tells of a change. */
export function LeadList({ box }: { box: Box }) {
  const { t } = useT();
  const unitName = useUnitName();
  const [leads, setLeads] = useState<LeadSummary[] | null>(null);
  const [overdue, setOverdue] = useState<OverdueItem[] | null>(null);
  const [error, setError] = useState('');
  /** Reads the list; true when it shows `awaited` (a lead at least at that version). */
  const load = useCallback(
    async (awaited?: { leadId: string; version: number }): Promise<boolean> => {
      if (box === 'overdue') {
        const { data, error: problem } = await api.GET('/api/v1/leads/overdue', { params: { query: { limit: 100 } } });
        if (!data) return (setError(problemDetail(problem)), true);
        setOverdue(data.items);
        return !awaited || data.items.some((i) => i.leadId === awaited.leadId);
      }
      // Every page (the API gives at most 100 a page), up to MAX_ROWS: the table is virtualised.
      const items: LeadSummary[] = [];
      let cursor: string | undefined;
      do {
        const params = { query: { limit: 100, ...(cursor ? { cursor } : {}) } };
        const { data, error: problem } =
          box === 'supervision'
            ? await api.GET('/api/v1/leads/supervision', { params })
            : await api.GET(box === 'inbox' ? '/api/v1/leads/inbox' : '/api/v1/leads/outbox', { params });
        if (!data) return (setError(problemDetail(problem)), true);
        items.push(...data.items);
        cursor = data.nextCursor ?? undefined;
      } while (cursor && items.length < MAX_ROWS);
      setLeads(items);
      return !awaited || items.some((l) => l.leadId === awaited.leadId && l.version >= awaited.version);
    },
    [box],
  );
  useEffect(() => {
    setLeads(null);
    setOverdue(null);
    void load();
  }, [load]);
  useLiveNotices(useCallback((notice) => void readUntilCaughtUp(() => load(notice)), [load]));

  const heading = t(`leads.${box}`);
  if (error)
    return (
      <p class="error" role="alert">
        {t('problem.generic', { detail: error })}
      </p>
    );
  if (box === 'overdue')
    return (
      <section aria-labelledby="list-heading">
        <h1 id="list-heading">{heading}</h1>
        {overdue && overdue.length === 0 && <p>{t('leads.empty')}</p>}
        {overdue && overdue.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('leads.title')}</th>
                <th scope="col">{t('leads.owner')}</th>
                <th scope="col">{t('leads.due')}</th>
              </tr>
            </thead>
            <tbody>
              {overdue.map((item) => (
                <tr key={`${item.leadId}-${item.breach.kind}-${item.breach.unitId}-${item.breach.taskId}`}>
                  <td>
                    <a href={`/leads/${item.leadId}`} onClick={onLinkClick}>
                      {item.title}
                    </a>
                  </td>
                  <td>{unitName(item.ownerUnitId)}</td>
                  <td>
                    <Countdown dueAt={item.breach.dueAt} rule={item.breach.rule} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    );
  return (
    <section aria-labelledby="list-heading">
      <h1 id="list-heading">{heading}</h1>
      {leads && <p class="count">{t('leads.rows', { count: leads.length })}</p>}
      {leads && leads.length === 0 && <p>{t('leads.empty')}</p>}
      {leads && leads.length > 0 && <LeadTable box={box} leads={leads} label={heading} />}
    </section>
  );
}

/**
 * The inbox or outbox table, windowed: the rows in view are rendered, spacer rows stand for the
 * rest (aria-rowcount / aria-rowindex tell assistive technology the true size). The scroll box is
 * focusable, so the arrow and page keys scroll it.
 */
function LeadTable({ box, leads, label }: { box: Exclude<Box, 'overdue'>; leads: LeadSummary[]; label: string }) {
  const { t, language } = useT();
  const unitName = useUnitName();
  const scroller = useRef<HTMLDivElement>(null);
  const { rows, before, after } = useVirtualRows(leads.length, scroller, ROW_HEIGHT);
  const columns = 5;
  const myUnit = currentSession()?.officer.unitId;
  return (
    <div class="virtual" ref={scroller} tabIndex={0} role="region" aria-label={label} data-testid={`${box}-scroll`}>
      <table data-testid={`${box}-table`} data-count={leads.length} aria-rowcount={leads.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('leads.title')}</th>
            <th scope="col">{t('leads.category')}</th>
            <th scope="col">{box === 'outbox' ? t('leads.recipients') : t('leads.owner')}</th>
            <th scope="col">{t('leads.status')}</th>
            <th scope="col">{box === 'inbox' ? t('leads.due') : t('leads.postedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" class="spacer">
              <td colSpan={columns} style={{ height: `${before}px` }} />
            </tr>
          )}
          {rows.map(({ index }) => {
            const lead = leads[index]!;
            return (
              <tr key={lead.leadId} aria-rowindex={index + 2} class={lead.overdue ? 'overdue' : ''}>
                <td>
                  <a href={`/leads/${lead.leadId}`} onClick={onLinkClick}>
                    {lead.title}
                  </a>
                </td>
                <td>{t(`category.${lead.category}`)}</td>
                <td>{box === 'outbox' ? lead.recipients.map((r) => unitName(r.unitId)).join('、') || '—' : unitName(lead.ownerUnitId)}</td>
                <td>{box === 'inbox' ? t(`recipientStatus.${lead.myStatus}`) : t(`status.${lead.status}`)}</td>
                <td>
                  {box === 'inbox' ? (
                    <Countdown
                      dueAt={lead.myStatus === 'shared' ? lead.acknowledgeDueAt : undefined}
                      rule={lead.recipients.find((r) => r.unitId === myUnit)?.acknowledgeDueRule}
                    />
                  ) : (
                    formatDateTime(lead.postedAt, language)
                  )}
                </td>
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" class="spacer">
              <td colSpan={columns} style={{ height: `${after}px` }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
