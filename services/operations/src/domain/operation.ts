import { type EventEnvelope, type OperationEvent, operationParticipantUnitIds } from '@liaison/contracts';
import type { ConflictMatch, Handling, InvitationStatus, OperationStatus, TimeWindow, Urgency } from './model';
import type { OperationAccess } from './policy';

/**
 * An operation's state as its decisions need it, and `evolve`, which folds its events into it.
 * The decisions live one file per command (or command group) in ./commands, dispatched by
 * ./operation-decider.ts.
 */
export interface InvitationState {
  status: InvitationStatus;
  respondBy: string;
  breached: boolean;
  /** The rule that produced respondBy (ADR 0013). */
  respondByRule?: string;
}
export interface TaskState {
  unitId: string;
  status: 'open' | 'done';
  /** '' when the task has no due time. */
  dueAt: string;
  dueRule?: string;
  /** TaskOverdue recorded (once per task). */
  breached: boolean;
}
export interface ConflictState {
  status: 'open' | 'resolved';
  otherKind: ConflictMatch['otherKind'];
  otherId: string;
  otherOwnerUnitId: string;
  contactOfficerId: string;
  /** The owner launched over it with a reason (DeconflictionOverridden); still open for the other side. */
  overridden: boolean;
}
export interface OperationState {
  exists: boolean;
  operationId: string;
  status: 'none' | OperationStatus;
  leadUnitId: string;
  proposedByOfficerId: string;
  handling: Handling;
  urgency: Urgency;
  window: TimeWindow;
  invitations: Record<string, InvitationState>;
  tasks: Record<string, TaskState>;
  conflicts: Record<string, ConflictState>;
}

export const initialOperationState = (): OperationState => ({
  exists: false,
  operationId: '',
  status: 'none',
  leadUnitId: '',
  proposedByOfficerId: '',
  handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  urgency: 'normal',
  window: { startsAt: '', endsAt: '' },
  invitations: {},
  tasks: {},
  conflicts: {},
});

/** Units that joined: with the lead unit, they report progress and take tasks. */
export const joinedUnitIds = (s: Pick<OperationState, 'invitations'>): string[] =>
  Object.entries(s.invitations)
    .filter(([, i]) => i.status === 'joined')
    .map(([unitId]) => unitId);

/** Units that take part: the contract's one rule (a unit that declined takes no further part). */
export const participantUnitIds = (s: Pick<OperationState, 'invitations' | 'tasks'>): string[] =>
  operationParticipantUnitIds(
    Object.entries(s.invitations).map(([unitId, i]) => ({ unitId, status: i.status })),
    Object.values(s.tasks).map((t) => t.unitId),
  );

/** Conflicts that still stand in the way of a launch: open and not overridden. */
export const unresolvedConflictIds = (s: Pick<OperationState, 'conflicts'>): string[] =>
  Object.entries(s.conflicts)
    .filter(([, c]) => c.status === 'open' && !c.overridden)
    .map(([conflictId]) => conflictId);

export const operationAccess = (s: OperationState): OperationAccess => ({
  operationId: s.operationId,
  leadUnitId: s.leadUnitId,
  proposedByOfficerId: s.proposedByOfficerId,
  participantUnitIds: participantUnitIds(s),
  code: s.handling.code,
  namedOfficerIds: s.handling.namedOfficerIds,
});

const setInvitation = (s: OperationState, unitId: string, patch: Partial<InvitationState>): OperationState => {
  const i = s.invitations[unitId];
  return i ? { ...s, invitations: { ...s.invitations, [unitId]: { ...i, ...patch } } } : s;
};

