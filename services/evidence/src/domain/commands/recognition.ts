import {
  namedOfficerIssues,
  courtUseAllowed,
  courtUseConsents,
  evidenceEvent,
  type EvidenceEvent,
  type FieldIssue,
  type RecognitionDecision,
  type RecognitionRequestState,
} from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { EvidenceState } from '../evidence';
import {
  authorise,
  checkUnits,
  contractIssues,
  type EvidenceDeciderDependencies,
  fail,
  linkedRecordOf,
  nonEmpty,
  requireOwner,
} from '../rules';
import type { CommandOf } from '.';

/**
 * Mutual recognition (证据互认): the registering unit asks units that take part in the item's
 * lead or operation to recognise it for a purpose; each target unit answers once (Recognise,
 * RecogniseWithConditions, RejectRecognition), and a changed mind is a RevokeRecognition of a
 * recognition. An item whose content failed verification (and was not verified since) or whose
 * hash chain is broken cannot be recognised; court use of an item marked
 * no_court_use_without_consent needs the originator's consent for the recognising unit first.
 */

export function requestRecognition(
  c: CommandOf<'RequestRecognition'>,
  state: EvidenceState,
  { directory }: EvidenceDeciderDependencies,
): EvidenceEvent {
  authorise(state, c);
  requireOwner(state, c);
  const issues: FieldIssue[] = contractIssues(c);
  checkUnits(directory, c.targetUnitIds, 'target_unit_ids', issues);
  const linked = linkedRecordOf(state);
  if (!c.linked) issues.push({ path: linked.path, message: `the ${linked.id} is no longer visible to unit ${c.actor.unitId}` });
  const parties = c.linked ? new Set([c.linked.ownerUnitId, ...c.linked.participantUnitIds]) : new Set<string>();
  c.targetUnitIds.forEach((unitId, i) => {
    if (unitId === state.ownerUnitId) issues.push({ path: `target_unit_ids[${i}]`, message: 'the registering unit cannot be asked' });
    else if (c.linked && !parties.has(unitId))
      issues.push({ path: `target_unit_ids[${i}]`, message: `unit ${unitId} takes no part in ${linked.id}` });
  });
  issues.push(
    ...namedOfficerIssues(directory, {
      code: state.handling.code,
      record: 'item',
      unitIds: c.targetUnitIds,
      namedOfficerIds: c.namedOfficerIds,
      path: 'named_officer_ids',
    }),
  );
  if (state.requests[c.requestId]) issues.push({ path: 'command_id', message: 'a request of this id exists' });
  fail(issues);
  return evidenceEvent('RecognitionRequested', {
    requestId: c.requestId,
    purpose: c.purpose,
    targetUnitIds: c.targetUnitIds,
    namedOfficerIds: c.namedOfficerIds,
    note: c.note,
    requestedByUnitId: c.actor.unitId,
    requestedByOfficerId: c.actor.officerId,
    at: c.now,
  });
}

/** The request the caller's unit answers: the one named, or the only one awaiting the unit when none is named. */
function requestFor(
  state: EvidenceState,
  c: { requestId: string; actor: { unitId: string }; evidenceId: string },
  awaiting: (d: RecognitionDecision) => boolean,
): { request: RecognitionRequestState; decision: RecognitionDecision } {
  const unit = c.actor.unitId;
  let request: RecognitionRequestState | undefined;
  if (c.requestId) {
    request = state.requests[c.requestId];
    if (!request) throw ValidationError.field('request_id', `no recognition request "${c.requestId}" on ${c.evidenceId}`);
  } else {
    const candidates = Object.values(state.requests).filter((r) => r.decisions.some((d) => d.unitId === unit && awaiting(d)));
    if (candidates.length !== 1)
      throw ValidationError.field(
        'request_id',
        candidates.length === 0 ? `nothing awaits unit ${unit}` : 'several requests await: name one',
      );
    request = candidates[0]!;
  }
  const decision = request.decisions.find((d) => d.unitId === unit);
  if (!decision) throw new ForbiddenError(`unit ${unit} was not asked to recognise ${c.evidenceId} in ${request.requestId}`);
  return { request, decision };
}

