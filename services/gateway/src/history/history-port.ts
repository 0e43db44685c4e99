import type { Writable } from 'node:stream';
import { protoFile, type proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import { type CallContext, createGatewayStreamClient, createGrpcPort, type GrpcPort, type GrpcPortOptions } from '../http/grpc-port';

type Generated = ClientMethods<proto.HistoryServiceDefinition>;
export type HistoryMethods = Omit<Generated, 'ExportArchive' | 'ImportArchive' | 'ReplayArchive'>;
type StreamingMethods = Pick<Generated, 'ExportArchive' | 'ImportArchive' | 'ReplayArchive'>;

export const HISTORY_SERVICE = 'liaison.v1.HistoryService';

/** What the gateway needs of the history service: its unary rpcs, readiness, and the export and import streams. */
export interface HistoryPort extends GrpcPort<HistoryMethods> {
  /** ExportArchive: NDJSON lines as the service sends them; aborting `signal` cancels the export. */
  exportLines(request: proto.QueryArchiveRequest, ctx: CallContext & { signal: AbortSignal }): AsyncIterable<proto.ArchiveLine__Output>;
  /** ImportArchive: `feed` writes the lines into `sink` (with backpressure) and ends it. */
  importLines(ctx: CallContext & { signal: AbortSignal }, feed: (sink: Writable) => Promise<void>): Promise<proto.ImportResult__Output>;
  /** ReplayArchive: progress updates into the caller's sandbox (ADR 0029); aborting `signal` stops the replay. */
  replay(request: proto.ReplayArchiveRequest, ctx: CallContext & { signal: AbortSignal }): AsyncIterable<proto.ReplayUpdate__Output>;
}

/** Exports and imports run as long as their lines take, not the unary deadline. */
const STREAM_DEADLINE_MS = 30 * 60_000;

export function createGrpcHistoryPort(address: string, options: GrpcPortOptions = {}): HistoryPort {
  const unary = createGrpcPort<HistoryMethods>(protoFile('history'), HISTORY_SERVICE, address, options);
  const streams = createGatewayStreamClient<StreamingMethods>(protoFile('history'), HISTORY_SERVICE, address, STREAM_DEADLINE_MS, options);
  const streamOptions = (ctx: CallContext & { signal: AbortSignal }) => ({
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    signal: ctx.signal,
  });
  return {
    ...unary,
    exportLines: (request, ctx) => streams.serverStream('ExportArchive', request, streamOptions(ctx)),
    importLines: (ctx, feed) => streams.clientStream('ImportArchive', streamOptions(ctx), feed),
    replay: (request, ctx) => streams.serverStream('ReplayArchive', request, streamOptions(ctx)),
    close: () => {
      unary.close();
      streams.close();
    },
  };
}
