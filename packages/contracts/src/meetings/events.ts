import { z } from 'zod';
import type { EventEnvelope } from '../envelope';
import { EventRegistry } from '../registry';
import { handlingSchema, isoTime, officerIdField, text, timeWindowSchema, unitIdField, UNITS_PER_COMMAND_MAX } from '../fields';
import { BREACH_REASON_MAX } from '../accountability';
import { dueRuleField } from '../periods/due-by';
import { recordAccessSchema } from '../record-access';
import {
  AGENDA_ITEM_KINDS,
  ATTENDANCE_STATUSES,
  MEETING_BREACH_KINDS,
  MEETING_KINDS,
  MEETING_LIMITS as L,
  MEETING_REFERENCE_KINDS,
  PROPOSAL_SOURCE_KINDS,
  REFERENCE_ACCESS_SOURCES,
  STUCK_REASON_KINDS,
} from './reference';

/** The published events of the meetings context (topic `liaison.meetings.events.v1`), validated at append and on consumption. */

const required = (max: number) => z.string().min(1).max(max);

/** `meeting-<uuid>`: the stream id of a meeting. */
export const MEETING_ID = /^meeting-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const meetingIdField = z.string().regex(MEETING_ID, 'expected meeting-<uuid>');

/** A record an agenda item refers to, with the access that decides who sees the item (ADR 0012, ADR 0020). */
export const meetingReferenceSchema = z.object({
  kind: z.enum(MEETING_REFERENCE_KINDS),
  id: required(L.referenceId),
  access: recordAccessSchema,
  accessSource: z.enum(REFERENCE_ACCESS_SOURCES),
});
export type MeetingReference = z.infer<typeof meetingReferenceSchema>;

/** A regular meeting's series: its RRULE counted from the series' first start (Asia/Shanghai wall clock). */
export const meetingRecurrenceSchema = z.object({
  rule: required(L.recurrenceRule),
  seriesId: meetingIdField,
  seriesStartsAt: isoTime,
  /** The start the rule gave this occurrence (a rescheduled occurrence keeps its slot in the series). */
  occurrenceStartsAt: isoTime,
});
export type MeetingRecurrence = z.infer<typeof meetingRecurrenceSchema>;

export const meetingActionItemSchema = z.object({
  actionItemId: z.string().min(1).max(100),
  ownerUnitId: unitIdField,
  description: required(L.actionItemDescription),
  dueAt: isoTime,
  /** The rule of dueAt: set by the convener who recorded the decision (ADR 0013). */
  dueRule: dueRuleField,
});

