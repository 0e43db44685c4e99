import { BreachSweeper, type Lease, type Logger } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { SYSTEM_ACTOR } from '../domain/commands';
import type { ActionItemRow } from '../projections/meeting-read-model';
import { actionItemOverdueCommandId } from './ids';
import type { MeetingCommands } from './meeting-commands';

export interface OverdueSchedulerOptions {
  commands: Pick<MeetingCommands, 'execute'>;
  actionItems: Collection<ActionItemRow>;
  lease: Lease;
  intervalMs: number;
  logger: Logger;
  clock?: () => Date;
}

/**
 * Polls meeting_action_items for items still open past their due date and records each breach on
 * its meeting (ActionItemOverdue), once per item: command id
 * `overdue:<meetingId>:action_item:<actionItemId>:<dueAt>` (see BreachSweeper). The read filters
 * by top-level equality only (FerretDB v1); the due time is compared here. A closed meeting's
 * items still count: the duty outlives the meeting.
 */
export class OverdueScheduler extends BreachSweeper<ActionItemRow> {
  constructor({ commands, actionItems, ...options }: OverdueSchedulerOptions) {
    super({
      ...options,
      due: async (now) =>
        (await actionItems.find({ itemStatus: 'open', overdue: false }).toArray())
          .filter((r) => r.dueAt && r.dueAt <= now)
          .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
      record: (r) => {
        const commandId = actionItemOverdueCommandId(r.meetingId, r.actionItemId, r.dueAt);
        return commands.execute(
          r.meetingId,
          { type: 'MarkActionItemOverdue', actionItemId: r.actionItemId, unitId: r.unitId, dueAt: r.dueAt },
          { commandId, actor: SYSTEM_ACTOR, correlationId: commandId },
        );
      },
      kindOf: () => 'action_item',
      describe: (r) => ({ meetingId: r.meetingId, unitId: r.unitId, actionItemId: r.actionItemId, dueAt: r.dueAt }),
    });
  }
}
