import {
  type BreachExplanation,
  type EventEnvelope,
  type HandlingData,
  type MeetingEvent,
  type MeetingReference,
  meetingRecordAccess,
  type RecordAccess,
  type TimeWindowData,
} from '@liaison/contracts';
import type { ProjectionDefinition } from '@liaison/platform';

/**
 * The meeting as readers see it: the shape of MeetingDetail in meetings.proto (camelCase), plus
 * fields for access checks and the register. Pure, so GetMeeting folds it straight from the
 * store (read-your-writes) and the projection keeps the same document for lists.
 */
export interface AgendaItemView {
  itemId: string;
  kind: string;
  title: string;
  notes: string;
  references: MeetingReference[];
  proposedByUnitId: string;
  officerId: string;
  at: string;
}
export interface AttendanceView {
  unitId: string;
  officerId: string;
  status: string;
  delegatedTo: string;
  recordedByOfficerId: string;
  at: string;
}
export interface ActionItemView {
  actionItemId: string;
  decisionId: string;
  ownerUnitId: string;
  description: string;
  dueAt: string;
  dueRule: string;
  status: string;
  note: string;
  completedAt: string;
  overdue: boolean;
  overdueDetectedAt: string;
  /** The owner unit's latest explanation of the late item (BreachExplained). */
  explanation: BreachExplanation | null;
  /** A rectification order of the leading-group office (RectificationOrdered, ADR 0021): the assessed month and its findings. */
  rectification?: { period: string; reasons: string[] };
}
export interface DecisionView {
  decisionId: string;
  text: string;
  actionItems: ActionItemView[];
  officerId: string;
  at: string;
}
/** An open agenda proposal of the service (accepted ones are agenda items, dropped ones are gone); shown by its source's access. */
export interface ProposalView {
  proposalId: string;
  source: { kind: string; id: string; access: RecordAccess };
  title: string;
  reasons: { kind: string; unitId: string; since: string; detail: string }[];
  at: string;
}
export interface MeetingView {
  meetingId: string;
  kind: string;
  status: string;
  title: string;
  convenerUnitId: string;
  scheduledByOfficerId: string;
  window: TimeWindowData;
  place: string;
  onlineLink: string;
  invitedUnitIds: string[];
  participantUnitIds: string[];
  handling: HandlingData;
  recurrenceRule: string;
  seriesId: string;
  previousMeetingId: string;
  nextMeetingId: string;
  agenda: AgendaItemView[];
  /** Open agenda proposals (ADR 0020 "Agenda proposals"); absent on documents projected before them. */
  proposals?: ProposalView[];
  attendance: AttendanceView[];
  minutes: string;
  decisions: DecisionView[];
  cancelReason: string;
  closedAt: string;
  updatedAt: string;
}

export const viewAccess = (v: Pick<MeetingView, 'convenerUnitId' | 'scheduledByOfficerId' | 'invitedUnitIds' | 'handling'>): RecordAccess =>
  meetingRecordAccess({
    convenerUnitId: v.convenerUnitId,
    scheduledByOfficerId: v.scheduledByOfficerId,
    invitedUnitIds: v.invitedUnitIds,
    code: v.handling.code,
    namedOfficerIds: v.handling.namedOfficerIds,
  });

const mapItems = (v: MeetingView, id: string, patch: (a: ActionItemView) => ActionItemView): MeetingView => ({
  ...v,
  decisions: v.decisions.map((d) => ({ ...d, actionItems: d.actionItems.map((a) => (a.actionItemId === id ? patch(a) : a)) })),
});

