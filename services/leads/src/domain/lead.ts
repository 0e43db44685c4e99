import { type CourtUseConsent, type EventEnvelope, type LeadEvent, type LeadEventData, leadParticipantUnitIds } from '@liaison/contracts';
import type { DeadlineKind, Grading, Handling, Location, RecipientStatus, Subject, TransferStage } from './model';
import type { LeadAccess } from './policy';

/**
 * A lead's state as its decisions need it, and `evolve`, which folds its events into it. The
 * decisions live one file per command (or command group) in ./commands, dispatched by
 * ./lead-decider.ts.
 */
export interface RecipientState {
  status: RecipientStatus;
  sharedAt: string;
  acknowledgeDueAt: string;
}
export interface DeadlineState {
  kind: DeadlineKind;
  unitId: string;
  dueAt: string;
  resolved: boolean;
  breached: boolean;
  /** The rule that produced dueAt (ADR 0013); '' on deadlines recorded before rules were. */
  rule: string;
  /** A co-handling task's id: each task has its own deadline. */
  taskId?: string;
}
export interface CourtUseConsentState extends CourtUseConsent {
  requestedByUnitId: string;
}
export interface LeadState {
  exists: boolean;
  leadId: string;
  status: 'none' | 'posted' | 'shared' | 'in_progress' | 'closed';
  ownerUnitId: string;
  postedByOfficerId: string;
  handling: Handling;
  grading: Grading;
  recipients: Record<string, RecipientState>;
  coHandlingUnitIds: string[];
  /** Co-handling tasks by id (`task-<n>`, n counting every task assigned on the lead) → unit. */
  coHandlingTasks: Record<string, string>;
  onwardRequests: Record<string, { requestedByUnitId: string; unitIds: string[]; status: 'pending' | 'approved' | 'refused' }>;
  /** The transfer line (ADR 0014): the police unit handed the case, the Procuratorate unit asked to supervise. */
  transfer: { stage: TransferStage; policeUnitId: string; procuratorateUnitId: string };
  /** Requests for the originator's consent to court use (noCourtUseWithoutConsent), by request id. */
  courtUseConsents: Record<string, CourtUseConsentState>;
  /** Keyed by deadlineKey: `<kind>:<unitId>`, and `:<taskId>` for a co-handling task. */
  deadlines: Record<string, DeadlineState>;
  links: string[];
  possibleDuplicates: string[];
  /** Kept for LeadEscalated, which carries them to the operations service. */
  title: string;
  subject: Subject;
  location: Location;
  /** Operations whose outcome is recorded on this lead. */
  operationOutcomes: string[];
}

export const initialLeadState = (): LeadState => ({
  exists: false,
  leadId: '',
  status: 'none',
  ownerUnitId: '',
  postedByOfficerId: '',
  handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  grading: { sourceReliability: 'X', information: 4 },
  recipients: {},
  coHandlingUnitIds: [],
  coHandlingTasks: {},
  onwardRequests: {},
  transfer: { stage: 'none', policeUnitId: '', procuratorateUnitId: '' },
  courtUseConsents: {},
  deadlines: {},
  links: [],
  possibleDuplicates: [],
  operationOutcomes: [],
  title: '',
  subject: { enterpriseName: '', creditCode: '', personName: '', onlineShop: '', url: '' },
  location: { jurisdiction: '', address: '', coordinates: null },
});

export const deadlineKey = (kind: DeadlineKind, unitId: string, taskId?: string) =>
  taskId ? `${kind}:${unitId}:${taskId}` : `${kind}:${unitId}`;

/**
 * The units taking part, by the one rule of @liaison/contracts (leadParticipantUnitIds): a
 * recipient that declined has left and is no longer among them.
 */
export const participantUnitIds = (state: Pick<LeadState, 'recipients' | 'coHandlingUnitIds' | 'transfer'>): string[] =>
  leadParticipantUnitIds({
    recipients: Object.entries(state.recipients).map(([unitId, r]) => ({ unitId, status: r.status })),
    coHandlingUnitIds: state.coHandlingUnitIds,
    policeUnitId: state.transfer.policeUnitId,
    procuratorateUnitId: state.transfer.procuratorateUnitId,
  });

/** A recipient that has not declined: it may answer, share onward and ask to (a declined unit has left). */
export const isActiveRecipient = (state: Pick<LeadState, 'recipients'>, unitId: string): boolean =>
  unitId in state.recipients && state.recipients[unitId]!.status !== 'declined';

