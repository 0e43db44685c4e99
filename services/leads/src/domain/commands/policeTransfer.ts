import { courtUseAllowed, type DeadlineKind, type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, ValidationError } from '@liaison/platform';
import { deadlineKey, type DeadlineState, type LeadState } from '../lead';
import { authorise, checkNamedOfficers, contractIssues, due, fail, type LeadDeciderDependencies, nonEmpty, requireStage } from '../rules';
import type { CommandOf } from '.';

/**
 * The criminal-transfer track as Decree No. 310 reads it (ADR 0014), one statutory limit per
 * step: FlagSuspectedCrime → DecideTransfer (→ RevisitTransferDecision on new facts) →
 * HandOverToPolice (the originator's consent when court use is restricted; RED: a named police
 * officer) → RecordPoliceDecision (police) → on a refusal the agency *may*, within its window,
 * RequestReconsideration → AnswerReconsideration (police), or ask the Procuratorate to supervise
 * (./transferSupervision.ts). The police's answers are accepted on a closed lead too: closing
 * the agency's file does not end the police's duty.
 */

/** The agency's open window of one of `kinds` (a right, ADR 0014), or a refusal saying why there is none. */
export function openWindow(state: LeadState, c: { type: string; now: string }, kinds: DeadlineKind[]): DeadlineState {
  for (const kind of kinds) {
    const window = state.deadlines[deadlineKey(kind, state.ownerUnitId)];
    if (!window || window.resolved) continue;
    if (Date.parse(c.now) > Date.parse(window.dueAt))
      throw new InvalidTransitionError(`${c.type}: the ${kind.replace(/_/g, ' ')} window closed at ${window.dueAt}`, 'window_closed');
    return window;
  }
  throw new InvalidTransitionError(
    `${c.type}: no ${kinds.map((k) => k.replace(/_/g, ' ')).join(' or ')} window is open`,
    state.transfer.stage,
  );
}

export function flagSuspectedCrime(c: CommandOf<'FlagSuspectedCrime'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'none');
  fail(contractIssues(c));
  const d = due(deps, 'transferDecision', c.now);
  return leadEvent('SuspectedCrimeFlagged', { reason: c.reason, at: c.now, decisionDueAt: d.dueAt, decisionDueRule: d.rule });
}

export function decideTransfer(c: CommandOf<'DecideTransfer'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'suspected');
  fail(contractIssues(c));
  if (!c.transfer && !nonEmpty(c.reasons)) throw ValidationError.field('reasons', 'a decision not to transfer needs reasons');
  return leadEvent('TransferDecided', {
    transfer: c.transfer,
    reasons: c.reasons,
    at: c.now,
    handOverDueAt: c.transfer ? due(deps, 'handOver', c.now).dueAt : null,
    ...(c.transfer ? { handOverDueRule: due(deps, 'handOver', c.now).rule } : {}),
  });
}

export function handOverToPolice(c: CommandOf<'HandOverToPolice'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'decided_transfer');
  const issues: FieldIssue[] = contractIssues(c);
  const police = deps.directory.unit(c.policeUnitId);
  if (!police) issues.push({ path: 'police_unit_id', message: `unknown unit "${c.policeUnitId}"` });
  else if (!police.police) issues.push({ path: 'police_unit_id', message: `"${c.policeUnitId}" is not a police unit` });
  if (!nonEmpty(c.facts)) issues.push({ path: 'facts', message: 'required' });
  if (!(c.amountInvolved >= 0)) issues.push({ path: 'amount_involved', message: 'zero or more yuan' });
  c.evidenceRefs.forEach((ref, i) => {
    if (!nonEmpty(ref)) issues.push({ path: `evidence_refs[${i}]`, message: 'empty reference' });
  });
  // RED names officers: the police unit gets the case only with at least one of its officers named.
  if (police?.police)
    checkNamedOfficers(deps.directory, state.handling.code, [c.policeUnitId], c.namedOfficerIds, 'named_officer_ids', issues);
  fail(issues);
  if (!courtUseAllowed(state.handling, Object.values(state.courtUseConsents), c.policeUnitId))
    throw new ForbiddenError(
      `this lead may not be used in court without the originator's consent: ask with RequestCourtUseConsent for ${c.policeUnitId} first`,
    );
  return leadEvent('LeadHandedOverToPolice', {
    policeUnitId: c.policeUnitId,
    facts: c.facts,
    amountInvolved: c.amountInvolved,
    evidenceRefs: c.evidenceRefs,
    at: c.now,
    policeDecisionDueAt: due(deps, 'policeDecision', c.now).dueAt,
    policeDecisionDueRule: due(deps, 'policeDecision', c.now).rule,
    namedOfficerIds: c.namedOfficerIds,
  });
}

