import { type FieldIssue, registryEvent, type RegistryEvent } from '@liaison/contracts';
import { InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { type OfficerState } from '../officer';
import { activeOfficer, authorise, contractIssues, fail, nonBlank } from '../rules';
import type { CommandOf, RegistryCommand } from '.';

const checked = (c: RegistryCommand & { reason: string }, more: (issues: FieldIssue[]) => void = () => undefined) => {
  authorise(c);
  const issues: FieldIssue[] = contractIssues(c);
  if (issues.length === 0) {
    nonBlank(c.reason, 'reason', issues);
    more(issues);
  }
  fail(issues);
};

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** ChangeOfficerRoles: the roles as a whole; dropping `analyst` drops the clearance too (evolve). */
export function changeOfficerRoles(c: CommandOf<'ChangeOfficerRoles'>, state: OfficerState): RegistryEvent {
  checked(c);
  activeOfficer(state, c.officerId, 'changing roles');
  if (sameSet(c.roles, state.roles)) throw ValidationError.field('roles', 'the officer holds exactly these roles already');
  return registryEvent('OfficerRolesChanged', { officerId: c.officerId, roles: c.roles, previousRoles: state.roles, reason: c.reason });
}

/** SetOfficerClearance: how far an analyst reads across units (GREEN or AMBER); analysts only. */
export function setOfficerClearance(c: CommandOf<'SetOfficerClearance'>, state: OfficerState): RegistryEvent {
  checked(c);
  activeOfficer(state, c.officerId, 'setting a clearance');
  if (!state.roles.includes('analyst'))
    throw new InvalidTransitionError(`officer ${c.officerId} is not an analyst: only analysts hold a clearance`, 'active');
  if (state.clearance === c.clearance) throw ValidationError.field('clearance', `the officer holds ${c.clearance} already`);
  return registryEvent('OfficerClearanceSet', {
    officerId: c.officerId,
    clearance: c.clearance,
    previousClearance: state.clearance,
    reason: c.reason,
  });
}

/** MoveOfficerToUnit: the officer now acts for another registered unit (records stay with the units that own them). */
export function moveOfficerToUnit(c: CommandOf<'MoveOfficerToUnit'>, state: OfficerState): RegistryEvent {
  checked(c, (issues) => {
    if (!c.unitRegistered) issues.push({ path: 'unit_id', message: `unknown unit "${c.unitId}"` });
  });
  activeOfficer(state, c.officerId, 'moving to another unit');
  if (c.unitId === state.unitId) throw ValidationError.field('unit_id', `the officer is in ${c.unitId} already`);
  return registryEvent('OfficerMovedToUnit', { officerId: c.officerId, unitId: c.unitId, previousUnitId: state.unitId, reason: c.reason });
}

/** DeactivateOfficer: the officer's next request is refused (401) once the directories have the event. */
export function deactivateOfficer(c: CommandOf<'DeactivateOfficer'>, state: OfficerState): RegistryEvent {
  checked(c);
  activeOfficer(state, c.officerId, 'deactivating');
  return registryEvent('OfficerDeactivated', { officerId: c.officerId, reason: c.reason });
}

export function reactivateOfficer(c: CommandOf<'ReactivateOfficer'>, state: OfficerState): RegistryEvent {
  checked(c);
  if (!state.exists) throw new NotFoundError('officer', c.officerId);
  if (state.active) throw new InvalidTransitionError(`officer ${c.officerId} is active`, 'active');
  return registryEvent('OfficerReactivated', { officerId: c.officerId, reason: c.reason });
}
