import type { RegistryEvent } from '@liaison/contracts';
import { type Decider, ValidationError } from '@liaison/platform';
import type { CommandOf, RegistryCommand, RegistryCommandType } from './commands';
import { changeOfficerRoles, deactivateOfficer, moveOfficerToUnit, reactivateOfficer, setOfficerClearance } from './commands/changeOfficer';
import { registerOfficer } from './commands/registerOfficer';
import { registerUnit } from './commands/registerUnit';
import { renameUnit } from './commands/renameUnit';
import { evolveOfficer, initialOfficerState, type OfficerState } from './officer';
import type { RegistryDeciderDependencies } from './rules';
import { evolveUnit, initialUnitState, type UnitState } from './unit';

export type { RegistryDeciderDependencies } from './rules';

type UnitCommandType = 'RegisterUnit' | 'RenameUnit';
type OfficerCommandType = Exclude<RegistryCommandType, UnitCommandType>;
export type UnitCommand = CommandOf<UnitCommandType>;
export type OfficerCommand = CommandOf<OfficerCommandType>;

type Decisions<T extends RegistryCommandType, S> = {
  [K in T]: (command: CommandOf<K>, state: S, deps: RegistryDeciderDependencies) => RegistryEvent;
};

/** Each command type and the function that decides it: exhaustive, so a new command without a decision does not compile. */
const UNIT_DECISIONS: Decisions<UnitCommandType, UnitState> = { RegisterUnit: registerUnit, RenameUnit: renameUnit };
const OFFICER_DECISIONS: Decisions<OfficerCommandType, OfficerState> = {
  RegisterOfficer: registerOfficer,
  ChangeOfficerRoles: changeOfficerRoles,
  SetOfficerClearance: setOfficerClearance,
  MoveOfficerToUnit: moveOfficerToUnit,
  DeactivateOfficer: deactivateOfficer,
  ReactivateOfficer: reactivateOfficer,
};

function dispatch<S>(decisions: Record<string, unknown>, command: RegistryCommand, state: S, deps: RegistryDeciderDependencies) {
  const decision = decisions[command.type] as ((c: RegistryCommand, s: S, d: RegistryDeciderDependencies) => RegistryEvent) | undefined;
  if (!decision) throw ValidationError.field('type', `${command.type} is not a command of this aggregate`);
  return decision(command, state, deps);
}

/** The unit aggregate (stream `unit-<unitId>`). */
export const createUnitDecider = (deps: RegistryDeciderDependencies): Decider<UnitCommand, UnitState, RegistryEvent> => ({
  initialState: initialUnitState,
  evolve: evolveUnit,
  decide: (command, state) => dispatch(UNIT_DECISIONS, command, state, deps),
});

/** The officer aggregate (stream `officer-<officerId>`). */
export const createOfficerDecider = (deps: RegistryDeciderDependencies): Decider<OfficerCommand, OfficerState, RegistryEvent> => ({
  initialState: initialOfficerState,
  evolve: evolveOfficer,
  decide: (command, state) => dispatch(OFFICER_DECISIONS, command, state, deps),
});
