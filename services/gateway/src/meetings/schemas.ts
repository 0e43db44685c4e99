import {
  MEETING_ID,
  AGENDA_ITEM_KINDS,
  ATTENDANCE_STATUSES,
  MEETING_BREACH_KINDS,
  MEETING_KINDS,
  MEETING_LIMITS as L,
  MEETING_REFERENCE_KINDS,
  OFFICER_ID_MAX,
  UNITS_PER_COMMAND_MAX,
} from '@liaison/contracts';
import { z } from 'zod';
import {
  cursor,
  emptyBody,
  handlingSchema,
  limit,
  oneFilledOf,
  optionalText,
  otherUnitId,
  ownUnitId,
  pageOfSchema,
  redNamesOfficers,
  text,
  timestamp,
  unitId,
} from '../http/common-schemas';

/**
 * Request and response shapes of /api/v1/meetings (meetings.proto in camelCase, so a body maps
 * 1:1 onto its gRPC request). Strict: unknown fields are 400. What needs the meeting (a window in
 * the future, attendance of invited units, owners that take part, the RRULE) is the service's to
 * check; what is malformed on its face is rejected here. Limits and enums are the meetings
 * contract's (@liaison/contracts: MEETING_LIMITS, MEETING_KINDS, …).
 */
export { emptyBody, MEETING_BREACH_KINDS };

// The service's own id pattern (a looser one would let schema-valid ids fail there: 400 the document did not announce).
export const meetingIdParam = z.string().regex(MEETING_ID, 'expected meeting-<uuid>');
export const meetingParams = z.object({ id: meetingIdParam });

export const meetingWindowSchema = z
  .strictObject({ startsAt: timestamp, endsAt: timestamp })
  .describe('RFC 3339; startsAt not in the past, endsAt after startsAt (checked by the service)')
  .meta({ id: 'MeetingWindow' });

/** Empty, or an https:// link (the meetings service's check). */
const onlineLink = z
  .string()
  .trim()
  .max(L.onlineLink)
  .regex(/^(?:https:\/\/\S+)?$/, 'an https:// link')
  .optional();

export const scheduleMeetingBody = z
  .strictObject({
    kind: z.enum(MEETING_KINDS),
    title: text(L.title),
    convenerUnitId: ownUnitId.optional().describe('The convening unit: the caller’s own (the default)'),
    window: meetingWindowSchema,
    place: optionalText(L.place),
    onlineLink: onlineLink.describe('An https:// link; a place or a link is required'),
    invitedUnitIds: z
      .array(otherUnitId)
      .min(1, 'name at least one unit')
      .max(UNITS_PER_COMMAND_MAX)
      .meta({ uniqueItems: true })
      .describe('Other units than the convener’s, each once'),
    handling: handlingSchema,
    recurrenceRule: optionalText(L.recurrenceRule).describe(
      'Regular meetings: an RFC 5545 RRULE, e.g. FREQ=MONTHLY;BYDAY=1TU (Asia/Shanghai); the window starts the series',
    ),
  })
  // The service's cross-field rules, for the document: a place or a link; a RED meeting names
  // officers; a regular meeting has an RRULE and no other kind has one.
  .meta({
    id: 'ScheduleMeetingBody',
    allOf: [
      { anyOf: oneFilledOf(['place', 'onlineLink']) },
      { anyOf: redNamesOfficers },
      {
        anyOf: [
          { required: ['recurrenceRule'], properties: { kind: { const: 'regular' }, recurrenceRule: { pattern: '\\S' } } },
          { properties: { kind: { not: { const: 'regular' } }, recurrenceRule: { maxLength: 0 } } },
        ],
      },
    ],
  });

export const rescheduleMeetingBody = z
  .strictObject({
    window: meetingWindowSchema,
    place: optionalText(L.place),
    onlineLink,
    reason: optionalText(L.reason),
  })
  .meta({ id: 'RescheduleMeetingBody' });
export const cancelMeetingBody = z.strictObject({ reason: text(L.reason) }).meta({ id: 'CancelMeetingBody' });
export const agendaItemBody = z
  .strictObject({
    kind: z.enum(AGENDA_ITEM_KINDS),
    title: text(L.agendaTitle),
    notes: optionalText(L.agendaNotes),
    references: z
      .array(z.strictObject({ kind: z.enum(MEETING_REFERENCE_KINDS), id: z.string().min(1).max(L.referenceId) }))
      .max(L.references)
      .default([])
      .describe(
        'Records the item is about. Leads and operations are read with the caller’s identity (unknown or invisible: 400) and the item is shown only to viewers who may see them; evidence and situation analyses are shown to the proposer’s unit only (ADR 0020)',
      ),
  })
  .meta({ id: 'AddAgendaItemBody' });
export const attendanceBody = z
  .strictObject({
    unitId,
    officerId: z.string().max(OFFICER_ID_MAX).optional().describe('Required unless absent: an officer of that unit'),
    status: z.enum(ATTENDANCE_STATUSES),
    delegatedTo: optionalText(L.delegatedTo).describe('delegated: who attended in the officer’s place'),
  })
  .meta({ id: 'RecordAttendanceBody' });
