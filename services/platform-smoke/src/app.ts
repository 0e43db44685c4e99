import { type GrpcServiceConfig, type Logger, MongoProjection, startServiceHost } from '@liaison/platform';
import { smokeGrpcImplementation, smokeServiceDefinition } from './api/grpc';
import { heartbeatEvents } from './domain/heartbeat';
import { heartbeatsView } from './projections/heartbeats-view';

export function startSmokeService(config: GrpcServiceConfig, logger: Logger) {
  return startServiceHost({
    config,
    logger,
    context: 'platform',
    registry: heartbeatEvents,
    build: ({ connection, store }) => {
      const view = new MongoProjection(connection, heartbeatsView, store);
      return {
        projections: [view],
        grpc: [{ definition: smokeServiceDefinition(), implementation: smokeGrpcImplementation(store, view) }],
      };
    },
  });
}
