import { describe, expect, it } from '@jest/globals';
import { type AccountabilityRow, accountabilityEntry, type Actor, operationEvents } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { ReadModelHarness, refusal } from '@liaison/platform/testing';
import { SYSTEM_ACTOR, type OperationCommand } from '../src/domain/commands';
import { accountabilityRows } from '../src/projections/accountability';
import { taskRows } from '../src/projections/operation-read-model';
import { operationDetailsProjection, type OperationView } from '../src/projections/operation-view';
import { cmd, erqi, invited, jinshui, joined, launched, OP, proposed, spec, T0, zhongmu } from './operation-fixtures';

/** A late operation task is a breach (ADR 0013): MarkTaskOverdue → TaskOverdue, and the task's entry in the register. */

const HOUR = 3_600_000;
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const dueAt = later(10 * HOUR);
const assign = (taskId = 'task-1', due = dueAt) =>
  cmd('AssignTask', jinshui, { taskId, unitId: 'msb-erqi', description: 'search the Erqi warehouse', dueAt: due });
const running = [proposed(), invited('msb-erqi'), joined(erqi), launched(), assign()];
const mark = (now: string, taskId = 'task-1', due = dueAt, unitId = 'msb-erqi') =>
  cmd('MarkTaskOverdue', SYSTEM_ACTOR, { taskId, unitId, dueAt: due }, now);
const complete = (now: string, taskId = 'task-1') => cmd('CompleteTask', erqi, { taskId, note: 'searched' }, now);
const explain = (actor: Actor, taskId?: string, reason = 'the warrant came late') =>
  cmd('ExplainBreach', actor, { kind: 'task', reason, ...(taskId ? { taskId } : {}) }, later(14 * HOUR));
const supervisor: Actor = { officerId: 'officer-city-supervision-wu', unitId: 'supervision-city', roles: ['supervisor'] };

const harness = (...commands: OperationCommand[]) =>
  new ReadModelHarness<OperationView>(operationDetailsProjection, [
    { collection: 'operation_accountability', rows: accountabilityRows },
    { collection: 'operation_tasks', rows: taskRows },
  ]).apply(...spec.givenCommands(...commands).history);
const view = (...commands: OperationCommand[]) => harness(...commands).document(OP)!;
const rows = (...commands: OperationCommand[]) => harness(...commands).rowsOf('operation_accountability');

describe('MarkTaskOverdue', () => {
  it('records TaskOverdue once, with the rule of the due time, when an open task is past due', () => {
    const events = spec
      .givenCommands(...running)
      .when(mark(later(11 * HOUR)))
      .decided().events;
    expect(events).toEqual([
      {
        type: 'TaskOverdue',
        data: {
          taskId: 'task-1',
          unitId: 'msb-erqi',
          dueAt,
          detectedAt: later(11 * HOUR),
          rule: expect.stringMatching(/^operation task task-1: due .* as set by the lead unit msb-jinshui/),
        },
      },
    ]);
    expect(operationEvents.validate(events[0]!.type, events[0]!.data)).toMatchObject({ ok: true });
    spec
      .givenCommands(...running, mark(later(11 * HOUR)))
      .when(mark(later(12 * HOUR)))
      .thenThrows(InvalidTransitionError, refusal({ status: 'overdue' }));
  });

  it('refuses a task not due yet, one completed, one without a due time, and another due time or unit', () => {
    spec
      .givenCommands(...running)
      .when(mark(later(9 * HOUR)))
      .thenThrows(InvalidTransitionError, refusal({ status: 'open' }));
    spec
      .givenCommands(...running, complete(later(9 * HOUR)))
      .when(mark(later(11 * HOUR)))
      .thenThrows(InvalidTransitionError, refusal({ status: 'done' }));
    const undated = [proposed(), invited('msb-erqi'), joined(erqi), assign('task-2', '')];
    spec
      .givenCommands(...undated)
      .when(mark(later(11 * HOUR), 'task-2', ''))
      .thenThrows(InvalidTransitionError);
    spec
      .givenCommands(...running)
      .when(mark(later(11 * HOUR), 'task-1', later(5 * HOUR)))
      .thenThrows(InvalidTransitionError);
    spec
      .givenCommands(...running)
      .when(mark(later(11 * HOUR), 'task-1', dueAt, 'msb-zhongmu'))
      .thenThrows(InvalidTransitionError);
    spec
      .givenCommands(...running)
      .when(mark(later(11 * HOUR), 'task-9'))
      .thenThrows(InvalidTransitionError);
  });

  it('refuses once the operation is concluded or cancelled', () => {
    spec
      .givenCommands(...running, cmd('Conclude', jinshui, { summary: 'done', results: '' }, later(HOUR)))
      .when(mark(later(11 * HOUR)))
      .thenThrows(InvalidTransitionError, refusal({ status: 'concluded' }));
    spec
      .givenCommands(proposed(), invited('msb-erqi'), joined(erqi), assign(), cmd('Cancel', jinshui, { reason: 'called off' }, later(HOUR)))
      .when(mark(later(11 * HOUR)))
      .thenThrows(InvalidTransitionError, refusal({ status: 'cancelled' }));
  });

  it('is internal: an officer cannot issue it', () => {
    spec
      .givenCommands(...running)
      .when(cmd('MarkTaskOverdue', jinshui, { taskId: 'task-1', unitId: 'msb-erqi', dueAt }, later(11 * HOUR)))
      .thenThrows(ForbiddenError);
  });
});