export const minutesBody = z.strictObject({ text: text(L.minutes) }).meta({ id: 'RecordMinutesBody' });
export const decisionBody = z
  .strictObject({
    text: text(L.decisionText),
    actionItems: z
      .array(
        z.strictObject({
          ownerUnitId: unitId.describe('A participant unit'),
          description: text(L.actionItemDescription),
          dueAt: timestamp.describe('In the future'),
        }),
      )
      .max(L.actionItems)
      .default([]),
  })
  .meta({ id: 'RecordDecisionBody' });
export const dropProposalBody = z.strictObject({ reason: optionalText(L.reason) }).meta({ id: 'DropAgendaProposalBody' });
export const rectificationOrderBody = z
  .strictObject({
    unitId: unitId.describe('The problem unit (a participant of the meeting)'),
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM')
      .describe('The assessed month'),
    note: optionalText(L.note),
  })
  .meta({ id: 'RectificationOrderBody' });
export const completeActionItemBody = z.strictObject({ note: optionalText(L.note) }).meta({ id: 'CompleteActionItemBody' });

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');
export const mineQuery = z.strictObject({
  upcoming: flag.describe('Only scheduled meetings not yet ended (earliest first)'),
  cursor,
  limit,
});
export const actionItemsQuery = z.strictObject({ overdue: flag.describe('Only open items past their due date'), cursor, limit });

export const meetingCommandResultSchema = z
  .looseObject({
    meetingId: z.string(),
    version: z.number().int(),
    status: z.string().describe('scheduled | closed | cancelled'),
    itemId: z.string().optional(),
    decisionId: z.string().optional(),
    actionItemIds: z.array(z.string()).optional(),
  })
  .meta({ id: 'MeetingCommandResult' });

const windowOut = z.object({ startsAt: z.string(), endsAt: z.string() });
const actionItemSchema = z
  .looseObject({
    actionItemId: z.string(),
    decisionId: z.string(),
    ownerUnitId: z.string(),
    description: z.string(),
    dueAt: z.string(),
    dueRule: z.string(),
    status: z.string().describe('open | done'),
    note: z.string(),
    completedAt: z.string(),
    overdue: z.boolean(),
    overdueDetectedAt: z.string(),
  })
  .meta({ id: 'MeetingActionItem' });

export const meetingDetailSchema = z
  .looseObject({
    meetingId: z.string(),
    version: z.number().int(),
    kind: z.string(),
    status: z.string(),
    title: z.string(),
    convenerUnitId: z.string(),
    window: windowOut,
    place: z.string(),
    onlineLink: z.string(),
    invitedUnitIds: z.array(z.string()),
    handling: z.record(z.string(), z.unknown()),
    recurrenceRule: z.string(),
    seriesId: z.string(),
    previousMeetingId: z.string(),
    nextMeetingId: z.string().describe('Closed regular meetings: the occurrence the closing scheduled'),
    agenda: z.array(z.record(z.string(), z.unknown())).describe('Only the items whose referenced records the caller may see'),
    proposals: z
      .array(
        z.looseObject({
          proposalId: z.string(),
          source: z.looseObject({
            kind: z.string().describe('lead | operation | evidence'),
            id: z.string(),
            access: z.record(z.string(), z.unknown()),
          }),
          title: z.string(),
          reasons: z.array(z.looseObject({ kind: z.string(), unitId: z.string(), since: z.string(), detail: z.string() })),
          at: z.string(),
        }),
      )
      .describe(
        'Open agenda proposals of the service (overdue or stuck records of the meeting’s units, ADR 0020); only those whose source record the caller may see',
      ),
    attendance: z.array(z.record(z.string(), z.unknown())),
    minutes: z.string(),
    decisions: z.array(z.looseObject({ decisionId: z.string(), text: z.string(), actionItems: z.array(actionItemSchema) })),
    updatedAt: z.string(),
  })
  .meta({ id: 'MeetingDetail' });

export const meetingSummarySchema = z
  .looseObject({
    meetingId: z.string(),
    version: z.number().int(),
    kind: z.string(),
    status: z.string(),
    title: z.string(),
    convenerUnitId: z.string(),
    window: windowOut,
    handlingCode: z.string(),
    seriesId: z.string(),
    previousMeetingId: z.string(),
    myRole: z.string().describe('convener | invited'),
    updatedAt: z.string(),
  })
  .meta({ id: 'MeetingSummary' });
export const actionItemSummarySchema = z
  .looseObject({ meetingId: z.string(), meetingTitle: z.string(), item: actionItemSchema })
  .meta({ id: 'ActionItemSummary' });

export const meetingPageSchema = pageOfSchema('MeetingPage', meetingSummarySchema);
export const actionItemPageSchema = pageOfSchema('ActionItemPage', actionItemSummarySchema);
