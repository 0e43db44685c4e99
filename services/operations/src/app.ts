import { operationEvents } from '@liaison/contracts';
import {
  grpcSecurityFromConfig,
  integrityService,
  projectionService,
  LiveDirectory,
  type Logger,
  type ServiceHost,
  startServiceHost,
} from '@liaison/platform';
import { operationsGrpcImplementation, operationsServiceDefinition } from './api/grpc';
import { grpcLeadsLookup } from './api/leads-client';
import { ConflictDisclosure } from './application/conflict-disclosure';
import { DeconflictionCheck } from './application/deconfliction';
import { OperationCommands } from './application/operation-commands';
import { OperationQueries } from './application/operation-queries';
import { OverdueScheduler } from './application/overdue-scheduler';
import { type OperationsConfig, responseLimits } from './config';
import { OperationReadModel } from './projections/operation-read-model';
import { deconflictionReaction } from './reactions/deconfliction';
import { leadEscalationsReaction } from './reactions/lead-escalations';
import { openLeadSubjectsReaction } from './reactions/open-lead-subjects';

export interface OperationsService extends ServiceHost {
  scheduler: OverdueScheduler | null;
  readModel: OperationReadModel;
  commands: OperationCommands;
}

/** Composition of the operations service on the platform's service host, plus the overdue scheduler. */
export async function startOperationsService(
  config: OperationsConfig,
  logger: Logger,
  options: { clock?: () => Date } = {},
): Promise<OperationsService> {
  const directory = new LiveDirectory();
  const limits = responseLimits(config);
  const leads = grpcLeadsLookup(config.LEADS_GRPC_ADDRESS, grpcSecurityFromConfig(config));
  let readModel!: OperationReadModel;
  let commands!: OperationCommands;
  const host = await startServiceHost({
    config,
    logger,
    context: 'operations',
    registry: operationEvents,
    build: ({ connection, store, topicOf }) => {
      readModel = new OperationReadModel(connection, store);
      const check = new DeconflictionCheck(readModel, config.DECONFLICTION_RADIUS_METERS);
      commands = new OperationCommands(
        store,
        { directory, limits, calendar: config.LIAISON_HOLIDAY_CALENDAR },
        leads,
        check,
        options.clock,
        async (conflictId) => {
          const row = await readModel.conflicts.findOne({ conflictId, otherKind: 'lead' });
          return row?.operationId ?? null;
        },
      );
      const queries = new OperationQueries(store, readModel, new ConflictDisclosure(readModel));
      return {
        projections: [readModel],
        reactions: [
          deconflictionReaction(commands, store, readModel, check, topicOf('operations')),
          openLeadSubjectsReaction(commands, readModel, topicOf('leads')),
          leadEscalationsReaction(commands, topicOf('leads')),
        ],
        grpc: [
          { definition: operationsServiceDefinition(), implementation: operationsGrpcImplementation(commands, queries) },
          // Verifying an operation's history: whoever may read the operation (ADR 0017).
          integrityService({ store, authorize: (actor, operationId) => queries.getOperation(operationId, actor) }),
          // Rebuilding the read model from the store while running (admins, analysts; ADR 0029).
          projectionService({ store, projections: [readModel.details] }),
        ],
      };
    },
  });
  await readModel.init();
  const scheduler = config.OPERATIONS_SCHEDULER_ENABLED
    ? new OverdueScheduler({
        commands,
        memberships: readModel.memberships,
        tasks: readModel.tasks,
        lease: host.lease('operations:overdue-scheduler'),
        intervalMs: config.OPERATIONS_SCHEDULER_INTERVAL_MS,
        logger: logger.child({ component: 'overdue-scheduler' }),
        clock: options.clock,
      })
    : null;
  scheduler?.start();
  // The registry's current units and officers, kept current from its topic (ADR 0016).
  const following = await host.followRegistry(directory);
  logger.info({ limits, radiusMeters: config.DECONFLICTION_RADIUS_METERS, leads: config.LEADS_GRPC_ADDRESS }, 'operations settings');
  return {
    ...host,
    scheduler,
    readModel,
    commands,
    stop: async () => {
      await scheduler?.stop();
      await following.stop();
      await host.stop();
      leads.close();
    },
  };
}
