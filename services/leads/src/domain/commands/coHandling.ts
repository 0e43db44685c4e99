import { dueAsSet, type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { ForbiddenError, ValidationError } from '@liaison/platform';
import type { LeadState } from '../lead';
import { authorise, contractIssues, fail, isRfc3339, type LeadDeciderDependencies, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/**
 * AssignForCoHandling: the owner gives other known units tasks, each with an optional due time.
 * Each task gets its own id (`task-<n>`, numbered on the lead) and so its own deadline: two tasks
 * for one unit are two deadlines (ADR 0013). The due time is set by the owner; its rule says so.
 */
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
    tasks: c.tasks.map((t, i) => {
      const taskId = `task-${Object.keys(state.coHandlingTasks).length + i + 1}`;
      if (!t.dueAt) return { unitId: t.unitId, description: t.description, dueAt: '', taskId };
      const due = dueAsSet(t.dueAt, `the owner unit ${state.ownerUnitId}`);
      return { unitId: t.unitId, description: t.description, dueAt: due.dueAt, taskId, dueRule: `co-handling task ${taskId}: ${due.rule}` };
    }),
  });
}

/**
 * RecordFeedback: a recipient or co-handling unit (never the owner) reports a result. Feedback on
 * a co-handling task names it (`task_id`), which meets that task's deadline only; a unit with a
 * single open task may leave it out.
 */
export function recordFeedback(c: CommandOf<'RecordFeedback'>, state: LeadState): LeadEvent {
  authorise(state, c, 'party');
  if (c.actor.unitId === state.ownerUnitId) throw new ForbiddenError('feedback comes from recipient or co-handling units, not the owner');
  fail(contractIssues(c));
  if (!nonEmpty(c.result)) throw ValidationError.field('result', 'required');
  const taskId = answeredTask(c.taskId ?? '', c.actor.unitId, state);
  return leadEvent('LeadFeedbackRecorded', {
    unitId: c.actor.unitId,
    result: c.result,
    summary: c.summary,
    at: c.now,
    ...(taskId ? { taskId } : {}),
  });
}

/** Which of the unit's task deadlines the feedback meets: the one named, or the only open one. */
function answeredTask(named: string, unitId: string, state: LeadState): string | undefined {
  if (named) {
    if (state.coHandlingTasks[named] !== unitId)
      throw ValidationError.field('task_id', `no co-handling task "${named}" of ${unitId} on this lead`);
    return named;
  }
  const open = Object.values(state.deadlines).filter(
    (d) => d.kind === 'co_handling_task' && d.unitId === unitId && d.taskId && !d.resolved,
  );
  if (open.length > 1)
    throw ValidationError.field(
      'task_id',
      `${unitId} has ${open.length} open tasks (${open.map((d) => d.taskId).join(', ')}): name the one answered`,
    );
  return open[0]?.taskId;
}

/** One issue per field and message (the contract and the decider may both notice a malformed time). */
const dedupe = (issues: FieldIssue[]) => issues.filter((issue, i) => issues.findIndex((o) => o.path === issue.path) === i);
