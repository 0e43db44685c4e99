import { protoFile, type proto } from '@liaison/contracts';
import {
  type ClientStreamingHandlerOf,
  commandContextOf,
  loadServiceDefinition,
  type ServerStreamingHandlerOf,
  type ServiceHandlers,
  type ServiceRegistration,
} from '@liaison/platform';
import type { IntakeCommands } from '../application/intake-commands';
import type { ReportAttachments } from '../attachments/report-attachments';
import type { IntakeQueries } from '../application/intake-queries';

export const intakeServiceDefinition = () => loadServiceDefinition(protoFile('intake'), 'liaison.v1.IntakeService');

type Intake = proto.IntakeServiceDefinition;
type Streaming = 'AttachToReport' | 'DownloadReportAttachment';

/**
 * IntakeService: SubmitReport and GetReportStatus are public (the gateway calls them without an
 * identity for citizens; its public endpoint holds the abuse controls), the rest identity-bearing
 * — AttachToReport too (ADR 0034): the gateway streams a citizen's file with its public actor.
 */
export function intakeService(commands: IntakeCommands, queries: IntakeQueries, attachments: ReportAttachments): ServiceRegistration {
  const streaming: {
    AttachToReport: ClientStreamingHandlerOf<Intake, 'AttachToReport'>;
    DownloadReportAttachment: ServerStreamingHandlerOf<Intake, 'DownloadReportAttachment'>;
  } = {
    AttachToReport: (messages, ctx) => attachments.upload(messages, ctx),
    DownloadReportAttachment: (r, ctx) => attachments.download(r.reportId, r.attachmentId, ctx),
  };
  const handlers: ServiceHandlers<Intake, Streaming> = {
    ListReportAttachments: (r, ctx) => attachments.list(r.reportId, ctx.actor),
    SubmitReport: (r, ctx) =>
      commands.submit(
        {
          category: r.category,
          what: r.what,
          where: { jurisdiction: r.where?.jurisdiction ?? '', address: r.where?.address ?? '' },
          contact: r.contact ? { name: r.contact.name, phone: r.contact.phone, email: r.contact.email } : null,
        },
        r.commandId,
        ctx.correlationId,
      ),
    GetReportStatus: (r) => queries.publicStatus(r.receiptCode),
    ListIntakeQueue: async (r, ctx) => ({ reports: await queries.queue(r.status, ctx.actor) }),
    GetReport: (r, ctx) => queries.get(r.reportId, ctx.actor),
    RejectReport: (r, ctx) => commands.execute(r.reportId, { type: 'RejectReport', reason: r.reason }, commandContextOf(r, ctx)),
    MergeReport: (r, ctx) => commands.merge(r.reportId, r.intoReportId, commandContextOf(r, ctx)),
    ConvertReport: (r, ctx) =>
      commands.convert(
        r.reportId,
        {
          title: r.title,
          enterpriseName: r.enterpriseName,
          creditCode: r.creditCode,
          personName: r.personName,
          handlingCode: r.handlingCode,
          priority: r.priority,
        },
        commandContextOf(r, ctx),
      ),
    ListRewards: async (r, ctx) => ({ rewards: await queries.rewards(r.status, ctx.actor) }),
    ApproveReward: (r, ctx) =>
      commands.execute(r.reportId, { type: 'ApproveReward', amountYuan: r.amountYuan, note: r.note }, commandContextOf(r, ctx)),
    DeclineReward: (r, ctx) => commands.execute(r.reportId, { type: 'DeclineReward', reason: r.reason }, commandContextOf(r, ctx)),
    RecordRewardPayment: (r, ctx) =>
      commands.execute(
        r.reportId,
        { type: 'RecordRewardPayment', amountYuan: r.amountYuan, reference: r.reference },
        commandContextOf(r, ctx),
      ),
  };
  const { SubmitReport, GetReportStatus, ...implementation } = handlers;
  return {
    definition: intakeServiceDefinition(),
    implementation: implementation as ServiceRegistration['implementation'],
    publicImplementation: { SubmitReport, GetReportStatus } as unknown as ServiceRegistration['publicImplementation'],
    streamingImplementation: streaming as unknown as ServiceRegistration['streamingImplementation'],
  };
}
