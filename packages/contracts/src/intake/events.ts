import { z } from 'zod';
import type { EventEnvelope } from '../envelope';
import { EventRegistry } from '../registry';
import { isoTime, JURISDICTION_ID, JURISDICTION_ID_MAX, LEAD_ID, officerIdField, text, unitIdField } from '../fields';
import { INTAKE_LIMITS as L, REPORT_CATEGORIES, REPORT_ID, REWARD_BASES } from './reference';
import { CLOSE_OUTCOMES } from '../leads/reference';

/**
 * The published events of the intake context (topic `liaison.intake.events.v1`). The reporter's
 * identity (contact) is never in an event: it is RED and kept in the intake service's own
 * `reporter_identities` collection, shown only to the named screening officers (ADR 0028); the
 * events say only whether there is one. The receipt code is kept as its SHA-256 digest.
 */
const required = (max: number) => z.string().min(1).max(max);
export const reportIdField = z.string().regex(REPORT_ID, 'expected report-<uuid>');

export const intakeEventSchemas = {
  ReportSubmitted: z.object({
    reportId: reportIdField,
    category: z.enum(REPORT_CATEGORIES),
    what: required(L.what),
    where: z.object({ jurisdiction: z.string().min(1).max(JURISDICTION_ID_MAX).regex(JURISDICTION_ID), address: text(L.address) }),
    hasContact: z.boolean(),
    receiptDigest: z.string().regex(/^[0-9a-f]{64}$/),
    /** The competent unit by the routing rules (seeds/intake-routing.json), and its named screening officers. */
    routedToUnitId: unitIdField,
    screeningOfficerIds: z.array(officerIdField).min(1).max(50),
    screeningDueAt: isoTime,
    submittedAt: isoTime,
  }),
  /** Unfounded: the reason is shown to the reporter with the status. */
  ReportRejected: z.object({ reason: required(L.reason), unitId: unitIdField, officerId: officerIdField, at: isoTime }),
  ReportMerged: z.object({ intoReportId: reportIdField, unitId: unitIdField, officerId: officerIdField, at: isoTime }),
  /** A lead was posted from the report (the lead's summary cites the report id). */
  ReportConverted: z.object({ leadId: z.string().regex(LEAD_ID), unitId: unitIdField, officerId: officerIdField, at: isoTime }),
  /** The lead it became was closed (from the leads topic). */
  ReportConcluded: z.object({ leadId: z.string().regex(LEAD_ID), outcome: z.enum(CLOSE_OUTCOMES), at: isoTime }),
  /** 有奖举报: the lead the report became ended in a penalty or a criminal case (from the leads topic; the service's own actor). */
  RewardProposed: z.object({ leadId: z.string().regex(LEAD_ID), basis: z.enum(REWARD_BASES), sourceEventId: z.uuid(), at: isoTime }),
  /** The leading-group office approves the reward with its amount. */
  RewardApproved: z.object({
    amountYuan: z.number().int().min(1).max(L.rewardYuanMax),
    note: text(L.reason),
    unitId: unitIdField,
    officerId: officerIdField,
    at: isoTime,
  }),
  RewardDeclined: z.object({ reason: required(L.reason), unitId: unitIdField, officerId: officerIdField, at: isoTime }),
  /** The payment to the reporter, recorded by a named screening officer of the unit (the reporter's contact). */
  RewardPaid: z.object({
    amountYuan: z.number().int().min(1).max(L.rewardYuanMax),
    reference: required(L.paymentReference),
    unitId: unitIdField,
    officerId: officerIdField,
    at: isoTime,
  }),
  /**
   * A file the reporter attached (ADR 0034), through the public endpoint with the receipt code,
   * stored by the service: the type is sniffed from the bytes, the client's file name is not kept
   * (it may name the reporter). The bytes are RED like the reporter's identity.
   */
  ReportAttachmentReceived: z.object({
    attachmentId: z.uuid(),
    mediaType: z.string().min(3).max(100),
    size: z.number().int().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    storageRef: z.string().min(1).max(200),
    at: isoTime,
  }),
} as const;

export type IntakeEventType = keyof typeof intakeEventSchemas;
export type IntakeEventData<T extends IntakeEventType> = z.infer<(typeof intakeEventSchemas)[T]>;
export type IntakeEvent = { [T in IntakeEventType]: { type: T; data: IntakeEventData<T> } }[IntakeEventType];

export const intakeEvents = new EventRegistry().register(
  ...Object.entries(intakeEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

export const intakeEvent = <T extends IntakeEventType>(type: T, data: IntakeEventData<T>): IntakeEvent => ({ type, data }) as IntakeEvent;

export const isIntakeEvent = <T extends IntakeEventType>(event: EventEnvelope, type: T): event is EventEnvelope<T, IntakeEventData<T>> =>
  event.type === type;
