import { type FieldIssue, registryEvent, type RegistryEvent } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import type { UnitState } from '../unit';
import { authorise, contractIssues, fail, nonBlank, type RegistryDeciderDependencies } from '../rules';
import type { CommandOf } from '.';

/** RegisterUnit: a new unit, `<agency>-<jurisdiction…>`, in a known jurisdiction. */
export function registerUnit(c: CommandOf<'RegisterUnit'>, state: UnitState, deps: RegistryDeciderDependencies): RegistryEvent {
  authorise(c);
  const issues: FieldIssue[] = contractIssues(c);
  if (issues.length === 0) {
    if (!c.unitId.startsWith(`${c.agency}-`)) issues.push({ path: 'unit_id', message: `must start with the agency, "${c.agency}-"` });
    if (!deps.jurisdiction(c.jurisdiction)) issues.push({ path: 'jurisdiction', message: `unknown jurisdiction "${c.jurisdiction}"` });
    nonBlank(c.name, 'name', issues);
    nonBlank(c.nameZh, 'name_zh', issues);
    nonBlank(c.reason, 'reason', issues);
  }
  fail(issues);
  if (state.exists) throw new InvalidTransitionError(`unit ${c.unitId} is registered already`, 'registered');
  const { type: _type, actor: _actor, now: _now, ...data } = c;
  return registryEvent('UnitRegistered', data);
}