describe('ExplainBreach of a late task', () => {
  const breached = [...running, mark(later(11 * HOUR))];

  it('the task unit gives the reason, naming the task or leaving it out when it has one overdue task', () => {
    const expected = {
      type: 'BreachExplained',
      data: {
        kind: 'task',
        unitId: 'msb-erqi',
        taskId: 'task-1',
        dueAt,
        reason: 'the warrant came late',
        officerId: erqi.officerId,
        at: later(14 * HOUR),
      },
    };
    expect(
      spec
        .givenCommands(...breached)
        .when(explain(erqi, 'task-1'))
        .decided().events,
    ).toEqual([expected]);
    expect(
      spec
        .givenCommands(...breached)
        .when(explain(erqi))
        .decided().events,
    ).toEqual([expected]);
  });

  it('with several overdue tasks the unit names one; nobody else explains it; no breach, nothing to explain', () => {
    const second = later(12 * HOUR);
    const two = [...breached, assign('task-2', second), mark(later(13 * HOUR), 'task-2', second)];
    spec
      .givenCommands(...two)
      .when(explain(erqi))
      .thenThrows(ValidationError, refusal({ path: 'task_id' }));
    expect(
      spec
        .givenCommands(...two)
        .when(explain(erqi, 'task-2'))
        .decided().events[0]!.data,
    ).toMatchObject({ taskId: 'task-2', dueAt: second });
    spec
      .givenCommands(...breached)
      .when(explain(jinshui))
      .thenThrows(NotFoundError);
    spec
      .givenCommands(...breached)
      .when(explain(zhongmu))
      .thenThrows(NotFoundError);
    spec
      .givenCommands(...running)
      .when(explain(erqi))
      .thenThrows(NotFoundError);
    spec
      .givenCommands(...breached)
      .when(explain(erqi, 'task-9'))
      .thenThrows(NotFoundError);
  });
});

describe('late tasks in the operations accountability register (projection rows)', () => {
  it('the breach enters with kind task, rule and lateness; completing late answers it; the reason follows', () => {
    expect(rows(...running)).toEqual([]);
    expect(rows(...running, mark(later(11 * HOUR)))).toEqual([
      expect.objectContaining({
        _id: `operations:${OP}:task:msb-erqi:task-1`,
        context: 'operations',
        recordKind: 'operation',
        recordId: OP,
        kind: 'task',
        unitId: 'msb-erqi',
        taskId: 'task-1',
        dueAt,
        rule: expect.stringContaining('as set by the lead unit msb-jinshui'),
        detectedAt: later(11 * HOUR),
        answeredAt: '',
        lateBySeconds: 3600,
        explanation: null,
      }),
    ]);
    const answered = rows(...running, mark(later(11 * HOUR)), complete(later(13 * HOUR)), explain(erqi));
    expect(answered).toEqual([
      expect.objectContaining({
        kind: 'task',
        answeredAt: later(13 * HOUR),
        lateBySeconds: 3 * 3600,
        explanation: { reason: 'the warrant came late', officerId: erqi.officerId, at: later(14 * HOUR) },
      }),
    ]);
  });

  it('a task completed in time never enters; the view records the breach in the history', () => {
    expect(rows(...running, complete(later(9 * HOUR)))).toEqual([]);
    const v = view(...running, mark(later(11 * HOUR)));
    expect(v.tasks[0]).toMatchObject({ taskId: 'task-1', overdue: true, overdueDetectedAt: later(11 * HOUR) });
    expect(v.history.at(-1)).toMatchObject({ type: 'TaskOverdue', summary: `msb-erqi did not complete task task-1 by ${dueAt}` });
  });

  it('the entry as the task unit, another unit and a supervisor read it', () => {
    const [row] = rows(...running, mark(later(11 * HOUR))) as unknown as AccountabilityRow[];
    expect(accountabilityEntry(row!, erqi)).toMatchObject({ recordId: OP, kind: 'task', taskId: 'task-1', explainable: true });
    expect(accountabilityEntry(row!, zhongmu)).toBeNull();
    expect(accountabilityEntry(row!, supervisor)).toMatchObject({ recordId: OP, kind: 'task', explainable: false });
  });

  it('the scheduler sees one task row per task, open until completed, with the operation status', () => {
    const rowsOf = (...commands: OperationCommand[]) => harness(...commands).rowsOf('operation_tasks');
    expect(rowsOf(...running)).toEqual([
      expect.objectContaining({
        _id: `${OP}:task-1`,
        taskId: 'task-1',
        unitId: 'msb-erqi',
        dueAt,
        taskStatus: 'open',
        overdue: false,
        status: 'launched',
      }),
    ]);
    expect(rowsOf(...running, mark(later(11 * HOUR)), complete(later(13 * HOUR)))).toEqual([
      expect.objectContaining({ taskStatus: 'done', overdue: true }),
    ]);
  });
});
