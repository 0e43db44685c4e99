import { type FieldIssue, LEAD_ID, leadEvent, type LeadEvent } from '@liaison/contracts';
import type { LeadState } from '../lead';
import { authorise, contractIssues, fail } from '../rules';
import type { CommandOf } from '.';

/** LinkLead: the owner links another lead (duplicate / related), once per relation; never to itself. */
export function linkLead(c: CommandOf<'LinkLead'>, state: LeadState): LeadEvent {
  authorise(state, c, 'owner');
  const issues: FieldIssue[] = contractIssues(c);
  if (!LEAD_ID.test(c.otherLeadId)) issues.push({ path: 'other_lead_id', message: 'expected lead-<uuid>' });
  else if (c.otherLeadId === c.leadId) issues.push({ path: 'other_lead_id', message: 'a lead cannot be linked to itself' });
  else if (state.links.includes(`${c.otherLeadId}:${c.relation}`))
    issues.push({ path: 'other_lead_id', message: 'already linked with this relation' });
  fail(issues);
  // The other lead's access travels with the link, so each viewer is checked against it (ADR 0012).
  return leadEvent('LeadLinked', {
    otherLeadId: c.otherLeadId,
    relation: c.relation,
    note: c.note,
    ...(c.otherAccess ? { otherAccess: c.otherAccess } : {}),
  });
}
