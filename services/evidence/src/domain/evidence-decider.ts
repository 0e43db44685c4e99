import type { EvidenceEvent } from '@liaison/contracts';
import { type Decider, ValidationError } from '@liaison/platform';
import type { CommandOf, EvidenceCommand } from './commands';
import { attachTestReport } from './commands/attachTestReport';
import { recordCustodyTransfer } from './commands/custody';
import { verifyIntegrity } from './commands/integrity';
import {
  recognise,
  recogniseWithConditions,
  recordCourtUseConsent,
  rejectRecognition,
  requestRecognition,
  revokeRecognition,
} from './commands/recognition';
import { registerEvidence } from './commands/registerEvidence';
import { evolveEvidence, type EvidenceState, initialEvidenceState } from './evidence';
import type { EvidenceDeciderDependencies } from './rules';

export type { EvidenceDeciderDependencies } from './rules';

type Decision = (command: never, state: EvidenceState, deps: EvidenceDeciderDependencies) => EvidenceEvent | EvidenceEvent[];

/** Each command type and the function that decides it: exhaustive, so a new command without a decision does not compile. */
const DECISIONS: {
  [T in EvidenceCommand['type']]: (
    command: CommandOf<T>,
    state: EvidenceState,
    deps: EvidenceDeciderDependencies,
  ) => EvidenceEvent | EvidenceEvent[];
} = {
  RegisterEvidence: registerEvidence,
  RecordCustodyTransfer: recordCustodyTransfer,
  AttachTestReport: attachTestReport,
  RequestRecognition: requestRecognition,
  Recognise: recognise,
  RejectRecognition: rejectRecognition,
  RecogniseWithConditions: recogniseWithConditions,
  RevokeRecognition: revokeRecognition,
  RecordCourtUseConsent: recordCourtUseConsent,
  VerifyIntegrity: verifyIntegrity,
};

/** The evidence-item decider. */
export function createEvidenceDecider(deps: EvidenceDeciderDependencies): Decider<EvidenceCommand, EvidenceState, EvidenceEvent> {
  return {
    initialState: initialEvidenceState,
    evolve: evolveEvidence,
    decide: (command, state) => {
      const decision = DECISIONS[command.type] as Decision | undefined;
      if (!decision) throw ValidationError.field('type', `unknown command ${(command as { type: string }).type}`);
      return decision(command as never, state, deps);
    },
  };
}
