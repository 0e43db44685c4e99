import {
  type EventEnvelope,
  type HandlingData,
  type MeetingEvent,
  type MeetingKind,
  type MeetingRecurrence,
  type MeetingStatus,
  meetingRecordAccess,
  type MeetingEventData,
  type RecordAccess,
  type TimeWindowData,
} from '@liaison/contracts';

/**
 * A meeting's state as its decisions need it, and `evolve`, which folds its events into it. The
 * decisions live one file per command in ./commands, dispatched by ./meeting-decider.ts.
 */
export interface ActionItemState {
  ownerUnitId: string;
  dueAt: string;
  dueRule: string;
  status: 'open' | 'done';
  /** ActionItemOverdue recorded (once per item). */
  breached: boolean;
}

/** An agenda proposal of the service (ADR 0020 "Agenda proposals"), with its source record's access. */
export type ProposalState = Omit<MeetingEventData<'AgendaItemProposed'>, 'at'> & { status: 'proposed' | 'accepted' | 'dropped' };

export interface MeetingState {
  exists: boolean;
  meetingId: string;
  status: 'none' | MeetingStatus;
  kind: MeetingKind;
  title: string;
  convenerUnitId: string;
  scheduledByOfficerId: string;
  window: TimeWindowData;
  place: string;
  onlineLink: string;
  invitedUnitIds: string[];
  handling: HandlingData;
  recurrence: MeetingRecurrence | null;
  agendaItemIds: string[];
  decisionIds: string[];
  actionItems: Record<string, ActionItemState>;
  proposals: Record<string, ProposalState>;
}

export const initialMeetingState = (): MeetingState => ({
  exists: false,
  meetingId: '',
  status: 'none',
  kind: 'ad_hoc',
  title: '',
  convenerUnitId: '',
  scheduledByOfficerId: '',
  window: { startsAt: '', endsAt: '' },
  place: '',
  onlineLink: '',
  invitedUnitIds: [],
  handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  recurrence: null,
  agendaItemIds: [],
  decisionIds: [],
  actionItems: {},
  proposals: {},
});

export const meetingAccess = (s: MeetingState): RecordAccess =>
  meetingRecordAccess({
    convenerUnitId: s.convenerUnitId,
    scheduledByOfficerId: s.scheduledByOfficerId,
    invitedUnitIds: s.invitedUnitIds,
    code: s.handling.code,
    namedOfficerIds: s.handling.namedOfficerIds,
  });

const setItem = (s: MeetingState, id: string, patch: Partial<ActionItemState>): MeetingState => {
  const item = s.actionItems[id];
  return item ? { ...s, actionItems: { ...s.actionItems, [id]: { ...item, ...patch } } } : s;
};

export function evolveMeeting(state: MeetingState, envelope: EventEnvelope): MeetingState {
  const e = { type: envelope.type, data: envelope.data } as MeetingEvent;
  switch (e.type) {
    case 'MeetingScheduled':
      return {
        ...state,
        exists: true,
        meetingId: e.data.meetingId,
        status: 'scheduled',
        kind: e.data.kind,
        title: e.data.title,
        convenerUnitId: e.data.convenerUnitId,
        scheduledByOfficerId: e.data.scheduledByOfficerId,
        window: e.data.window,
        place: e.data.place,
        onlineLink: e.data.onlineLink,
        invitedUnitIds: e.data.invitedUnitIds,
        handling: e.data.handling,
        recurrence: e.data.recurrence,
      };
    case 'MeetingRescheduled':
      return { ...state, window: e.data.window, place: e.data.place, onlineLink: e.data.onlineLink };
    case 'MeetingCancelled':
      return { ...state, status: 'cancelled' };
    case 'AgendaItemAdded':
      return { ...state, agendaItemIds: [...state.agendaItemIds, e.data.itemId] };
    case 'DecisionRecorded': {
      const actionItems = { ...state.actionItems };
      for (const a of e.data.actionItems)
        actionItems[a.actionItemId] = { ownerUnitId: a.ownerUnitId, dueAt: a.dueAt, dueRule: a.dueRule, status: 'open', breached: false };
      return { ...state, decisionIds: [...state.decisionIds, e.data.decisionId], actionItems };
    }
    case 'ActionItemCompleted':
      return setItem(state, e.data.actionItemId, { status: 'done' });
    case 'ActionItemOverdue':
      return setItem(state, e.data.actionItemId, { breached: true });
    case 'MeetingClosed':
      return { ...state, status: 'closed' };
    case 'AgendaItemProposed': {
      const { at: _at, ...proposal } = e.data;
      return { ...state, proposals: { ...state.proposals, [proposal.proposalId]: { ...proposal, status: 'proposed' } } };
    }
    case 'AgendaProposalAccepted':
    case 'AgendaProposalDropped': {
      const proposal = state.proposals[e.data.proposalId];
      const status = e.type === 'AgendaProposalAccepted' ? 'accepted' : 'dropped';
      return proposal ? { ...state, proposals: { ...state.proposals, [e.data.proposalId]: { ...proposal, status } } } : state;
    }
    case 'AttendanceRecorded':
    case 'MinutesRecorded':
    case 'BreachExplained':
    // The order's decision and action item came with its DecisionRecorded.
    case 'RectificationOrdered':
      return state;
    default:
      return state;
  }
}
