import {
  type EventEnvelope,
  type EvidenceAccess,
  evidenceRecordAccess,
  evolveEvidenceAccess,
  evolveLeadAccess,
  evolveOperationAccess,
  type LeadAccessRow,
  leadDeadlineChanges,
  leadRecordAccess,
  type OperationAccessRecord,
  operationRecordAccess,
  type ProposalSourceKind,
  type RecordAccess,
  type StuckReasonKind,
} from '@liaison/contracts';

/**
 * `meeting_stuck_items`: what is overdue or stuck in other contexts, one row per source record
 * (lead, operation, evidence item), folded from their topics so that scheduling a meeting can
 * propose agenda items without asking those services (a projection keeps working while they are
 * down; ADR 0020 "Agenda proposals"). Each row keeps the record's current access — folded by the
 * owning context's own rule in @liaison/contracts (evolveLeadAccess, evolveOperationAccess,
 * evolveEvidenceAccess) — its party units, and its open reasons, keyed so the event that answers
 * a duty removes it. `_v` is the source stream's version: a redelivered event changes nothing.
 */
export interface StuckReason {
  /** What answers it removes it: `deadline:<kind>:<unit>:<task>`, `invitation:<unit>`, `conflict:<id>`, … */
  key: string;
  kind: StuckReasonKind;
  /** The unit whose answer is awaited ('' when the record's owner as such). */
  unitId: string;
  /** Since when: the missed due time, the flag, the request. */
  since: string;
  /** A short, non-identifying detail (the deadline kind, the conflict reason). */
  detail: string;
}

export interface StuckItemRow {
  _id: string; // the record id (lead-…, operation-…, evidence-…)
  _v: number;
  kind: ProposalSourceKind;
  recordId: string;
  title: string;
  lead: LeadAccessRow | null;
  operation: OperationAccessRecord | null;
  evidence: EvidenceAccess | null;
  /** The record's access now (recordAccessSchema), carried with every proposal made from it. */
  access: RecordAccess;
  /** Owner and participant units: a meeting of any of them may be proposed the record. */
  unitIds: string[];
  reasons: StuckReason[];
  /** Any reason open (top-level, for FerretDB's equality filter). */
  stuck: boolean;
  open: boolean;
}

type Data = Record<string, unknown>;
const str = (d: Data, key: string): string => (typeof d[key] === 'string' ? (d[key] as string) : '');
const strings = (d: Data, key: string): string[] =>
  Array.isArray(d[key]) ? (d[key] as unknown[]).filter((v): v is string => typeof v === 'string') : [];

/** The transfer line's deadlines that keep running after a lead is closed (LeadClosed, ADR 0014). */
const RUN_PAST_CLOSE = new Set(['police_decision', 'reconsideration_answer', 'supervision_answer', 'police_reasons', 'police_opening']);

const without = (reasons: StuckReason[], drop: (r: StuckReason) => boolean) => reasons.filter((r) => !drop(r));
const adding = (reasons: StuckReason[], reason: StuckReason) => [...reasons.filter((r) => r.key !== reason.key), reason];

function leadReasons(reasons: StuckReason[], event: EventEnvelope, before: LeadAccessRow | null, lead: LeadAccessRow): StuckReason[] {
  const d = event.data as Data;
  let next = reasons;
  // Which missed deadline an act answers is the leads contract's one rule (leadDeadlineChanges); closing is handled below.
  if (event.type !== 'LeadClosed') {
    const c = leadDeadlineChanges(
      {
        ownerUnitId: before?.ownerUnitId ?? '',
        policeUnitId: before?.policeUnitId ?? '',
        procuratorateUnitId: before?.procuratorateUnitId ?? '',
      },
      event,
    );
    for (const answer of [...c.met, ...c.ended])
      next = without(
        next,
        (r) =>
          r.key.startsWith(`deadline:${answer.kind}:${answer.unitId}:`) &&
          (answer.taskId === undefined || r.key.endsWith(`:${answer.taskId}`)),
      );
  }
  switch (event.type) {
    case 'LeadOverdue':
      return adding(next, {
        key: `deadline:${str(d, 'kind')}:${str(d, 'unitId')}:${str(d, 'taskId')}`,
        kind: 'lead_deadline_missed',
        unitId: str(d, 'unitId'),
        since: str(d, 'dueAt'),
        detail: str(d, 'kind'),
      });
    case 'SuspectedCrimeFlagged':
    case 'TransferDecisionRevisited':
      return adding(next, {
        key: 'waiting:transfer_decision',
        kind: 'transfer_decision_pending',
        unitId: lead.ownerUnitId,
        since: str(d, 'at'),
        detail: 'transfer decision',
      });
    case 'TransferDecided':
      return without(next, (r) => r.key === 'waiting:transfer_decision');
    case 'LeadHandedOverToPolice':
      return adding(next, {
        key: 'waiting:police_decision',
        kind: 'police_decision_pending',
        unitId: str(d, 'policeUnitId'),
        since: str(d, 'at'),
        detail: 'police decision',
      });
    case 'PoliceDecisionRecorded':
      return without(next, (r) => r.key === 'waiting:police_decision');
    case 'LeadClosed':
      return without(next, (r) => !(r.key === 'waiting:police_decision' || RUN_PAST_CLOSE.has(r.key.split(':')[1] ?? '')));
    default:
      return next;
  }
}

