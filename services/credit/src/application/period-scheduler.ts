import { BreachSweeper, type Lease, type Logger } from '@liaison/platform';
import type { BlacklistingReadModel, BlacklistingDoc } from '../projections/blacklistings';
import type { CreditCommands } from './credit-commands';

export interface PeriodSchedulerOptions {
  commands: Pick<CreditCommands, 'endPeriod'>;
  blacklistings: Pick<BlacklistingReadModel, 'byStatus'>;
  lease: Lease;
  intervalMs: number;
  logger: Logger;
  clock?: () => Date;
}

/**
 * Ends publication periods: on the lease holder, every interval, each blacklisting in force
 * (published or appealed) whose publishedUntil has passed is removed (BlacklistingRemoved
 * `period_ended`) once — command id `period-end:<id>:<until>`, as the deadlines of leads and
 * meetings are recorded (BreachSweeper). The view filters by status (top-level equality); the
 * time is compared here, and the decider checks it again on the stream.
 */
export class PeriodScheduler extends BreachSweeper<BlacklistingDoc> {
  constructor({ commands, blacklistings, ...options }: PeriodSchedulerOptions) {
    super({
      ...options,
      due: async (now) =>
        [...(await blacklistings.byStatus('published')), ...(await blacklistings.byStatus('appealed'))]
          .filter((b) => b.publishedUntil && b.publishedUntil <= now)
          .sort((a, b) => a.publishedUntil.localeCompare(b.publishedUntil)),
      record: (b) => commands.endPeriod(b._id, b.publishedUntil),
      describe: (b) => ({ blacklistingId: b._id, fileId: b.fileId, publishedUntil: b.publishedUntil, event: 'blacklisting period ended' }),
    });
  }
}
