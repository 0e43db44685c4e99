import { type Actor, protoFile, type proto } from '@liaison/contracts';
import { NotFoundError, ValidationError } from '../errors';
import type { CommitReader } from '../eventstore/event-store';
import { verifyStream, type StreamVerification } from '../eventstore/verify-chain';
import type { CallContext } from '../grpc/call-context';
import { loadServiceDefinition } from '../grpc/load-service';
import type { ServiceRegistration } from '../grpc/server';
import type { ServiceHandlers } from '../grpc/typed';

/**
 * liaison.v1.IntegrityService (protos/liaison/v1/integrity.proto, ADR 0017), implemented once for
 * every service. A service adds one registration to the `grpc` list its `build` returns:
 *
 *   grpc: [
 *     { definition: myServiceDefinition(), implementation: … },
 *     integrityService({
 *       store,                                      // the service's MongoEventStore
 *       authorize: (actor, streamId) => queries.getThing(streamId, actor).then(() => undefined),
 *     }),
 *   ]
 *
 * `authorize(actor, streamId)` is the service's own read authorisation of the record: it resolves
 * when the caller may read the record behind `streamId` and throws the typed error its GetX
 * throws otherwise (ValidationError for a malformed id, NotFoundError where existence must not
 * leak, ForbiddenError) — whoever may read a record may verify its history. The handler then
 * reads the stream's commits as stored and answers verifyStream's result; a stream without
 * commits is NOT_FOUND.
 */
export interface IntegrityServiceOptions {
  store: CommitReader;
  authorize: (actor: Actor, streamId: string) => Promise<unknown> | unknown;
}

type Integrity = proto.IntegrityServiceDefinition;

/** The algorithm the chain uses, as StreamVerification.algorithm names it. */
export const CHAIN_ALGORITHM = 'sha256/rfc8785';

export const integrityServiceDefinition = () => loadServiceDefinition(protoFile('integrity'), 'liaison.v1.IntegrityService');

/** The result as the proto message carries it (absent broken link → null). */
export const streamVerificationMessage = (result: StreamVerification): proto.StreamVerification => ({
  streamId: result.streamId,
  commits: result.commits,
  headVersion: result.headVersion,
  head: result.head,
  intact: result.intact,
  firstBrokenLink: result.firstBrokenLink ?? null,
  legacyCommits: result.legacyCommits,
  algorithm: CHAIN_ALGORITHM,
});

export function integrityGrpcImplementation({ store, authorize }: IntegrityServiceOptions): ServiceHandlers<Integrity> {
  return {
    VerifyStream: async (request, ctx: CallContext) => {
      if (!request.streamId) throw ValidationError.field('stream_id', 'required');
      await authorize(ctx.actor, request.streamId);
      const result = await verifyStream(store, request.streamId);
      if (result.commits === 0) throw new NotFoundError('stream', request.streamId);
      ctx.logger.info(
        { streamId: result.streamId, commits: result.commits, intact: result.intact, brokenAt: result.firstBrokenLink?.version },
        'stream verified',
      );
      return streamVerificationMessage(result);
    },
  };
}

/** The registration for a service host's `grpc` list. */
export function integrityService(options: IntegrityServiceOptions): ServiceRegistration {
  return { definition: integrityServiceDefinition(), implementation: integrityGrpcImplementation(options) };
}
