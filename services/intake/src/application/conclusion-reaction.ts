import { registryOf } from '@liaison/contracts';
import type { Reaction } from '@liaison/platform';
import type { ReportReadModel } from '../projections/reports';
import type { IntakeCommands } from './intake-commands';

/**
 * The leads topic: when a lead that came from a report is closed, the report is concluded (the
 * reporter's status reads "concluded"). The report is found by its lead id in the read model;
 * the command id comes from the closing event, so a redelivery concludes nothing twice.
 */
export function conclusionReaction(commands: Pick<IntakeCommands, 'conclude'>, reports: ReportReadModel, leadsTopic: string): Reaction {
  return {
    name: 'report-conclusions',
    topics: [leadsTopic],
    registry: registryOf('leads'),
    handler: async ({ event }) => {
      if (event.type !== 'LeadClosed') return;
      for (const report of await reports.find({ leadId: event.streamId })) {
        if (report.status !== 'converted') continue;
        await commands.conclude(report._id, event.streamId, String((event.data as { outcome: string }).outcome), event.eventId);
      }
    },
  };
}
