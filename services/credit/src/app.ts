import { creditEvents } from '@liaison/contracts';
import { LiveDirectory, type Logger, type ServiceHost, startServiceHost } from '@liaison/platform';
import { creditRegistration } from './api/grpc';
import { CreditCommands } from './application/credit-commands';
import { CreditQueries } from './application/credit-queries';
import { CreditFeed } from './application/feed-reaction';
import { PeriodScheduler } from './application/period-scheduler';
import { PublicationQueries } from './application/publication-queries';
import type { CreditConfig } from './config';
import { BlacklistingReadModel } from './projections/blacklistings';
import { PublicationReadModel } from './projections/publications';

export interface CreditService extends ServiceHost {
  scheduler: PeriodScheduler | null;
  commands: CreditCommands;
  blacklistings: BlacklistingReadModel;
  publications: PublicationReadModel;
}

/** Composition of the credit service on the platform's service host, plus the blacklisting period scheduler. */
export async function startCreditService(
  config: CreditConfig,
  logger: Logger,
  options: { clock?: () => Date } = {},
): Promise<CreditService> {
  const directory = new LiveDirectory();
  let commands!: CreditCommands;
  let blacklistings!: BlacklistingReadModel;
  let publications!: PublicationReadModel;
  const host = await startServiceHost({
    config,
    logger,
    context: 'credit',
    registry: creditEvents,
    build: ({ connection, store, topicOf }) => {
      commands = new CreditCommands(store, { directory }, options.clock);
      blacklistings = new BlacklistingReadModel(connection, store);
      publications = new PublicationReadModel(connection, store);
      const queries = new CreditQueries(commands, blacklistings, directory);
      // Credit files are fed by the leads, operations and evidence topics (ADR 0027).
      const feed = new CreditFeed(connection, commands);
      return {
        projections: [blacklistings, publications],
        reactions: feed.reactions({ leads: topicOf('leads'), operations: topicOf('operations'), evidence: topicOf('evidence') }),
        grpc: [creditRegistration(commands, queries, new PublicationQueries(publications, directory))],
      };
    },
  });
  await blacklistings.init();
  await publications.init();
  const scheduler = config.CREDIT_SCHEDULER_ENABLED
    ? new PeriodScheduler({
        commands,
        blacklistings,
        lease: host.lease('credit:period-scheduler'),
        intervalMs: config.CREDIT_SCHEDULER_INTERVAL_MS,
        logger: logger.child({ component: 'period-scheduler' }),
        clock: options.clock,
      })
    : null;
  scheduler?.start();
  const following = await host.followRegistry(directory);
  return {
    ...host,
    scheduler,
    commands,
    blacklistings,
    publications,
    stop: async () => {
      await scheduler?.stop();
      await following.stop();
      await host.stop();
    },
  };
}
