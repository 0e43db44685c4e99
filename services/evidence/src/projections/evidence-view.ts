import {
  type EventEnvelope,
  type EvidenceAccess,
  type EvidenceEvent,
  evolveEvidenceAccess,
  type HandlingData,
  type IntegrityStatus,
  type RecognitionRequestState,
} from '@liaison/contracts';
import { decide } from '../domain/evidence';

/**
 * An item as every read shows it, folded from its events: GetEvidence folds it from the store
 * (read-your-writes), the `evidence_items` projection from the topic (lists, counts, dossiers).
 * `access` is the contract's fold (evolveEvidenceAccess), so every read filters by the same parties.
 */
export interface CustodyEntry {
  fromUnitId: string;
  fromOfficerId: string;
  toUnitId: string;
  toOfficerId: string;
  reason: string;
  at: string;
  recordedByOfficerId: string;
}

export interface TimelineEntry {
  version: number;
  category: 'registration' | 'custody' | 'recognition' | 'integrity' | 'test_report' | 'consent';
  type: string;
  at: string;
  unitId: string;
  officerId: string;
  summary: string;
}

export interface EvidenceView {
  evidenceId: string;
  version: number;
  status: 'registered';
  kind: string;
  title: string;
  description: string;
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
  storageRef: string;
  ownerUnitId: string;
  registeredByOfficerId: string;
  registeredAt: string;
  collectedByUnitId: string;
  collectedByOfficerId: string;
  collectedAt: string;
  collectedPlace: string;
  collectionMethod: string;
  leadId: string;
  operationId: string;
  /** leadId or operationId: the record the item belongs to (top-level, for equality filters). */
  linkedRecordId: string;
  handling: HandlingData;
  handlingCode: string;
  custodianUnitId: string;
  custodianOfficerId: string;
  custody: CustodyEntry[];
  recognitionRequests: RecognitionRequestState[];
  testReportIds: string[];
  integrity: { status: IntegrityStatus; checkedAt: string; presentedSha256: string; checkedByOfficerId: string };
  courtUseConsent: { given: boolean; unitIds: string[]; officerId: string; at: string; note: string };
  timeline: TimelineEntry[];
  access: EvidenceAccess;
  updatedAt: string;
}

const entry = (envelope: EventEnvelope, category: TimelineEntry['category'], unitId: string, summary: string): TimelineEntry => ({
  version: envelope.version,
  category,
  type: envelope.type,
  at: envelope.occurredAt,
  unitId,
  officerId: envelope.actor.officerId,
  summary,
});

