import type { EventEnvelope } from '../envelope';
import type { LeadEvent } from './events';
import type { DeadlineKind } from './reference';

/**
 * Which deadlines a leads event sets, meets and ends (ADR 0013, ADR 0014), decided once here: the
 * leads service's lead view (and with it its accountability register) and the meetings service's
 * compliance figures and agenda proposals fold the same answer. Pure.
 *
 * A deadline is identified by its kind, its responsible unit and, for co-handling, its task; a
 * `met`/`ended` without `taskId` applies to every task of the unit (tasks recorded before ids).
 */
export interface DeadlineRef {
  kind: DeadlineKind;
  unitId: string;
  taskId?: string;
}
export interface DeadlineSet extends DeadlineRef {
  dueAt: string;
  /** The rule that produced dueAt ('' on events recorded before rules were). */
  rule: string;
}
export interface LeadDeadlineChanges {
  /** Answered by the act this event records (in this order: met and ended first, then set). */
  met: DeadlineRef[];
  /** Ended without an answer (closing the lead, a right's window closing unused). */
  ended: DeadlineRef[];
  /** A close recorded before ADR 0014 (no endedDeadlines) ended every open deadline. */
  endsAll: boolean;
  set: DeadlineSet[];
  /** The act's own time when the event has one, else when it was recorded. */
  at: string;
}

/** The units a deadline belongs to that the event itself does not name: as the lead stood before it. */
export interface LeadDeadlineParties {
  ownerUnitId: string;
  policeUnitId: string;
  procuratorateUnitId: string;
}

const none = (): Omit<LeadDeadlineChanges, 'at'> => ({ met: [], ended: [], endsAll: false, set: [] });
const due = (kind: DeadlineKind, unitId: string, dueAt: string | null | undefined, rule: string | null | undefined): DeadlineSet[] =>
  dueAt ? [{ kind, unitId, dueAt, rule: rule ?? '' }] : [];

function changes(p: LeadDeadlineParties, e: LeadEvent): Omit<LeadDeadlineChanges, 'at'> {
  const c = none();
  switch (e.type) {
    case 'LeadShared':
      return { ...c, set: e.data.unitIds.flatMap((u) => due('acknowledge', u, e.data.acknowledgeDueAt, e.data.acknowledgeDueRule)) };
    case 'LeadAcknowledged':
    case 'LeadAccepted':
    case 'LeadDeclined':
      return { ...c, met: [{ kind: 'acknowledge', unitId: e.data.unitId }] };
    case 'LeadAssignedForCoHandling':
      return {
        ...c,
        set: e.data.tasks.flatMap((t) =>
          t.dueAt ? [{ kind: 'co_handling_task' as const, unitId: t.unitId, dueAt: t.dueAt, rule: t.dueRule ?? '', taskId: t.taskId }] : [],
        ),
      };
    case 'LeadFeedbackRecorded':
      return { ...c, met: [{ kind: 'co_handling_task', unitId: e.data.unitId, ...(e.data.taskId ? { taskId: e.data.taskId } : {}) }] };
    case 'SuspectedCrimeFlagged':
      return { ...c, set: due('transfer_decision', p.ownerUnitId, e.data.decisionDueAt, e.data.decisionDueRule) };
    case 'TransferDecisionRevisited':
      return { ...c, set: due('transfer_decision', p.ownerUnitId, e.data.decisionDueAt, e.data.decisionDueRule) };
    case 'TransferDecided':
      return {
        ...c,
        met: [{ kind: 'transfer_decision', unitId: p.ownerUnitId }],
        set: e.data.transfer ? due('hand_over', p.ownerUnitId, e.data.handOverDueAt, e.data.handOverDueRule) : [],
      };
    case 'LeadHandedOverToPolice':
      return {
        ...c,
        met: [{ kind: 'hand_over', unitId: p.ownerUnitId }],
        set: due('police_decision', e.data.policeUnitId, e.data.policeDecisionDueAt, e.data.policeDecisionDueRule),
      };
    case 'PoliceDecisionRecorded':
      return {
        ...c,
        met: [{ kind: 'police_decision', unitId: e.data.policeUnitId }],
        set:
          e.data.decision === 'declined'
            ? due('reconsideration_request', p.ownerUnitId, e.data.reconsiderationRequestDueAt, e.data.reconsiderationRequestDueRule)
            : [],
      };
    case 'ReconsiderationRequested':
      return {
        ...c,
        met: [{ kind: 'reconsideration_request', unitId: p.ownerUnitId }],
        set: due('reconsideration_answer', p.policeUnitId, e.data.answerDueAt, e.data.answerDueRule),
      };
    case 'ReconsiderationAnswered':
      return {
        ...c,
        met: [{ kind: 'reconsideration_answer', unitId: p.policeUnitId }],
        set: e.data.openingDueAt
          ? due('police_opening', p.policeUnitId, e.data.openingDueAt, e.data.openingDueRule)
          : due('supervision_request', p.ownerUnitId, e.data.supervisionRequestDueAt, e.data.supervisionRequestDueRule),
      };
    case 'LeadClosed':
      return e.data.endedDeadlines
        ? { ...c, ended: e.data.endedDeadlines.map((d) => ({ kind: d.kind, unitId: d.unitId, ...(d.taskId ? { taskId: d.taskId } : {}) })) }
        : { ...c, endsAll: true };
    case 'TransferWindowClosed':
      return { ...c, ended: [{ kind: e.data.kind, unitId: e.data.unitId }] };
    case 'ProcuratorateSupervisionRequested':
      return {
        ...c,
        // Asking the Procuratorate uses the right: the reconsideration window (after a refusal) or the supervision window closes.
        met: [
          { kind: 'reconsideration_request', unitId: p.ownerUnitId },
          { kind: 'supervision_request', unitId: p.ownerUnitId },
        ],
        set: due('supervision_answer', e.data.procuratorateUnitId, e.data.answerDueAt, e.data.answerDueRule),
      };
    case 'SupervisionAnswered':
      return {
        ...c,
        met: [{ kind: 'supervision_answer', unitId: e.data.procuratorateUnitId }],
        set: due(
          e.data.outcome === 'reasons_requested' ? 'police_reasons' : 'police_opening',
          p.policeUnitId,
          e.data.policeDueAt,
          e.data.policeDueRule,
        ),
      };
    case 'PoliceReasonsStated':
      return {
        ...c,
        met: [{ kind: 'police_reasons', unitId: e.data.policeUnitId }],
        set: due('supervision_answer', p.procuratorateUnitId, e.data.answerDueAt, e.data.answerDueRule),
      };
    case 'PoliceOpeningRecorded':
      return { ...c, met: [{ kind: 'police_opening', unitId: e.data.policeUnitId }] };
    default:
      return c;
  }
}

/** The deadline changes of one leads event (validated with the leads registry). */
export function leadDeadlineChanges(parties: LeadDeadlineParties, envelope: EventEnvelope): LeadDeadlineChanges {
  const at = (envelope.data as { at?: unknown }).at;
  return {
    ...changes(parties, { type: envelope.type, data: envelope.data } as LeadEvent),
    at: typeof at === 'string' && at ? at : envelope.occurredAt,
  };
}
