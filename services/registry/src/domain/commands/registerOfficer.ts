import { type FieldIssue, registryEvent, type RegistryEvent } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import type { OfficerState } from '../officer';
import { authorise, contractIssues, fail, nonBlank } from '../rules';
import type { CommandOf } from '.';

/** RegisterOfficer: a new officer of a registered unit; a clearance only for an analyst. */
export function registerOfficer(c: CommandOf<'RegisterOfficer'>, state: OfficerState): RegistryEvent {
  authorise(c);
  const issues: FieldIssue[] = contractIssues(c);
  if (issues.length === 0) {
    if (!c.unitRegistered) issues.push({ path: 'unit_id', message: `unknown unit "${c.unitId}"` });
    if (c.clearance && !c.roles.includes('analyst')) issues.push({ path: 'clearance', message: 'only an analyst holds a clearance' });
    nonBlank(c.name, 'name', issues);
    nonBlank(c.reason, 'reason', issues);
  }
  fail(issues);
  if (state.exists)
    throw new InvalidTransitionError(`officer ${c.officerId} is registered already`, state.active ? 'active' : 'deactivated');
  return registryEvent('OfficerRegistered', {
    officerId: c.officerId,
    unitId: c.unitId,
    name: c.name,
    roles: c.roles,
    clearance: c.clearance || null,
    reason: c.reason,
  });
}