function operationReasons(reasons: StuckReason[], event: EventEnvelope): StuckReason[] {
  const d = event.data as Data;
  switch (event.type) {
    case 'InvitationOverdue':
      return adding(reasons, {
        key: `invitation:${str(d, 'unitId')}`,
        kind: 'invitation_unanswered',
        unitId: str(d, 'unitId'),
        since: str(d, 'dueAt'),
        detail: 'invitation',
      });
    case 'OperationJoined':
    case 'InvitationDeclined':
      return without(reasons, (r) => r.key === `invitation:${str(d, 'unitId')}`);
    case 'TaskOverdue':
      return adding(reasons, {
        key: `task:${str(d, 'taskId')}`,
        kind: 'operation_task_overdue',
        unitId: str(d, 'unitId'),
        since: str(d, 'dueAt'),
        detail: 'task',
      });
    case 'TaskCompleted':
      return without(reasons, (r) => r.key === `task:${str(d, 'taskId')}`);
    // The other side of a conflict is not named here: what a viewer learns of it stays the operations service's (linkDisclosure).
    case 'DeconflictionAlertRaised':
      return adding(reasons, {
        key: `conflict:${str(d, 'conflictId')}`,
        kind: 'conflict_unresolved',
        unitId: '',
        since: str(d, 'detectedAt'),
        detail: str(d, 'reason'),
      });
    case 'DeconflictionConflictResolved':
      return without(reasons, (r) => r.key === `conflict:${str(d, 'conflictId')}`);
    case 'DeconflictionOverridden': {
      const ids = new Set(strings(d, 'conflictIds').map((id) => `conflict:${id}`));
      return without(reasons, (r) => ids.has(r.key));
    }
    case 'OperationConcluded':
    case 'OperationCancelled':
      return [];
    default:
      return reasons;
  }
}

function evidenceReasons(reasons: StuckReason[], event: EventEnvelope): StuckReason[] {
  const d = event.data as Data;
  switch (event.type) {
    case 'RecognitionRequested':
      return strings(d, 'targetUnitIds').reduce(
        (acc, unitId) =>
          adding(acc, {
            key: `recognition:${str(d, 'requestId')}:${unitId}`,
            kind: 'recognition_pending',
            unitId,
            since: str(d, 'at'),
            detail: str(d, 'purpose'),
          }),
        reasons,
      );
    case 'Recognised':
    case 'RecognisedWithConditions':
    case 'RecognitionRejected':
      return without(reasons, (r) => r.key === `recognition:${str(d, 'requestId')}:${str(d, 'unitId')}`);
    default:
      return reasons;
  }
}

const row = (base: Omit<StuckItemRow, 'stuck' | 'unitIds'>): StuckItemRow => ({
  ...base,
  unitIds: [...new Set([base.access.ownerUnitId, ...base.access.participantUnitIds])],
  stuck: base.open && base.reasons.length > 0,
});

const empty = (kind: ProposalSourceKind, event: EventEnvelope) => ({
  _id: event.streamId,
  _v: 0,
  kind,
  recordId: event.streamId,
  title: '',
  lead: null,
  operation: null,
  evidence: null,
  reasons: [] as StuckReason[],
  open: true,
});

/** Folds one event of the leads, operations or evidence topic into the record's row (null until the record's first event). */
export function evolveStuckItem(kind: ProposalSourceKind, current: StuckItemRow | null, event: EventEnvelope): StuckItemRow | null {
  if (current && event.version <= current._v) return current;
  const base = current ?? empty(kind, event);
  const d = event.data as Data;
  if (kind === 'lead') {
    const lead = evolveLeadAccess(base.lead, event);
    if (!lead) return null;
    const reasons = leadReasons(base.reasons, event, base.lead, lead);
    // A closed lead stays open here while the transfer line's duties that outlive the close are awaited.
    return row({
      ...base,
      _v: event.version,
      title: lead.title,
      lead,
      access: leadRecordAccess(lead),
      reasons,
      open: lead.open || reasons.length > 0,
    });
  }
  if (kind === 'operation') {
    const operation = evolveOperationAccess(base.operation, event);
    if (!operation) return null;
    return row({
      ...base,
      _v: event.version,
      title: operation.title,
      operation,
      access: operationRecordAccess(operation),
      reasons: operationReasons(base.reasons, event),
      open: operation.status !== 'concluded' && operation.status !== 'cancelled',
    });
  }
  const evidence = evolveEvidenceAccess(base.evidence, event);
  if (!evidence) return null;
  return row({
    ...base,
    _v: event.version,
    title: event.type === 'EvidenceRegistered' ? str(d, 'title') : base.title,
    evidence,
    access: evidenceRecordAccess(evidence),
    reasons: evidenceReasons(base.reasons, event),
    open: true,
  });
}
