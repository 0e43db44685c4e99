import { protoFile, type proto } from '@liaison/contracts';
import {
  type EventStore,
  loadServiceDefinition,
  type MongoProjection,
  NotFoundError,
  type ServiceHandlers,
  ValidationError,
} from '@liaison/platform';
import { recordHeartbeatHandler } from '../application/record-heartbeat';
import { heartbeatStreamId } from '../domain/heartbeat';
import type { HeartbeatsView } from '../projections/heartbeats-view';

export const smokeServiceDefinition = () => loadServiceDefinition(protoFile('platform_smoke'), 'liaison.v1.PlatformSmokeService');

export function smokeGrpcImplementation(
  store: EventStore,
  view: MongoProjection<HeartbeatsView>,
): ServiceHandlers<proto.PlatformSmokeServiceDefinition> {
  const recordHeartbeat = recordHeartbeatHandler(store);
  return {
    RecordHeartbeat: async (request, ctx) => {
      if (!request.requestId) throw ValidationError.field('request_id', 'required (makes the call idempotent)');
      return recordHeartbeat(request, ctx);
    },
    GetHeartbeats: async (request) => {
      const streamId = heartbeatStreamId(request.source);
      const doc = await view.get(streamId);
      if (!doc) throw new NotFoundError('heartbeats of', request.source);
      return { streamId, projectedVersion: doc._v, count: doc.count, lastNote: doc.lastNote, lastAt: doc.lastAt };
    },
  };
}
