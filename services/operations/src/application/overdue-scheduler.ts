import { BreachSweeper, type Lease, type Logger } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { SYSTEM_ACTOR } from '../domain/commands';
import type { MembershipRow, TaskRow } from '../projections/operation-read-model';
import { overdueCommandId, taskOverdueCommandId } from './ids';
import type { OperationCommands } from './operation-commands';

export interface OverdueSchedulerOptions {
  commands: Pick<OperationCommands, 'execute'>;
  memberships: Collection<MembershipRow>;
  tasks: Collection<TaskRow>;
  lease: Lease;
  intervalMs: number;
  logger: Logger;
  clock?: () => Date;
}

/** A breach the sweep found: an unanswered invitation or an open task, each past its due time. */
export type OperationBreach = { kind: 'invitation'; row: MembershipRow } | { kind: 'task'; row: TaskRow };

const isActive = (status: string) => status === 'proposed' || status === 'launched';
const dueAtOf = (b: OperationBreach) => (b.kind === 'invitation' ? b.row.respondBy : b.row.dueAt);

/**
 * Polls operation_memberships for invitations still unanswered past their response limit (short
 * for emergency operations) and operation_tasks for tasks still open past their due time, and
 * records each breach on its operation (InvitationOverdue, TaskOverdue), once per breach: command
 * ids `overdue:<operationId>:invitation:<unitId>:<dueAt>` and
 * `overdue:<operationId>:task:<taskId>:<unitId>:<dueAt>` (see BreachSweeper). Both reads filter
 * by top-level equality only (FerretDB v1); the rest is filtered here.
 */
export class OverdueScheduler extends BreachSweeper<OperationBreach> {
  constructor({ commands, memberships, tasks, ...options }: OverdueSchedulerOptions) {
    super({
      ...options,
      due: async (now) => {
        const invitations = (await memberships.find({ role: 'invited', overdue: false }).toArray())
          .filter((r) => r.respondBy && r.respondBy <= now && isActive(r.status))
          .map((row): OperationBreach => ({ kind: 'invitation', row }));
        const late = (await tasks.find({ taskStatus: 'open', overdue: false }).toArray())
          .filter((r) => r.dueAt && r.dueAt <= now && isActive(r.status))
          .map((row): OperationBreach => ({ kind: 'task', row }));
        return [...invitations, ...late].sort((a, b) => dueAtOf(a).localeCompare(dueAtOf(b)));
      },
      record: (b) => {
        const { operationId, unitId } = b.row;
        const commandId =
          b.kind === 'invitation'
            ? overdueCommandId(operationId, unitId, b.row.respondBy)
            : taskOverdueCommandId(operationId, b.row.taskId, unitId, b.row.dueAt);
        const command =
          b.kind === 'invitation'
            ? { type: 'MarkInvitationOverdue' as const, unitId, dueAt: b.row.respondBy }
            : { type: 'MarkTaskOverdue' as const, taskId: b.row.taskId, unitId, dueAt: b.row.dueAt };
        return commands.execute(operationId, command, { commandId, actor: SYSTEM_ACTOR, correlationId: commandId });
      },
      kindOf: (b) => b.kind,
      describe: (b) => ({
        operationId: b.row.operationId,
        unitId: b.row.unitId,
        dueAt: dueAtOf(b),
        ...(b.kind === 'task' ? { taskId: b.row.taskId } : {}),
      }),
    });
  }
}