export function evolveOperation(state: OperationState, envelope: EventEnvelope): OperationState {
  const e = { type: envelope.type, data: envelope.data } as OperationEvent;
  switch (e.type) {
    case 'OperationProposed':
      return {
        ...state,
        exists: true,
        operationId: e.data.operationId,
        status: 'proposed',
        leadUnitId: e.data.leadUnitId,
        proposedByOfficerId: e.data.proposedByOfficerId,
        handling: e.data.handling,
        urgency: e.data.urgency,
        window: e.data.window,
      };
    case 'OperationDrafted':
      return {
        ...state,
        exists: true,
        operationId: e.data.operationId,
        status: 'draft',
        leadUnitId: e.data.leadUnitId,
        proposedByOfficerId: e.data.proposedByOfficerId,
        handling: e.data.handling,
        urgency: e.data.urgency,
        window: e.data.window ?? { startsAt: '', endsAt: '' },
      };
    case 'DraftSubmitted':
      return { ...state, status: 'proposed', window: e.data.window };
    case 'UnitsInvited': {
      const invitations = { ...state.invitations };
      for (const unitId of e.data.unitIds)
        invitations[unitId] = {
          status: 'pending',
          respondBy: e.data.respondBy,
          breached: false,
          ...(e.data.respondByRule ? { respondByRule: e.data.respondByRule } : {}),
        };
      // Events recorded before RED invitations named officers carry none.
      const named = e.data.namedOfficerIds ?? [];
      const namedOfficerIds = [...new Set([...state.handling.namedOfficerIds, ...named])];
      return { ...state, invitations, handling: { ...state.handling, namedOfficerIds } };
    }
    case 'OperationJoined':
      return setInvitation(state, e.data.unitId, { status: 'joined' });
    case 'InvitationDeclined': {
      const revoked = new Set(e.data.revokedOfficerIds ?? []);
      const namedOfficerIds = state.handling.namedOfficerIds.filter((id) => !revoked.has(id));
      return { ...setInvitation(state, e.data.unitId, { status: 'declined' }), handling: { ...state.handling, namedOfficerIds } };
    }
    case 'TaskAssigned': {
      const task: TaskState = { unitId: e.data.unitId, status: 'open', dueAt: e.data.dueAt, breached: false };
      if (e.data.dueRule) task.dueRule = e.data.dueRule;
      return { ...state, tasks: { ...state.tasks, [e.data.taskId]: task } };
    }
    case 'TaskCompleted': {
      const t = state.tasks[e.data.taskId];
      return t ? { ...state, tasks: { ...state.tasks, [e.data.taskId]: { ...t, status: 'done' } } } : state;
    }
    case 'OperationRescheduled':
      return { ...state, window: e.data.window };
    case 'OperationLaunched':
      return { ...state, status: 'launched' };
    case 'ProgressReported':
      return state;
    case 'OperationConcluded':
      return { ...state, status: 'concluded' };
    case 'OperationCancelled':
      return { ...state, status: 'cancelled' };
    case 'DeconflictionAlertRaised':
      return {
        ...state,
        conflicts: {
          ...state.conflicts,
          [e.data.conflictId]: {
            status: 'open',
            otherKind: e.data.otherKind,
            otherId: e.data.otherId,
            otherOwnerUnitId: e.data.otherOwnerUnitId,
            contactOfficerId: e.data.contactOfficerId,
            overridden: false,
          },
        },
      };
    case 'DeconflictionConflictResolved': {
      const c = state.conflicts[e.data.conflictId];
      return c ? { ...state, conflicts: { ...state.conflicts, [e.data.conflictId]: { ...c, status: 'resolved' } } } : state;
    }
    case 'InvitationOverdue':
      return setInvitation(state, e.data.unitId, { breached: true });
    case 'TaskOverdue': {
      const t = state.tasks[e.data.taskId];
      return t ? { ...state, tasks: { ...state.tasks, [e.data.taskId]: { ...t, breached: true } } } : state;
    }
    case 'DeconflictionOverridden': {
      const conflicts = { ...state.conflicts };
      for (const id of e.data.conflictIds) if (conflicts[id]) conflicts[id] = { ...conflicts[id], overridden: true };
      return { ...state, conflicts };
    }
    default:
      return state;
  }
}
