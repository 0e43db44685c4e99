import { InvalidTransitionError, type Lease, type Logger, NotFoundError } from '@liaison/platform';
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
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private readonly clock: () => Date;

  constructor(private readonly options: OverdueSchedulerOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  start(): void {
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.running = this.tick()
        .catch((error: unknown) => this.options.logger.warn({ err: error }, 'overdue scan failed; retrying'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(loop, this.options.intervalMs);
        });
    };
    loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.options.lease.release().catch(() => undefined);
  }

  /** One scan; returns the number of breaches newly recorded. */
  async tick(): Promise<number> {
    if (!(await this.options.lease.tryAcquire())) return 0;
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
