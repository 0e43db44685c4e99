import { mayAct, operationEvent, type OperationEvent } from '@liaison/contracts';
import { ForbiddenError, NotFoundError, ValidationError } from '@liaison/platform';
import { operationAccess, type OperationState } from '../operation';
import { visibility } from '../policy';
import { contractIssues, fail, nonEmpty, requireExists } from '../rules';
import type { CommandOf } from '.';

/**
 * ExplainBreach: an officer of an invited unit that did not answer in time gives the reason, for
 * the accountability register (ADR 0013). Only that unit explains it, also after the operation
 * ended; a later explanation supersedes an earlier one in the register, the history keeps both.
 */
export function explainBreach(c: CommandOf<'ExplainBreach'>, state: OperationState): OperationEvent {
  requireExists(state, c);
  const unit = c.actor.unitId;
  const invitation = state.invitations[unit];
  if (!invitation?.breached) {
    if (visibility(operationAccess(state), c.actor) === 'hidden') throw new NotFoundError('operation', c.operationId);
    throw new NotFoundError(`invitation-response breach of ${unit} on operation`, c.operationId);
  }
  if (!mayAct(c.actor)) throw new ForbiddenError('ExplainBreach needs the liaison_officer or coordinator role of the responsible unit');
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  return operationEvent('BreachExplained', {
    kind: c.kind,
    unitId: unit,
    dueAt: invitation.respondBy,
    reason: c.reason.trim(),
    officerId: c.actor.officerId,
    at: c.now,
  });
}