export const meetingEventSchemas = {
  MeetingScheduled: z.object({
    meetingId: meetingIdField,
    kind: z.enum(MEETING_KINDS),
    title: required(L.title),
    convenerUnitId: unitIdField,
    scheduledByOfficerId: officerIdField,
    window: timeWindowSchema,
    place: text(L.place),
    onlineLink: text(L.onlineLink),
    invitedUnitIds: z.array(unitIdField).min(1).max(UNITS_PER_COMMAND_MAX),
    handling: handlingSchema,
    recurrence: meetingRecurrenceSchema.nullable(),
    /** The occurrence whose closing scheduled this one ('' for the first). */
    previousMeetingId: meetingIdField.or(z.literal('')),
    scheduledAt: isoTime,
  }),
  MeetingRescheduled: z.object({
    window: timeWindowSchema,
    previous: timeWindowSchema,
    place: text(L.place),
    onlineLink: text(L.onlineLink),
    reason: text(L.reason),
    at: isoTime,
  }),
  MeetingCancelled: z.object({ reason: required(L.reason), at: isoTime }),
  AgendaItemAdded: z.object({
    itemId: z.string().min(1).max(100),
    kind: z.enum(AGENDA_ITEM_KINDS),
    title: required(L.agendaTitle),
    notes: text(L.agendaNotes),
    references: z.array(meetingReferenceSchema).max(L.references),
    proposedByUnitId: unitIdField,
    officerId: officerIdField,
    at: isoTime,
  }),
  AttendanceRecorded: z.object({
    unitId: unitIdField,
    /** The unit's officer who attended, was expected, or delegated ('' for an absent unit without one named). */
    officerId: officerIdField.or(z.literal('')),
    status: z.enum(ATTENDANCE_STATUSES),
    /** Who attended in the officer's place (delegated only). */
    delegatedTo: text(L.delegatedTo),
    recordedByOfficerId: officerIdField,
    at: isoTime,
  }),
  MinutesRecorded: z.object({ text: required(L.minutes), officerId: officerIdField, at: isoTime }),
  DecisionRecorded: z.object({
    decisionId: z.string().min(1).max(100),
    text: required(L.decisionText),
    actionItems: z.array(meetingActionItemSchema).max(L.actionItems),
    officerId: officerIdField,
    at: isoTime,
  }),
  ActionItemCompleted: z.object({
    actionItemId: z.string().min(1),
    unitId: unitIdField,
    note: text(L.note),
    officerId: officerIdField,
    at: isoTime,
  }),
  /** An action item still open past its due date (MarkActionItemOverdue), recorded once per item (ADR 0013). */
  ActionItemOverdue: z.object({
    actionItemId: z.string().min(1),
    unitId: unitIdField,
    dueAt: isoTime,
    detectedAt: isoTime,
    rule: dueRuleField.optional(),
  }),
  /** The owner unit explains a late action item (ExplainBreach) for the accountability register. */
  BreachExplained: z.object({
    kind: z.enum(MEETING_BREACH_KINDS),
    unitId: unitIdField,
    actionItemId: z.string().min(1),
    dueAt: isoTime,
    reason: z.string().min(1).max(BREACH_REASON_MAX),
    officerId: officerIdField,
    at: isoTime,
  }),
  /** Closed by the convener; a regular meeting's next occurrence (by its RRULE) is named here and scheduled by a reaction. */
  MeetingClosed: z.object({
    at: isoTime,
    officerId: officerIdField,
    next: z.object({ meetingId: meetingIdField, window: timeWindowSchema, occurrenceStartsAt: isoTime }).nullable(),
  }),
  /**
   * The service proposes a record for the agenda (ProposeAgendaItems, a reaction to
   * MeetingScheduled): what is overdue or stuck for the meeting's units, with the source record's
   * access so that only viewers who may see the source see the proposal (ADR 0020).
   */
  AgendaItemProposed: z.object({
    proposalId: z.string().min(1).max(200),
    source: z.object({ kind: z.enum(PROPOSAL_SOURCE_KINDS), id: required(L.referenceId), access: recordAccessSchema }),
    title: required(L.agendaTitle),
    reasons: z
      .array(z.object({ kind: z.enum(STUCK_REASON_KINDS), unitId: unitIdField.or(z.literal('')), since: isoTime, detail: text(200) }))
      .min(1)
      .max(50),
    at: isoTime,
  }),
  /** The convener accepted a proposal: it became the agenda item `itemId` (an AgendaItemAdded follows in the same commit). */
  AgendaProposalAccepted: z.object({ proposalId: z.string().min(1), itemId: z.string().min(1), officerId: officerIdField, at: isoTime }),
  /**
   * A rectification order of the leading-group office (IssueRectificationOrder, ADR 0021): recorded
   * after the DecisionRecorded of the same commit that carries its one action item, so the item is
   * held to its due date like every other (overdue → accountability register).
   */
  RectificationOrdered: z.object({
    decisionId: z.string().min(1).max(100),
    actionItemId: z.string().min(1).max(100),
    unitId: unitIdField,
    /** The assessed month, YYYY-MM. */
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    reasons: z.array(z.string().min(1).max(500)).min(1).max(20),
    dueAt: isoTime,
    officerId: officerIdField,
    at: isoTime,
  }),
  /** The convener dropped a proposal: it is no longer shown. */
  AgendaProposalDropped: z.object({ proposalId: z.string().min(1), reason: text(L.reason), officerId: officerIdField, at: isoTime }),
} as const;

export type MeetingEventType = keyof typeof meetingEventSchemas;
export type MeetingEventData<T extends MeetingEventType> = z.infer<(typeof meetingEventSchemas)[T]>;
export type MeetingEvent = { [T in MeetingEventType]: { type: T; data: MeetingEventData<T> } }[MeetingEventType];
export type MeetingActionItem = z.infer<typeof meetingActionItemSchema>;

/** Every meetings event type at schema version 1. */
export const meetingEvents = new EventRegistry().register(
  ...Object.entries(meetingEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

export const meetingEvent = <T extends MeetingEventType>(type: T, data: MeetingEventData<T>): MeetingEvent =>
  ({ type, data }) as MeetingEvent;

/** Narrows a consumed envelope (checked with the meetings registry) to one meetings event type. */
export const isMeetingEvent = <T extends MeetingEventType>(event: EventEnvelope, type: T): event is EventEnvelope<T, MeetingEventData<T>> =>
  event.type === type;
