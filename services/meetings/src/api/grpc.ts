import { accountabilityMessage, type MeetingBreachKind, protoFile, type proto, type TlpCode } from '@liaison/contracts';
import { type CallContext, commandContextOf, loadServiceDefinition, type RequestOf, type ServiceHandlers } from '@liaison/platform';
import { agendaItemIdFor, decisionIdFor } from '../application/ids';
import type { CommandInput, MeetingCommands } from '../application/meeting-commands';
import type { MeetingQueries } from '../application/meeting-queries';
import type { ActionItemRow, MembershipRow } from '../projections/meeting-read-model';
import type { MeetingView } from '../projections/meeting-view';
import type { AnalysisQueries } from '../analysis/analysis-queries';
import { analysisGrpcHandlers } from '../analysis/analysis-grpc';

export const meetingsServiceDefinition = () => loadServiceDefinition(protoFile('meetings'), 'liaison.v1.MeetingsService');

type Meetings = proto.MeetingsServiceDefinition;
type Ref = { commandId: string; meetingId: string; ifMatchVersion: number };

const windowOf = (w: proto.MeetingWindow__Output | null) => ({ startsAt: w?.startsAt ?? '', endsAt: w?.endsAt ?? '' });
const accessOf = (a: proto.MeetingRecordAccess__Output | null) =>
  a
    ? {
        ownerUnitId: a.ownerUnitId,
        createdByOfficerId: a.createdByOfficerId,
        participantUnitIds: a.participantUnitIds,
        code: a.code as TlpCode,
        namedOfficerIds: a.namedOfficerIds,
      }
    : null;

const summary = (r: MembershipRow) => ({
  meetingId: r.meetingId,
  version: r._v,
  kind: r.kind,
  status: r.status,
  title: r.title,
  convenerUnitId: r.convenerUnitId,
  window: { startsAt: r.startsAt, endsAt: r.endsAt },
  handlingCode: r.handlingCode,
  seriesId: r.seriesId,
  previousMeetingId: r.previousMeetingId,
  myRole: r.role,
  updatedAt: r.updatedAt,
});
const actionItem = (r: ActionItemRow) => ({ meetingId: r.meetingId, meetingTitle: r.meetingTitle, item: r.item });
const detail = (v: MeetingView & { version: number }) => v;

/**
 * MeetingsService: every rpc of meetings.proto. Commands map 1:1 to domain commands (command_id
 * is required, if_match_version > 0 pins the version); queries answer from the store or the read
 * model, filtered by what the caller may see. Meeting ids are stream ids: `meeting-<uuid>`.
 */
export function meetingsGrpcImplementation(
  commands: MeetingCommands,
  queries: MeetingQueries,
  analysis: AnalysisQueries,
): ServiceHandlers<Meetings> {
  const command =
    <K extends keyof Meetings>(toInput: (request: RequestOf<Meetings, K>) => CommandInput) =>
    (request: RequestOf<Meetings, K> & Ref, ctx: CallContext) =>
      commands.execute(request.meetingId, toInput(request), commandContextOf(request, ctx));

  return {
    ScheduleMeeting: (r, ctx) =>
      commands.schedule(
        {
          type: 'ScheduleMeeting',
          kind: r.kind,
          title: r.title,
          convenerUnitId: r.convenerUnitId,
          window: windowOf(r.window),
          place: r.place,
          onlineLink: r.onlineLink,
          invitedUnitIds: r.invitedUnitIds,
          handling: {
            code: r.handling?.code ?? '',
            noCourtUseWithoutConsent: r.handling?.noCourtUseWithoutConsent ?? false,
            noOnwardSharingWithoutConsent: r.handling?.noOnwardSharingWithoutConsent ?? false,
            namedOfficerIds: r.handling?.namedOfficerIds ?? [],
          },
          recurrenceRule: r.recurrenceRule,
        },
        commandContextOf(r, ctx),
      ),
    RescheduleMeeting: command<'RescheduleMeeting'>((r) => ({
      type: 'RescheduleMeeting',
      window: windowOf(r.window),
      place: r.place,
      onlineLink: r.onlineLink,
      reason: r.reason,
    })),
    CancelMeeting: command<'CancelMeeting'>((r) => ({ type: 'CancelMeeting', reason: r.reason })),
    AddAgendaItem: command<'AddAgendaItem'>((r) => ({
      type: 'AddAgendaItem',
      itemId: agendaItemIdFor(r.commandId),
      kind: r.kind,
      title: r.title,
      notes: r.notes,
      references: r.references.map((ref) => ({ kind: ref.kind, id: ref.id, access: accessOf(ref.access) })),
    })),
    RecordAttendance: command<'RecordAttendance'>((r) => ({
      type: 'RecordAttendance',
      unitId: r.unitId,
      officerId: r.officerId,
      status: r.status,
      delegatedTo: r.delegatedTo,
    })),
    RecordMinutes: command<'RecordMinutes'>((r) => ({ type: 'RecordMinutes', text: r.text })),
    RecordDecision: command<'RecordDecision'>((r) => ({
      type: 'RecordDecision',
      decisionId: decisionIdFor(r.commandId),
      text: r.text,
      actionItems: r.actionItems.map((a) => ({ ownerUnitId: a.ownerUnitId, description: a.description, dueAt: a.dueAt })),
    })),
    CompleteActionItem: command<'CompleteActionItem'>((r) => ({ type: 'CompleteActionItem', actionItemId: r.actionItemId, note: r.note })),
    CloseMeeting: command(() => ({ type: 'CloseMeeting' })),
    ExplainBreach: command<'ExplainBreach'>((r) => ({
      type: 'ExplainBreach',
      kind: (r.kind || 'action_item') as MeetingBreachKind,
      actionItemId: r.actionItemId,
      reason: r.reason,
    })),
    AcceptAgendaProposal: command<'AcceptAgendaProposal'>((r) => ({
      type: 'AcceptAgendaProposal',
      proposalId: r.proposalId,
      itemId: agendaItemIdFor(r.commandId),
    })),
    DropAgendaProposal: command<'DropAgendaProposal'>((r) => ({ type: 'DropAgendaProposal', proposalId: r.proposalId, reason: r.reason })),

    GetMeeting: async (r, ctx) => detail(await queries.getMeeting(r.meetingId, ctx.actor)),
    GetMeetingCalendar: (r, ctx) => queries.calendar(r.meetingId, ctx.actor),
    ListMyMeetings: async (r, ctx) => {
      const page = await queries.mine(ctx.actor, r.upcomingOnly, r.page ?? undefined);
      return { meetings: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    ListMyActionItems: async (r, ctx) => {
      const page = await queries.actionItems(ctx.actor, r.overdueOnly, r.page ?? undefined);
      return { items: page.items.map(actionItem), page: { nextCursor: page.nextCursor } };
    },
    ListAccountability: async (r, ctx) => {
      const page = await queries.accountability(ctx.actor, { unitId: r.unitId, from: r.from, to: r.to }, r.page ?? undefined);
      return { items: page.items.map(accountabilityMessage), page: { nextCursor: page.nextCursor } };
    },
    ...analysisGrpcHandlers(analysis, commands),
  };
}
