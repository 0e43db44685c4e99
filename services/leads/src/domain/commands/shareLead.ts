import { type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { ForbiddenError } from '@liaison/platform';
import type { LeadState } from '../lead';
import { authorise, checkNamedOfficers, checkUnits, contractIssues, due, fail, type LeadDeciderDependencies } from '../rules';
import type { CommandOf } from '.';

/**
 * ShareLead: the owner, or a recipient when the lead allows onward sharing, shares with new
 * units; each must acknowledge within the configured limit. A RED lead names at least one
 * officer of each unit (they join its named officers); a recipient that declined shares nothing.
 */
export function shareLead(c: CommandOf<'ShareLead'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent {
  const { directory } = deps;
  authorise(state, c, 'owner_or_recipient');
  if (c.actor.unitId !== state.ownerUnitId && state.handling.noOnwardSharingWithoutConsent) {
    throw new ForbiddenError("this lead may not be shared onward without the originator's consent: use RequestOnwardSharing");
  }
  const issues: FieldIssue[] = contractIssues(c);
  checkUnits(directory, c.unitIds, 'unit_ids', issues);
  c.unitIds.forEach((id, i) => {
    if (id === state.ownerUnitId) issues.push({ path: `unit_ids[${i}]`, message: 'the owner unit cannot be a recipient' });
    else if (id in state.recipients) issues.push({ path: `unit_ids[${i}]`, message: `already shared with "${id}"` });
  });
  checkNamedOfficers(directory, state.handling.code, c.unitIds, c.namedOfficerIds, 'named_officer_ids', issues);
  fail(issues);
  return leadEvent('LeadShared', {
    sharedByUnitId: c.actor.unitId,
    unitIds: c.unitIds,
    message: c.message,
    sharedAt: c.now,
    ...acknowledgeBy(deps, c.now),
    onwardRequestId: null,
    ...(c.namedOfficerIds.length > 0 ? { namedOfficerIds: c.namedOfficerIds } : {}),
  });
}

/** The acknowledgement deadline every unit a lead is shared with gets, with its rule. */
export function acknowledgeBy(deps: LeadDeciderDependencies, now: string): { acknowledgeDueAt: string; acknowledgeDueRule: string } {
  const d = due(deps, 'acknowledge', now);
  return { acknowledgeDueAt: d.dueAt, acknowledgeDueRule: d.rule };
}
