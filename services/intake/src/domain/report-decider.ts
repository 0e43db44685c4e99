import type { IntakeEvent } from '@liaison/contracts';
import { type Decider, ForbiddenError, ValidationError } from '@liaison/platform';
import { type CommandOf, type IntakeCommand, SYSTEM_ACTOR } from './commands';
import { concludeReport, convertReport, mergeReport, rejectReport } from './commands/screenReport';
import { approveReward, declineReward, proposeReward, recordRewardPayment } from './commands/rewards';
import { submitReport } from './commands/submitReport';
import { attachToReport } from './commands/attachToReport';
import type { IntakeDeciderDependencies } from './rules';
import { evolveReport, initialReportState, PUBLIC_ACTOR, type ReportState } from './report';

type Decision = (command: never, state: ReportState, deps: IntakeDeciderDependencies) => IntakeEvent | IntakeEvent[];

/** Each command and the function that decides it: exhaustive, so a new command without a decision does not compile. */
const DECISIONS: {
  [T in IntakeCommand['type']]: (command: CommandOf<T>, state: ReportState, deps: IntakeDeciderDependencies) => IntakeEvent | IntakeEvent[];
} = {
  SubmitReport: submitReport,
  RejectReport: rejectReport,
  MergeReport: mergeReport,
  ConvertReport: convertReport,
  ConcludeReport: concludeReport,
  ProposeReward: proposeReward,
  ApproveReward: approveReward,
  DeclineReward: declineReward,
  RecordRewardPayment: recordRewardPayment,
  AttachToReport: attachToReport,
};

const INTERNAL: ReadonlySet<IntakeCommand['type']> = new Set(['ConcludeReport', 'ProposeReward']);

/** The report decider: SubmitReport and AttachToReport only as the public actor, ConcludeReport and ProposeReward only from the service itself. */
export function createReportDecider(deps: IntakeDeciderDependencies): Decider<IntakeCommand, ReportState, IntakeEvent> {
  return {
    initialState: initialReportState,
    evolve: evolveReport,
    decide: (command, state) => {
      if ((command.type === 'SubmitReport' || command.type === 'AttachToReport') && command.actor.officerId !== PUBLIC_ACTOR.officerId)
        throw new ForbiddenError('reports are submitted and files attached through the public endpoint');
      if (INTERNAL.has(command.type) && command.actor.unitId !== SYSTEM_ACTOR.unitId)
        throw new ForbiddenError(`${command.type} is internal to the intake service`);
      const decision = DECISIONS[command.type] as Decision | undefined;
      if (!decision) throw ValidationError.field('type', `unknown command ${(command as { type: string }).type}`);
      return decision(command as never, state, deps);
    },
  };
}
