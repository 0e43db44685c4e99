import { leadEvent, type LeadEvent } from '@liaison/contracts';
import { ForbiddenError, NotFoundError, ValidationError } from '@liaison/platform';
import { leadAccess, type LeadState } from '../lead';
import { mayAct, visibility } from '../policy';
import { contractIssues, fail, nonEmpty, requireExists } from '../rules';
import type { CommandOf } from '.';

/**
 * ExplainBreach: an officer of the unit that missed a deadline gives the reason, for the
 * accountability register (ADR 0013). Only the responsible unit explains its own breach; it may
 * do so after the lead is closed, and even when it no longer sees the lead (it had the deadline,
 * so learning the lead exists leaks nothing). A later explanation supersedes an earlier one in the
 * register; the history keeps both.
 */
export function explainBreach(c: CommandOf<'ExplainBreach'>, state: LeadState): LeadEvent {
  requireExists(state, c);
  const unit = c.actor.unitId;
  const breaches = Object.values(state.deadlines).filter(
    (d) => d.breached && d.kind === c.kind && d.unitId === unit && (!c.taskId || d.taskId === c.taskId),
  );
  if (breaches.length === 0) {
    if (visibility(leadAccess(state), c.actor) === 'hidden') throw new NotFoundError('lead', c.leadId);
    throw new NotFoundError(`${c.kind.replace(/_/g, ' ')} breach of ${unit}${c.taskId ? ` (${c.taskId})` : ''} on lead`, c.leadId);
  }
  if (!mayAct(c.actor)) throw new ForbiddenError('ExplainBreach needs the liaison_officer or coordinator role of the responsible unit');
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  if (breaches.length > 1)
    throw ValidationError.field(
      'task_id',
      `${unit} has ${breaches.length} ${c.kind} breaches (${breaches.map((d) => d.taskId).join(', ')}): name one`,
    );
  const breach = breaches[0]!;
  return leadEvent('BreachExplained', {
    kind: breach.kind,
    unitId: unit,
    ...(breach.taskId ? { taskId: breach.taskId } : {}),
    dueAt: breach.dueAt,
    reason: c.reason.trim(),
    officerId: c.actor.officerId,
    at: c.now,
  });
}
