import { leadEvents } from '@liaison/contracts';
import { integrityService, projectionService, LiveDirectory, type Logger, type ServiceHost, startServiceHost } from '@liaison/platform';
import { leadsGrpcImplementation, leadsServiceDefinition } from './api/grpc';
import { LeadCommands } from './application/lead-commands';
import { LeadQueries } from './application/lead-queries';
import { OverdueScheduler } from './application/overdue-scheduler';
import { type LeadsConfig, timeLimits } from './config';
import { LeadReadModel } from './projections/lead-read-model';
import { type OperationLinkRow, operationOutcomesReaction } from './reactions/operation-outcomes';
import { possibleDuplicatesReaction } from './reactions/possible-duplicates';
import { OperationConflictQueries } from './application/operation-conflict-queries';
import { type LeadOperationConflictRow, type OperationAccessRow, operationConflictsReaction } from './reactions/operation-conflicts';

export interface LeadsService extends ServiceHost {
  scheduler: OverdueScheduler | null;
  readModel: LeadReadModel;
  commands: LeadCommands;
}

/** Composition of the leads service on the platform's service host, plus the overdue scheduler. */
export async function startLeadsService(config: LeadsConfig, logger: Logger, options: { clock?: () => Date } = {}): Promise<LeadsService> {
  const directory = new LiveDirectory();
  const limits = timeLimits(config);
  let readModel!: LeadReadModel;
  let commands!: LeadCommands;
  const host = await startServiceHost({
    config,
    logger,
    context: 'leads',
    registry: leadEvents,
    build: ({ connection, store, topicOf }) => {
      readModel = new LeadReadModel(connection, store);
      commands = new LeadCommands(store, { directory, limits, calendar: config.LIAISON_HOLIDAY_CALENDAR }, readModel, options.clock);
      const queries = new LeadQueries(store, readModel);
      const operationConflicts = {
        operations: connection.db!.collection<OperationAccessRow>('operation_access'),
        conflicts: connection.db!.collection<LeadOperationConflictRow>('lead_operation_conflicts'),
      };
      return {
        projections: [readModel],
        reactions: [
          possibleDuplicatesReaction(commands, readModel, topicOf('leads')),
          operationOutcomesReaction(commands, connection.db!.collection<OperationLinkRow>('operation_links'), topicOf('operations')),
          operationConflictsReaction(operationConflicts, topicOf('operations')),
        ],
        grpc: [
          {
            definition: leadsServiceDefinition(),
            implementation: leadsGrpcImplementation(commands, queries, new OperationConflictQueries(store, operationConflicts)),
          },
          // Verifying a lead's history: whoever may read the lead (ADR 0017).
          integrityService({ store, authorize: (actor, leadId) => queries.getLead(leadId, actor) }),
          // Rebuilding the read model from the store while running (admins, analysts; ADR 0029).
          projectionService({ store, projections: [readModel.details] }),
        ],
      };
    },
  });
  await readModel.init((error) => logger.warn({ err: error }, 'read-model index not created'));
  const scheduler = config.LEADS_SCHEDULER_ENABLED
    ? new OverdueScheduler({
        commands,
        deadlines: readModel.deadlines,
        lease: host.lease('leads:overdue-scheduler'),
        intervalMs: config.LEADS_SCHEDULER_INTERVAL_MS,
        logger: logger.child({ component: 'overdue-scheduler' }),
        clock: options.clock,
      })
    : null;
  scheduler?.start();
  // The registry's current units and officers, kept current from its topic (ADR 0016).
  const following = await host.followRegistry(directory);
  logger.info({ limits }, 'leads time limits');
  return {
    ...host,
    scheduler,
    readModel,
    commands,
    stop: async () => {
      await scheduler?.stop();
      await following.stop();
      await host.stop();
    },
  };
}
