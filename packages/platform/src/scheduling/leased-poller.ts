import type { Logger } from '../logging';
import type { Lease } from '../mongo/lease';

export interface LeasedPollerOptions {
  lease: Lease;
  intervalMs: number;
  logger: Logger;
  /** One scan; returns how much it did (for logs and tests). Called only while holding the lease. */
  poll(): Promise<number>;
}

/**
 * Runs `poll` every `intervalMs` on the one instance that holds the lease (deadline schedulers,
 * sweeps). A failed scan is logged and retried next interval; `stop` waits for the running scan.
 */
export class LeasedPoller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: LeasedPollerOptions) {}

  start(): void {
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.running = this.tick()
        .catch((error: unknown) => this.options.logger.warn({ err: error }, 'scheduled scan failed; retrying'))
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

  /** One scan if this instance holds the lease; 0 otherwise. */
  async tick(): Promise<number> {
    if (!(await this.options.lease.tryAcquire())) return 0;
    return this.options.poll();
  }
}
