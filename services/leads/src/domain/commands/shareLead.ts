import { type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { ForbiddenError } from '@liaison/platform';
import type { LeadState } from '../lead';
import { addMs } from '../model';
import { authorise, checkUnits, contractIssues, fail, type LeadDeciderDependencies } from '../rules';
import type { CommandOf } from '.';

/**
 * ShareLead: the owner, or a recipient when the lead allows onward sharing, shares with new
 * units; each must acknowledge within the configured limit.
 */
export function shareLead(c: CommandOf<'ShareLead'>, state: LeadState, { directory, limits }: LeadDeciderDependencies): LeadEvent {
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
  fail(issues);
  return leadEvent('LeadShared', {
    sharedByUnitId: c.actor.unitId,
    unitIds: c.unitIds,
    message: c.message,
    sharedAt: c.now,
    acknowledgeDueAt: addMs(c.now, limits.acknowledgeMs),
    onwardRequestId: null,
  });
}
