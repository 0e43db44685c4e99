import { InvalidTransitionError, type Lease, LeasedPoller, type Logger, NotFoundError } from '@liaison/platform';
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
 * Polls the lead_deadlines view and records each breach as a LeadOverdue event on its lead.
 * Exactly once per breach: only the lease holder polls, and each breach is issued with the
 * command id `overdue:<leadId>:<kind>:<unitId>:<dueAt>` — a repeat (after a restart, a lease
 * hand-over, or a view that has not caught up yet) is answered from the store, and the decider
 * refuses a breach already recorded or a deadline met in the meantime.
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
    const open = await this.options.deadlines.find({ resolved: false, breached: false }).toArray();
    let recorded = 0;
    for (const row of open.filter((r) => r.dueAt <= now).sort((a, b) => a.dueAt.localeCompare(b.dueAt))) {
      if (this.stopped) break;
      const commandId = overdueCommandId(row.leadId, row.kind, row.unitId, row.dueAt);
      try {
        const result = await this.options.commands.execute(
          row.leadId,
          { type: 'MarkOverdue', kind: row.kind as DeadlineKind, unitId: row.unitId, dueAt: row.dueAt },
          { commandId, actor: SYSTEM_ACTOR, correlationId: commandId },
        );
        if (!result.duplicate) {
          recorded += 1;
          this.options.logger.info({ leadId: row.leadId, kind: row.kind, unitId: row.unitId, dueAt: row.dueAt }, 'deadline breached');
        }
      } catch (error) {
        // Met or recorded meanwhile (the view lags the store): nothing to do.
        if (!(error instanceof InvalidTransitionError) && !(error instanceof NotFoundError)) throw error;
      }
    }
    return recorded;
  }
}
