import type { EventEnvelope } from '../envelope';
import { type RecordAccess, type TlpCode } from '../handling';
import type { CourtUseConsent } from '../use-restrictions';
import type { EvidenceEvent } from './events';
import type { RecognitionDecisionStatus, RecognitionPurpose } from './reference';

/**
 * Who takes part in an evidence item, written once: the evidence decider, its projections, the
 * gateway and the certificate all call these. The registering unit owns the item; the unit that
 * collected it, every unit that has held it in custody, and every unit asked to recognise it take
 * part (they need to see what they hold or are asked to recognise). RED items are seen only by
 * the registering officer and the named officers (those of the units asked to recognise it are
 * named with the request).
 */
export interface EvidenceParties {
  ownerUnitId: string;
  collectedByUnitId: string;
  custodyUnitIds: string[];
  recognitionUnitIds: string[];
}

export const evidenceParticipantUnitIds = (p: EvidenceParties): string[] =>
  [...new Set([p.collectedByUnitId, ...p.custodyUnitIds, ...p.recognitionUnitIds])].filter((u) => u !== '' && u !== p.ownerUnitId);

/** What an access decision needs of an item (kept on every read-model row too). */
export interface EvidenceAccess extends EvidenceParties {
  registeredByOfficerId: string;
  code: TlpCode;
  namedOfficerIds: string[];
}

export const evidenceRecordAccess = (a: EvidenceAccess): RecordAccess => ({
  ownerUnitId: a.ownerUnitId,
  createdByOfficerId: a.registeredByOfficerId,
  participantUnitIds: evidenceParticipantUnitIds(a),
  code: a.code,
  namedOfficerIds: a.namedOfficerIds,
});

/** Folds one evidence event into the access record (null before EvidenceRegistered). */
export function evolveEvidenceAccess(current: EvidenceAccess | null, envelope: EventEnvelope): EvidenceAccess | null {
  const e = { type: envelope.type, data: envelope.data } as EvidenceEvent;
  if (e.type === 'EvidenceRegistered')
    return {
      ownerUnitId: e.data.ownerUnitId,
      collectedByUnitId: e.data.collectedByUnitId,
      custodyUnitIds: [e.data.collectedByUnitId],
      recognitionUnitIds: [],
      registeredByOfficerId: e.data.registeredByOfficerId,
      code: e.data.handling.code,
      namedOfficerIds: e.data.handling.namedOfficerIds,
    };
  if (!current) return null;
  switch (e.type) {
    case 'CustodyTransferred':
      return { ...current, custodyUnitIds: [...new Set([...current.custodyUnitIds, e.data.fromUnitId, e.data.toUnitId])] };
    case 'RecognitionRequested':
      return {
        ...current,
        recognitionUnitIds: [...new Set([...current.recognitionUnitIds, ...e.data.targetUnitIds])],
        namedOfficerIds: [...new Set([...current.namedOfficerIds, ...e.data.namedOfficerIds])],
      };
    default:
      return current;
  }
}

/** A target unit's answer to one request, as the decider, the views and the certificate read it. */
export interface RecognitionDecision {
  unitId: string;
  status: RecognitionDecisionStatus;
  conditions: string[];
  reason: string;
  note: string;
  officerId: string;
  decidedAt: string;
  statusBeforeRevocation: string;
  revokeReason: string;
  revokedAt: string;
}

export interface RecognitionRequestState {
  requestId: string;
  purpose: RecognitionPurpose;
  requestedByUnitId: string;
  requestedByOfficerId: string;
  requestedAt: string;
  note: string;
  decisions: RecognitionDecision[];
}

export const pendingDecision = (unitId: string): RecognitionDecision => ({
  unitId,
  status: 'pending',
  conditions: [],
  reason: '',
  note: '',
  officerId: '',
  decidedAt: '',
  statusBeforeRevocation: '',
  revokeReason: '',
  revokedAt: '',
});

/** The court-use consents recorded on an item, in the shape `courtUseAllowed` reads. */
export const courtUseConsents = (unitIds: readonly string[]): CourtUseConsent[] =>
  unitIds.map((unitId) => ({ unitId, status: 'approved' }));