function apply(v: MeetingView, e: MeetingEvent): MeetingView {
  switch (e.type) {
    case 'MeetingScheduled':
      return v;
    case 'MeetingRescheduled':
      return { ...v, window: e.data.window, place: e.data.place, onlineLink: e.data.onlineLink };
    case 'MeetingCancelled':
      return { ...v, status: 'cancelled', cancelReason: e.data.reason };
    case 'AgendaItemAdded':
      return { ...v, agenda: [...v.agenda, { ...e.data }] };
    case 'AttendanceRecorded':
      return { ...v, attendance: [...v.attendance.filter((a) => a.unitId !== e.data.unitId), { ...e.data }] };
    case 'MinutesRecorded':
      return { ...v, minutes: e.data.text };
    case 'DecisionRecorded':
      return {
        ...v,
        decisions: [
          ...v.decisions,
          {
            decisionId: e.data.decisionId,
            text: e.data.text,
            officerId: e.data.officerId,
            at: e.data.at,
            actionItems: e.data.actionItems.map((a) => ({
              ...a,
              decisionId: e.data.decisionId,
              status: 'open',
              note: '',
              completedAt: '',
              overdue: false,
              overdueDetectedAt: '',
              explanation: null,
            })),
          },
        ],
      };
    case 'ActionItemCompleted':
      return mapItems(v, e.data.actionItemId, (a) => ({ ...a, status: 'done', note: e.data.note, completedAt: e.data.at }));
    case 'ActionItemOverdue':
      return mapItems(v, e.data.actionItemId, (a) => ({ ...a, overdue: true, overdueDetectedAt: e.data.detectedAt }));
    case 'BreachExplained':
      return mapItems(v, e.data.actionItemId, (a) => ({
        ...a,
        explanation: { reason: e.data.reason, officerId: e.data.officerId, at: e.data.at },
      }));
    case 'RectificationOrdered':
      return mapItems(v, e.data.actionItemId, (a) => ({ ...a, rectification: { period: e.data.period, reasons: e.data.reasons } }));
    case 'MeetingClosed':
      return { ...v, status: 'closed', closedAt: e.data.at, nextMeetingId: e.data.next?.meetingId ?? '' };
    case 'AgendaItemProposed':
      return { ...v, proposals: [...(v.proposals ?? []).filter((p) => p.proposalId !== e.data.proposalId), e.data] };
    case 'AgendaProposalAccepted':
    case 'AgendaProposalDropped':
      return { ...v, proposals: (v.proposals ?? []).filter((p) => p.proposalId !== e.data.proposalId) };
    default:
      return v;
  }
}

export function evolveMeetingView(current: MeetingView | null, envelope: EventEnvelope): MeetingView {
  const e = { type: envelope.type, data: envelope.data } as MeetingEvent;
  let v: MeetingView;
  if (current) v = current;
  else if (e.type === 'MeetingScheduled') {
    const d = e.data;
    v = {
      meetingId: d.meetingId,
      kind: d.kind,
      status: 'scheduled',
      title: d.title,
      convenerUnitId: d.convenerUnitId,
      scheduledByOfficerId: d.scheduledByOfficerId,
      window: d.window,
      place: d.place,
      onlineLink: d.onlineLink,
      invitedUnitIds: d.invitedUnitIds,
      participantUnitIds: [],
      handling: d.handling,
      recurrenceRule: d.recurrence?.rule ?? '',
      seriesId: d.recurrence?.seriesId ?? '',
      previousMeetingId: d.previousMeetingId,
      nextMeetingId: '',
      agenda: [],
      proposals: [],
      attendance: [],
      minutes: '',
      decisions: [],
      cancelReason: '',
      closedAt: '',
      updatedAt: d.scheduledAt,
    };
  } else throw new Error(`meeting view: ${envelope.streamId} starts with ${envelope.type}, not MeetingScheduled`);
  const next = apply(v, e);
  return { ...next, participantUnitIds: [next.convenerUnitId, ...next.invitedUnitIds], updatedAt: envelope.occurredAt };
}

export const meetingDetailsProjection: ProjectionDefinition<MeetingView> = {
  name: 'meeting_details',
  streamPrefix: 'meeting-',
  evolve: evolveMeetingView,
};