/** Folds one event into the view (null before EvidenceRegistered); events at or below the view's version are skipped. */
export function evolveEvidenceView(view: EvidenceView | null, envelope: EventEnvelope): EvidenceView | null {
  if (view && envelope.version <= view.version) return view;
  const e = { type: envelope.type, data: envelope.data } as EvidenceEvent;
  if (e.type === 'EvidenceRegistered') {
    const d = e.data;
    return {
      evidenceId: d.evidenceId,
      version: envelope.version,
      status: 'registered',
      kind: d.kind,
      title: d.title,
      description: d.description,
      sha256: d.sha256,
      size: d.size,
      mediaType: d.mediaType,
      fileName: d.fileName,
      storageRef: d.storageRef,
      ownerUnitId: d.ownerUnitId,
      registeredByOfficerId: d.registeredByOfficerId,
      registeredAt: d.registeredAt,
      collectedByUnitId: d.collectedByUnitId,
      collectedByOfficerId: d.collectedByOfficerId,
      collectedAt: d.collectedAt,
      collectedPlace: d.collectedPlace,
      collectionMethod: d.collectionMethod,
      leadId: d.leadId,
      operationId: d.operationId,
      linkedRecordId: d.leadId || d.operationId,
      handling: d.handling,
      handlingCode: d.handling.code,
      custodianUnitId: d.collectedByUnitId,
      custodianOfficerId: d.collectedByOfficerId,
      custody: [],
      recognitionRequests: [],
      testReportIds: [],
      integrity: { status: 'unverified', checkedAt: '', presentedSha256: '', checkedByOfficerId: '' },
      courtUseConsent: { given: false, unitIds: [], officerId: '', at: '', note: '' },
      timeline: [
        entry(envelope, 'registration', d.ownerUnitId, `${d.kind} registered by ${d.ownerUnitId}, collected by ${d.collectedByUnitId}`),
      ],
      access: evolveEvidenceAccess(null, envelope)!,
      updatedAt: envelope.occurredAt,
    };
  }
  if (!view) return null;
  const next: EvidenceView = {
    ...view,
    version: envelope.version,
    updatedAt: envelope.occurredAt,
    access: evolveEvidenceAccess(view.access, envelope) ?? view.access,
  };
  const requests = () => Object.fromEntries(next.recognitionRequests.map((r) => [r.requestId, r]));
  const answered = (requestId: string, unitId: string, patch: Parameters<typeof decide>[3], summary: string): EvidenceView => ({
    ...next,
    recognitionRequests: Object.values(decide(requests(), requestId, unitId, patch)),
    timeline: [...next.timeline, entry(envelope, 'recognition', unitId, summary)],
  });
  switch (e.type) {
    case 'CustodyTransferred':
      return {
        ...next,
        custodianUnitId: e.data.toUnitId,
        custodianOfficerId: e.data.toOfficerId,
        custody: [...next.custody, e.data],
        timeline: [
          ...next.timeline,
          // The hand-over's own time, which may precede its recording.
          {
            ...entry(envelope, 'custody', e.data.fromUnitId, `custody ${e.data.fromUnitId} → ${e.data.toUnitId}: ${e.data.reason}`),
            at: e.data.at,
          },
        ],
      };
    case 'TestReportAttached':
      return {
        ...next,
        testReportIds: [...new Set([...next.testReportIds, e.data.reportEvidenceId])],
        timeline: [
          ...next.timeline,
          entry(envelope, 'test_report', envelope.actor.unitId, `test report ${e.data.reportEvidenceId} attached`),
        ],
      };
    case 'RecognitionRequested': {
      const { requestId, purpose, targetUnitIds, requestedByUnitId, requestedByOfficerId, at, note } = e.data;
      return {
        ...next,
        handling: { ...next.handling, namedOfficerIds: [...new Set([...next.handling.namedOfficerIds, ...e.data.namedOfficerIds])] },
        recognitionRequests: [
          ...next.recognitionRequests,
          {
            requestId,
            purpose,
            requestedByUnitId,
            requestedByOfficerId,
            requestedAt: at,
            note,
            decisions: targetUnitIds.map((unitId) => ({
              unitId,
              status: 'pending' as const,
              conditions: [],
              reason: '',
              note: '',
              officerId: '',
              decidedAt: '',
              statusBeforeRevocation: '',
              revokeReason: '',
              revokedAt: '',
            })),
          },
        ],
        timeline: [
          ...next.timeline,
          entry(envelope, 'recognition', requestedByUnitId, `recognition for ${purpose} requested from ${targetUnitIds.join(', ')}`),
        ],
      };
    }
    case 'Recognised':
      return answered(
        e.data.requestId,
        e.data.unitId,
        (d) => ({ ...d, status: 'recognised', note: e.data.note, officerId: e.data.officerId, decidedAt: e.data.at }),
        `${e.data.unitId} recognised`,
      );
    case 'RecognisedWithConditions':
      return answered(
        e.data.requestId,
        e.data.unitId,
        (d) => ({
          ...d,
          status: 'recognised_with_conditions',
          conditions: e.data.conditions,
          note: e.data.note,
          officerId: e.data.officerId,
          decidedAt: e.data.at,
        }),
        `${e.data.unitId} recognised with conditions: ${e.data.conditions.join('; ')}`,
      );
    case 'RecognitionRejected':
      return answered(
        e.data.requestId,
        e.data.unitId,
        (d) => ({ ...d, status: 'rejected', reason: e.data.reason, officerId: e.data.officerId, decidedAt: e.data.at }),
        `${e.data.unitId} rejected: ${e.data.reason}`,
      );
    case 'RecognitionRevoked':
      return answered(
        e.data.requestId,
        e.data.unitId,
        (d) => ({ ...d, status: 'revoked', statusBeforeRevocation: d.status, revokeReason: e.data.reason, revokedAt: e.data.at }),
        `${e.data.unitId} revoked its recognition: ${e.data.reason}`,
      );
    case 'CourtUseConsentRecorded':
      return {
        ...next,
        courtUseConsent: {
          given: true,
          unitIds: [...new Set([...next.courtUseConsent.unitIds, ...e.data.unitIds])],
          officerId: e.data.officerId,
          at: e.data.at,
          note: e.data.note,
        },
        timeline: [...next.timeline, entry(envelope, 'consent', next.ownerUnitId, `court use consented for ${e.data.unitIds.join(', ')}`)],
      };
    case 'IntegrityVerified':
    case 'IntegrityMismatchDetected': {
      const status = e.type === 'IntegrityVerified' ? 'verified' : 'mismatch';
      return {
        ...next,
        integrity: { status, checkedAt: e.data.at, presentedSha256: e.data.presentedSha256, checkedByOfficerId: e.data.officerId },
        timeline: [
          ...next.timeline,
          entry(envelope, 'integrity', e.data.unitId, `content ${status} (${e.data.presentedSha256.slice(0, 12)}…)`),
        ],
      };
    }
    default:
      return next;
  }
}

/** Decisions still pending across the item's requests. */
export const pendingDecisions = (v: Pick<EvidenceView, 'recognitionRequests'>): number =>
  v.recognitionRequests.reduce((n, r) => n + r.decisions.filter((d) => d.status === 'pending').length, 0);
