import { OPERATION_LIMITS, operationEvent, type OperationEvent } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import type { OperationState } from '../operation';
import { alert, requireExists } from '../rules';
import type { CommandOf } from '.';

/**
 * The internal commands, issued by the overdue scheduler, the deconfliction step and the
 * lead-escalations reaction (never by the API): each is refused once recorded, so a redelivered
 * trigger records nothing twice.
 */

const closed = (state: OperationState) => state.status === 'concluded' || state.status === 'cancelled';

/** MarkInvitationOverdue: a pending invitation past its answer time, recorded once, while the operation is open. */
export function markInvitationOverdue(c: CommandOf<'MarkInvitationOverdue'>, state: OperationState): OperationEvent {
  requireExists(state, c);
  const invitation = state.invitations[c.unitId];
  if (!invitation || invitation.respondBy !== c.dueAt)
    throw new InvalidTransitionError(`no invitation of ${c.unitId} due ${c.dueAt}`, state.status);
  if (invitation.breached) throw new InvalidTransitionError(`the overdue invitation of ${c.unitId} is already recorded`, 'overdue');
  if (invitation.status !== 'pending')
    throw new InvalidTransitionError(`${c.unitId} has answered (${invitation.status})`, invitation.status);
  if (closed(state)) throw new InvalidTransitionError(`operation ${c.operationId} is ${state.status}`, state.status);
  if (Date.parse(c.now) < Date.parse(c.dueAt)) throw new InvalidTransitionError(`the invitation of ${c.unitId} is not due yet`, 'pending');
  return operationEvent('InvitationOverdue', {
    unitId: c.unitId,
    dueAt: c.dueAt,
    detectedAt: c.now,
    ...(invitation.respondByRule ? { rule: invitation.respondByRule } : {}),
  });
}

/** MarkTaskOverdue: an open task past its due time, recorded once per task, while the operation is open. */
export function markTaskOverdue(c: CommandOf<'MarkTaskOverdue'>, state: OperationState): OperationEvent {
  requireExists(state, c);
  const task = state.tasks[c.taskId];
  if (!task || task.unitId !== c.unitId || !task.dueAt || task.dueAt !== c.dueAt)
    throw new InvalidTransitionError(`no task ${c.taskId} of ${c.unitId} due ${c.dueAt}`, state.status);
  if (task.breached) throw new InvalidTransitionError(`the overdue task ${c.taskId} is already recorded`, 'overdue');
  if (task.status !== 'open') throw new InvalidTransitionError(`task ${c.taskId} is ${task.status}`, task.status);
  if (closed(state)) throw new InvalidTransitionError(`operation ${c.operationId} is ${state.status}`, state.status);
  if (Date.parse(c.now) < Date.parse(c.dueAt)) throw new InvalidTransitionError(`task ${c.taskId} is not due yet`, 'open');
  return operationEvent('TaskOverdue', {
    taskId: c.taskId,
    unitId: c.unitId,
    dueAt: c.dueAt,
    detectedAt: c.now,
    ...(task.dueRule ? { rule: task.dueRule } : {}),
  });
}

/** DraftOperationFromLead: a draft for the escalated lead's owner unit, built from LeadEscalated alone. */
export function draftOperationFromLead(c: CommandOf<'DraftOperationFromLead'>, state: OperationState): OperationEvent {
  if (state.exists) throw new InvalidTransitionError(`operation ${c.operationId} already exists`, state.status);
  return operationEvent('OperationDrafted', {
    operationId: c.operationId,
    leadUnitId: c.leadUnitId,
    proposedByOfficerId: c.officerId,
    title: c.title.slice(0, OPERATION_LIMITS.title),
    objective: c.objective,
    targets: c.targets,
    area: '',
    window: c.window,
    linkedLeadIds: [c.fromLeadId],
    handling: c.handling,
    urgency: 'normal',
    draftedAt: c.now,
    fromLeadId: c.fromLeadId,
  });
}

/** RaiseConflict: a match the deconfliction reaction found later, recorded once on an open operation. */
export function raiseConflict(c: CommandOf<'RaiseConflict'>, state: OperationState): OperationEvent {
  requireExists(state, c);
  if (c.conflict.conflictId in state.conflicts)
    throw new InvalidTransitionError(`conflict ${c.conflict.conflictId} is already recorded`, state.status);
  if (closed(state)) throw new InvalidTransitionError(`operation ${c.operationId} is ${state.status}`, state.status);
  return alert(c.conflict, c.now);
}

/** NoteConflictResolved: the other side's resolution, mirrored onto this operation once. */
export function noteConflictResolved(c: CommandOf<'NoteConflictResolved'>, state: OperationState): OperationEvent {
  requireExists(state, c);
  const conflict = state.conflicts[c.conflictId];
  if (!conflict) throw new InvalidTransitionError(`no conflict ${c.conflictId} on ${c.operationId}`, state.status);
  if (conflict.status === 'resolved') throw new InvalidTransitionError(`conflict ${c.conflictId} is already resolved`, 'resolved');
  return operationEvent('DeconflictionConflictResolved', {
    conflictId: c.conflictId,
    outcome: c.outcome,
    note: c.note,
    resolvedByUnitId: c.resolvedByUnitId,
    at: c.now,
  });
}
