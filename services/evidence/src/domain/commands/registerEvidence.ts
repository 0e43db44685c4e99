import { evidenceEvent, type EvidenceEvent, type FieldIssue, LEAD_ID, OPERATION_ID, SHA256_HEX } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import type { EvidenceState } from '../evidence';
import { canonical, contractIssues, type EvidenceDeciderDependencies, fail, isRfc3339, nonEmpty, requireActor } from '../rules';
import type { CommandOf } from '.';

/**
 * RegisterEvidence: an item of the caller's unit for exactly one lead or operation the unit
 * takes part in (its owner or a participant, as the linked record's service says for the
 * caller; an unknown and an invisible record get the same answer). Content is described by its
 * SHA-256 and storage reference, both present or both absent; only a physical sample may come
 * without a file.
 */
export function registerEvidence(
  c: CommandOf<'RegisterEvidence'>,
  state: EvidenceState,
  { directory }: EvidenceDeciderDependencies,
): EvidenceEvent {
  if (state.exists) throw new InvalidTransitionError(`evidence ${c.evidenceId} is already registered`, 'registered');
  requireActor(c);
  const issues: FieldIssue[] = contractIssues(c);
  if (!nonEmpty(c.title)) issues.push({ path: 'title', message: 'required' });
  const hasContent = c.sha256 !== '' || c.storageRef !== '';
  if (c.sha256 !== '' && !SHA256_HEX.test(c.sha256)) issues.push({ path: 'sha256', message: 'expected a lower-case hex SHA-256' });
  if (hasContent && c.sha256 === '') issues.push({ path: 'sha256', message: 'required with a storage reference' });
  if (hasContent && c.storageRef === '') issues.push({ path: 'storage_ref', message: 'required with a content hash' });
  if (!hasContent && c.kind !== 'physical_sample')
    issues.push({ path: 'sha256', message: `a ${c.kind} item needs its content (only a physical sample may come without a file)` });
  if (!hasContent && c.size > 0) issues.push({ path: 'size', message: 'an item without content has size 0' });
  if (!directory.unit(c.collectedByUnitId)) issues.push({ path: 'collected_by_unit_id', message: `unknown unit "${c.collectedByUnitId}"` });
  const collector = directory.officer(c.collectedByOfficerId);
  if (!collector) issues.push({ path: 'collected_by_officer_id', message: `unknown officer "${c.collectedByOfficerId}"` });
  else if (collector.unitId !== c.collectedByUnitId)
    issues.push({ path: 'collected_by_officer_id', message: `officer "${c.collectedByOfficerId}" is not of unit ${c.collectedByUnitId}` });
  if (!isRfc3339(c.collectedAt)) issues.push({ path: 'collected_at', message: 'an RFC 3339 time' });
  else if (Date.parse(c.collectedAt) > Date.parse(c.now)) issues.push({ path: 'collected_at', message: 'cannot be in the future' });
  if ((c.leadId === '') === (c.operationId === ''))
    issues.push({ path: 'lead_id', message: 'exactly one of lead_id and operation_id names the record the item belongs to' });
  else if (c.leadId !== '' && !LEAD_ID.test(c.leadId)) issues.push({ path: 'lead_id', message: 'expected lead-<uuid>' });
  else if (c.operationId !== '' && !OPERATION_ID.test(c.operationId))
    issues.push({ path: 'operation_id', message: 'expected operation-<uuid>' });
  else {
    const path = c.leadId ? 'lead_id' : 'operation_id';
    const id = c.leadId || c.operationId;
    if (!c.linked) issues.push({ path, message: `unknown ${c.leadId ? 'lead' : 'operation'} "${id}"` });
    else if (c.linked.ownerUnitId !== c.actor.unitId && !c.linked.participantUnitIds.includes(c.actor.unitId))
      issues.push({ path, message: `unit ${c.actor.unitId} takes no part in ${id}` });
  }
  if (c.handling.code !== 'RED' && c.handling.namedOfficerIds.length > 0)
    issues.push({ path: 'handling.named_officer_ids', message: 'only RED items name officers' });
  c.handling.namedOfficerIds.forEach((id, i) => {
    if (!directory.officer(id)) issues.push({ path: `handling.named_officer_ids[${i}]`, message: `unknown officer "${id}"` });
  });
  fail(issues);
  return evidenceEvent('EvidenceRegistered', {
    evidenceId: c.evidenceId,
    kind: c.kind,
    title: c.title.trim(),
    description: c.description,
    sha256: c.sha256,
    size: c.size,
    mediaType: c.mediaType,
    fileName: c.fileName,
    storageRef: c.storageRef,
    ownerUnitId: c.actor.unitId,
    registeredByOfficerId: c.actor.officerId,
    collectedByUnitId: c.collectedByUnitId,
    collectedByOfficerId: c.collectedByOfficerId,
    collectedAt: canonical(c.collectedAt),
    collectedPlace: c.collectedPlace,
    collectionMethod: c.collectionMethod,
    leadId: c.leadId,
    operationId: c.operationId,
    handling: c.handling,
    registeredAt: c.now,
  });
}