export function recordPoliceDecision(c: CommandOf<'RecordPoliceDecision'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'party', { evenIfClosed: true });
  requireStage(state, c, 'handed_over');
  authorise(state, c, 'police', { evenIfClosed: true });
  const issues: FieldIssue[] = contractIssues(c);
  if (c.decision === 'declined' && !nonEmpty(c.reason))
    issues.push({ path: 'reason', message: 'a decision not to open a case needs a reason' });
  fail(issues);
  return leadEvent('PoliceDecisionRecorded', {
    policeUnitId: c.actor.unitId,
    decision: c.decision,
    reason: c.reason,
    caseNumber: c.caseNumber,
    at: c.now,
    reconsiderationRequestDueAt: c.decision === 'declined' ? due(deps, 'reconsiderationRequest', c.now).dueAt : null,
    ...(c.decision === 'declined' ? { reconsiderationRequestDueRule: due(deps, 'reconsiderationRequest', c.now).rule } : {}),
  });
}

export function requestReconsideration(c: CommandOf<'RequestReconsideration'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'police_declined');
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  openWindow(state, c, ['reconsideration_request']);
  const d = due(deps, 'reconsiderationAnswer', c.now);
  return leadEvent('ReconsiderationRequested', { reason: c.reason, at: c.now, answerDueAt: d.dueAt, answerDueRule: d.rule });
}

/**
 * AnswerReconsideration (police): `reversed` means the police now open the case, which they
 * record (RecordPoliceOpening) within the opening limit; `maintained` opens the agency's window to
 * ask the Procuratorate for case-filing supervision (Decree No. 310, art. 9 para. 2).
 */
export function answerReconsideration(c: CommandOf<'AnswerReconsideration'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'party', { evenIfClosed: true });
  requireStage(state, c, 'reconsideration_requested');
  authorise(state, c, 'police', { evenIfClosed: true });
  fail(contractIssues(c));
  const next = due(deps, c.answer === 'reversed' ? 'policeOpening' : 'supervisionRequest', c.now);
  return leadEvent('ReconsiderationAnswered', {
    answer: c.answer,
    reason: c.reason,
    at: c.now,
    openingDueAt: c.answer === 'reversed' ? next.dueAt : null,
    supervisionRequestDueAt: c.answer === 'maintained' ? next.dueAt : null,
    ...(c.answer === 'reversed' ? { openingDueRule: next.rule } : { supervisionRequestDueRule: next.rule }),
  });
}

/**
 * RevisitTransferDecision (owner): new facts reopen a decision not to transfer; the lead is a
 * suspected crime again, with a new decision deadline from now.
 */
export function revisitTransferDecision(
  c: CommandOf<'RevisitTransferDecision'>,
  state: LeadState,
  deps: LeadDeciderDependencies,
): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'decided_not_to_transfer');
  fail(contractIssues(c));
  if (!nonEmpty(c.newFacts)) throw ValidationError.field('new_facts', 'a revisited decision needs the new facts');
  const d = due(deps, 'transferDecision', c.now);
  return leadEvent('TransferDecisionRevisited', { newFacts: c.newFacts, at: c.now, decisionDueAt: d.dueAt, decisionDueRule: d.rule });
}
