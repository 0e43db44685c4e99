import {
  type EventEnvelope,
  evidenceRecordAccess,
  evolveEvidenceAccess,
  evolveOperationAccess,
  type EvidenceAccess,
  evolveLeadAccess,
  type LeadAccessRow,
  leadRecordAccess,
  type OperationAccessRecord,
  operationRecordAccess,
} from '@liaison/contracts';
import type { AnalysisContext, AnalysisRecord } from './situation';
import type { BreachFact } from './assessment';

/**
 * Pure folds of the leads, operations and evidence topics into one small analysis row per record
 * (`analysis_records`) and one row per recorded breach (`analysis_breaches`). The access of each
 * row follows its own context's contract (operations: evolveOperationAccess; evidence:
 * evolveEvidenceAccess; leads: evolveLeadAccess), so a record shared
 * with more units later is counted for them, and a unit that declined stops counting it.
 */
export interface AnalysisRecordRow extends AnalysisRecord {
  _id: string; // the record's stream id
  _v: number;
  /** The context's own access fold (what the next event is folded onto). */
  fold: LeadAccessRow | OperationAccessRecord | EvidenceAccess;
}

export interface BreachRow extends BreachFact {
  _id: string;
  _v: number;
  recordId: string;
  taskId: string;
  dueAt: string;
}

const LEAD_STATUS: Record<string, string> = {
  LeadShared: 'shared',
  LeadAccepted: 'accepted',
  LeadAssignedForCoHandling: 'co_handling',
  SuspectedCrimeFlagged: 'suspected_crime',
  TransferDecided: 'transfer_decided',
  LeadHandedOverToPolice: 'handed_over',
  PoliceDecisionRecorded: 'police_decided',
  LeadClosed: 'closed',
};

export function foldLead(row: AnalysisRecordRow | null, event: EventEnvelope): AnalysisRecordRow | null {
  if (row && event.version <= row._v) return row;
  const folded = evolveLeadAccess((row?.fold as LeadAccessRow | undefined) ?? null, event);
  if (!folded) return null;
  const d = event.data as Record<string, unknown>;
  if (event.type === 'LeadPosted')
    return {
      _id: event.streamId,
      _v: event.version,
      context: 'leads',
      recordId: d.leadId as string,
      category: d.category as string,
      jurisdiction: (d.location as { jurisdiction: string }).jurisdiction,
      ownerUnitId: folded.ownerUnitId,
      status: 'posted',
      createdAt: d.postedAt as string,
      access: leadRecordAccess(folded),
      recognised: 0,
      rejected: 0,
      fold: folded,
    };
  if (!row) return null;
  const status = row.status === 'closed' ? 'closed' : (LEAD_STATUS[event.type] ?? row.status);
  return { ...row, _v: event.version, status, access: leadRecordAccess(folded), fold: folded };
}

export function foldOperation(row: AnalysisRecordRow | null, event: EventEnvelope): AnalysisRecordRow | null {
  if (row && event.version <= row._v) return row;
  const folded = evolveOperationAccess((row?.fold as OperationAccessRecord | undefined) ?? null, event);
  if (!folded) return null;
  const d = event.data as Record<string, unknown>;
  const created = event.type === 'OperationProposed' || event.type === 'OperationDrafted';
  return {
    _id: event.streamId,
    _v: event.version,
    context: 'operations',
    recordId: folded.operationId,
    category: created ? (d.urgency as string) : (row?.category ?? ''),
    jurisdiction: row?.jurisdiction ?? '',
    ownerUnitId: folded.leadUnitId,
    status: folded.status,
    createdAt: created ? ((d.proposedAt ?? d.draftedAt) as string) : (row?.createdAt ?? event.occurredAt),
    access: operationRecordAccess(folded),
    recognised: 0,
    rejected: 0,
    fold: folded,
  };
}

const EVIDENCE_STATUS: Record<string, string> = {
  RecognitionRequested: 'recognition_requested',
  Recognised: 'recognised',
  RecognisedWithConditions: 'recognised',
  RecognitionRejected: 'rejected',
};

export function foldEvidence(row: AnalysisRecordRow | null, event: EventEnvelope): AnalysisRecordRow | null {
  if (row && event.version <= row._v) return row;
  const folded = evolveEvidenceAccess((row?.fold as EvidenceAccess | undefined) ?? null, event);
  if (!folded) return null;
  const d = event.data as Record<string, unknown>;
  if (event.type === 'EvidenceRegistered')
    return {
      _id: event.streamId,
      _v: event.version,
      context: 'evidence',
      recordId: d.evidenceId as string,
      category: d.kind as string,
      jurisdiction: '',
      ownerUnitId: folded.ownerUnitId,
      status: 'registered',
      createdAt: d.registeredAt as string,
      access: evidenceRecordAccess(folded),
      recognised: 0,
      rejected: 0,
      fold: folded,
    };
  if (!row) return null;
  return {
    ...row,
    _v: event.version,
    status: EVIDENCE_STATUS[event.type] ?? row.status,
    recognised: row.recognised + (event.type === 'Recognised' || event.type === 'RecognisedWithConditions' ? 1 : 0),
    rejected: row.rejected + (event.type === 'RecognitionRejected' ? 1 : 0),
    access: evidenceRecordAccess(folded),
    fold: folded,
  };
}

export const RECORD_FOLDS: Record<AnalysisContext, typeof foldLead> = {
  leads: foldLead,
  operations: foldOperation,
  evidence: foldEvidence,
};

const BREACH_EVENTS: Record<string, (d: Record<string, unknown>) => string> = {
  LeadOverdue: (d) => d.kind as string,
  InvitationOverdue: () => 'invitation_response',
  TaskOverdue: () => 'task',
};

export const breachId = (context: string, recordId: string, kind: string, unitId: string, taskId: string) =>
  `${context}:${recordId}:${kind}:${unitId}:${taskId}`;

/** A breach recorded (LeadOverdue, InvitationOverdue, TaskOverdue) or explained (BreachExplained); null for any other event. */
export function foldBreach(context: AnalysisContext, current: (id: string) => BreachRow | null, event: EventEnvelope): BreachRow | null {
  const d = event.data as Record<string, unknown>;
  const taskId = typeof d.taskId === 'string' ? d.taskId : '';
  const breachKind = BREACH_EVENTS[event.type];
  if (breachKind) {
    const kind = breachKind(d);
    return {
      _id: breachId(context, event.streamId, kind, d.unitId as string, taskId),
      _v: event.version,
      context,
      kind,
      unitId: d.unitId as string,
      recordId: event.streamId,
      taskId,
      dueAt: d.dueAt as string,
      detectedAt: d.detectedAt as string,
      explained: false,
    };
  }
  if (event.type === 'BreachExplained') {
    const row = current(breachId(context, event.streamId, d.kind as string, d.unitId as string, taskId));
    return row && event.version > row._v ? { ...row, _v: event.version, explained: true } : null;
  }
  return null;
}
