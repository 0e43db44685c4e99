import { type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError } from '@liaison/platform';
import type { LeadState } from '../lead';
import { mayAct } from '../policy';
import { contractIssues, fail, type LeadDeciderDependencies, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/**
 * PostLead: a new lead owned by the poster's unit, with the possible duplicates the application
 * found recorded in the same commit. Names every offending field at once.
 */
export function postLead(c: CommandOf<'PostLead'>, state: LeadState, { directory }: LeadDeciderDependencies): LeadEvent[] {
  if (state.exists) throw new InvalidTransitionError(`lead ${c.leadId} already exists`, state.status);
  if (!mayAct(c.actor)) throw new ForbiddenError('posting a lead needs the liaison_officer or coordinator role');
  const issues: FieldIssue[] = contractIssues(c);
  if (!directory.unit(c.actor.unitId)) issues.push({ path: 'actor.unit_id', message: `unknown unit "${c.actor.unitId}"` });
  if (!nonEmpty(c.title)) issues.push({ path: 'title', message: 'required' });
  const s = c.subject;
  if (![s.enterpriseName, s.creditCode, s.personName, s.onlineShop, s.url].some(nonEmpty)) {
    issues.push({ path: 'subject', message: 'name at least one of enterprise_name, credit_code, person_name, online_shop, url' });
  }
  if (!directory.jurisdiction(c.location.jurisdiction))
    issues.push({ path: 'location.jurisdiction', message: `unknown jurisdiction "${c.location.jurisdiction}"` });
  const h = c.handling;
  if (h.code === 'RED' && h.namedOfficerIds.length === 0)
    issues.push({ path: 'handling.named_officer_ids', message: 'a RED lead names the officers who may see it' });
  if (h.code !== 'RED' && h.namedOfficerIds.length > 0)
    issues.push({ path: 'handling.named_officer_ids', message: 'only RED leads name officers' });
  h.namedOfficerIds.forEach((id, i) => {
    if (!directory.officer(id)) issues.push({ path: `handling.named_officer_ids[${i}]`, message: `unknown officer "${id}"` });
  });
  c.attachments.forEach((a, i) => {
    if (!nonEmpty(a.name)) issues.push({ path: `attachments[${i}].name`, message: 'required' });
  });
  fail(issues);
  const posted = leadEvent('LeadPosted', {
    leadId: c.leadId,
    ownerUnitId: c.actor.unitId,
    postedByOfficerId: c.actor.officerId,
    title: c.title.trim(),
    category: c.category,
    subject: s,
    location: c.location,
    summary: c.summary,
    priority: c.priority,
    grading: c.grading,
    handling: h,
    attachments: c.attachments,
    postedAt: c.now,
  });
  const duplicates = c.possibleDuplicates
    .filter((d) => d.leadId !== c.leadId)
    .map((d) =>
      leadEvent('LeadPossibleDuplicateDetected', {
        otherLeadId: d.leadId,
        otherOwnerUnitId: d.ownerUnitId,
        reason: d.reason,
        matchedOn: d.matchedOn,
        position: 'later',
        otherAccess: d.access,
      }),
    );
  return [posted, ...duplicates];
}
