import {
  type Actor,
  type BreachExplanation,
  type EventEnvelope,
  type OperationEvent,
  operationParticipantUnitIds,
} from '@liaison/contracts';
import type { ProjectionDefinition } from '@liaison/platform';
import type { Handling, Seizure, Target, TimeWindow } from '../domain/model';
import type { OperationAccess } from '../domain/policy';

/**
 * The operation as readers see it: the shape of OperationDetail in operations.proto (camelCase),
 * plus top-level fields for access checks. Pure, so GetOperation folds it straight from the
 * store (read-your-writes) and the projection keeps the same document for lists.
 */
export interface InvitationView {
  unitId: string;
  status: string;
  invitedAt: string;
  respondBy: string;
  answeredAt: string;
  declineReason: string;
  overdue: boolean;
  message: string;
  /** The rule that produced respondBy (ADR 0013). */
  respondByRule?: string;
  /** When the missed answer was detected (InvitationOverdue), for the accountability register. */
  overdueDetectedAt?: string;
  /** The invited unit's latest explanation of the missed answer (BreachExplained). */
  explanation?: BreachExplanation | null;
}
export interface TaskView {
  taskId: string;
  unitId: string;
  description: string;
  dueAt: string;
  /** The rule of dueAt (set by the lead unit; ADR 0013). */
  dueRule?: string;
  status: string;
  note: string;
  completedAt: string;
  /** Still open past dueAt (TaskOverdue), for the accountability register; absent before the breach. */
  overdue?: boolean;
  overdueDetectedAt?: string;
  /** The task unit's latest explanation of the late task (BreachExplained, kind task). */
  explanation?: BreachExplanation | null;
}
export interface ReportView {
  version: number;
  unitId: string;
  seizures: Seizure[];
  inspections: number;
  arrests: number;
  notes: string;
  at: string;
}
export interface ConflictView {
  conflictId: string;
  otherKind: string;
  otherId: string;
  otherOwnerUnitId: string;
  contactOfficerId: string;
  otherTitle: string;
  otherWindow: TimeWindow | null;
  reason: string;
  matchedOn: string;
  pointerOnly: boolean;
  detectedAt: string;
  status: string;
  outcome: string;
  note: string;
  resolvedByUnitId: string;
  resolvedAt: string;
  overrideReason: string;
  overriddenAt: string;
}
/** A history entry; `conflictIds` (not in the proto) ties it to the conflicts it discloses, for the per-viewer redaction. */
export interface HistoryEntry {
  version: number;
  type: string;
  at: string;
  actor: Actor;
  summary: string;
  conflictIds?: string[];
}
export interface Totals {
  reports: number;
  seizureItems: number;
  seizedValueYuan: number;
  inspections: number;
  arrests: number;
}
export interface OperationView extends Record<string, unknown> {
  operationId: string;
  status: string;
  leadUnitId: string;
  proposedByOfficerId: string;
  title: string;
  objective: string;
  targets: Target[];
  area: string;
  window: TimeWindow;
  linkedLeadIds: string[];
  handling: Handling;
  urgency: string;
  participantUnitIds: string[];
  invitations: InvitationView[];
  tasks: TaskView[];
  progressReports: ReportView[];
  totals: Totals;
  conflicts: ConflictView[];
  history: HistoryEntry[];
  proposedAt: string;
  launchedAt: string;
  concludedAt: string;
  cancelledAt: string;
  conclusionSummary: string;
  conclusionResults: string;
  cancelReason: string;
  updatedAt: string;
  // Top-level copies for access checks (the units taking part: operationParticipantUnitIds).
  handlingCode: string;
  sharedWithUnitIds: string[];
  namedOfficerIds: string[];
}

const summaries: { [T in OperationEvent['type']]: (data: Extract<OperationEvent, { type: T }>['data']) => string } = {
  OperationProposed: (d) => `proposed "${d.title}" (${d.urgency}, ${d.handling.code}) for ${d.window.startsAt} – ${d.window.endsAt}`,
  OperationDrafted: (d) => `drafted "${d.title}" from lead ${d.fromLeadId} (escalated for joint action)`,
  DraftSubmitted: (d) => `draft submitted for ${d.window.startsAt} – ${d.window.endsAt}`,
  // Not the conflict: an invitation is seen by every viewer, a conflict only per linkDisclosure.
  UnitsInvited: (d) => `invited ${d.unitIds.join(', ')} (answer by ${d.respondBy})`,
  OperationJoined: (d) => `${d.unitId} joined`,
  InvitationDeclined: (d) => `${d.unitId} declined: ${d.reason}`,
  TaskAssigned: (d) => `task ${d.taskId} assigned to ${d.unitId}`,
  TaskCompleted: (d) => `${d.unitId} completed task ${d.taskId}`,
  OperationRescheduled: (d) => `rescheduled to ${d.window.startsAt} – ${d.window.endsAt}`,
  OperationLaunched: () => 'launched',
  ProgressReported: (d) => `${d.unitId} reported ${d.seizures.length} seizure(s), ${d.inspections} inspection(s), ${d.arrests} arrest(s)`,
  OperationConcluded: () => 'concluded',
  OperationCancelled: (d) => `cancelled: ${d.reason}`,
  DeconflictionAlertRaised: (d) =>
    `deconfliction alert ${d.conflictId}: ${d.otherKind} of ${d.otherOwnerUnitId} (${d.reason.replace(/_/g, ' ')})`,
  DeconflictionConflictResolved: (d) => `conflict ${d.conflictId} resolved by ${d.resolvedByUnitId}: ${d.outcome}`,
  InvitationOverdue: (d) => `${d.unitId} did not answer the invitation by ${d.dueAt}`,
  TaskOverdue: (d) => `${d.unitId} did not complete task ${d.taskId} by ${d.dueAt}`,
  DeconflictionOverridden: (d) => `launched over unresolved conflict(s) ${d.conflictIds.join(', ')}: ${d.reason}`,
  BreachExplained: (d) => `${d.unitId} explained the missed ${d.kind.replace(/_/g, ' ')}${d.taskId ? ` ${d.taskId}` : ''}`,
};

