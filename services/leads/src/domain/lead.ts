import type { EventEnvelope, LeadEvent, LeadEventData } from '@liaison/contracts';
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
  onwardRequests: Record<string, { requestedByUnitId: string; unitIds: string[]; status: 'pending' | 'approved' | 'refused' }>;
  transfer: { stage: TransferStage; policeUnitId: string };
  /** Keyed `<kind>:<unitId>`. */
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
  onwardRequests: {},
  transfer: { stage: 'none', policeUnitId: '' },
  deadlines: {},
  links: [],
  possibleDuplicates: [],
  operationOutcomes: [],
  title: '',
  subject: { enterpriseName: '', creditCode: '', personName: '', onlineShop: '', url: '' },
  location: { jurisdiction: '', address: '', coordinates: null },
});

export const deadlineKey = (kind: DeadlineKind, unitId: string) => `${kind}:${unitId}`;

export const participantUnitIds = (state: Pick<LeadState, 'recipients' | 'coHandlingUnitIds' | 'transfer'>): string[] => [
  ...new Set([
    ...Object.keys(state.recipients),
    ...state.coHandlingUnitIds,
    ...(state.transfer.policeUnitId ? [state.transfer.policeUnitId] : []),
  ]),
];

export const leadAccess = (state: LeadState): LeadAccess => ({
  leadId: state.leadId,
  ownerUnitId: state.ownerUnitId,
  postedByOfficerId: state.postedByOfficerId,
  participantUnitIds: participantUnitIds(state),
  code: state.handling.code,
  namedOfficerIds: state.handling.namedOfficerIds,
});

const addDeadline = (s: LeadState, kind: DeadlineKind, unitId: string, dueAt: string): LeadState => ({
  ...s,
  deadlines: { ...s.deadlines, [deadlineKey(kind, unitId)]: { kind, unitId, dueAt, resolved: false, breached: false } },
});
const resolveDeadline = (s: LeadState, kind: DeadlineKind, unitId: string): LeadState => {
  const key = deadlineKey(kind, unitId);
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
        s = addDeadline(s, 'acknowledge', unitId, e.data.acknowledgeDueAt);
      }
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
    case 'LeadDeclined':
      return resolveDeadline(setRecipient(state, e.data.unitId, 'declined'), 'acknowledge', e.data.unitId);
    case 'LeadAssignedForCoHandling': {
      let s: LeadState = progress({
        ...state,
        coHandlingUnitIds: [...new Set([...state.coHandlingUnitIds, ...e.data.tasks.map((t) => t.unitId)])],
      });
      for (const task of e.data.tasks) if (task.dueAt) s = addDeadline(s, 'co_handling_task', task.unitId, task.dueAt);
      return s;
    }
    case 'LeadFeedbackRecorded':
      return resolveDeadline(state, 'co_handling_task', e.data.unitId);
    case 'LeadRegraded':
      return { ...state, grading: e.data.grading as Grading };
    case 'SuspectedCrimeFlagged':
      return addDeadline(
        progress({ ...state, transfer: { ...state.transfer, stage: 'suspected' } }),
        'transfer_decision',
        state.ownerUnitId,
        e.data.decisionDueAt,
      );
    case 'TransferDecided': {
      const s = resolveDeadline(state, 'transfer_decision', state.ownerUnitId);
      if (!e.data.transfer) return { ...s, transfer: { ...s.transfer, stage: 'decided_not_to_transfer' } };
      return addDeadline(
        { ...s, transfer: { ...s.transfer, stage: 'decided_transfer' } },
        'hand_over',
        state.ownerUnitId,
        e.data.handOverDueAt!,
      );
    }
    case 'LeadHandedOverToPolice': {
      const s = resolveDeadline(state, 'hand_over', state.ownerUnitId);
      return addDeadline(
        { ...s, transfer: { stage: 'handed_over', policeUnitId: e.data.policeUnitId } },
        'police_decision',
        e.data.policeUnitId,
        e.data.policeDecisionDueAt,
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
      );
    }
    case 'ReconsiderationRequested': {
      const s = resolveDeadline(state, 'reconsideration_request', state.ownerUnitId);
      return addDeadline(
        { ...s, transfer: { ...s.transfer, stage: 'reconsideration_requested' } },
        'reconsideration_answer',
        state.transfer.policeUnitId,
        e.data.answerDueAt,
      );
    }
    case 'ReconsiderationAnswered': {
      const s = resolveDeadline(state, 'reconsideration_answer', state.transfer.policeUnitId);
      const stage = e.data.answer === 'reversed' ? 'reconsideration_reversed' : 'reconsideration_maintained';
      return { ...s, transfer: { ...s.transfer, stage } };
    }
    case 'LeadClosed': {
      const deadlines = Object.fromEntries(Object.entries(state.deadlines).map(([k, d]) => [k, { ...d, resolved: true }]));
      return { ...state, status: 'closed', deadlines };
    }
    case 'LeadLinked':
      return { ...state, links: [...state.links, `${e.data.otherLeadId}:${e.data.relation}`] };
    case 'LeadOverdue': {
      const key = deadlineKey(e.data.kind, e.data.unitId);
      const d = state.deadlines[key];
      return d ? { ...state, deadlines: { ...state.deadlines, [key]: { ...d, breached: true } } } : state;
    }
    case 'LeadOperationOutcomeRecorded':
      return { ...state, operationOutcomes: [...state.operationOutcomes, e.data.operationId] };
    default:
      return state;
  }
}
