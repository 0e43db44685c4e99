import type { CreditEvent } from '@liaison/contracts';
import { type Decider, ForbiddenError, ValidationError } from '@liaison/platform';
import { type BlacklistingState, evolveBlacklisting, initialBlacklistingState } from './blacklisting';
import { type CommandOf, type CreditCommand, INTERNAL_COMMANDS, SYSTEM_ACTOR } from './commands';
import { appealBlacklisting, decideBlacklistingAppeal } from './commands/appealBlacklisting';
import { endBlacklistingPeriod } from './commands/endBlacklistingPeriod';
import { proposeBlacklisting } from './commands/proposeBlacklisting';
import { recordCreditEntry } from './commands/recordCreditEntry';
import { approveBlacklisting, rejectBlacklisting } from './commands/reviewBlacklisting';
import { type CreditFileState, evolveCreditFile, initialCreditFileState } from './credit-file';
import { approvePublication, draftPublication, withdrawPublication } from './commands/publication';
import { evolvePublication, initialPublicationState, type PublicationState } from './publication';
import type { CreditDeciderDependencies } from './rules';

export type { CreditDeciderDependencies } from './rules';

type FileCommandType = 'RecordCreditEntry';
type PublicationCommandType = 'DraftPublication' | 'ApprovePublication' | 'WithdrawPublication';
type BlacklistingCommandType = Exclude<CreditCommand['type'], FileCommandType | PublicationCommandType>;
export type PublicationCommand = CommandOf<PublicationCommandType>;
export type CreditFileCommand = CommandOf<FileCommandType>;
export type BlacklistingCommand = CommandOf<BlacklistingCommandType>;

const guardInternal = (command: CreditCommand) => {
  if (INTERNAL_COMMANDS.has(command.type) && command.actor.unitId !== SYSTEM_ACTOR.unitId)
    throw new ForbiddenError(`${command.type} is internal to the credit service`);
};

/** The credit file of one subject (`credit-<code>` / `credit-person-<key>`): only the feed writes it. */
export function createCreditFileDecider(): Decider<CreditFileCommand, CreditFileState, CreditEvent> {
  return {
    initialState: initialCreditFileState,
    evolve: evolveCreditFile,
    decide: (command, state) => {
      guardInternal(command);
      if (command.type !== 'RecordCreditEntry')
        throw ValidationError.field('type', `unknown command ${(command as { type: string }).type}`);
      return recordCreditEntry(command, state);
    },
  };
}

type Decision = (command: never, state: BlacklistingState, deps: CreditDeciderDependencies) => CreditEvent | CreditEvent[];

/** Each blacklisting command and the function that decides it: exhaustive, so a new command without a decision does not compile. */
const DECISIONS: {
  [T in BlacklistingCommandType]: (
    command: CommandOf<T>,
    state: BlacklistingState,
    deps: CreditDeciderDependencies,
  ) => CreditEvent | CreditEvent[];
} = {
  ProposeBlacklisting: proposeBlacklisting,
  ApproveBlacklisting: approveBlacklisting,
  RejectBlacklisting: rejectBlacklisting,
  AppealBlacklisting: appealBlacklisting,
  DecideBlacklistingAppeal: decideBlacklistingAppeal,
  EndBlacklistingPeriod: endBlacklistingPeriod,
};

/** The blacklisting workflow (`blacklisting-<uuid>`): propose → approve/reject → appeal → removed. */
export function createBlacklistingDecider(deps: CreditDeciderDependencies): Decider<BlacklistingCommand, BlacklistingState, CreditEvent> {
  return {
    initialState: initialBlacklistingState,
    evolve: evolveBlacklisting,
    decide: (command, state) => {
      guardInternal(command);
      const decision = DECISIONS[command.type] as Decision | undefined;
      if (!decision) throw ValidationError.field('type', `unknown command ${(command as { type: string }).type}`);
      return decision(command as never, state, deps);
    },
  };
}

/** Each publication command and the function that decides it (exhaustive). */
const PUBLICATION_DECISIONS: {
  [T in PublicationCommandType]: (command: CommandOf<T>, state: PublicationState, deps: CreditDeciderDependencies) => CreditEvent;
} = {
  DraftPublication: draftPublication,
  ApprovePublication: approvePublication,
  WithdrawPublication: withdrawPublication,
};

/** A case publication (`publication-<uuid>`, 案件信息公开): drafted → published → withdrawn. */
export function createPublicationDecider(deps: CreditDeciderDependencies): Decider<PublicationCommand, PublicationState, CreditEvent> {
  return {
    initialState: initialPublicationState,
    evolve: evolvePublication,
    decide: (command, state) => {
      const decision = PUBLICATION_DECISIONS[command.type] as
        | ((c: never, s: PublicationState, d: CreditDeciderDependencies) => CreditEvent)
        | undefined;
      if (!decision) throw ValidationError.field('type', `unknown command ${(command as { type: string }).type}`);
      return decision(command as never, state, deps);
    },
  };
}
