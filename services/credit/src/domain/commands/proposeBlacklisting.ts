import { CREDIT_LIMITS as L, creditEvent, type CreditEvent, type FieldIssue, mayAct } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError } from '@liaison/platform';
import { entryVisible } from '../access';
import type { BlacklistingState } from '../blacklisting';
import { contractIssues, fail, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/**
 * ProposeBlacklisting (an officer of any unit that acts): the grounds and the entries of the
 * subject's credit file they rest on — each one an entry the proposer may see — and the period
 * of publication asked for. A file the proposer sees nothing of is not found (its existence must
 * not leak).
 */
export function proposeBlacklisting(c: CommandOf<'ProposeBlacklisting'>, state: BlacklistingState): CreditEvent {
  if (!mayAct(c.actor)) throw new ForbiddenError('only liaison officers and coordinators propose a blacklisting');
  if (state.status !== 'none') throw new InvalidTransitionError('this blacklisting was already proposed', state.status);
  fail(contractIssues(c));
  const visible = c.file.entries.filter((e) => entryVisible(e, c.actor));
  if (!c.file.exists || visible.length === 0) throw new NotFoundError('credit file', c.fileId);
  const issues: FieldIssue[] = [];
  if (!nonEmpty(c.grounds)) issues.push({ path: 'grounds', message: 'required' });
  if (c.citedEntryIds.length === 0) issues.push({ path: 'cited_entry_ids', message: 'cite at least one entry of the credit file' });
  c.citedEntryIds.forEach((id, i) => {
    if (!visible.some((e) => e.entryId === id))
      issues.push({ path: `cited_entry_ids[${i}]`, message: `no entry ${id} in the credit file` });
  });
  if (new Set(c.citedEntryIds).size !== c.citedEntryIds.length) issues.push({ path: 'cited_entry_ids', message: 'each entry once' });
  if (c.periodDays < L.periodDaysMin || c.periodDays > L.periodDaysMax)
    issues.push({ path: 'period_days', message: `from ${L.periodDaysMin} to ${L.periodDaysMax} days` });
  fail(issues);
  const cited = visible.filter((e) => c.citedEntryIds.includes(e.entryId));
  return creditEvent('BlacklistingProposed', {
    blacklistingId: c.streamId,
    fileId: c.fileId,
    subjectKind: c.file.subjectKind,
    creditCode: c.file.creditCode,
    personName: c.file.personName,
    enterpriseName: c.file.enterpriseName,
    proposedByUnitId: c.actor.unitId,
    officerId: c.actor.officerId,
    grounds: c.grounds.trim(),
    citedEntryIds: c.citedEntryIds,
    citedAccess: cited.flatMap((e) => e.access),
    periodDays: c.periodDays,
    at: c.now,
  });
}
