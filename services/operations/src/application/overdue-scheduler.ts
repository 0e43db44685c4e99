import { InvalidTransitionError, type Lease, LeasedPoller, type Logger, NotFoundError } from '@liaison/platform';
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
 * for emergency operations) and records each breach as InvitationOverdue on its operation. Once
 * per breach: only the lease holder polls, each breach is issued with the command id
 * `overdue:<operationId>:invitation:<unitId>:<dueAt>` (a repeat is answered from the store), and
 * the decider refuses a breach already recorded or an invitation answered meanwhile.
 */
export class OverdueScheduler {
  private readonly poller: LeasedPoller;
  private stopped = false;
  private readonly clock: () => Date;

  constructor(private readonly options: OverdueSchedulerOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.poller = new LeasedPoller({ lease: options.lease, intervalMs: options.intervalMs, logger: options.logger, poll: () => this.scan() });
  }

  start(): void {
    this.stopped = false;
    this.poller.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.poller.stop();
  }

  /** One scan if this instance holds the lease; returns the number of breaches newly recorded. */
  tick(): Promise<number> {
    return this.poller.tick();
  }

  /** One scan (the poller holds the lease); returns the number of breaches newly recorded. */
  private async scan(): Promise<number> {
    const now = this.clock().toISOString();
    const open = await this.options.memberships.find({ role: 'invited', overdue: false }).toArray();
    let recorded = 0;
    const due = open.filter((r) => r.respondBy && r.respondBy <= now && (r.status === 'proposed' || r.status === 'launched'));
    for (const row of due.sort((a, b) => a.respondBy.localeCompare(b.respondBy))) {
      if (this.stopped) break;
      const commandId = overdueCommandId(row.operationId, row.unitId, row.respondBy);
      try {
        const result = await this.options.commands.execute(
          row.operationId,
          { type: 'MarkInvitationOverdue', unitId: row.unitId, dueAt: row.respondBy },
          { commandId, actor: SYSTEM_ACTOR, correlationId: commandId },
        );
        if (!result.duplicate) {
          recorded += 1;
          this.options.logger.info({ operationId: row.operationId, unitId: row.unitId, dueAt: row.respondBy }, 'invitation overdue');
        }
      } catch (error) {
        if (!(error instanceof InvalidTransitionError) && !(error instanceof NotFoundError)) throw error;
      }
    }
    return recorded;
  }
}
