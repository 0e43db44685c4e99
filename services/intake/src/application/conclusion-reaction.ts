import { registryOf, type RewardBasis } from '@liaison/contracts';
import type { Reaction } from '@liaison/platform';
import type { ReportReadModel } from '../projections/reports';
import type { IntakeCommands } from './intake-commands';

/**
 * The leads topic: when a lead that came from a report is closed, the report is concluded (the
 * reporter's status reads "concluded"); when it is closed with a penalty or the police open a
 * criminal case on it, the report's reward is proposed (有奖举报, ADR 0031). The report is found by
 * its lead id in the read model; the command ids come from the leads event, so a redelivery
 * records nothing twice.
 */
export function conclusionReaction(
  commands: Pick<IntakeCommands, 'conclude' | 'proposeReward' | 'state'>,
  reports: ReportReadModel,
  leadsTopic: string,
): Reaction {
  return {
    name: 'report-conclusions',
    topics: [leadsTopic],
    registry: registryOf('leads'),
    handler: async ({ event }) => {
      const data = event.data as { outcome?: string; decision?: string };
      const basis: RewardBasis | null =
        event.type === 'LeadClosed' && data.outcome === 'penalised'
          ? 'administrative_penalty'
          : event.type === 'PoliceDecisionRecorded' && data.decision === 'opened'
            ? 'criminal_case_opened'
            : null;
      if (event.type !== 'LeadClosed' && !basis) return;
      for (const report of await reports.find({ leadId: event.streamId })) {
        if (event.type === 'LeadClosed' && report.status === 'converted')
          await commands.conclude(report._id, event.streamId, String(data.outcome), event.eventId);
        // One reward per report: a criminal case after a penalty (or the other way round) proposes none again.
        if (basis && (await commands.state(report._id)).rewardStatus === 'none')
          await commands.proposeReward(report._id, event.streamId, basis, event.eventId);
      }
    },
  };
}
