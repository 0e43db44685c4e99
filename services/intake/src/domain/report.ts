import type { Actor, EventEnvelope, IntakeEvent, RecordAccess, ReportStatus } from '@liaison/contracts';

export interface ReportState {
  reportId: string | null;
  status: ReportStatus | 'none';
  category: string;
  what: string;
  where: { jurisdiction: string; address: string };
  hasContact: boolean;
  receiptDigest: string;
  routedToUnitId: string;
  screeningOfficerIds: string[];
  screeningDueAt: string;
  submittedAt: string;
  updatedAt: string;
  /** Rejected: the reason the reporter is shown. */
  reason: string;
  mergedIntoReportId: string;
  leadId: string;
  leadOutcome: string;
}

export const initialReportState = (): ReportState => ({
  reportId: null,
  status: 'none',
  category: '',
  what: '',
  where: { jurisdiction: '', address: '' },
  hasContact: false,
  receiptDigest: '',
  routedToUnitId: '',
  screeningOfficerIds: [],
  screeningDueAt: '',
  submittedAt: '',
  updatedAt: '',
  reason: '',
  mergedIntoReportId: '',
  leadId: '',
  leadOutcome: '',
});

export function evolveReport(state: ReportState, event: EventEnvelope): ReportState {
  const e = { type: event.type, data: event.data } as IntakeEvent;
  switch (e.type) {
    case 'ReportSubmitted':
      return {
        ...state,
        reportId: e.data.reportId,
        status: 'received',
        category: e.data.category,
        what: e.data.what,
        where: e.data.where,
        hasContact: e.data.hasContact,
        receiptDigest: e.data.receiptDigest,
        routedToUnitId: e.data.routedToUnitId,
        screeningOfficerIds: e.data.screeningOfficerIds,
        screeningDueAt: e.data.screeningDueAt,
        submittedAt: e.data.submittedAt,
        updatedAt: e.data.submittedAt,
      };
    case 'ReportRejected':
      return { ...state, status: 'rejected', reason: e.data.reason, updatedAt: e.data.at };
    case 'ReportMerged':
      return { ...state, status: 'merged', mergedIntoReportId: e.data.intoReportId, updatedAt: e.data.at };
    case 'ReportConverted':
      return { ...state, status: 'converted', leadId: e.data.leadId, updatedAt: e.data.at };
    case 'ReportConcluded':
      return { ...state, status: 'concluded', leadOutcome: e.data.outcome, updatedAt: e.data.at };
    default:
      return state;
  }
}

/** The public reporter: the actor of SubmitReport (no account). */
export const PUBLIC_ACTOR: Actor = { officerId: 'public', unitId: 'public', roles: [] };

/**
 * Who sees what of a report, as records for the one visibility rule (handling.ts): the report is
 * AMBER+STRICT of the unit it was routed to (other units must not learn of it); the reporter's
 * identity is RED, named to the routing rule's screening officers only.
 */
export const reportAccess = (s: Pick<ReportState, 'routedToUnitId'>): RecordAccess => ({
  ownerUnitId: s.routedToUnitId,
  createdByOfficerId: PUBLIC_ACTOR.officerId,
  participantUnitIds: [],
  code: 'AMBER+STRICT',
  namedOfficerIds: [],
});
export const reporterAccess = (s: Pick<ReportState, 'routedToUnitId' | 'screeningOfficerIds'>): RecordAccess => ({
  ownerUnitId: s.routedToUnitId,
  createdByOfficerId: PUBLIC_ACTOR.officerId,
  participantUnitIds: [],
  code: 'RED',
  namedOfficerIds: s.screeningOfficerIds,
});

/** What the reporter sees with the receipt code: the status, and a rejection's reason; never notes. */
export const publicStatusOf = (s: ReportState) => ({
  status: s.status,
  reason: s.status === 'rejected' ? s.reason : '',
  submittedAt: s.submittedAt,
  updatedAt: s.updatedAt,
});
