import { loadDirectory, registryEvents } from '@liaison/contracts';
import { ForbiddenError, integrityService, type Logger, type ServiceHost, startServiceHost, startWithRetry } from '@liaison/platform';
import { registryGrpcImplementation, registryServiceDefinition } from './api/grpc';
import { RegistryCommands } from './application/registry-commands';
import { isAdmin, RegistryQueries } from './application/registry-queries';
import { seedRegistry } from './application/seed';
import type { RegistryConfig } from './config';
import { RegistryReadModel } from './projections/registry-read-model';

export interface RegistryService extends ServiceHost {
  commands: RegistryCommands;
  readModel: RegistryReadModel;
}

/**
 * Composition of the registry service on the platform's service host: the unit and officer
 * deciders, the read model (units, officers, audit trail), and seeding from the seed file on
 * first start (docs/adr/0016-registry-service.md).
 */
export async function startRegistryService(
  config: RegistryConfig,
  logger: Logger,
  options: { clock?: () => Date } = {},
): Promise<RegistryService> {
  const seed = loadDirectory();
  let readModel!: RegistryReadModel;
  let commands!: RegistryCommands;
  const host = await startServiceHost({
    config,
    logger,
    context: 'registry',
    registry: registryEvents,
    build: ({ connection, store }) => {
      readModel = new RegistryReadModel(connection, store);
      commands = new RegistryCommands(store, { jurisdiction: (id) => seed.jurisdiction(id) }, options.clock);
      return {
        projections: readModel.projections,
        grpc: [
          { definition: registryServiceDefinition(), implementation: registryGrpcImplementation(commands, new RegistryQueries(readModel)) },
          // Verifying a unit's or officer's history: admins, who read the registry's audit trail (ADR 0017).
          integrityService({
            store,
            authorize: (actor) => {
              if (!isAdmin(actor)) throw new ForbiddenError('only an admin verifies the history of the registry');
            },
          }),
        ],
      };
    },
    // Seeded before the port opens, so a caller that finds the registry ready finds it seeded.
    beforeServing: ({ store }) =>
      startWithRetry(logger, 'seed the registry', () => seedRegistry(commands, store, seed, logger)).then(() => undefined),
  });
  await readModel.init((error) => logger.warn({ err: error }, 'read-model index not created'));
  return { ...host, commands, readModel };
}
