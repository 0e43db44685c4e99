import { pageOf, type ActionRoute, type ListRoute } from '../http/command-routes';
import type { MeetingCommandRpc, MeetingsRpc } from './meetings-port';
import * as s from './schemas';

/**
 * The command routes on an existing meeting, 1:1 with the MeetingsService rpcs (meetings.proto):
 * POST /api/v1/meetings/{id}/<path> → rpc. The gateway checks only that the caller may see the
 * meeting; who may do what (the convener, a participant, the owner unit) is the service's answer.
 */
export const MEETING_ACTION_ROUTES: ActionRoute<MeetingCommandRpc>[] = [
  {
    path: 'reschedule',
    rpc: 'RescheduleMeeting',
    body: s.rescheduleMeetingBody,
    summary: 'Move the meeting or change its place (convener)',
  },
  { path: 'cancel', rpc: 'CancelMeeting', body: s.cancelMeetingBody, summary: 'Cancel with a reason (convener; not after decisions)' },
  {
    path: 'agenda',
    rpc: 'AddAgendaItem',
    body: s.agendaItemBody,
    summary: 'Add an agenda item with the records it is about (any participant unit); answers itemId',
    answer: ['itemId'],
  },
  {
    path: 'attendance',
    rpc: 'RecordAttendance',
    body: s.attendanceBody,
    summary: 'Record a participant unit as present, absent or delegated (convener)',
    references: (body) => [{ path: 'unitId', kind: 'unit', id: String(body.unitId) }],
  },
  { path: 'minutes', rpc: 'RecordMinutes', body: s.minutesBody, summary: 'Record the minutes (convener)' },
  {
    path: 'decisions',
    rpc: 'RecordDecision',
    body: s.decisionBody,
    summary: 'Record a decision with action items, each with an owner unit and a due date (convener); answers decisionId and actionItemIds',
    references: (body) =>
      ((body.actionItems as { ownerUnitId: string }[] | undefined) ?? []).map((a, i) => ({
        path: `actionItems.${i}.ownerUnitId`,
        kind: 'unit' as const,
        id: a.ownerUnitId,
      })),
    answer: ['decisionId', 'actionItemIds'],
  },
  {
    path: 'action-items/:actionItemId/complete',
    rpc: 'CompleteActionItem',
    body: s.completeActionItemBody,
    summary: 'Complete an action item (an officer of its owner unit)',
  },
  {
    path: 'proposals/:proposalId/accept',
    rpc: 'AcceptAgendaProposal',
    body: s.emptyBody,
    summary:
      'Accept an agenda proposal of the service: it becomes an agenda item with its source record’s access (convener unit); answers itemId',
    answer: ['itemId'],
  },
  {
    path: 'proposals/:proposalId/drop',
    rpc: 'DropAgendaProposal',
    body: s.dropProposalBody,
    summary: 'Drop an agenda proposal of the service (convener unit)',
  },
  {
    path: 'rectification-orders',
    rpc: 'IssueRectificationOrder',
    body: s.rectificationOrderBody,
    summary:
      'Order a problem area of the month’s assessment to rectify (the leading-group office convening the meeting; the unit takes part): a decision with one action item due by the rectification limit; 409 when the assessment does not list the unit; answers decisionId and actionItemIds',
    references: (body) => [{ path: 'unitId', kind: 'unit', id: String(body.unitId) }],
    answer: ['decisionId', 'actionItemIds'],
  },
  {
    path: 'close',
    rpc: 'CloseMeeting',
    body: s.emptyBody,
    summary: 'Close the meeting (convener); a regular meeting’s next occurrence is scheduled',
  },
];

type Query = Record<string, unknown>;
const page = (query: Query) => pageOf(query as { cursor?: string; limit: number });

/** The list routes: GET /api/v1/meetings/<path> → rpc, cursor-paginated. */
export const MEETING_LIST_ROUTES: ListRoute<Extract<MeetingsRpc, 'ListMyMeetings' | 'ListMyActionItems'>>[] = [
  {
    path: 'mine',
    rpc: 'ListMyMeetings',
    summary: 'Meetings my unit convenes or is invited to, earliest first (?upcoming=true: scheduled, not yet ended)',
    query: s.mineQuery,
    request: (query) => ({ page: page(query), upcomingOnly: query.upcoming === true }),
    itemsField: 'meetings',
    pageSchema: s.meetingPageSchema,
  },
  {
    path: 'action-items',
    rpc: 'ListMyActionItems',
    summary: 'Action items my unit owns, earliest due first (?overdue=true: open past their due date)',
    query: s.actionItemsQuery,
    request: (query) => ({ page: page(query), overdueOnly: query.overdue === true }),
    itemsField: 'items',
    pageSchema: s.actionItemPageSchema,
  },
];
