import { isRightWindow, leadEvent, type LeadEvent } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import { deadlineKey, type LeadState } from '../lead';
import { requireExists } from '../rules';
import type { CommandOf } from '.';

/**
 * The internal commands, issued by the overdue scheduler and the reactions (never by the API):
 * each is refused once recorded, so a redelivered trigger records nothing twice.
 */

/** MarkOverdue: a deadline that is due, not met and not yet recorded as breached. */
export function markOverdue(c: CommandOf<'MarkOverdue'>, state: LeadState): LeadEvent {
  requireExists(state, c);
  const deadline = state.deadlines[deadlineKey(c.kind, c.unitId, c.taskId || undefined)];
  if (!deadline || deadline.dueAt !== c.dueAt)
    throw new InvalidTransitionError(`no ${c.kind} deadline for ${c.unitId} due ${c.dueAt}`, state.status);
  if (deadline.breached) throw new InvalidTransitionError(`the ${c.kind} breach of ${c.unitId} is already recorded`, 'overdue');
  if (deadline.resolved) throw new InvalidTransitionError(`the ${c.kind} deadline of ${c.unitId} was met`, 'resolved');
  if (Date.parse(c.now) < Date.parse(c.dueAt))
    throw new InvalidTransitionError(`the ${c.kind} deadline of ${c.unitId} is not due yet`, 'pending');
  // A right's period (reconsideration, supervision request) just closes: nobody is in breach (ADR 0014).
  if (isRightWindow(c.kind)) return leadEvent('TransferWindowClosed', { kind: c.kind, unitId: c.unitId, endsAt: c.dueAt, closedAt: c.now });
  return leadEvent('LeadOverdue', {
    kind: c.kind,
    unitId: c.unitId,
    dueAt: c.dueAt,
    detectedAt: c.now,
    ...(deadline.rule ? { rule: deadline.rule } : {}),
    ...(deadline.taskId ? { taskId: deadline.taskId } : {}),
  });
}

/** FlagPossibleDuplicate: once per pair (from the possible-duplicates reaction). */
export function flagPossibleDuplicate(c: CommandOf<'FlagPossibleDuplicate'>, state: LeadState): LeadEvent {
  requireExists(state, c);
  if (state.possibleDuplicates.includes(c.otherLeadId))
    throw new InvalidTransitionError(`already flagged as a possible duplicate of ${c.otherLeadId}`, state.status);
  return leadEvent('LeadPossibleDuplicateDetected', {
    otherLeadId: c.otherLeadId,
    otherOwnerUnitId: c.otherOwnerUnitId,
    reason: c.reason,
    matchedOn: c.matchedOn,
    position: c.position,
    otherAccess: c.otherAccess,
  });
}

/** RecordOperationOutcome: whatever the lead's status (a closed lead still learns how the operation ended); once per operation. */
export function recordOperationOutcome(c: CommandOf<'RecordOperationOutcome'>, state: LeadState): LeadEvent {
  requireExists(state, c);
  if (state.operationOutcomes.includes(c.operationId))
    throw new InvalidTransitionError(`the outcome of ${c.operationId} is already recorded`, state.status);
  return leadEvent('LeadOperationOutcomeRecorded', {
    operationId: c.operationId,
    leadUnitId: c.leadUnitId,
    outcome: c.outcome,
    summary: c.summary,
    results: c.results,
    at: c.at,
    ...(c.operationAccess ? { operationAccess: c.operationAccess } : {}),
  });
}
