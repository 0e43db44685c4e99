import {
  type CreditEntryKind,
  type CreditSource,
  type CreditSourceContext,
  type CreditSubject,
  type CreditSubjectKind,
  type EventEnvelope,
  type EvidenceAccess,
  evidenceRecordAccess,
  evolveEvidenceAccess,
  evolveLeadAccess,
  evolveOperationAccess,
  type LeadAccessRow,
  leadRecordAccess,
  type OperationAccessRecord,
  operationRecordAccess,
  type RecordAccess,
} from '@liaison/contracts';

/**
 * What the credit service keeps of a lead, an operation or an evidence item it follows (the
 * `credit_sources` collection): the subjects it names and its access, folded with the owning
 * context's own access fold (so an entry is disclosed as its source is), plus for evidence the
 * record it belongs to and which recognition requests are for court use.
 */
export interface SourceRow {
  _id: string;
  context: CreditSourceContext;
  /** The stream version folded so far: redelivered events are skipped. */
  version: number;
  subjects: CreditSubject[];
  lead: LeadAccessRow | null;
  operation: OperationAccessRecord | null;
  evidence: EvidenceAccess | null;
  /** Evidence: the lead or operation it belongs to. */
  linkedRecordId: string;
  courtRequestIds: string[];
}

const asSubject = (s: Partial<CreditSubject> | undefined): CreditSubject => ({
  enterpriseName: s?.enterpriseName ?? '',
  creditCode: s?.creditCode ?? '',
  personName: s?.personName ?? '',
});

const contextOf = (streamId: string): CreditSourceContext | null =>
  streamId.startsWith('lead-')
    ? 'leads'
    : streamId.startsWith('operation-')
      ? 'operations'
      : streamId.startsWith('evidence-')
        ? 'evidence'
        : null;

/** Folds one event of a followed context into its row (null until the record's first event). */
export function evolveSource(row: SourceRow | null, event: EventEnvelope): SourceRow | null {
  const context = contextOf(event.streamId);
  if (!context) return row;
  if (row && event.version <= row.version) return row;
  const d = event.data as Record<string, unknown>;
  const base: SourceRow = row ?? {
    _id: event.streamId,
    context,
    version: 0,
    subjects: [],
    lead: null,
    operation: null,
    evidence: null,
    linkedRecordId: '',
    courtRequestIds: [],
  };
  const next: SourceRow = { ...base, version: event.version };
  if (context === 'leads') {
    next.lead = evolveLeadAccess(base.lead, event);
    if (event.type === 'LeadPosted') next.subjects = [asSubject(d.subject as CreditSubject)];
  } else if (context === 'operations') {
    next.operation = evolveOperationAccess(base.operation, event);
    if (Array.isArray(d.targets)) next.subjects = (d.targets as { subject: CreditSubject }[]).map((t) => asSubject(t.subject));
  } else {
    next.evidence = evolveEvidenceAccess(base.evidence, event);
    if (event.type === 'EvidenceRegistered') next.linkedRecordId = (d.leadId as string) || (d.operationId as string) || '';
    if (event.type === 'RecognitionRequested' && d.purpose === 'court')
      next.courtRequestIds = [...base.courtRequestIds, d.requestId as string];
  }
  return next.lead || next.operation || next.evidence ? next : null;
}

/** The access of the record a row follows, by the owning context's rule. */
export function accessOf(row: SourceRow): RecordAccess | null {
  if (row.lead) return leadRecordAccess(row.lead);
  if (row.operation) return operationRecordAccess(row.operation);
  if (row.evidence) return evidenceRecordAccess(row.evidence);
  return null;
}

/** One entry to record in one subject's file. */
export interface EntryCandidate {
  subjectKind: CreditSubjectKind;
  entryId: string;
  kind: CreditEntryKind;
  summary: string;
  subject: CreditSubject;
  source: CreditSource;
  access: RecordAccess[];
}

/** What an event says about its subjects, or null when it is not one that enters a credit file. */
function factOf(event: EventEnvelope, row: SourceRow): { kind: CreditEntryKind; summary: string } | null {
  const d = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'LeadClosed':
      return d.outcome === 'penalised' ? { kind: 'administrative_penalty', summary: String(d.summary ?? '') } : null;
    case 'PoliceDecisionRecorded':
      return d.decision === 'opened'
        ? { kind: 'criminal_case_opened', summary: [d.caseNumber, d.reason].filter(Boolean).join(': ') || 'case opened' }
        : null;
    case 'ProgressReported': {
      const seizures = (d.seizures as { goods: string; quantity: number; unitOfMeasure: string; valueYuan: number }[] | undefined) ?? [];
      if (seizures.length === 0) return null;
      return {
        kind: 'seizure',
        summary: seizures.map((s) => `${s.goods}: ${s.quantity} ${s.unitOfMeasure} (¥${s.valueYuan})`.replace(' ()', '')).join('; '),
      };
    }
    case 'Recognised':
    case 'RecognisedWithConditions':
      return row.courtRequestIds.includes(d.requestId as string)
        ? { kind: 'evidence_recognised_for_court', summary: `recognised for court use by ${String(d.unitId)}` }
        : null;
    default:
      return null;
  }
}

/**
 * The credit entries one source event produces (pure): one per subject it names and per file
 * (the enterprise by its credit code, the responsible person by name), each citing the event
 * and carrying the access of every record it derives from — the evidence item and the lead or
 * operation it belongs to, for a recognition. `row` is the source after the event; `linked` the
 * evidence's lead or operation (null when not followed yet: no subject known, no entry).
 */
export function entriesFor(event: EventEnvelope, row: SourceRow, linked: SourceRow | null): EntryCandidate[] {
  const fact = factOf(event, row);
  if (!fact) return [];
  const subjectsRow = row.context === 'evidence' ? linked : row;
  const access = [accessOf(row), ...(row.context === 'evidence' && linked ? [accessOf(linked)] : [])];
  if (!subjectsRow || access.some((a) => a === null)) return [];
  const source: CreditSource = {
    context: row.context,
    eventId: event.eventId,
    eventType: event.type,
    recordId: event.streamId,
    occurredAt: event.occurredAt,
  };
  return subjectsRow.subjects.flatMap((subject, i) => {
    const base = { ...fact, subject, source, access: access as RecordAccess[] };
    return [
      ...(subject.creditCode ? [{ ...base, subjectKind: 'enterprise' as const, entryId: `${event.eventId}:${i}:e` }] : []),
      ...(subject.personName.trim() ? [{ ...base, subjectKind: 'person' as const, entryId: `${event.eventId}:${i}:p` }] : []),
    ];
  });
}