/** RED: who is named after a share (its named officers join) or a decline (the unit's named officers leave). */
export const namedAfter = (named: string[], joined: string[] = [], left: string[] = []): string[] =>
  [...new Set([...named, ...joined])].filter((id) => !left.includes(id));

export const leadAccess = (state: LeadState): LeadAccess => ({
  leadId: state.leadId,
  ownerUnitId: state.ownerUnitId,
  postedByOfficerId: state.postedByOfficerId,
  participantUnitIds: participantUnitIds(state),
  code: state.handling.code,
  namedOfficerIds: state.handling.namedOfficerIds,
});

const addDeadline = (s: LeadState, kind: DeadlineKind, unitId: string, dueAt: string, rule = '', taskId?: string): LeadState => ({
  ...s,
  deadlines: {
    ...s.deadlines,
    [deadlineKey(kind, unitId, taskId)]: { kind, unitId, dueAt, resolved: false, breached: false, rule, ...(taskId ? { taskId } : {}) },
  },
});
const resolveDeadline = (s: LeadState, kind: DeadlineKind, unitId: string, taskId?: string): LeadState => {
  const key = deadlineKey(kind, unitId, taskId);
  const d = s.deadlines[key];
  return d && !d.resolved ? { ...s, deadlines: { ...s.deadlines, [key]: { ...d, resolved: true } } } : s;
};
const setRecipient = (s: LeadState, unitId: string, status: RecipientStatus): LeadState => {
  const r = s.recipients[unitId];
  return r ? { ...s, recipients: { ...s.recipients, [unitId]: { ...r, status } } } : s;
};
const progress = (s: LeadState): LeadState => (s.status === 'posted' || s.status === 'shared' ? { ...s, status: 'in_progress' } : s);

type Data<T extends LeadEvent['type']> = LeadEventData<T>;

