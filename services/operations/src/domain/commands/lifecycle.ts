import { type FieldIssue, operationEvent, type OperationEvent, type Seizure } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import { type OperationState, unresolvedConflictIds } from '../operation';
import { authorise, contractIssues, fail, nonEmpty, requireStatus } from '../rules';
import type { CommandOf } from '.';

/** An operation's course: Launch (proposed) → ReportProgress (launched, any member) → Conclude; Cancel from draft, proposed or launched. */

/**
 * Launch: refused while a deconfliction conflict is unresolved (open and not overridden), unless
 * the lead unit gives a reason for going ahead: then DeconflictionOverridden (those conflicts,
 * the reason) is recorded in the launch's commit. The conflicts stay open for the other side.
 */
export function launch(c: CommandOf<'Launch'>, state: OperationState): OperationEvent[] {
  authorise(state, c, 'lead');
  requireStatus(state, c, 'proposed');
  fail(contractIssues(c));
  const launched = operationEvent('OperationLaunched', { at: c.now });
  const unresolved = unresolvedConflictIds(state);
  if (unresolved.length === 0) return [launched];
  if (!nonEmpty(c.overrideReason))
    throw new InvalidTransitionError(
      `operation ${c.operationId} has unresolved deconfliction conflicts (${unresolved.join(', ')}): resolve them, or launch with an override_reason`,
      'unresolved_conflict',
    );
  return [operationEvent('DeconflictionOverridden', { conflictIds: unresolved, reason: c.overrideReason.trim(), at: c.now }), launched];
}

export function reportProgress(c: CommandOf<'ReportProgress'>, state: OperationState): OperationEvent {
  authorise(state, c, 'member');
  requireStatus(state, c, 'launched');
  const issues: FieldIssue[] = contractIssues(c);
  c.seizures.forEach((s: Seizure, i) => {
    if (!nonEmpty(s.goods)) issues.push({ path: `seizures[${i}].goods`, message: 'required' });
    if (!(Number.isFinite(s.quantity) && s.quantity >= 0)) issues.push({ path: `seizures[${i}].quantity`, message: 'zero or more' });
    if (!(Number.isFinite(s.valueYuan) && s.valueYuan >= 0))
      issues.push({ path: `seizures[${i}].value_yuan`, message: 'zero or more yuan' });
  });
  if (!(Number.isInteger(c.inspections) && c.inspections >= 0))
    issues.push({ path: 'inspections', message: 'a whole number, zero or more' });
  if (!(Number.isInteger(c.arrests) && c.arrests >= 0)) issues.push({ path: 'arrests', message: 'a whole number, zero or more' });
  if (c.seizures.length === 0 && c.inspections === 0 && c.arrests === 0 && !nonEmpty(c.notes))
    issues.push({ path: 'notes', message: 'an empty report: give seizures, inspections, arrests or notes' });
  fail(issues);
  return operationEvent('ProgressReported', {
    unitId: c.actor.unitId,
    seizures: c.seizures,
    inspections: c.inspections,
    arrests: c.arrests,
    notes: c.notes,
    at: c.now,
  });
}

export function conclude(c: CommandOf<'Conclude'>, state: OperationState): OperationEvent {
  authorise(state, c, 'lead');
  requireStatus(state, c, 'launched');
  fail(contractIssues(c));
  if (!nonEmpty(c.summary)) throw ValidationError.field('summary', 'required');
  return operationEvent('OperationConcluded', { summary: c.summary, results: c.results, at: c.now });
}

export function cancel(c: CommandOf<'Cancel'>, state: OperationState): OperationEvent {
  authorise(state, c, 'lead');
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'cancelling needs a reason');
  return operationEvent('OperationCancelled', { reason: c.reason, at: c.now });
}