/** The conflicts a history entry speaks of (redacted with them). */
const conflictIdsOf = (e: OperationEvent): Pick<HistoryEntry, 'conflictIds'> => {
  if (e.type === 'DeconflictionAlertRaised' || e.type === 'DeconflictionConflictResolved') return { conflictIds: [e.data.conflictId] };
  if (e.type === 'DeconflictionOverridden') return { conflictIds: e.data.conflictIds };
  return {};
};

const invitation = (v: OperationView, unitId: string, patch: Partial<InvitationView>): OperationView => ({
  ...v,
  invitations: v.invitations.map((i) => (i.unitId === unitId ? { ...i, ...patch } : i)),
});

const task = (v: OperationView, taskId: string, patch: Partial<TaskView>): OperationView => ({
  ...v,
  tasks: v.tasks.map((t) => (t.taskId === taskId ? { ...t, ...patch } : t)),
});

export function totalsOf(reports: ReportView[]): Totals {
  const t: Totals = { reports: reports.length, seizureItems: 0, seizedValueYuan: 0, inspections: 0, arrests: 0 };
  for (const r of reports) {
    t.seizureItems += r.seizures.length;
    t.seizedValueYuan += r.seizures.reduce((sum, s) => sum + s.valueYuan, 0);
    t.inspections += r.inspections;
    t.arrests += r.arrests;
  }
  t.seizedValueYuan = Math.round(t.seizedValueYuan * 100) / 100;
  return t;
}

function apply(v: OperationView, e: OperationEvent, envelope: EventEnvelope): OperationView {
  switch (e.type) {
    case 'OperationProposed':
    case 'OperationDrafted':
      return v;
    case 'DraftSubmitted':
      return { ...v, status: 'proposed', window: e.data.window, proposedAt: e.data.at };
    case 'UnitsInvited': {
      const fresh = e.data.unitIds.filter((u) => !v.invitations.some((i) => i.unitId === u));
      const named = e.data.namedOfficerIds ?? [];
      const namedOfficerIds = [...new Set([...v.namedOfficerIds, ...named])];
      return {
        ...v,
        handling: { ...v.handling, namedOfficerIds },
        namedOfficerIds,
        invitations: [
          ...v.invitations,
          ...fresh.map((unitId) => ({
            unitId,
            status: 'pending',
            invitedAt: e.data.invitedAt,
            respondBy: e.data.respondBy,
            respondByRule: e.data.respondByRule ?? '',
            answeredAt: '',
            declineReason: '',
            overdue: false,
            message: e.data.message,
          })),
        ],
      };
    }
    case 'OperationJoined':
      return invitation(v, e.data.unitId, { status: 'joined', answeredAt: e.data.at });
    case 'InvitationDeclined': {
      const revoked = new Set(e.data.revokedOfficerIds ?? []);
      const namedOfficerIds = v.namedOfficerIds.filter((id) => !revoked.has(id));
      return {
        ...invitation(v, e.data.unitId, { status: 'declined', answeredAt: e.data.at, declineReason: e.data.reason }),
        handling: { ...v.handling, namedOfficerIds },
        namedOfficerIds,
      };
    }
    case 'TaskAssigned':
      return { ...v, tasks: [...v.tasks, { ...e.data, status: 'open', note: '', completedAt: '' }] };
    case 'TaskCompleted':
      return task(v, e.data.taskId, { status: 'done', note: e.data.note, completedAt: e.data.at });
    case 'OperationRescheduled':
      return { ...v, window: e.data.window };
    case 'OperationLaunched':
      return { ...v, status: 'launched', launchedAt: e.data.at };
    case 'ProgressReported': {
      const progressReports = [...v.progressReports, { version: envelope.version, ...e.data }];
      return { ...v, progressReports, totals: totalsOf(progressReports) };
    }
    case 'OperationConcluded':
      return { ...v, status: 'concluded', concludedAt: e.data.at, conclusionSummary: e.data.summary, conclusionResults: e.data.results };
    case 'OperationCancelled':
      return { ...v, status: 'cancelled', cancelledAt: e.data.at, cancelReason: e.data.reason };
    case 'DeconflictionAlertRaised':
      return {
        ...v,
        conflicts: [
          ...v.conflicts,
          { ...e.data, status: 'open', outcome: '', note: '', resolvedByUnitId: '', resolvedAt: '', overrideReason: '', overriddenAt: '' },
        ],
      };
    case 'DeconflictionConflictResolved':
      return {
        ...v,
        conflicts: v.conflicts.map((c) =>
          c.conflictId === e.data.conflictId
            ? {
                ...c,
                status: 'resolved',
                outcome: e.data.outcome,
                note: e.data.note,
                resolvedByUnitId: e.data.resolvedByUnitId,
                resolvedAt: e.data.at,
              }
            : c,
        ),
      };
    case 'InvitationOverdue':
      return invitation(v, e.data.unitId, { overdue: true, overdueDetectedAt: e.data.detectedAt });
    case 'TaskOverdue':
      return task(v, e.data.taskId, { overdue: true, overdueDetectedAt: e.data.detectedAt });
    case 'BreachExplained': {
      const explanation = { reason: e.data.reason, officerId: e.data.officerId, at: e.data.at };
      return e.data.kind === 'task' && e.data.taskId
        ? task(v, e.data.taskId, { explanation })
        : invitation(v, e.data.unitId, { explanation });
    }
    case 'DeconflictionOverridden':
      return {
        ...v,
        conflicts: v.conflicts.map((c) =>
          e.data.conflictIds.includes(c.conflictId) ? { ...c, overrideReason: e.data.reason, overriddenAt: e.data.at } : c,
        ),
      };
    default:
      return v;
  }
}

