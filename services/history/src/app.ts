import { AUDIT_TOPIC_CONTEXT, auditEvents, EventRegistry } from '@liaison/contracts';
import { type Logger, type ServiceHost, startServiceHost } from '@liaison/platform';
import { historyGrpcImplementation, historyServiceDefinition, historyStreamingHandlers } from './api/grpc';
import { HistoryQueries } from './application/history-queries';
import { Archive } from './archive/archive';
import { archiveReactions } from './archive/archive-reactions';
import { RecordViews } from './audit/record-views';
import type { HistoryConfig } from './config';
import { Sandbox } from './replay/sandbox';
import type { Db } from 'mongodb';

export interface HistoryService extends ServiceHost {
  archive: Archive;
  views: RecordViews;
}

/** The history service appends no events of its own (its topic stays empty); it archives everyone else's. */
const historyEvents = new EventRegistry();

/** Composition of the history service on the platform's service host (ADR 0022, ADR 0023). */
export async function startHistoryService(config: HistoryConfig, logger: Logger): Promise<HistoryService> {
  let archive!: Archive;
  let views!: RecordViews;
  let db!: Db;
  const host = await startServiceHost({
    config,
    logger,
    context: 'history',
    registry: historyEvents,
    build: ({ connection, topicOf }) => {
      archive = new Archive(connection);
      db = connection.db!;
      views = new RecordViews(connection, archive.records);
      const queries = new HistoryQueries(archive);
      return {
        reactions: [
          ...archiveReactions(archive, topicOf),
          // Who viewed what (ADR 0023): the gateway's audit topic.
          {
            name: 'record-views',
            topics: [topicOf(AUDIT_TOPIC_CONTEXT)],
            registry: auditEvents,
            handler: ({ event }) => views.apply(event),
          },
        ],
        grpc: [
          {
            definition: historyServiceDefinition(),
            implementation: historyGrpcImplementation(archive, queries, views, connection.db!),
            streamingImplementation: historyStreamingHandlers(archive, queries, connection.db!),
          },
        ],
      };
    },
  });
  await archive.init();
  await views.init();
  await Sandbox.init(db);
  return { ...host, archive, views };
}
