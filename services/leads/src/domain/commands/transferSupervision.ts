import { type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { LeadState } from '../lead';
import { authorise, checkNamedOfficers, contractIssues, due, fail, type LeadDeciderDependencies, nonEmpty, requireStage } from '../rules';
import { openWindow } from './policeTransfer';
import type { CommandOf } from '.';

/**
 * Case-filing supervision by the Procuratorate (立案监督, Decree No. 310 art. 9 and 14; ADR 0014):
 * after a police refusal the agency may, instead of asking for reconsideration or after a
 * maintained one, ask a Procuratorate unit to supervise; that unit joins the lead, answers within
 * its limit, and may ask the police for their reasons or require them to open the case.
 */

/**
 * RequestProcuratorateSupervision (owner), as art. 9 reads: after a refusal the agency may ask
 * the police to reconsider within 3 days *or* ask the Procuratorate to supervise — the 3 days bind
 * the reconsideration only, so this stays open after that window closed unused; after a maintained
 * reconsideration it must come within its own window (art. 9 para. 2).
 */
export function requestProcuratorateSupervision(
  c: CommandOf<'RequestProcuratorateSupervision'>,
  state: LeadState,
  deps: LeadDeciderDependencies,
): LeadEvent {
  authorise(state, c, 'owner');
  requireStage(state, c, 'police_declined', 'reconsideration_maintained');
  const issues: FieldIssue[] = contractIssues(c);
  const unit = deps.directory.unit(c.procuratorateUnitId);
  if (!unit) issues.push({ path: 'procuratorate_unit_id', message: `unknown unit "${c.procuratorateUnitId}"` });
  else if (unit.agency !== 'procuratorate')
    issues.push({ path: 'procuratorate_unit_id', message: `"${c.procuratorateUnitId}" is not a procuratorate unit` });
  if (!nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'required' });
  // RED names officers: the Procuratorate sees the case only through a named procurator.
  if (unit?.agency === 'procuratorate')
    checkNamedOfficers(deps.directory, state.handling.code, [c.procuratorateUnitId], c.namedOfficerIds, 'named_officer_ids', issues);
  fail(issues);
  if (state.transfer.stage === 'reconsideration_maintained') openWindow(state, c, ['supervision_request']);
  const d = due(deps, 'supervisionAnswer', c.now);
  return leadEvent('ProcuratorateSupervisionRequested', {
    procuratorateUnitId: c.procuratorateUnitId,
    reason: c.reason,
    at: c.now,
    answerDueAt: d.dueAt,
    answerDueRule: d.rule,
    namedOfficerIds: c.namedOfficerIds,
  });
}

/**
 * AnswerSupervision (a procurator of the unit asked): `reasons_requested` gives the police their
 * limit to state reasons, `opening_required` their limit to open the case; `refusal_upheld` ends
 * the line.
 */
export function answerSupervision(c: CommandOf<'AnswerSupervision'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'procuratorate', { evenIfClosed: true });
  requireStage(state, c, 'supervision_requested');
  fail(contractIssues(c));
  if (c.outcome !== 'opening_required' && !nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  const police =
    c.outcome === 'reasons_requested'
      ? due(deps, 'policeReasons', c.now)
      : c.outcome === 'opening_required'
        ? due(deps, 'policeOpening', c.now)
        : null;
  return leadEvent('SupervisionAnswered', {
    procuratorateUnitId: c.actor.unitId,
    outcome: c.outcome,
    reason: c.reason,
    at: c.now,
    policeDueAt: police?.dueAt ?? null,
    ...(police ? { policeDueRule: police.rule } : {}),
  });
}

/** StatePoliceReasons (police): the reasons the Procuratorate asked for; it answers again within its limit. */
export function statePoliceReasons(c: CommandOf<'StatePoliceReasons'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent {
  authorise(state, c, 'police', { evenIfClosed: true });
  requireStage(state, c, 'police_reasons_requested');
  fail(contractIssues(c));
  if (!nonEmpty(c.reasons)) throw ValidationError.field('reasons', 'required');
  const d = due(deps, 'supervisionAnswer', c.now);
  return leadEvent('PoliceReasonsStated', {
    policeUnitId: c.actor.unitId,
    reasons: c.reasons,
    at: c.now,
    answerDueAt: d.dueAt,
    answerDueRule: d.rule,
  });
}

/** RecordPoliceOpening (police): the case is opened after a reversed reconsideration or at the Procuratorate's demand. */
export function recordPoliceOpening(c: CommandOf<'RecordPoliceOpening'>, state: LeadState): LeadEvent {
  authorise(state, c, 'police', { evenIfClosed: true });
  requireStage(state, c, 'reconsideration_reversed', 'police_opening_required');
  fail(contractIssues(c));
  if (!nonEmpty(c.caseNumber)) throw ValidationError.field('case_number', 'the opened case needs its number');
  return leadEvent('PoliceOpeningRecorded', { policeUnitId: c.actor.unitId, caseNumber: c.caseNumber, reason: c.reason, at: c.now });
}
