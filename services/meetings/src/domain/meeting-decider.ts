import type { MeetingEvent } from '@liaison/contracts';
import { type Decider, ForbiddenError, ValidationError } from '@liaison/platform';
import { type CommandOf, INTERNAL_COMMANDS, type MeetingCommand, SYSTEM_ACTOR } from './commands';
import { addAgendaItem } from './commands/addAgendaItem';
import { acceptAgendaProposal, dropAgendaProposal, proposeAgendaItems } from './commands/agendaProposals';
import { cancelMeeting } from './commands/cancelMeeting';
import { closeMeeting } from './commands/closeMeeting';
import { completeActionItem } from './commands/completeActionItem';
import { explainBreach } from './commands/explainBreach';
import { issueRectificationOrder } from './commands/issueRectificationOrder';
import { markActionItemOverdue, scheduleNextOccurrence } from './commands/internal';
import { recordAttendance } from './commands/recordAttendance';
import { recordDecision } from './commands/recordDecision';
import { recordMinutes } from './commands/recordMinutes';
import { rescheduleMeeting } from './commands/rescheduleMeeting';
import { scheduleMeeting } from './commands/scheduleMeeting';
import { evolveMeeting, initialMeetingState, type MeetingState } from './meeting';
import type { MeetingDeciderDependencies } from './rules';

export type { MeetingDeciderDependencies } from './rules';

type Decision = (command: never, state: MeetingState, deps: MeetingDeciderDependencies) => MeetingEvent | MeetingEvent[];

/** Each command type and the function that decides it: exhaustive, so a new command without a decision does not compile. */
const DECISIONS: {
  [T in MeetingCommand['type']]: (
    command: CommandOf<T>,
    state: MeetingState,
    deps: MeetingDeciderDependencies,
  ) => MeetingEvent | MeetingEvent[];
} = {
  ScheduleMeeting: scheduleMeeting,
  RescheduleMeeting: rescheduleMeeting,
  CancelMeeting: cancelMeeting,
  AddAgendaItem: addAgendaItem,
  RecordAttendance: recordAttendance,
  RecordMinutes: recordMinutes,
  RecordDecision: recordDecision,
  CompleteActionItem: completeActionItem,
  CloseMeeting: closeMeeting,
  ExplainBreach: explainBreach,
  MarkActionItemOverdue: markActionItemOverdue,
  ScheduleNextOccurrence: scheduleNextOccurrence,
  ProposeAgendaItems: proposeAgendaItems,
  AcceptAgendaProposal: acceptAgendaProposal,
  DropAgendaProposal: dropAgendaProposal,
  IssueRectificationOrder: issueRectificationOrder,
};

/** The meeting decider: internal commands only from the service itself, then the command's own decision. */
export function createMeetingDecider(deps: MeetingDeciderDependencies): Decider<MeetingCommand, MeetingState, MeetingEvent> {
  return {
    initialState: initialMeetingState,
    evolve: evolveMeeting,
    decide: (command, state) => {
      if (INTERNAL_COMMANDS.has(command.type) && command.actor.unitId !== SYSTEM_ACTOR.unitId)
        throw new ForbiddenError(`${command.type} is internal to the meetings service`);
      const decision = DECISIONS[command.type] as Decision | undefined;
      if (!decision) throw ValidationError.field('type', `unknown command ${(command as { type: string }).type}`);
      return decision(command as never, state, deps);
    },
  };
}
