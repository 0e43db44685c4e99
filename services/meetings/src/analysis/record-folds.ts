import {
  type EventEnvelope,
  evidenceRecordAccess,
  evolveEvidenceAccess,
  evolveOperationAccess,
  type EvidenceAccess,
  evolveLeadAccess,
  type LeadAccessRow,
  leadRecordAccess,
  isRightWindow,
  leadDeadlineChanges,
  type OperationAccessRecord,
  operationRecordAccess,
} from '@liaison/contracts';
import type { AnalysisContext, AnalysisRecord, DutyRecord, OperationResult } from './situation';
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

const sameDuty = (d: DutyRecord, ref: { kind: string; unitId: string; taskId?: string }) =>
  d.kind === ref.kind && d.unitId === ref.unitId && (ref.taskId === undefined || d.taskId === ref.taskId);
const open = (d: DutyRecord) => !d.metAt && !d.ended;

/**
 * A lead's duties (every deadline set, met, ended or breached) for the time-limit compliance of the
 * assessment. Which event sets, meets and ends which deadline is the leads contract's one rule
 * (leadDeadlineChanges, the same the lead view folds); parties are the lead as it stood before
 * the event. Rights (reconsideration and supervision requests, ADR 0014) are not duties.
 */
export function foldDuties(duties: DutyRecord[], before: LeadAccessRow | null, event: EventEnvelope): DutyRecord[] {
  if (event.type === 'LeadOverdue') {
    const d = event.data as { kind: string; unitId: string; taskId?: string; detectedAt: string };
    return duties.map((x) => (open(x) && sameDuty(x, d) ? { ...x, breachedAt: x.breachedAt || d.detectedAt } : x));
  }
  const c = leadDeadlineChanges(
    {
      ownerUnitId: before?.ownerUnitId ?? '',
      policeUnitId: before?.policeUnitId ?? '',
      procuratorateUnitId: before?.procuratorateUnitId ?? '',
    },
    event,
  );
  let next = c.endsAll ? duties.map((x) => (open(x) ? { ...x, ended: true } : x)) : duties;
  for (const m of c.met) next = next.map((x) => (open(x) && sameDuty(x, m) ? { ...x, metAt: c.at } : x));
  for (const m of c.ended) next = next.map((x) => (open(x) && sameDuty(x, m) ? { ...x, ended: true } : x));
  for (const s of c.set.filter((x) => !isRightWindow(x.kind))) {
    // A new round replaces an open, unbreached deadline of the same duty (as the lead view does); a breach stays a record.
    next = next.filter((x) => !(open(x) && !x.breachedAt && sameDuty(x, { ...s, taskId: s.taskId ?? '' })));
    next = [...next, { kind: s.kind, unitId: s.unitId, taskId: s.taskId ?? '', dueAt: s.dueAt, metAt: '', breachedAt: '', ended: false }];
  }
  return next;
}

export function foldLead(row: AnalysisRecordRow | null, event: EventEnvelope): AnalysisRecordRow | null {
  if (row && event.version <= row._v) return row;
  const before = (row?.fold as LeadAccessRow | undefined) ?? null;
  const folded = evolveLeadAccess(before, event);
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
      duties: [],
      fold: folded,
    };
  if (!row) return null;
  const status = row.status === 'closed' ? 'closed' : (LEAD_STATUS[event.type] ?? row.status);
  const duties = foldDuties(row.duties ?? [], before, event);
  return { ...row, _v: event.version, status, access: leadRecordAccess(folded), duties, fold: folded };
}

export function foldOperation(row: AnalysisRecordRow | null, event: EventEnvelope): AnalysisRecordRow | null {
  if (row && event.version <= row._v) return row;
  const folded = evolveOperationAccess((row?.fold as OperationAccessRecord | undefined) ?? null, event);
  if (!folded) return null;
  const d = event.data as Record<string, unknown>;
  const created = event.type === 'OperationProposed' || event.type === 'OperationDrafted';
  // The region of an operation: where its first target with a jurisdiction is.
  const targets = (d.targets as { place?: { jurisdiction?: string } }[] | undefined) ?? [];
  const region = targets.map((t) => t.place?.jurisdiction ?? '').find((j) => j !== '') ?? '';
  // Structured results come with the members' progress reports (ReportProgress): seizures with their value, arrests, inspections.
  const results: OperationResult[] = [...(row?.results ?? [])];
  if (event.type === 'ProgressReported') {
    const seizures = (d.seizures as { valueYuan: number }[]) ?? [];
    results.push({
      at: d.at as string,
      unitId: d.unitId as string,
      seizures: seizures.length,
      valueYuan: seizures.reduce((n, s) => n + s.valueYuan, 0),
      arrests: d.arrests as number,
      inspections: d.inspections as number,
    });
  }
  return {
    _id: event.streamId,
    _v: event.version,
    context: 'operations',
    recordId: folded.operationId,
    category: created ? (d.urgency as string) : (row?.category ?? ''),
    jurisdiction: created ? region : (row?.jurisdiction ?? ''),
    results,
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
      leadId: d.leadId as string,
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
