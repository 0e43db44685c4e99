import { BreachSweeper, type Lease, type Logger } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { SYSTEM_ACTOR } from '../domain/commands';
import type { MembershipRow } from '../projections/operation-read-model';
import { overdueCommandId } from './ids';
import type { OperationCommands } from './operation-commands';

export interface OverdueSchedulerOptions {
  commands: Pick<OperationCommands, 'execute'>;
  memberships: Collection<MembershipRow>;
  lease: Lease;
  intervalMs: number;
  logger: Logger;
  clock?: () => Date;
}

/**
 * Polls operation_memberships for invitations still unanswered past their response limit (short
 * for emergency operations) and records each breach as InvitationOverdue on its operation, once
 * per breach: command id `overdue:<operationId>:invitation:<unitId>:<dueAt>` (see BreachSweeper).
 */
export class OverdueScheduler extends BreachSweeper<MembershipRow> {
  constructor({ commands, memberships, ...options }: OverdueSchedulerOptions) {
    super({
      ...options,
      due: async (now) =>
        (await memberships.find({ role: 'invited', overdue: false }).toArray())
          .filter((r) => r.respondBy && r.respondBy <= now && (r.status === 'proposed' || r.status === 'launched'))
          .sort((a, b) => a.respondBy.localeCompare(b.respondBy)),
      record: (row) => {
        const commandId = overdueCommandId(row.operationId, row.unitId, row.respondBy);
        return commands.execute(
          row.operationId,
          { type: 'MarkInvitationOverdue', unitId: row.unitId, dueAt: row.respondBy },
          { commandId, actor: SYSTEM_ACTOR, correlationId: commandId },
        );
      },
      describe: (row) => ({ operationId: row.operationId, unitId: row.unitId, dueAt: row.respondBy }),
    });
  }
}