export function evolveLead(state: LeadState, envelope: EventEnvelope): LeadState {
  const e = { type: envelope.type, data: envelope.data } as LeadEvent;
  switch (e.type) {
    case 'LeadPosted': {
      const d: Data<'LeadPosted'> = e.data;
      return {
        ...state,
        exists: true,
        leadId: d.leadId,
        status: 'posted',
        ownerUnitId: d.ownerUnitId,
        postedByOfficerId: d.postedByOfficerId,
        handling: d.handling,
        grading: d.grading as Grading,
        title: d.title,
        subject: d.subject,
        location: d.location,
      };
    }
    case 'LeadPossibleDuplicateDetected':
      return { ...state, possibleDuplicates: [...state.possibleDuplicates, e.data.otherLeadId] };
    case 'LeadShared': {
      let s: LeadState = { ...state, status: state.status === 'posted' ? 'shared' : state.status, recipients: { ...state.recipients } };
      for (const unitId of e.data.unitIds) {
        s.recipients[unitId] = { status: 'shared', sharedAt: e.data.sharedAt, acknowledgeDueAt: e.data.acknowledgeDueAt };
        s = addDeadline(s, 'acknowledge', unitId, e.data.acknowledgeDueAt, e.data.acknowledgeDueRule);
      }
      if (e.data.namedOfficerIds?.length)
        s = { ...s, handling: { ...s.handling, namedOfficerIds: namedAfter(s.handling.namedOfficerIds, e.data.namedOfficerIds) } };
      return s;
    }
    case 'OnwardSharingRequested':
      return {
        ...state,
        onwardRequests: {
          ...state.onwardRequests,
          [e.data.requestId]: { requestedByUnitId: e.data.requestedByUnitId, unitIds: e.data.unitIds, status: 'pending' },
        },
      };
    case 'OnwardSharingApproved':
    case 'OnwardSharingRefused': {
      const r = state.onwardRequests[e.data.requestId];
      if (!r) return state;
      const status = e.type === 'OnwardSharingApproved' ? 'approved' : 'refused';
      return { ...state, onwardRequests: { ...state.onwardRequests, [e.data.requestId]: { ...r, status } } };
    }
    case 'LeadAcknowledged':
      return resolveDeadline(setRecipient(state, e.data.unitId, 'acknowledged'), 'acknowledge', e.data.unitId);
    case 'LeadAccepted':
      return progress(resolveDeadline(setRecipient(state, e.data.unitId, 'accepted'), 'acknowledge', e.data.unitId));
    case 'LeadDeclined': {
      const s = resolveDeadline(setRecipient(state, e.data.unitId, 'declined'), 'acknowledge', e.data.unitId);
      if (!e.data.revokedOfficerIds?.length) return s;
      return { ...s, handling: { ...s.handling, namedOfficerIds: namedAfter(s.handling.namedOfficerIds, [], e.data.revokedOfficerIds) } };
    }
    case 'LeadAssignedForCoHandling': {
      let s: LeadState = progress({
        ...state,
        coHandlingUnitIds: [...new Set([...state.coHandlingUnitIds, ...e.data.tasks.map((t) => t.unitId)])],
        coHandlingTasks: {
          ...state.coHandlingTasks,
          ...Object.fromEntries(e.data.tasks.flatMap((t) => (t.taskId ? [[t.taskId, t.unitId]] : []))),
        },
      });
      for (const task of e.data.tasks)
        if (task.dueAt) s = addDeadline(s, 'co_handling_task', task.unitId, task.dueAt, task.dueRule, task.taskId);
      return s;
    }
    case 'LeadFeedbackRecorded': {
      // Feedback naming a task resolves that task's deadline; feedback without one (recorded before
      // tasks had ids) resolves every open task deadline of the unit.
      if (e.data.taskId) return resolveDeadline(state, 'co_handling_task', e.data.unitId, e.data.taskId);
      let s = state;
      for (const d of Object.values(state.deadlines))
        if (d.kind === 'co_handling_task' && d.unitId === e.data.unitId) s = resolveDeadline(s, d.kind, d.unitId, d.taskId);
      return s;
    }
    case 'LeadRegraded':
      return { ...state, grading: e.data.grading as Grading };
    case 'SuspectedCrimeFlagged':
      return addDeadline(
        progress({ ...state, transfer: { ...state.transfer, stage: 'suspected' } }),
        'transfer_decision',
        state.ownerUnitId,
        e.data.decisionDueAt,
        e.data.decisionDueRule,
      );
    case 'TransferDecided': {
      const s = resolveDeadline(state, 'transfer_decision', state.ownerUnitId);
      if (!e.data.transfer) return { ...s, transfer: { ...s.transfer, stage: 'decided_not_to_transfer' } };
      return addDeadline(
        { ...s, transfer: { ...s.transfer, stage: 'decided_transfer' } },
        'hand_over',
        state.ownerUnitId,
        e.data.handOverDueAt!,
        e.data.handOverDueRule,
      );
    }
    case 'LeadHandedOverToPolice': {
      const s = resolveDeadline(state, 'hand_over', state.ownerUnitId);
      return addDeadline(
        {
          ...s,
          transfer: { ...s.transfer, stage: 'handed_over', policeUnitId: e.data.policeUnitId },
          handling: { ...s.handling, namedOfficerIds: namedAfter(s.handling.namedOfficerIds, e.data.namedOfficerIds ?? []) },
        },
        'police_decision',
        e.data.policeUnitId,
        e.data.policeDecisionDueAt,
        e.data.policeDecisionDueRule,
      );
    }
    case 'PoliceDecisionRecorded': {
      const s = resolveDeadline(state, 'police_decision', e.data.policeUnitId);
      if (e.data.decision === 'opened') return { ...s, transfer: { ...s.transfer, stage: 'police_opened' } };
      return addDeadline(
        { ...s, transfer: { ...s.transfer, stage: 'police_declined' } },
        'reconsideration_request',
        state.ownerUnitId,
        e.data.reconsiderationRequestDueAt!,
        e.data.reconsiderationRequestDueRule,
      );
    }
    case 'ReconsiderationRequested': {
      const s = resolveDeadline(state, 'reconsideration_request', state.ownerUnitId);
      return addDeadline(
        { ...s, transfer: { ...s.transfer, stage: 'reconsideration_requested' } },
        'reconsideration_answer',
        state.transfer.policeUnitId,
        e.data.answerDueAt,
        e.data.answerDueRule,
      );
    }
    case 'ReconsiderationAnswered': {
      const s = resolveDeadline(state, 'reconsideration_answer', state.transfer.policeUnitId);
      const stage = e.data.answer === 'reversed' ? 'reconsideration_reversed' : 'reconsideration_maintained';
      const next: LeadState = { ...s, transfer: { ...s.transfer, stage } };
      // Events recorded before ADR 0014 carry neither: nothing further is due on them.
      if (e.data.openingDueAt)
        return addDeadline(next, 'police_opening', state.transfer.policeUnitId, e.data.openingDueAt, e.data.openingDueRule);
      if (e.data.supervisionRequestDueAt)
        return addDeadline(
          next,
          'supervision_request',
          state.ownerUnitId,
          e.data.supervisionRequestDueAt,
          e.data.supervisionRequestDueRule,
        );
      return next;
    }
    case 'LeadClosed': {
      // Closing ends only the deadlines it names (ADR 0014); missed ones were recorded as breaches by the same command.
      let s: LeadState = { ...state, status: 'closed' };
      if (!e.data.endedDeadlines) {
        // Recorded before ADR 0014: that close ended every open deadline, and history keeps its meaning.
        for (const d of Object.values(s.deadlines)) s = resolveDeadline(s, d.kind, d.unitId, d.taskId);
        return s;
      }
      for (const d of e.data.endedDeadlines) s = resolveDeadline(s, d.kind, d.unitId, d.taskId);
      return s;
    }
    case 'TransferWindowClosed':
      return resolveDeadline(state, e.data.kind, e.data.unitId);
    case 'ProcuratorateSupervisionRequested': {
      let s = resolveDeadline(
        resolveDeadline(state, 'reconsideration_request', state.ownerUnitId),
        'supervision_request',
        state.ownerUnitId,
      );
      s = {
        ...s,
        transfer: { ...s.transfer, stage: 'supervision_requested', procuratorateUnitId: e.data.procuratorateUnitId },
        handling: { ...s.handling, namedOfficerIds: namedAfter(s.handling.namedOfficerIds, e.data.namedOfficerIds) },
      };
      return addDeadline(s, 'supervision_answer', e.data.procuratorateUnitId, e.data.answerDueAt, e.data.answerDueRule);
    }
    case 'SupervisionAnswered': {
      const s = resolveDeadline(state, 'supervision_answer', e.data.procuratorateUnitId);
      const police = state.transfer.policeUnitId;
      switch (e.data.outcome) {
        case 'reasons_requested':
          return addDeadline(
            { ...s, transfer: { ...s.transfer, stage: 'police_reasons_requested' } },
            'police_reasons',
            police,
            e.data.policeDueAt!,
            e.data.policeDueRule,
          );
        case 'opening_required':
          return addDeadline(
            { ...s, transfer: { ...s.transfer, stage: 'police_opening_required' } },
            'police_opening',
            police,
            e.data.policeDueAt!,
            e.data.policeDueRule,
          );
        case 'refusal_upheld':
          return { ...s, transfer: { ...s.transfer, stage: 'supervision_upheld' } };
      }
      return s;
    }
    case 'PoliceReasonsStated': {
      const s = resolveDeadline(state, 'police_reasons', e.data.policeUnitId);
      return addDeadline(
        { ...s, transfer: { ...s.transfer, stage: 'supervision_requested' } },
        'supervision_answer',
        state.transfer.procuratorateUnitId,
        e.data.answerDueAt,
        e.data.answerDueRule,
      );
    }
    case 'PoliceOpeningRecorded':
      return { ...resolveDeadline(state, 'police_opening', e.data.policeUnitId), transfer: { ...state.transfer, stage: 'police_opened' } };
    case 'TransferDecisionRevisited':
      return addDeadline(
        { ...state, transfer: { ...state.transfer, stage: 'suspected' } },
        'transfer_decision',
        state.ownerUnitId,
        e.data.decisionDueAt,
        e.data.decisionDueRule,
      );
    case 'CourtUseConsentRequested':
      return {
        ...state,
        courtUseConsents: {
          ...state.courtUseConsents,
          [e.data.requestId]: { requestedByUnitId: e.data.requestedByUnitId, unitId: e.data.unitId, status: 'pending' },
        },
      };
    case 'CourtUseConsentApproved':
    case 'CourtUseConsentRefused': {
      const r = state.courtUseConsents[e.data.requestId];
      if (!r) return state;
      const status = e.type === 'CourtUseConsentApproved' ? 'approved' : 'refused';
      return { ...state, courtUseConsents: { ...state.courtUseConsents, [e.data.requestId]: { ...r, status } } };
    }
    case 'LeadLinked':
      return { ...state, links: [...state.links, `${e.data.otherLeadId}:${e.data.relation}`] };
    case 'LeadOverdue': {
      const key = deadlineKey(e.data.kind, e.data.unitId, e.data.taskId);
      const d = state.deadlines[key];
      return d ? { ...state, deadlines: { ...state.deadlines, [key]: { ...d, breached: true } } } : state;
    }
    case 'LeadOperationOutcomeRecorded':
      return { ...state, operationOutcomes: [...state.operationOutcomes, e.data.operationId] };
    default:
      return state;
  }
}
