import { meetingEvents } from '@liaison/contracts';
import { LiveDirectory, type Logger, projectionService, type ServiceHost, startServiceHost } from '@liaison/platform';
import { meetingsGrpcImplementation, meetingsServiceDefinition } from './api/grpc';
import { MeetingCommands } from './application/meeting-commands';
import { MeetingQueries } from './application/meeting-queries';
import { OverdueScheduler } from './application/overdue-scheduler';
import type { MeetingsConfig } from './config';
import { MeetingReadModel } from './projections/meeting-read-model';
import { nextOccurrenceReaction } from './reactions/next-occurrence';
import { agendaProposalsReaction } from './agenda/proposals-reaction';
import { StuckItems } from './projections/stuck-items-feed';
import { AnalysisQueries } from './analysis/analysis-queries';
import { AnalysisReadModel, analysisReactions } from './analysis/analysis-read-model';

export interface MeetingsService extends ServiceHost {
  scheduler: OverdueScheduler | null;
  readModel: MeetingReadModel;
  commands: MeetingCommands;
}

/** Composition of the meetings service on the platform's service host, plus the action items' overdue scheduler. */
export async function startMeetingsService(
  config: MeetingsConfig,
  logger: Logger,
  options: { clock?: () => Date } = {},
): Promise<MeetingsService> {
  const directory = new LiveDirectory();
  let readModel!: MeetingReadModel;
  let commands!: MeetingCommands;
  let analysisReadModel!: AnalysisReadModel;
  const host = await startServiceHost({
    config,
    logger,
    context: 'meetings',
    registry: meetingEvents,
    build: ({ connection, store, topicOf }) => {
      readModel = new MeetingReadModel(connection, store);
      // Agenda proposals (ADR 0020): what is stuck in leads, operations and evidence, proposed when a meeting is scheduled.
      const stuckItems = new StuckItems(connection);
      const rectification = {
        limit: config.MEETINGS_RECTIFICATION_LIMIT_SECONDS
          ? { seconds: config.MEETINGS_RECTIFICATION_LIMIT_SECONDS }
          : { days: config.MEETINGS_RECTIFICATION_LIMIT_DAYS },
        calendar: config.LIAISON_HOLIDAY_CALENDAR,
      };
      commands = new MeetingCommands(store, { directory, rectification }, options.clock);
      const queries = new MeetingQueries(store, readModel, (unitId) => directory.unit(unitId)?.name ?? unitId, options.clock);
      // The situation analysis and the assessment (ADR 0021), fed by the leads, operations and evidence topics.
      analysisReadModel = new AnalysisReadModel(connection);
      const analysis = new AnalysisQueries(
        analysisReadModel,
        readModel,
        {
          minOnTimeRate: config.MEETINGS_ASSESSMENT_MIN_ON_TIME_RATE,
          maxUnexplainedBreaches: config.MEETINGS_ASSESSMENT_MAX_UNEXPLAINED_BREACHES,
          minRates: {
            acknowledged: config.MEETINGS_ASSESSMENT_MIN_ACKNOWLEDGED_RATE,
            transfer: config.MEETINGS_ASSESSMENT_MIN_TRANSFER_RATE,
            police: config.MEETINGS_ASSESSMENT_MIN_POLICE_RATE,
          },
        },
        rectification,
        options.clock,
      );
      return {
        projections: [readModel],
        reactions: [
          nextOccurrenceReaction(commands, topicOf('meetings')),
          agendaProposalsReaction(commands, stuckItems, topicOf('meetings')),
          ...stuckItems.reactions({ lead: topicOf('leads'), operation: topicOf('operations'), evidence: topicOf('evidence') }),
          ...analysisReactions(analysisReadModel, topicOf),
        ],
        grpc: [
          { definition: meetingsServiceDefinition(), implementation: meetingsGrpcImplementation(commands, queries, analysis) },
          // Rebuilding the read model from the store while running (admins, analysts; ADR 0029).
          projectionService({ store, projections: [readModel.details] }),
        ],
      };
    },
  });
  await readModel.init();
  await analysisReadModel.init();
  const scheduler = config.MEETINGS_SCHEDULER_ENABLED
    ? new OverdueScheduler({
        commands,
        actionItems: readModel.actionItems,
        lease: host.lease('meetings:overdue-scheduler'),
        intervalMs: config.MEETINGS_SCHEDULER_INTERVAL_MS,
        logger: logger.child({ component: 'overdue-scheduler' }),
        clock: options.clock,
      })
    : null;
  scheduler?.start();
  // The registry's current units and officers, kept current from its topic (ADR 0016).
  const following = await host.followRegistry(directory);
  return {
    ...host,
    scheduler,
    readModel,
    commands,
    stop: async () => {
      await scheduler?.stop();
      await following.stop();
      await host.stop();
    },
  };
}
