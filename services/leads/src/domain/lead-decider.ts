import type { LeadEvent } from '@liaison/contracts';
import { type Decider, ForbiddenError, ValidationError } from '@liaison/platform';
import { type CommandOf, INTERNAL_COMMANDS, type LeadCommand, SYSTEM_ACTOR } from './commands';
import { acceptLead, acknowledgeLead, declineLead } from './commands/answerLead';
import { closeLead } from './commands/closeLead';
import { assignForCoHandling, recordFeedback } from './commands/coHandling';
import { escalateForJointAction } from './commands/escalateForJointAction';
import { explainBreach } from './commands/explainBreach';
import { flagPossibleDuplicate, markOverdue, recordOperationOutcome } from './commands/internal';
import { linkLead } from './commands/linkLead';
import { approveOnwardSharing, refuseOnwardSharing, requestOnwardSharing } from './commands/onwardSharing';
import {
  answerReconsideration,
  decideTransfer,
  flagSuspectedCrime,
  handOverToPolice,
  recordPoliceDecision,
  requestReconsideration,
  revisitTransferDecision,
} from './commands/policeTransfer';
import {
  answerSupervision,
  recordPoliceOpening,
  requestProcuratorateSupervision,
  statePoliceReasons,
} from './commands/transferSupervision';
import { approveCourtUseConsent, refuseCourtUseConsent, requestCourtUseConsent } from './commands/courtUseConsent';
import { postLead } from './commands/postLead';
import { regradeLead } from './commands/regradeLead';
import { shareLead } from './commands/shareLead';
import { evolveLead, initialLeadState, type LeadState } from './lead';
import type { LeadDeciderDependencies } from './rules';

export type { LeadDeciderDependencies } from './rules';

type Decision = (command: never, state: LeadState, deps: LeadDeciderDependencies) => LeadEvent | LeadEvent[];

/** Each command type and the function that decides it: exhaustive, so a new command without a decision does not compile. */
const DECISIONS: {
  [T in LeadCommand['type']]: (command: CommandOf<T>, state: LeadState, deps: LeadDeciderDependencies) => LeadEvent | LeadEvent[];
} = {
  PostLead: postLead,
  ShareLead: shareLead,
  RequestOnwardSharing: requestOnwardSharing,
  ApproveOnwardSharing: approveOnwardSharing,
  RefuseOnwardSharing: refuseOnwardSharing,
  AcknowledgeLead: acknowledgeLead,
  AcceptLead: acceptLead,
  DeclineLead: declineLead,
  AssignForCoHandling: assignForCoHandling,
  RecordFeedback: recordFeedback,
  RegradeLead: regradeLead,
  FlagSuspectedCrime: flagSuspectedCrime,
  DecideTransfer: decideTransfer,
  HandOverToPolice: handOverToPolice,
  RecordPoliceDecision: recordPoliceDecision,
  RequestReconsideration: requestReconsideration,
  AnswerReconsideration: answerReconsideration,
  CloseLead: closeLead,
  LinkLead: linkLead,
  EscalateForJointAction: escalateForJointAction,
  RequestProcuratorateSupervision: requestProcuratorateSupervision,
  AnswerSupervision: answerSupervision,
  StatePoliceReasons: statePoliceReasons,
  RecordPoliceOpening: recordPoliceOpening,
  RevisitTransferDecision: revisitTransferDecision,
  RequestCourtUseConsent: requestCourtUseConsent,
  ApproveCourtUseConsent: approveCourtUseConsent,
  RefuseCourtUseConsent: refuseCourtUseConsent,
  ExplainBreach: explainBreach,
  MarkOverdue: markOverdue,
  FlagPossibleDuplicate: flagPossibleDuplicate,
  RecordOperationOutcome: recordOperationOutcome,
};

/** The lead decider: internal commands only from the service itself, then the command's own decision. */
export function createLeadDecider(deps: LeadDeciderDependencies): Decider<LeadCommand, LeadState, LeadEvent> {
  return {
    initialState: initialLeadState,
    evolve: evolveLead,
    decide: (command, state) => {
      if (INTERNAL_COMMANDS.has(command.type) && command.actor.unitId !== SYSTEM_ACTOR.unitId) {
        throw new ForbiddenError(`${command.type} is internal to the leads service`);
      }
      const decision = DECISIONS[command.type] as Decision | undefined;
      if (!decision) throw ValidationError.field('type', `unknown command ${(command as { type: string }).type}`);
      return decision(command as never, state, deps);
    },
  };
}
