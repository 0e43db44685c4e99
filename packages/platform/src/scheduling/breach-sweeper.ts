import { InvalidTransitionError, NotFoundError } from '../errors';
import type { Logger } from '../logging';
import { observeBreach } from '../metrics';
import type { Lease } from '../mongo/lease';
import { LeasedPoller } from './leased-poller';

export interface BreachSweeperOptions<Breach> {
  lease: Lease;
  intervalMs: number;
  logger: Logger;
  clock?: () => Date;
  /** Breaches due at `now` according to the (possibly lagging) view, oldest first. */
  due(now: string): Promise<Breach[]>;
  /**
   * Records one breach as a command with a command id derived from the breach, so a repeat
   * (restart, lease hand-over, a view that has not caught up) is answered from the store.
   */
  record(breach: Breach): Promise<{ duplicate: boolean }>;
  /** Log fields naming the breach. */
  describe(breach: Breach): Record<string, unknown>;
  /**
   * The kind of time limit, the `kind` label of liaison_deadline_breaches_total (ADR 0025), e.g.
   * `acknowledge` or `task`; default: `describe(breach).kind` if it is a string, else `breach`.
   */
  kindOf?(breach: Breach): string;
}

/**
 * Time-limit enforcement shared by every context: on the lease holder, every interval, record
 * each due breach exactly once. A breach met or recorded meanwhile is refused by the decider
 * (invalid transition) or its record is gone (not found): nothing to do.
 */
export class BreachSweeper<Breach> {
  private readonly poller: LeasedPoller;
  private readonly clock: () => Date;
  private stopped = false;

  constructor(private readonly options: BreachSweeperOptions<Breach>) {
    this.clock = options.clock ?? (() => new Date());
    this.poller = new LeasedPoller({
      lease: options.lease,
      intervalMs: options.intervalMs,
      logger: options.logger,
      poll: () => this.sweep(),
    });
  }

  start(): void {
    this.stopped = false;
    this.poller.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.poller.stop();
  }

  /** One sweep if this instance holds the lease; returns the number of breaches newly recorded. */
  tick(): Promise<number> {
    return this.poller.tick();
  }

  private kindOf(breach: Breach): string {
    if (this.options.kindOf) return this.options.kindOf(breach);
    const kind = this.options.describe(breach).kind;
    return typeof kind === 'string' ? kind : 'breach';
  }

  private async sweep(): Promise<number> {
    let recorded = 0;
    for (const breach of await this.options.due(this.clock().toISOString())) {
      if (this.stopped) break;
      try {
        const result = await this.options.record(breach);
        if (!result.duplicate) {
          recorded += 1;
          observeBreach(this.kindOf(breach));
          this.options.logger.info(this.options.describe(breach), 'time limit breached');
        }
      } catch (error) {
        if (!(error instanceof InvalidTransitionError) && !(error instanceof NotFoundError)) throw error;
      }
    }
    return recorded;
  }
}
