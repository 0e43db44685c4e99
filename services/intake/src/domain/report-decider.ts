import type { IntakeEvent } from '@liaison/contracts';
import { type Decider, ForbiddenError, ValidationError } from '@liaison/platform';
import { type CommandOf, type IntakeCommand, SYSTEM_ACTOR } from './commands';
import { concludeReport, convertReport, mergeReport, rejectReport } from './commands/screenReport';
import { submitReport } from './commands/submitReport';
import { evolveReport, initialReportState, PUBLIC_ACTOR, type ReportState } from './report';

type Decision = (command: never, state: ReportState) => IntakeEvent | IntakeEvent[];

/** Each command and the function that decides it: exhaustive, so a new command without a decision does not compile. */
const DECISIONS: { [T in IntakeCommand['type']]: (command: CommandOf<T>, state: ReportState) => IntakeEvent | IntakeEvent[] } = {
  SubmitReport: submitReport,
  RejectReport: rejectReport,
  MergeReport: mergeReport,
  ConvertReport: convertReport,
  ConcludeReport: concludeReport,
};

/** The report decider: SubmitReport only as the public actor, ConcludeReport only from the service itself. */
export function createReportDecider(): Decider<IntakeCommand, ReportState, IntakeEvent> {
  return {
    initialState: initialReportState,
    evolve: evolveReport,
    decide: (command, state) => {
      if (command.type === 'SubmitReport' && command.actor.officerId !== PUBLIC_ACTOR.officerId)
        throw new ForbiddenError('reports are submitted through the public endpoint');
      if (command.type === 'ConcludeReport' && command.actor.unitId !== SYSTEM_ACTOR.unitId)
        throw new ForbiddenError('ConcludeReport is internal to the intake service');
      const decision = DECISIONS[command.type] as Decision | undefined;
      if (!decision) throw ValidationError.field('type', `unknown command ${(command as { type: string }).type}`);
      return decision(command as never, state);
    },
  };
}
