import { type FieldIssue, LEAD_ID, operationEvent, type OperationEvent } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import type { OperationState } from '../operation';
import {
  alert,
  canonicalWindow,
  checkWindow,
  contractIssues,
  fail,
  nonEmpty,
  type OperationDeciderDependencies,
  requireRole,
  uniqueConflicts,
} from '../rules';
import type { CommandOf } from '.';

/**
 * ProposeOperation: the proposer's unit leads a new operation; the matches the application's
 * deconfliction check found are recorded in the same commit. Names every offending field at once.
 */
export function proposeOperation(
  c: CommandOf<'ProposeOperation'>,
  state: OperationState,
  { directory }: OperationDeciderDependencies,
): OperationEvent[] {
  if (state.exists) throw new InvalidTransitionError(`operation ${c.operationId} already exists`, state.status);
  requireRole(c, 'lead');
  const issues: FieldIssue[] = contractIssues(c);
  if (!directory.unit(c.actor.unitId)) issues.push({ path: 'actor.unit_id', message: `unknown unit "${c.actor.unitId}"` });
  if (!nonEmpty(c.title)) issues.push({ path: 'title', message: 'required' });
  if (!nonEmpty(c.objective)) issues.push({ path: 'objective', message: 'required' });
  if (c.targets.length === 0) issues.push({ path: 'targets', message: 'at least one target (a subject or a place)' });
  c.targets.forEach((t, i) => {
    const s = t.subject;
    const p = t.place;
    if (![s.enterpriseName, s.creditCode, s.personName, p.address].some(nonEmpty) && !p.coordinates) {
      issues.push({
        path: `targets[${i}]`,
        message: 'name a subject (enterprise_name, credit_code, person_name) or a place (address, coordinates)',
      });
    }
    if (p.jurisdiction && !directory.jurisdiction(p.jurisdiction))
      issues.push({ path: `targets[${i}].place.jurisdiction`, message: `unknown jurisdiction "${p.jurisdiction}"` });
    if ((p.address || p.coordinates) && !p.jurisdiction)
      issues.push({ path: `targets[${i}].place.jurisdiction`, message: 'required for a place' });
  });
  checkWindow(c.window, 'window', issues);
  c.linkedLeadIds.forEach((id, i) => {
    if (!LEAD_ID.test(id)) issues.push({ path: `linked_lead_ids[${i}]`, message: 'expected lead-<uuid>' });
  });
  if (new Set(c.linkedLeadIds).size !== c.linkedLeadIds.length) issues.push({ path: 'linked_lead_ids', message: 'a lead is listed twice' });
  const h = c.handling;
  if (h.code === 'RED' && h.namedOfficerIds.length === 0)
    issues.push({ path: 'handling.named_officer_ids', message: 'a RED operation names the officers who may see it' });
  if (h.code !== 'RED' && h.namedOfficerIds.length > 0)
    issues.push({ path: 'handling.named_officer_ids', message: 'only RED operations name officers' });
  h.namedOfficerIds.forEach((id, i) => {
    if (!directory.officer(id)) issues.push({ path: `handling.named_officer_ids[${i}]`, message: `unknown officer "${id}"` });
  });
  fail(issues);
  const proposed = operationEvent('OperationProposed', {
    operationId: c.operationId,
    leadUnitId: c.actor.unitId,
    proposedByOfficerId: c.actor.officerId,
    title: c.title.trim(),
    objective: c.objective,
    targets: c.targets,
    area: c.area,
    window: canonicalWindow(c.window),
    linkedLeadIds: c.linkedLeadIds,
    handling: h,
    urgency: c.urgency,
    proposedAt: c.now,
  });
  return [proposed, ...uniqueConflicts(c.conflicts, state).map((m) => alert(m, c.now))];
}
