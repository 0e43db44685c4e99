import { evidenceEvent, type EvidenceEvent, type FieldIssue } from '@liaison/contracts';
import { ForbiddenError } from '@liaison/platform';
import type { EvidenceState } from '../evidence';
import { authorise, canonical, contractIssues, type EvidenceDeciderDependencies, fail, isRfc3339, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/**
 * RecordCustodyTransfer: the unit holding the item (or its owner, recording a hand-over it
 * witnessed) records that it passed to another known unit, why and when (not in the future,
 * not before the item was collected is the holder's to know). `from` defaults to the current custodian.
 * A RED item passes only to a named officer (`namedOfficerIssues` had them named with a request).
 */
export function recordCustodyTransfer(
  c: CommandOf<'RecordCustodyTransfer'>,
  state: EvidenceState,
  { directory }: EvidenceDeciderDependencies,
): EvidenceEvent {
  authorise(state, c);
  const unit = c.actor.unitId;
  if (unit !== state.custodianUnitId && unit !== state.ownerUnitId)
    throw new ForbiddenError(`only the custodian ${state.custodianUnitId} or the registering unit records a custody transfer`);
  const issues: FieldIssue[] = contractIssues(c);
  const fromUnitId = c.fromUnitId || state.custodianUnitId;
  const fromOfficerId = c.fromUnitId ? c.fromOfficerId : c.fromOfficerId || state.custodianOfficerId;
  if (fromUnitId !== state.custodianUnitId)
    issues.push({ path: 'from_unit_id', message: `the item is in the custody of ${state.custodianUnitId}` });
  if (!directory.unit(c.toUnitId)) issues.push({ path: 'to_unit_id', message: `unknown unit "${c.toUnitId}"` });
  if (c.toOfficerId) {
    const officer = directory.officer(c.toOfficerId);
    if (!officer || officer.unitId !== c.toUnitId)
      issues.push({ path: 'to_officer_id', message: `officer "${c.toOfficerId}" is not of unit ${c.toUnitId}` });
  }
  if (c.toUnitId === fromUnitId && c.toOfficerId === fromOfficerId)
    issues.push({ path: 'to_unit_id', message: 'the item is already held there' });
  // A RED item is seen only by named officers: it passes only into the hands of one of them.
  if (
    state.handling.code === 'RED' &&
    c.toOfficerId !== state.registeredByOfficerId &&
    !state.handling.namedOfficerIds.includes(c.toOfficerId)
  )
    issues.push({ path: 'to_officer_id', message: 'a RED item passes only to a named officer (or the registering officer)' });
  if (!nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'required' });
  const at = c.at || c.now;
  if (!isRfc3339(at)) issues.push({ path: 'at', message: 'an RFC 3339 time' });
  else if (Date.parse(at) > Date.parse(c.now)) issues.push({ path: 'at', message: 'cannot be in the future' });
  fail(issues);
  return evidenceEvent('CustodyTransferred', {
    fromUnitId,
    fromOfficerId,
    toUnitId: c.toUnitId,
    toOfficerId: c.toOfficerId,
    reason: c.reason.trim(),
    at: canonical(at),
    recordedByOfficerId: c.actor.officerId,
  });
}
