import { z } from 'zod';
import type { Actor } from '../envelope';
import { handlingSchema, officerIdField, text, unitIdField, UNITS_PER_COMMAND_MAX } from '../fields';
import { BREACH_REASON_MAX } from '../accountability';
import { recordAccessSchema } from '../record-access';
import { meetingRecurrenceSchema } from './events';
import {
  AGENDA_ITEM_KINDS,
  ATTENDANCE_STATUSES,
  MEETING_BREACH_KINDS,
  MEETING_KINDS,
  MEETING_LIMITS as L,
  MEETING_REFERENCE_KINDS,
  PROPOSAL_SOURCE_KINDS,
  STUCK_REASON_KINDS,
} from './reference';

/**
 * The commands of the meetings context: what each carries besides the meeting id, the actor and
 * the time (which the application stamps). The decider checks every command against its schema
 * (field issues named in snake_case, as in meetings.proto) before its own rules; emptiness,
 * time order, recurrence rules and who takes part are the decider's.
 */
const windowInput = z.object({ startsAt: z.string(), endsAt: z.string() });

export const meetingCommandSchemas = {
  ScheduleMeeting: z.object({
    kind: z.enum(MEETING_KINDS),
    title: text(L.title),
    /** The convening unit: the scheduling officer's own unit. */
    convenerUnitId: z.string(),
    window: windowInput,
    place: text(L.place),
    onlineLink: text(L.onlineLink),
    invitedUnitIds: z.array(unitIdField).max(UNITS_PER_COMMAND_MAX),
    handling: handlingSchema,
    /** RFC 5545 RRULE value for regular meetings, e.g. `FREQ=MONTHLY;BYDAY=1TU`; '' for ad-hoc and emergency ones. */
    recurrenceRule: text(L.recurrenceRule),
  }),
  RescheduleMeeting: z.object({ window: windowInput, place: text(L.place), onlineLink: text(L.onlineLink), reason: text(L.reason) }),
  CancelMeeting: z.object({ reason: text(L.reason) }),
  AddAgendaItem: z.object({
    itemId: z.string().min(1),
    kind: z.enum(AGENDA_ITEM_KINDS),
    title: text(L.agendaTitle),
    notes: text(L.agendaNotes),
    /** `access` null: the meetings service cannot learn the record's access; the proposer's view stands (ADR 0020). */
    references: z
      .array(z.object({ kind: z.enum(MEETING_REFERENCE_KINDS), id: text(L.referenceId), access: recordAccessSchema.nullable() }))
      .max(L.references),
  }),
  RecordAttendance: z.object({
    unitId: z.string(),
    officerId: text(200),
    status: z.enum(ATTENDANCE_STATUSES),
    delegatedTo: text(L.delegatedTo),
  }),
  RecordMinutes: z.object({ text: text(L.minutes) }),
  RecordDecision: z.object({
    decisionId: z.string().min(1),
    text: text(L.decisionText),
    actionItems: z
      .array(z.object({ ownerUnitId: z.string(), description: text(L.actionItemDescription), dueAt: z.string() }))
      .max(L.actionItems),
  }),
  CompleteActionItem: z.object({ actionItemId: z.string(), note: text(L.note) }),
  CloseMeeting: z.object({}),
  /** An officer of the owner unit gives the reason an action item was not done in time (ADR 0013). */
  ExplainBreach: z.object({ kind: z.enum(MEETING_BREACH_KINDS), actionItemId: z.string(), reason: text(BREACH_REASON_MAX) }),
  // Internal: issued by the overdue scheduler and the next-occurrence reaction, never by the API.
  MarkActionItemOverdue: z.object({ actionItemId: z.string(), unitId: z.string(), dueAt: z.string() }),
  ScheduleNextOccurrence: z.object({
    previousMeetingId: z.string(),
    title: z.string(),
    convenerUnitId: unitIdField,
    scheduledByOfficerId: officerIdField,
    window: windowInput,
    place: z.string(),
    onlineLink: z.string(),
    invitedUnitIds: z.array(unitIdField),
    handling: handlingSchema,
    recurrence: meetingRecurrenceSchema,
  }),
  /** Internal (the agenda-proposals reaction to MeetingScheduled): the stuck records found for the meeting's units. */
  ProposeAgendaItems: z.object({
    proposals: z
      .array(
        z.object({
          proposalId: z.string().min(1),
          source: z.object({ kind: z.enum(PROPOSAL_SOURCE_KINDS), id: z.string().min(1), access: recordAccessSchema }),
          title: z.string(),
          reasons: z
            .array(z.object({ kind: z.enum(STUCK_REASON_KINDS), unitId: z.string(), since: z.string(), detail: z.string() }))
            .min(1),
        }),
      )
      .max(L.proposals),
  }),
  /** The convener unit accepts a proposal: it becomes an agenda item (through AddAgendaItem's rules) with the source's access. */
  AcceptAgendaProposal: z.object({ proposalId: z.string().min(1), itemId: z.string().min(1) }),
  /** The convener unit drops a proposal. */
  DropAgendaProposal: z.object({ proposalId: z.string().min(1), reason: text(L.reason) }),
  /**
   * The leading-group office orders a problem area of the assessment (ADR 0021) to rectify: an
   * action item of the unit, due by the rectification limit. `reasons` are the assessment's, filled
   * in by the application from the projection (the decider cannot read it).
   */
  IssueRectificationOrder: z.object({
    decisionId: z.string().min(1),
    unitId: z.string(),
    period: z.string(),
    reasons: z.array(z.string().max(500)).max(20),
    note: text(L.note),
  }),
} as const;

export type MeetingCommandType = keyof typeof meetingCommandSchemas;
export type MeetingCommandData<T extends MeetingCommandType> = Carried<z.infer<(typeof meetingCommandSchemas)[T]>>;
type Carried<D> = string extends keyof D ? unknown : D;

export interface MeetingCommandBase {
  /** The stream id, `meeting-<uuid>`. */
  meetingId: string;
  actor: Actor;
  /** RFC 3339; the application's clock. */
  now: string;
}

export type MeetingCommand = {
  [T in MeetingCommandType]: MeetingCommandBase & { type: T } & MeetingCommandData<T>;
}[MeetingCommandType];

/** Commands the scheduler and reactions issue; they skip the officer checks. */
export const MEETING_INTERNAL_COMMANDS: ReadonlySet<MeetingCommandType> = new Set([
  'MarkActionItemOverdue',
  'ScheduleNextOccurrence',
  'ProposeAgendaItems',
]);
