import { commandIssues, type FieldIssue, REGISTRY_SYSTEM_ACTOR, registryCommandSchemas, type RegistryCommand } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { OfficerState } from './officer';
import { officerStatus } from './officer';

/** The guards every registry decision shares. */

export interface RegistryDeciderDependencies {
  /** Jurisdictions are reference data of the seed file; a unit must belong to a known one. */
  jurisdiction(jurisdictionId: string): { jurisdictionId: string } | undefined;
}

/** Refuses the command with every issue found, if any. */
export const fail = (issues: FieldIssue[]): void => {
  if (issues.length > 0) throw ValidationError.of(issues, 'command');
};

export const contractIssues = (command: RegistryCommand): FieldIssue[] => commandIssues(registryCommandSchemas[command.type], command);

const isSystem = (command: RegistryCommand) =>
  command.actor.officerId === REGISTRY_SYSTEM_ACTOR.officerId && command.actor.unitId === REGISTRY_SYSTEM_ACTOR.unitId;

/**
 * Only admins change the registry; the registry itself may only register (seeding from the seed
 * file), never change what an admin recorded.
 */
export function authorise(command: RegistryCommand): void {
  if (isSystem(command) && (command.type === 'RegisterUnit' || command.type === 'RegisterOfficer')) return;
  if (!command.actor.roles.includes('admin'))
    throw new ForbiddenError(
      `only an admin may change the registry (${command.type}); you have ${command.actor.roles.join(', ') || 'no roles'}`,
    );
}

export const nonBlank = (value: string, path: string, issues: FieldIssue[]): void => {
  if (value.trim() === '') issues.push({ path, message: 'must not be blank' });
};

/** The officer exists and is active (a deactivated officer is reactivated before anything else changes). */
export function activeOfficer(state: OfficerState, officerId: string, what: string): void {
  if (!state.exists) throw new NotFoundError('officer', officerId);
  if (!state.active)
    throw new InvalidTransitionError(`officer ${officerId} is deactivated: reactivate before ${what}`, officerStatus(state));
}
