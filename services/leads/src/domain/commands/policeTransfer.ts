import { type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { LeadState } from '../lead';
import { addMs } from '../model';
import { authorise, contractIssues, fail, type LeadDeciderDependencies, nonEmpty, requireStage } from '../rules';
import type { CommandOf } from '.';

/**
 * The criminal-transfer track, one statutory limit per step: FlagSuspectedCrime → DecideTransfer
 * → HandOverToPolice → RecordPoliceDecision (police) → RequestReconsideration → AnswerReconsideration (police).
 */

export function flagSuspectedCrime(c: CommandOf<'FlagSuspectedCrime'>, state: LeadState, { limits }: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'none');
  fail(contractIssues(c));
  return leadEvent('SuspectedCrimeFlagged', { reason: c.reason, at: c.now, decisionDueAt: addMs(c.now, limits.transferDecisionMs) });
}

export function decideTransfer(c: CommandOf<'DecideTransfer'>, state: LeadState, { limits }: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'suspected');
  fail(contractIssues(c));
  if (!c.transfer && !nonEmpty(c.reasons)) throw ValidationError.field('reasons', 'a decision not to transfer needs reasons');
  return leadEvent('TransferDecided', {
    transfer: c.transfer,
    reasons: c.reasons,
    at: c.now,
    handOverDueAt: c.transfer ? addMs(c.now, limits.handOverMs) : null,
  });
}

export function handOverToPolice(
  c: CommandOf<'HandOverToPolice'>,
  state: LeadState,
  { directory, limits }: LeadDeciderDependencies,
): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'decided_transfer');
  const issues: FieldIssue[] = contractIssues(c);
  const police = directory.unit(c.policeUnitId);
  if (!police) issues.push({ path: 'police_unit_id', message: `unknown unit "${c.policeUnitId}"` });
  else if (!police.police) issues.push({ path: 'police_unit_id', message: `"${c.policeUnitId}" is not a police unit` });
  if (!nonEmpty(c.facts)) issues.push({ path: 'facts', message: 'required' });
  if (!(c.amountInvolved >= 0)) issues.push({ path: 'amount_involved', message: 'zero or more yuan' });
  c.evidenceRefs.forEach((ref, i) => {
    if (!nonEmpty(ref)) issues.push({ path: `evidence_refs[${i}]`, message: 'empty reference' });
  });
  fail(issues);
  return leadEvent('LeadHandedOverToPolice', {
    policeUnitId: c.policeUnitId,
    facts: c.facts,
    amountInvolved: c.amountInvolved,
    evidenceRefs: c.evidenceRefs,
    at: c.now,
    policeDecisionDueAt: addMs(c.now, limits.policeDecisionMs),
  });
}

export function recordPoliceDecision(
  c: CommandOf<'RecordPoliceDecision'>,
  state: LeadState,
  { limits }: LeadDeciderDependencies,
): LeadEvent {
  authorise(state, c, 'party');
  requireStage(state, c, 'handed_over');
  authorise(state, c, 'police');
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
    reconsiderationRequestDueAt: c.decision === 'declined' ? addMs(c.now, limits.reconsiderationRequestMs) : null,
  });
}

export function requestReconsideration(
  c: CommandOf<'RequestReconsideration'>,
  state: LeadState,
  { limits }: LeadDeciderDependencies,
): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'police_declined');
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  return leadEvent('ReconsiderationRequested', { reason: c.reason, at: c.now, answerDueAt: addMs(c.now, limits.reconsiderationAnswerMs) });
}

export function answerReconsideration(c: CommandOf<'AnswerReconsideration'>, state: LeadState): LeadEvent {
  authorise(state, c, 'party');
  requireStage(state, c, 'reconsideration_requested');
  authorise(state, c, 'police');
  fail(contractIssues(c));
  return leadEvent('ReconsiderationAnswered', { answer: c.answer, reason: c.reason, at: c.now });
}
