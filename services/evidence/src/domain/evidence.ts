import {
  type EventEnvelope,
  type EvidenceAccess,
  type EvidenceEvent,
  type EvidenceKind,
  type HandlingData,
  type IntegrityStatus,
  pendingDecision,
  type RecognitionDecision,
  type RecognitionRequestState,
} from '@liaison/contracts';

/**
 * An item's state as its decisions need it, and `evolve`, which folds its events into it. The
 * decisions live one file per command (or command group) in ./commands, dispatched by
 * ./evidence-decider.ts.
 */
export interface EvidenceState {
  exists: boolean;
  evidenceId: string;
  kind: EvidenceKind | '';
  sha256: string;
  ownerUnitId: string;
  registeredByOfficerId: string;
  collectedByUnitId: string;
  leadId: string;
  operationId: string;
  handling: HandlingData;
  custodianUnitId: string;
  custodianOfficerId: string;
  custodyUnitIds: string[];
  requests: Record<string, RecognitionRequestState>;
  /** Units the originator consented may use the item in court. */
  courtUseConsentUnitIds: string[];
  /** The last integrity check: a mismatch blocks recognition until a later check verifies. */
  integrity: IntegrityStatus;
  testReportIds: string[];
}

export const initialEvidenceState = (): EvidenceState => ({
  exists: false,
  evidenceId: '',
  kind: '',
  sha256: '',
  ownerUnitId: '',
  registeredByOfficerId: '',
  collectedByUnitId: '',
  leadId: '',
  operationId: '',
  handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  custodianUnitId: '',
  custodianOfficerId: '',
  custodyUnitIds: [],
  requests: {},
  courtUseConsentUnitIds: [],
  integrity: 'unverified',
  testReportIds: [],
});

export const evidenceAccess = (s: EvidenceState): EvidenceAccess => ({
  ownerUnitId: s.ownerUnitId,
  collectedByUnitId: s.collectedByUnitId,
  custodyUnitIds: s.custodyUnitIds,
  recognitionUnitIds: Object.values(s.requests).flatMap((r) => r.decisions.map((d) => d.unitId)),
  registeredByOfficerId: s.registeredByOfficerId,
  code: s.handling.code,
  namedOfficerIds: s.handling.namedOfficerIds,
});

/** Applies a target unit's answer (or revocation) to the request's decision of that unit. */
export function decide(
  requests: Record<string, RecognitionRequestState>,
  requestId: string,
  unitId: string,
  patch: (d: RecognitionDecision) => RecognitionDecision,
): Record<string, RecognitionRequestState> {
  const request = requests[requestId];
  if (!request) return requests;
  return { ...requests, [requestId]: { ...request, decisions: request.decisions.map((d) => (d.unitId === unitId ? patch(d) : d)) } };
}

export function evolveEvidence(state: EvidenceState, envelope: EventEnvelope): EvidenceState {
  const e = { type: envelope.type, data: envelope.data } as EvidenceEvent;
  switch (e.type) {
    case 'EvidenceRegistered':
      return {
        ...state,
        exists: true,
        evidenceId: e.data.evidenceId,
        kind: e.data.kind,
        sha256: e.data.sha256,
        ownerUnitId: e.data.ownerUnitId,
        registeredByOfficerId: e.data.registeredByOfficerId,
        collectedByUnitId: e.data.collectedByUnitId,
        leadId: e.data.leadId,
        operationId: e.data.operationId,
        handling: e.data.handling,
        custodianUnitId: e.data.collectedByUnitId,
        custodianOfficerId: e.data.collectedByOfficerId,
        custodyUnitIds: [e.data.collectedByUnitId],
      };
    case 'CustodyTransferred':
      return {
        ...state,
        custodianUnitId: e.data.toUnitId,
        custodianOfficerId: e.data.toOfficerId,
        custodyUnitIds: [...new Set([...state.custodyUnitIds, e.data.fromUnitId, e.data.toUnitId])],
      };
    case 'TestReportAttached':
      return { ...state, testReportIds: [...new Set([...state.testReportIds, e.data.reportEvidenceId])] };
    case 'RecognitionRequested':
      return {
        ...state,
        handling: { ...state.handling, namedOfficerIds: [...new Set([...state.handling.namedOfficerIds, ...e.data.namedOfficerIds])] },
        requests: {
          ...state.requests,
          [e.data.requestId]: {
            requestId: e.data.requestId,
            purpose: e.data.purpose,
            requestedByUnitId: e.data.requestedByUnitId,
            requestedByOfficerId: e.data.requestedByOfficerId,
            requestedAt: e.data.at,
            note: e.data.note,
            decisions: e.data.targetUnitIds.map(pendingDecision),
          },
        },
      };
    case 'Recognised':
      return {
        ...state,
        requests: decide(state.requests, e.data.requestId, e.data.unitId, (d) => ({
          ...d,
          status: 'recognised',
          note: e.data.note,
          officerId: e.data.officerId,
          decidedAt: e.data.at,
        })),
      };
    case 'RecognisedWithConditions':
      return {
        ...state,
        requests: decide(state.requests, e.data.requestId, e.data.unitId, (d) => ({
          ...d,
          status: 'recognised_with_conditions',
          conditions: e.data.conditions,
          note: e.data.note,
          officerId: e.data.officerId,
          decidedAt: e.data.at,
        })),
      };
    case 'RecognitionRejected':
      return {
        ...state,
        requests: decide(state.requests, e.data.requestId, e.data.unitId, (d) => ({
          ...d,
          status: 'rejected',
          reason: e.data.reason,
          officerId: e.data.officerId,
          decidedAt: e.data.at,
        })),
      };
    case 'RecognitionRevoked':
      return {
        ...state,
        requests: decide(state.requests, e.data.requestId, e.data.unitId, (d) => ({
          ...d,
          status: 'revoked',
          statusBeforeRevocation: d.status,
          revokeReason: e.data.reason,
          revokedAt: e.data.at,
        })),
      };
    case 'CourtUseConsentRecorded':
      return { ...state, courtUseConsentUnitIds: [...new Set([...state.courtUseConsentUnitIds, ...e.data.unitIds])] };
    case 'IntegrityVerified':
      return { ...state, integrity: 'verified' };
    case 'IntegrityMismatchDetected':
      return { ...state, integrity: 'mismatch' };
    default: {
      const unknown: never = e;
      return unknown;
    }
  }
}
