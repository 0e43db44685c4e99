import { BreachSweeper, type Lease, type Logger } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { SYSTEM_ACTOR } from '../domain/commands';
import type { DeadlineKind } from '../domain/model';
import type { DeadlineRow } from '../projections/lead-read-model';
import { overdueCommandId } from './ids';
import type { LeadCommands } from './lead-commands';

export interface OverdueSchedulerOptions {
  commands: Pick<LeadCommands, 'execute'>;
  deadlines: Collection<DeadlineRow>;
  lease: Lease;
  intervalMs: number;
  logger: Logger;
  clock?: () => Date;
}

/**
 * Polls the lead_deadlines view and records each breach as a LeadOverdue event on its lead,
 * once per breach: command id `overdue:<leadId>:<kind>:<unitId>:<dueAt>` (see BreachSweeper).
 */
export class OverdueScheduler extends BreachSweeper<DeadlineRow> {
  constructor({ commands, deadlines, ...options }: OverdueSchedulerOptions) {
    super({
      ...options,
      due: async (now) =>
        (await deadlines.find({ resolved: false, breached: false }).toArray())
          .filter((r) => r.dueAt <= now)
          .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
      record: (row) => {
        const commandId = overdueCommandId(row.leadId, row.kind, row.unitId, row.dueAt, row.taskId);
        return commands.execute(
          row.leadId,
          {
            type: 'MarkOverdue',
            kind: row.kind as DeadlineKind,
            unitId: row.unitId,
            dueAt: row.dueAt,
            ...(row.taskId ? { taskId: row.taskId } : {}),
          },
          { commandId, actor: SYSTEM_ACTOR, correlationId: commandId },
        );
      },
      describe: (row) => ({ leadId: row.leadId, kind: row.kind, unitId: row.unitId, dueAt: row.dueAt, taskId: row.taskId }),
    });
  }
}
