import type { EventEnvelope } from '../envelope';
import type { RecordAccess, TlpCode } from '../handling';
import { leadParticipantUnitIds } from './participants';

/**
 * A lead's access as another context folds it from the leads topic (the operations service's
 * `lead_access`, the meetings service's stuck items), so a fact derived from the
 * lead is disclosed by the lead's current access and not by a copy of its handling taken once.
 * Participants follow the leads contract's one rule (leadParticipantUnitIds: a recipient that
 * declined leaves); RED named officers grow with shares, hand-overs and the Procuratorate's
 * supervision, and shrink with declines.
 */
export interface LeadAccessRow {
  _id: string; // the lead id
  _v: number;
  ownerUnitId: string;
  postedByOfficerId: string;
  code: TlpCode;
  namedOfficerIds: string[];
  recipients: { unitId: string; status: string }[];
  coHandlingUnitIds: string[];
  policeUnitId: string;
  /** The Procuratorate unit asked for case-filing supervision ('' before; absent on rows folded before it was followed). */
  procuratorateUnitId?: string;
  title: string;
  open: boolean;
}

const list = (data: unknown, key: string): string[] => {
  const value = (data as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

/** Folds one leads event into the row (null until LeadPosted); events at or below the row's version are skipped. */
export function evolveLeadAccess(row: LeadAccessRow | null, event: EventEnvelope): LeadAccessRow | null {
  if (row && event.version <= row._v) return row;
  const d = event.data as Record<string, unknown>;
  if (event.type === 'LeadPosted') {
    const handling = d.handling as { code: TlpCode; namedOfficerIds: string[] };
    return {
      _id: event.streamId,
      _v: event.version,
      ownerUnitId: d.ownerUnitId as string,
      postedByOfficerId: d.postedByOfficerId as string,
      code: handling.code,
      namedOfficerIds: handling.namedOfficerIds,
      recipients: [],
      coHandlingUnitIds: [],
      policeUnitId: '',
      title: d.title as string,
      open: true,
    };
  }
  if (!row) return null;
  const next: LeadAccessRow = { ...row, _v: event.version };
  switch (event.type) {
    case 'LeadShared':
      return {
        ...next,
        recipients: [
          ...next.recipients,
          ...list(d, 'unitIds')
            .filter((u) => !next.recipients.some((r) => r.unitId === u))
            .map((unitId) => ({ unitId, status: 'pending' })),
        ],
        namedOfficerIds: [...new Set([...next.namedOfficerIds, ...list(d, 'namedOfficerIds')])],
      };
    case 'LeadDeclined': {
      const revoked = new Set(list(d, 'revokedOfficerIds'));
      return {
        ...next,
        recipients: next.recipients.map((r) => (r.unitId === d.unitId ? { ...r, status: 'declined' } : r)),
        namedOfficerIds: next.namedOfficerIds.filter((id) => !revoked.has(id)),
      };
    }
    case 'LeadAssignedForCoHandling': {
      const tasks = (d.tasks as { unitId: string }[] | undefined) ?? [];
      return { ...next, coHandlingUnitIds: [...new Set([...next.coHandlingUnitIds, ...tasks.map((t) => t.unitId)])] };
    }
    case 'LeadHandedOverToPolice':
      return {
        ...next,
        policeUnitId: d.policeUnitId as string,
        namedOfficerIds: [...new Set([...next.namedOfficerIds, ...list(d, 'namedOfficerIds')])],
      };
    case 'ProcuratorateSupervisionRequested':
      return {
        ...next,
        procuratorateUnitId: d.procuratorateUnitId as string,
        namedOfficerIds: [...new Set([...next.namedOfficerIds, ...list(d, 'namedOfficerIds')])],
      };
    case 'LeadClosed':
      return { ...next, open: false };
    default:
      return next;
  }
}

export const leadRecordAccess = (row: LeadAccessRow): RecordAccess => ({
  ownerUnitId: row.ownerUnitId,
  createdByOfficerId: row.postedByOfficerId,
  participantUnitIds: leadParticipantUnitIds({
    recipients: row.recipients,
    coHandlingUnitIds: row.coHandlingUnitIds,
    policeUnitId: row.policeUnitId,
    procuratorateUnitId: row.procuratorateUnitId,
  }),
  code: row.code,
  namedOfficerIds: row.namedOfficerIds,
});
