import { protoFile, type proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import { type CallContext, createGatewayStreamClient, createGrpcPort, type GrpcPort, type GrpcPortOptions } from '../http/grpc-port';

type Generated = ClientMethods<proto.ProjectionServiceDefinition>;
export type ProjectionMethods = Omit<Generated, 'RebuildProjection'>;
type StreamingMethods = Pick<Generated, 'RebuildProjection'>;

export const PROJECTION_SERVICE = 'liaison.v1.ProjectionService';

/** liaison.v1.ProjectionService of one backend (ADR 0029): its read models, and the rebuild stream. */
export interface ProjectionsPort extends GrpcPort<ProjectionMethods> {
  /** RebuildProjection: progress updates as the service sends them; aborting `signal` stops listening (the rebuild finishes). */
  rebuild(request: proto.RebuildProjectionRequest, ctx: CallContext & { signal: AbortSignal }): AsyncIterable<proto.RebuildUpdate__Output>;
}

/** A rebuild runs as long as its store scan takes, not the unary deadline. */
const REBUILD_DEADLINE_MS = 60 * 60_000;

/** The ProjectionsPort of the service at `address` (the same address as its main service). */
export function createGrpcProjectionsPort(address: string, options: GrpcPortOptions = {}): ProjectionsPort {
  const unary = createGrpcPort<ProjectionMethods>(protoFile('projections'), PROJECTION_SERVICE, address, options);
  const streams = createGatewayStreamClient<StreamingMethods>(
    protoFile('projections'),
    PROJECTION_SERVICE,
    address,
    REBUILD_DEADLINE_MS,
    options,
  );
  return {
    ...unary,
    rebuild: (request, ctx) =>
      streams.serverStream('RebuildProjection', request, { actor: ctx.actor, correlationId: ctx.correlationId, signal: ctx.signal }),
    close: () => {
      unary.close();
      streams.close();
    },
  };
}
