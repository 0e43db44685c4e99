import {
  type Actor,
  type EventEnvelope,
  type IntakeEvent,
  PUBLIC_REPORTER,
  type RecordAccess,
  type ReportStatus,
  type RewardBasis,
  type RewardStatus,
} from '@liaison/contracts';

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
  /** 有奖举报: top-level so the office's list reads it by equality (FerretDB v1). */
  rewardStatus: RewardStatus | 'none';
  reward: RewardState | null;
  /** Files the reporter attached (ADR 0034); absent in read-model documents written before them. */
  attachments: AttachmentState[];
}

/** One attached file as stored: the type sniffed from the bytes, never the client's name. */
export interface AttachmentState {
  attachmentId: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageRef: string;
  receivedAt: string;
}

/** One step of a reward, for its history: every step is an event with its actor. */
export interface RewardStep {
  type: string;
  unitId: string;
  officerId: string;
  at: string;
  note: string;
}
export interface RewardState {
  basis: RewardBasis;
  leadId: string;
  proposedAt: string;
  amountYuan: number;
  paymentReference: string;
  history: RewardStep[];
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
  rewardStatus: 'none',
  reward: null,
  attachments: [],
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
    case 'RewardProposed':
      return {
        ...state,
        rewardStatus: 'proposed',
        reward: {
          basis: e.data.basis,
          leadId: e.data.leadId,
          proposedAt: e.data.at,
          amountYuan: 0,
          paymentReference: '',
          history: [{ type: event.type, unitId: event.actor.unitId, officerId: event.actor.officerId, at: e.data.at, note: e.data.basis }],
        },
      };
    case 'ReportAttachmentReceived':
      return {
        ...state,
        attachments: [
          ...(state.attachments ?? []),
          {
            attachmentId: e.data.attachmentId,
            mediaType: e.data.mediaType,
            size: e.data.size,
            sha256: e.data.sha256,
            storageRef: e.data.storageRef,
            receivedAt: e.data.at,
          },
        ],
      };
    case 'RewardApproved':
    case 'RewardDeclined':
    case 'RewardPaid': {
      if (!state.reward) return state;
      const step: RewardStep = {
        type: event.type,
        unitId: e.data.unitId,
        officerId: e.data.officerId,
        at: e.data.at,
        note: e.type === 'RewardApproved' ? e.data.note : e.type === 'RewardDeclined' ? e.data.reason : e.data.reference,
      };
      const status = e.type === 'RewardApproved' ? 'approved' : e.type === 'RewardDeclined' ? 'declined' : 'paid';
      return {
        ...state,
        rewardStatus: status,
        reward: {
          ...state.reward,
          amountYuan: e.type === 'RewardDeclined' ? state.reward.amountYuan : e.data.amountYuan,
          paymentReference: e.type === 'RewardPaid' ? e.data.reference : state.reward.paymentReference,
          history: [...state.reward.history, step],
        },
      };
    }
    default:
      return state;
  }
}

/** The public reporter: the actor of SubmitReport and AttachToReport (no account). */
export const PUBLIC_ACTOR: Actor = PUBLIC_REPORTER;

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

/**
 * What the reporter sees with the receipt code: the status, a rejection's reason, whether a
 * reward exists and its status (never its amount, the lead, notes or who decided), and how many
 * of the files attached arrived.
 */
export const publicStatusOf = (s: ReportState) => ({
  status: s.status,
  reason: s.status === 'rejected' ? s.reason : '',
  submittedAt: s.submittedAt,
  updatedAt: s.updatedAt,
  rewardStatus: s.rewardStatus === 'none' ? '' : s.rewardStatus,
  attachmentCount: (s.attachments ?? []).length,
});
