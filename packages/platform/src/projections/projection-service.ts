import { type Actor, protoFile, type proto } from '@liaison/contracts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import type { EventStore } from '../eventstore/event-store';
import type { CallContext } from '../grpc/call-context';
import { loadServiceDefinition } from '../grpc/load-service';
import type { ServiceRegistration } from '../grpc/server';
import type { ServerStreamingHandlerOf, ServiceHandlers } from '../grpc/typed';
import type { RebuildPhase, RebuildResult } from './live-rebuild';
import type { MongoProjection } from './mongo-projection';

/**
 * liaison.v1.ProjectionService (protos/liaison/v1/projections.proto, ADR 0029), implemented once
 * for every service with read models. A service adds one registration to its `grpc` list:
 *
 *   projectionService({ store, projections: [readModel.details] })
 *
 * RebuildProjection scans the service's own store (the source of truth) into a shadow
 * generation while the live one keeps serving and consuming (MongoProjection.rebuild, ADR 0008),
 * streaming progress, and answers the comparison of the rebuilt view with the live one.
 */
export interface ProjectionServiceOptions {
  store: Pick<EventStore, 'scan'>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document type: the service only names and rebuilds them
  projections: MongoProjection<any>[];
  /** The store scan's batch size (default 1000). */
  batchSize?: number;
}

type Projections = proto.ProjectionServiceDefinition;

export const projectionServiceDefinition = () => loadServiceDefinition(protoFile('projections'), 'liaison.v1.ProjectionService');

/** Rebuilding rewrites a service's read model and loads its store: admins and analysts only. */
export const REBUILDER_ROLES = ['admin', 'analyst'] as const;

const requireRebuilder = (actor: Actor) => {
  if (!REBUILDER_ROLES.some((role) => actor.roles.includes(role)))
    throw new ForbiddenError('rebuilding read models is for admins and analysts');
};

export const rebuildOutcomeMessage = (result: RebuildResult, elapsedMs: number): proto.RebuildOutcome => ({
  generation: result.generation,
  events: result.events,
  streams: result.streams,
  caughtUp: result.caughtUp,
  discarded: result.discarded,
  comparison: result.comparison,
  matchesLive: result.comparison.every((c) => c.differing.length === 0 && c.missing.length === 0),
  elapsedMs,
});

/** Callbacks in, an async stream out: the rebuild reports synchronously, the gRPC stream drains. */
class UpdateQueue<T> {
  private readonly items: T[] = [];
  private wake: (() => void) | null = null;
  private finished = false;

  push(item: T): void {
    this.items.push(item);
    this.wake?.();
  }

  end(): void {
    this.finished = true;
    this.wake?.();
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      while (this.items.length > 0) yield this.items.shift()!;
      if (this.finished) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}

export function projectionStreamingHandlers({ store, projections, batchSize }: ProjectionServiceOptions): {
  RebuildProjection: ServerStreamingHandlerOf<Projections, 'RebuildProjection'>;
} {
  return {
    RebuildProjection: async function* (request, ctx: CallContext) {
      requireRebuilder(ctx.actor);
      if (!request.projection) throw ValidationError.field('projection', 'required');
      const projection = projections.find((p) => p.name === request.projection);
      if (!projection) throw new NotFoundError('projection', request.projection);
      const expectedStreams = await projection.collection.estimatedDocumentCount();
      const queue = new UpdateQueue<proto.RebuildUpdate>();
      let phase: RebuildPhase = 'scanning';
      let progress = { events: 0, streams: 0 };
      const update = () => queue.push({ phase, ...progress, expectedStreams });
      const started = Date.now();
      ctx.logger.info({ projection: projection.name, by: ctx.actor.officerId }, 'projection rebuild started');
      const rebuilding = projection
        .rebuild(
          store.scan({ streamPrefix: projection.streamPrefix, batchSize }),
          (p) => {
            progress = p;
            update();
          },
          {
            takeOver: request.takeOver,
            onPhase: (next) => {
              phase = next;
              if (next !== 'done') update();
            },
          },
        )
        .then((result) => {
          const outcome = rebuildOutcomeMessage(result, Date.now() - started);
          ctx.logger.info({ projection: projection.name, ...outcome, comparison: undefined }, 'projection rebuilt');
          queue.push({ phase: 'done', events: result.events, streams: result.streams, expectedStreams, outcome });
        })
        .finally(() => queue.end());
      // Handled below, after the last update; this only keeps Node from calling it unhandled meanwhile.
      rebuilding.catch(() => undefined);
      yield* queue.drain();
      // Surfaces a failed rebuild as the call's error (typed errors map once, in the server).
      await rebuilding;
    },
  };
}

export function projectionGrpcImplementation({ projections }: ProjectionServiceOptions): ServiceHandlers<Projections, 'RebuildProjection'> {
  return {
    ListProjections: async (_request, ctx) => {
      requireRebuilder(ctx.actor);
      return {
        projections: await Promise.all(
          projections.map(async (p) => ({
            name: p.name,
            streamPrefix: p.streamPrefix,
            documents: await p.collection.estimatedDocumentCount(),
            generation: (await p.generations.current()).active,
            collections: p.collectionNames,
          })),
        ),
      };
    },
  };
}

/** The registration for a service host's `grpc` list. */
export function projectionService(options: ProjectionServiceOptions): ServiceRegistration {
  return {
    definition: projectionServiceDefinition(),
    implementation: projectionGrpcImplementation(options),
    streamingImplementation: projectionStreamingHandlers(options),
  };
}
