import type { Writable } from 'node:stream';
import { protoFile, type proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import { type CallContext, createGatewayStreamClient, type GrpcPortOptions } from '../http/grpc-port';
import { EVIDENCE_SERVICE } from './grpc-evidence';

type Methods = Pick<ClientMethods<proto.EvidenceServiceDefinition>, 'UploadEvidence' | 'DownloadEvidenceContent'>;

/** A streaming call's context: the caller, a deadline fit for the bytes it carries, and the HTTP request's end. */
export interface StreamContext extends CallContext {
  deadlineMs: number;
  signal: AbortSignal;
}

/** The two streaming rpcs of EvidenceService, as the content routes use them. */
export interface EvidenceContentPort {
  /** UploadEvidence: `feed` writes the registration, then the chunks, into `sink` (with backpressure) and ends it. */
  upload(ctx: StreamContext, feed: (sink: Writable) => Promise<void>): Promise<proto.EvidenceCommandResult__Output>;
  /** DownloadEvidenceContent: the header message, then the chunks. */
  download(evidenceId: string, ctx: StreamContext): AsyncIterable<proto.EvidenceContentChunk__Output>;
  close(): void;
}

/** The content port over gRPC: the platform client (signed identity token, correlation id, trace context). */
export function createGrpcEvidenceContentPort(address: string, options: GrpcPortOptions = {}): EvidenceContentPort {
  const client = createGatewayStreamClient<Methods>(protoFile('evidence'), EVIDENCE_SERVICE, address, options.deadlineMs ?? 5_000, options);
  const callOptions = (ctx: StreamContext) => ({
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    requestDigest: ctx.requestDigest,
    deadlineMs: ctx.deadlineMs,
    signal: ctx.signal,
  });
  return {
    upload: (ctx, feed) => client.clientStream('UploadEvidence', callOptions(ctx), feed),
    download: (evidenceId, ctx) => client.serverStream('DownloadEvidenceContent', { evidenceId }, callOptions(ctx)),
    close: () => client.close(),
  };
}