export function evolveOperationView(current: OperationView | null, envelope: EventEnvelope): OperationView {
  const e = { type: envelope.type, data: envelope.data } as OperationEvent;
  let v: OperationView;
  if (current) v = current;
  else if (e.type === 'OperationProposed' || e.type === 'OperationDrafted') {
    const d =
      e.type === 'OperationProposed'
        ? { ...e.data, status: 'proposed' }
        : { ...e.data, window: e.data.window ?? { startsAt: '', endsAt: '' }, proposedAt: '', status: 'draft' };
    v = {
      operationId: d.operationId,
      status: d.status,
      leadUnitId: d.leadUnitId,
      proposedByOfficerId: d.proposedByOfficerId,
      title: d.title,
      objective: d.objective,
      targets: d.targets,
      area: d.area,
      window: d.window,
      linkedLeadIds: d.linkedLeadIds,
      handling: d.handling,
      urgency: d.urgency,
      participantUnitIds: [],
      invitations: [],
      tasks: [],
      progressReports: [],
      totals: totalsOf([]),
      conflicts: [],
      history: [],
      proposedAt: d.proposedAt,
      launchedAt: '',
      concludedAt: '',
      cancelledAt: '',
      conclusionSummary: '',
      conclusionResults: '',
      cancelReason: '',
      updatedAt: d.proposedAt,
      handlingCode: d.handling.code,
      sharedWithUnitIds: [],
      namedOfficerIds: d.handling.namedOfficerIds,
    };
    if (e.type === 'OperationDrafted') v.updatedAt = e.data.draftedAt;
  } else throw new Error(`operation view: ${envelope.streamId} starts with ${envelope.type}, not OperationProposed`);

  const next = apply(v, e, envelope);
  const summary = (summaries[e.type] as (data: unknown) => string)(e.data);
  return {
    ...next,
    participantUnitIds: next.invitations.filter((i) => i.status === 'joined').map((i) => i.unitId),
    sharedWithUnitIds: operationParticipantUnitIds(
      next.invitations,
      next.tasks.map((t) => t.unitId),
    ),
    updatedAt: envelope.occurredAt,
    history: [
      ...next.history,
      { version: envelope.version, type: envelope.type, at: envelope.occurredAt, actor: envelope.actor, summary, ...conflictIdsOf(e) },
    ],
  };
}

export const viewAccess = (
  v: Pick<OperationView, 'operationId' | 'leadUnitId' | 'proposedByOfficerId' | 'sharedWithUnitIds' | 'handlingCode' | 'namedOfficerIds'>,
): OperationAccess => ({
  operationId: v.operationId,
  leadUnitId: v.leadUnitId,
  proposedByOfficerId: v.proposedByOfficerId,
  participantUnitIds: v.sharedWithUnitIds,
  code: v.handlingCode as OperationAccess['code'],
  namedOfficerIds: v.namedOfficerIds,
});

export const operationDetailsProjection: ProjectionDefinition<OperationView> = {
  name: 'operation_details',
  streamPrefix: 'operation-',
  evolve: evolveOperationView,
};
