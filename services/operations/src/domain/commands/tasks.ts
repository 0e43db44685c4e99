import { dueAsSet, type FieldIssue, operationEvent, type OperationEvent } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { OperationState } from '../operation';
import { authorise, canonical, contractIssues, fail, isRfc3339, nonEmpty, type OperationDeciderDependencies } from '../rules';
import type { CommandOf } from '.';

/** AssignTask: the lead unit gives a task to itself or a unit that joined; the task id comes from the command id. */
export function assignTask(c: CommandOf<'AssignTask'>, state: OperationState, { directory }: OperationDeciderDependencies): OperationEvent {
  authorise(state, c, 'lead');
  const issues: FieldIssue[] = contractIssues(c);
  if (!directory.unit(c.unitId)) issues.push({ path: 'unit_id', message: `unknown unit "${c.unitId}"` });
  else if (c.unitId !== state.leadUnitId && state.invitations[c.unitId]?.status !== 'joined') {
    issues.push({
      path: 'unit_id',
      message: `"${c.unitId}" does not take part in this operation (tasks go to the lead unit or units that joined)`,
    });
  }
  if (!nonEmpty(c.description)) issues.push({ path: 'description', message: 'required' });
  if (c.dueAt && !isRfc3339(c.dueAt)) issues.push({ path: 'due_at', message: 'an RFC 3339 time' });
  if (c.taskId in state.tasks) issues.push({ path: 'task_id', message: 'already assigned' });
  fail(issues);
  return operationEvent('TaskAssigned', {
    taskId: c.taskId,
    unitId: c.unitId,
    description: c.description,
    dueAt: c.dueAt ? canonical(c.dueAt) : '',
    ...(c.dueAt ? { dueRule: `operation task ${c.taskId}: ${dueAsSet(c.dueAt, `the lead unit ${state.leadUnitId}`).rule}` } : {}),
  });
}

/** CompleteTask: by the task's own unit, once. */
export function completeTask(c: CommandOf<'CompleteTask'>, state: OperationState): OperationEvent {
  authorise(state, c, 'member');
  const task = state.tasks[c.taskId];
  if (!task) throw ValidationError.field('task_id', `no task "${c.taskId}" on this operation`);
  if (task.unitId !== c.actor.unitId) throw new ForbiddenError(`task ${c.taskId} belongs to ${task.unitId}`);
  if (task.status === 'done') throw new InvalidTransitionError(`task ${c.taskId} is already done`, 'done');
  fail(contractIssues(c));
  return operationEvent('TaskCompleted', { taskId: c.taskId, unitId: c.actor.unitId, note: c.note, at: c.now });
}
