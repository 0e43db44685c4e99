import { type FieldIssue, operationEvent, type OperationEvent, type Seizure } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { OperationState } from '../operation';
import { authorise, contractIssues, fail, nonEmpty, requireStatus } from '../rules';
import type { CommandOf } from '.';

/** An operation's course: Launch (proposed) → ReportProgress (launched, any member) → Conclude; Cancel from draft, proposed or launched. */

export function launch(c: CommandOf<'Launch'>, state: OperationState): OperationEvent {
  authorise(state, c, 'lead');
  requireStatus(state, c, 'proposed');
  return operationEvent('OperationLaunched', { at: c.now });
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
