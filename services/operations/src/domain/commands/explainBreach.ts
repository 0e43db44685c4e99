import { mayAct, operationEvent, type OperationEvent } from '@liaison/contracts';
import { ForbiddenError, NotFoundError, ValidationError } from '@liaison/platform';
import { operationAccess, type OperationState } from '../operation';
import { visibility } from '../policy';
import { contractIssues, fail, nonEmpty, requireExists } from '../rules';
import type { CommandOf } from '.';

/** The breach the command explains: the unit's missed invitation answer, or one of its overdue tasks. */
function breachOf(c: CommandOf<'ExplainBreach'>, state: OperationState): { dueAt: string; taskId?: string } | null {
  const unit = c.actor.unitId;
  if (c.kind === 'invitation_response') {
    const invitation = state.invitations[unit];
    return invitation?.breached ? { dueAt: invitation.respondBy } : null;
  }
  const breached = Object.entries(state.tasks).filter(([, t]) => t.unitId === unit && t.breached);
  if (c.taskId) {
    const task = breached.find(([taskId]) => taskId === c.taskId);
    return task ? { dueAt: task[1].dueAt, taskId: task[0] } : null;
  }
  // A unit with one overdue task may leave the task out; with several it must name one.
  if (breached.length > 1) throw ValidationError.field('task_id', `${unit} has ${breached.length} overdue tasks: name one`);
  const [only] = breached;
  return only ? { dueAt: only[1].dueAt, taskId: only[0] } : null;
}

/**
 * ExplainBreach: an officer of the responsible unit (an invited unit that did not answer in time,
 * or a task's unit that did not complete it by its due time) gives the reason, for the
 * accountability register (ADR 0013). Only that unit explains it, also after the operation
 * ended; a later explanation supersedes an earlier one in the register, the history keeps both.
 */
export function explainBreach(c: CommandOf<'ExplainBreach'>, state: OperationState): OperationEvent {
  requireExists(state, c);
  const unit = c.actor.unitId;
  const breach = breachOf(c, state);
  if (!breach) {
    if (visibility(operationAccess(state), c.actor) === 'hidden') throw new NotFoundError('operation', c.operationId);
    const what = c.kind === 'task' ? `task breach${c.taskId ? ` ${c.taskId}` : ''}` : 'invitation-response breach';
    throw new NotFoundError(`${what} of ${unit} on operation`, c.operationId);
  }
  if (!mayAct(c.actor)) throw new ForbiddenError('ExplainBreach needs the liaison_officer or coordinator role of the responsible unit');
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  return operationEvent('BreachExplained', {
    kind: c.kind,
    unitId: unit,
    ...(breach.taskId ? { taskId: breach.taskId } : {}),
    dueAt: breach.dueAt,
    reason: c.reason.trim(),
    officerId: c.actor.officerId,
    at: c.now,
  });
}
