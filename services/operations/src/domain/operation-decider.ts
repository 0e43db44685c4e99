import type { OperationEvent } from '@liaison/contracts';
import { type Decider, ForbiddenError, ValidationError } from '@liaison/platform';
import { type CommandOf, INTERNAL_COMMANDS, type OperationCommand, SYSTEM_ACTOR } from './commands';
import { explainBreach } from './commands/explainBreach';
import { draftOperationFromLead, markInvitationOverdue, markTaskOverdue, noteConflictResolved, raiseConflict } from './commands/internal';
import { declineInvitation, inviteUnits, joinOperation } from './commands/invitations';
import { cancel, conclude, launch, reportProgress } from './commands/lifecycle';
import { proposeOperation } from './commands/proposeOperation';
import { resolveConflict } from './commands/resolveConflict';
import { resolveLeadConflict } from './commands/resolveLeadConflict';
import { reschedule, submitDraft } from './commands/schedule';
import { assignTask, completeTask } from './commands/tasks';
import { evolveOperation, initialOperationState, type OperationState } from './operation';
import type { OperationDeciderDependencies } from './rules';

export type { OperationDeciderDependencies } from './rules';

type Decision = (command: never, state: OperationState, deps: OperationDeciderDependencies) => OperationEvent | OperationEvent[];

/** Each command type and the function that decides it: exhaustive, so a new command without a decision does not compile. */
const DECISIONS: {
  [T in OperationCommand['type']]: (
    command: CommandOf<T>,
    state: OperationState,
    deps: OperationDeciderDependencies,
  ) => OperationEvent | OperationEvent[];
} = {
  ProposeOperation: proposeOperation,
  InviteUnits: inviteUnits,
  JoinOperation: joinOperation,
  DeclineInvitation: declineInvitation,
  AssignTask: assignTask,
  CompleteTask: completeTask,
  Reschedule: reschedule,
  SubmitDraft: submitDraft,
  Launch: launch,
  ReportProgress: reportProgress,
  Conclude: conclude,
  Cancel: cancel,
  ResolveConflict: resolveConflict,
  ResolveLeadConflict: resolveLeadConflict,
  ExplainBreach: explainBreach,
  MarkInvitationOverdue: markInvitationOverdue,
  MarkTaskOverdue: markTaskOverdue,
  DraftOperationFromLead: draftOperationFromLead,
  RaiseConflict: raiseConflict,
  NoteConflictResolved: noteConflictResolved,
};

/** The operation decider: internal commands only from the service itself, then the command's own decision. */
export function createOperationDecider(deps: OperationDeciderDependencies): Decider<OperationCommand, OperationState, OperationEvent> {
  return {
    initialState: initialOperationState,
    evolve: evolveOperation,
    decide: (command, state) => {
      if (INTERNAL_COMMANDS.has(command.type) && command.actor.unitId !== SYSTEM_ACTOR.unitId) {
        throw new ForbiddenError(`${command.type} is internal to the operations service`);
      }
      const decision = DECISIONS[command.type] as Decision | undefined;
      if (!decision) throw ValidationError.field('type', `unknown command ${(command as { type: string }).type}`);
      return decision(command as never, state, deps);
    },
  };
}
