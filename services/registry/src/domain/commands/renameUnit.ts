import { type FieldIssue, registryEvent, type RegistryEvent } from '@liaison/contracts';
import { NotFoundError, ValidationError } from '@liaison/platform';
import type { UnitState } from '../unit';
import { authorise, contractIssues, fail, nonBlank } from '../rules';
import type { CommandOf } from '.';

/** RenameUnit: names over time — the previous name is kept on the event, so the history shows every name. */
export function renameUnit(c: CommandOf<'RenameUnit'>, state: UnitState): RegistryEvent {
  authorise(c);
  const issues: FieldIssue[] = contractIssues(c);
  if (issues.length === 0) {
    nonBlank(c.name, 'name', issues);
    nonBlank(c.nameZh, 'name_zh', issues);
    nonBlank(c.reason, 'reason', issues);
  }
  fail(issues);
  if (!state.exists) throw new NotFoundError('unit', c.unitId);
  if (c.name === state.name && c.nameZh === state.nameZh) throw ValidationError.field('name', 'the unit has this name already');
  return registryEvent('UnitRenamed', {
    unitId: c.unitId,
    name: c.name,
    nameZh: c.nameZh,
    previousName: state.name,
    previousNameZh: state.nameZh,
    reason: c.reason,
  });
}