/** The checks before any recognition (plain or conditional). */
function mayRecognise(c: CommandOf<'Recognise'> | CommandOf<'RecogniseWithConditions'>, state: EvidenceState) {
  authorise(state, c);
  const found = requestFor(state, c, (d) => d.status === 'pending');
  if (found.decision.status !== 'pending')
    throw new InvalidTransitionError(
      `unit ${c.actor.unitId} has answered ${found.request.requestId} already (${found.decision.status}); a changed mind is a revocation`,
      'already_answered',
    );
  if (state.integrity === 'mismatch')
    throw new InvalidTransitionError(`the content of ${c.evidenceId} failed verification and was not verified since`, 'integrity_mismatch');
  if (!c.chainIntact)
    throw new InvalidTransitionError(`the recorded history of ${c.evidenceId} fails hash-chain verification`, 'chain_broken');
  if (found.request.purpose === 'court' && !courtUseAllowed(state.handling, courtUseConsents(state.courtUseConsentUnitIds), c.actor.unitId))
    throw new InvalidTransitionError(
      `${c.evidenceId} is marked no court use without consent: the registering unit records its consent for ${c.actor.unitId} first`,
      'court_use_consent_required',
    );
  return found;
}

export function recognise(c: CommandOf<'Recognise'>, state: EvidenceState): EvidenceEvent {
  const { request } = mayRecognise(c, state);
  fail(contractIssues(c));
  return evidenceEvent('Recognised', {
    requestId: request.requestId,
    unitId: c.actor.unitId,
    officerId: c.actor.officerId,
    note: c.note,
    at: c.now,
  });
}

export function recogniseWithConditions(c: CommandOf<'RecogniseWithConditions'>, state: EvidenceState): EvidenceEvent {
  const { request } = mayRecognise(c, state);
  const issues = contractIssues(c);
  const conditions = c.conditions.map((s) => s.trim()).filter(nonEmpty);
  if (conditions.length === 0) issues.push({ path: 'conditions', message: 'at least one condition' });
  fail(issues);
  return evidenceEvent('RecognisedWithConditions', {
    requestId: request.requestId,
    unitId: c.actor.unitId,
    officerId: c.actor.officerId,
    conditions,
    note: c.note,
    at: c.now,
  });
}

/** A rejection needs no verified content (refusing a doubtful item is always allowed), only a reason. */
export function rejectRecognition(c: CommandOf<'RejectRecognition'>, state: EvidenceState): EvidenceEvent {
  authorise(state, c);
  const { request, decision } = requestFor(state, c, (d) => d.status === 'pending');
  if (decision.status !== 'pending')
    throw new InvalidTransitionError(
      `unit ${c.actor.unitId} has answered ${request.requestId} already (${decision.status})`,
      'already_answered',
    );
  const issues = contractIssues(c);
  if (!nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'a rejection needs a reason' });
  fail(issues);
  return evidenceEvent('RecognitionRejected', {
    requestId: request.requestId,
    unitId: c.actor.unitId,
    officerId: c.actor.officerId,
    reason: c.reason.trim(),
    at: c.now,
  });
}

export function revokeRecognition(c: CommandOf<'RevokeRecognition'>, state: EvidenceState): EvidenceEvent {
  authorise(state, c);
  const recognised = (d: RecognitionDecision) => d.status === 'recognised' || d.status === 'recognised_with_conditions';
  const { request, decision } = requestFor(state, c, recognised);
  if (!recognised(decision))
    throw new InvalidTransitionError(`unit ${c.actor.unitId} has not recognised ${c.evidenceId} in ${request.requestId}`, decision.status);
  const issues = contractIssues(c);
  if (!nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'a revocation needs a reason' });
  fail(issues);
  return evidenceEvent('RecognitionRevoked', {
    requestId: request.requestId,
    unitId: c.actor.unitId,
    officerId: c.actor.officerId,
    reason: c.reason.trim(),
    at: c.now,
  });
}

/** RecordCourtUseConsent: the registering unit consents that these units may use an item marked no_court_use_without_consent in court. */
export function recordCourtUseConsent(
  c: CommandOf<'RecordCourtUseConsent'>,
  state: EvidenceState,
  { directory }: EvidenceDeciderDependencies,
): EvidenceEvent {
  authorise(state, c);
  requireOwner(state, c);
  if (!state.handling.noCourtUseWithoutConsent)
    throw new InvalidTransitionError(`${c.evidenceId} is not marked no court use without consent`, 'no_consent_needed');
  const issues = contractIssues(c);
  checkUnits(directory, c.unitIds, 'unit_ids', issues);
  fail(issues);
  return evidenceEvent('CourtUseConsentRecorded', { unitIds: c.unitIds, officerId: c.actor.officerId, note: c.note, at: c.now });
}
