import type { Writable } from 'node:stream';
import { protoFile, type proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import type { StreamContext } from '../evidence/content-port';
import { createGatewayStreamClient, type GrpcPortOptions } from '../http/grpc-port';

type Methods = Pick<ClientMethods<proto.IntakeServiceDefinition>, 'AttachToReport' | 'DownloadReportAttachment'>;

/** The two streaming rpcs of IntakeService (ADR 0034), as the attachment routes use them. */
export interface IntakeAttachmentPort {
  /** AttachToReport: `feed` writes the target, then the chunks, then the end into `sink` (with backpressure). */
  upload(ctx: StreamContext, feed: (sink: Writable) => Promise<void>): Promise<proto.ReportAttachmentResult__Output>;
  /** DownloadReportAttachment: the header message, then the chunks. */
  download(reportId: string, attachmentId: string, ctx: StreamContext): AsyncIterable<proto.ReportAttachmentChunk__Output>;
  close(): void;
}

/** The attachment port over gRPC: the platform client (signed identity token, correlation id, trace context). */
export function createGrpcIntakeAttachmentPort(address: string, serviceName: string, options: GrpcPortOptions = {}): IntakeAttachmentPort {
  const client = createGatewayStreamClient<Methods>(protoFile('intake'), serviceName, address, options.deadlineMs ?? 5_000, options);
  const callOptions = (ctx: StreamContext) => ({
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    deadlineMs: ctx.deadlineMs,
    signal: ctx.signal,
  });
  return {
    upload: (ctx, feed) => client.clientStream('AttachToReport', callOptions(ctx), feed),
    download: (reportId, attachmentId, ctx) =>
      client.serverStream('DownloadReportAttachment', { reportId, attachmentId }, callOptions(ctx)),
    close: () => client.close(),
  };
}
