import { intakeEvents, loadRouting, routingIssues } from '@liaison/contracts';
import { contentBackend, grpcSecurityFromConfig, LiveDirectory, type Logger, type ServiceHost, startServiceHost } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { intakeService } from './api/grpc';
import { grpcLeadPoster } from './api/leads-client';
import { conclusionReaction } from './application/conclusion-reaction';
import { IntakeCommands, type ReporterIdentity } from './application/intake-commands';
import { IntakeQueries } from './application/intake-queries';
import { attachmentLimitsOf, attachmentPolicyOf, attachmentStoreOf } from './attachments/settings';
import { type ReceiptDoc, ReportAttachments } from './attachments/report-attachments';
import type { IntakeConfig } from './config';
import { ReportReadModel } from './projections/reports';

export interface IntakeService extends ServiceHost {
  commands: IntakeCommands;
  reports: ReportReadModel;
}

/** Composition of the intake service on the platform's service host. */
export async function startIntakeService(
  config: IntakeConfig,
  logger: Logger,
  options: { clock?: () => Date } = {},
): Promise<IntakeService> {
  const directory = new LiveDirectory();
  // Routing rules are data (seeds/intake-routing.json): a rule naming an unknown unit or an officer of another unit fails the start.
  const routing = loadRouting(config.INTAKE_ROUTING_FILE);
  const issues = routingIssues(routing, directory);
  if (issues.length > 0) throw new Error(`intake routing rules: ${issues.join('; ')}`);
  const leads = grpcLeadPoster(config.LEADS_GRPC_ADDRESS, grpcSecurityFromConfig(config));
  let commands!: IntakeCommands;
  let reports!: ReportReadModel;
  const host = await startServiceHost({
    config,
    logger,
    context: 'intake',
    registry: intakeEvents,
    build: ({ connection, store, topicOf }) => {
      const identities = connection.db!.collection<ReporterIdentity>('reporter_identities') as unknown as Collection<ReporterIdentity>;
      const receipts = connection.db!.collection<ReceiptDoc>('receipts') as unknown as Collection<ReceiptDoc>;
      commands = new IntakeCommands(store, { routing, directory, identities, leads, receipts }, options.clock);
      reports = new ReportReadModel(connection, store);
      const queries = new IntakeQueries(commands, reports, identities, directory, options.clock);
      // Files attached to public reports (ADR 0034): the platform's content mechanics, intake's own limits and bucket.
      const attachments = new ReportAttachments(
        {
          commands,
          reports,
          receipts,
          backend: contentBackend(attachmentStoreOf(config), connection.db!),
          policy: attachmentPolicyOf(config),
          limits: attachmentLimitsOf(config),
        },
        options.clock,
      );
      return {
        projections: [reports],
        reactions: [conclusionReaction(commands, reports, topicOf('leads'))],
        grpc: [intakeService(commands, queries, attachments)],
      };
    },
  });
  await reports.init();
  const following = await host.followRegistry(directory);
  return {
    ...host,
    commands,
    reports,
    stop: async () => {
      await following.stop();
      await host.stop();
      leads.close();
    },
  };
}
