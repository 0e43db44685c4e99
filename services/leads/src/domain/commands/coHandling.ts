import { type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { ForbiddenError, ValidationError } from '@liaison/platform';
import type { LeadState } from '../lead';
import { authorise, contractIssues, fail, isRfc3339, type LeadDeciderDependencies, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/** AssignForCoHandling: the owner gives other known units tasks, each with an optional due time (a deadline). */
export function assignForCoHandling(
  c: CommandOf<'AssignForCoHandling'>,
  state: LeadState,
  { directory }: LeadDeciderDependencies,
): LeadEvent {
  authorise(state, c, 'owner');
  const issues: FieldIssue[] = contractIssues(c);
  if (c.tasks.length === 0) issues.push({ path: 'tasks', message: 'at least one task' });
  c.tasks.forEach((t, i) => {
    if (!directory.unit(t.unitId)) issues.push({ path: `tasks[${i}].unit_id`, message: `unknown unit "${t.unitId}"` });
    else if (t.unitId === state.ownerUnitId)
      issues.push({ path: `tasks[${i}].unit_id`, message: 'the owner unit cannot co-handle its own lead' });
    if (!nonEmpty(t.description)) issues.push({ path: `tasks[${i}].description`, message: 'required' });
    if (t.dueAt && !isRfc3339(t.dueAt)) issues.push({ path: `tasks[${i}].due_at`, message: 'an RFC 3339 time' });
  });
  fail(dedupe(issues));
  return leadEvent('LeadAssignedForCoHandling', {
    tasks: c.tasks.map((t) => ({ ...t, dueAt: t.dueAt ? new Date(t.dueAt).toISOString() : '' })),
  });
}

/** RecordFeedback: a recipient or co-handling unit (never the owner) reports a result. */
export function recordFeedback(c: CommandOf<'RecordFeedback'>, state: LeadState): LeadEvent {
  authorise(state, c, 'party');
  if (c.actor.unitId === state.ownerUnitId) throw new ForbiddenError('feedback comes from recipient or co-handling units, not the owner');
  fail(contractIssues(c));
  if (!nonEmpty(c.result)) throw ValidationError.field('result', 'required');
  return leadEvent('LeadFeedbackRecorded', { unitId: c.actor.unitId, result: c.result, summary: c.summary, at: c.now });
}

/** One issue per field and message (the contract and the decider may both notice a malformed time). */
const dedupe = (issues: FieldIssue[]) => issues.filter((issue, i) => issues.findIndex((o) => o.path === issue.path) === i);
