import { z } from 'zod';
import type { EventEnvelope } from '../envelope';
import { EventRegistry } from '../registry';
import { creditCodeOrEmpty, isoTime, officerIdField, text, unitIdField } from '../fields';
import { recordAccessSchema } from '../record-access';
import { TLP_CODES } from '../handling';
import { CREDIT_ENTRY_KINDS, CREDIT_LIMITS as L, CREDIT_SOURCE_CONTEXTS, CREDIT_SUBJECT_KINDS, REMOVAL_REASONS } from './reference';
import { BLACKLISTING_ID, CREDIT_FILE_ID } from './ids';
import { PUBLICATION_ID, PUBLICATION_LIMITS as P, PUBLISHABLE_ENTRY_KINDS } from '../publication/reference';

/** The published events of the credit context (topic `liaison.credit.events.v1`), validated at append and on consumption. */

const required = (max: number) => z.string().min(1).max(max);
export const creditFileIdField = z.string().regex(CREDIT_FILE_ID, 'expected credit-<credit code> or credit-person-<key>');
export const publicationIdField = z.string().regex(PUBLICATION_ID, 'expected publication-<uuid>');
export const blacklistingIdField = z.string().regex(BLACKLISTING_ID, 'expected blacklisting-<uuid>');

/** The subject as the source record named it (names over time and the legal representative come from here). */
export const creditSubjectSchema = z.object({
  enterpriseName: text(L.name),
  creditCode: creditCodeOrEmpty,
  personName: text(L.personName),
});
export type CreditSubject = z.infer<typeof creditSubjectSchema>;

/** The event of another context an entry cites (ADR 0027): who may see the entry is decided by its sources' access. */
export const creditSourceSchema = z.object({
  context: z.enum(CREDIT_SOURCE_CONTEXTS),
  eventId: z.uuid(),
  eventType: required(100),
  /** The stream the event belongs to: lead-…, operation-…, evidence-…. */
  recordId: required(200),
  occurredAt: isoTime,
});
export type CreditSource = z.infer<typeof creditSourceSchema>;

export const creditEventSchemas = {
  /** Opened with the first entry about the subject. */
  CreditFileOpened: z.object({
    fileId: creditFileIdField,
    subjectKind: z.enum(CREDIT_SUBJECT_KINDS),
    creditCode: creditCodeOrEmpty,
    personName: text(L.personName),
    at: isoTime,
  }),
  /**
   * One fact from another context's event. `access` lists the access of every record the fact
   * is derived from (the lead, the operation, the evidence item and the record it belongs to):
   * it is shown only to a viewer who may see all of them (mayDisclose, ADR 0012); `handlingCode`
   * is their most restrictive code.
   */
  CreditEntryRecorded: z.object({
    entryId: required(200),
    kind: z.enum(CREDIT_ENTRY_KINDS),
    summary: text(L.summary),
    subject: creditSubjectSchema,
    source: creditSourceSchema,
    access: z.array(recordAccessSchema).min(1).max(5),
    handlingCode: z.enum(TLP_CODES),
    at: isoTime,
  }),
  BlacklistingProposed: z.object({
    blacklistingId: blacklistingIdField,
    fileId: creditFileIdField,
    subjectKind: z.enum(CREDIT_SUBJECT_KINDS),
    creditCode: creditCodeOrEmpty,
    personName: text(L.personName),
    enterpriseName: text(L.name),
    proposedByUnitId: unitIdField,
    officerId: officerIdField,
    grounds: required(L.grounds),
    citedEntryIds: z.array(required(200)).min(1).max(L.citedEntries),
    /** The cited entries' sources: the grounds are disclosed by them (mayDisclose). */
    citedAccess: z
      .array(recordAccessSchema)
      .min(1)
      .max(L.citedEntries * 5),
    periodDays: z.number().int().min(L.periodDaysMin).max(L.periodDaysMax),
    at: isoTime,
  }),
  BlacklistingApproved: z.object({
    unitId: unitIdField,
    officerId: officerIdField,
    note: text(L.reason),
    publishedFrom: isoTime,
    /** When the blacklisting ends by itself: the scheduler records BlacklistingRemoved `period_ended` then. */
    publishedUntil: isoTime,
    at: isoTime,
  }),
  BlacklistingRejected: z.object({ unitId: unitIdField, officerId: officerIdField, reason: required(L.reason), at: isoTime }),
  /** The subject's appeal, recorded by an officer of the leading-group office or of the proposing unit. */
  BlacklistingAppealed: z.object({
    appellant: required(L.name),
    grounds: required(L.grounds),
    unitId: unitIdField,
    officerId: officerIdField,
    at: isoTime,
  }),
  /** The leading-group office decides the appeal: upheld removes the blacklisting in the same commit. */
  BlacklistingAppealDecided: z.object({
    upheld: z.boolean(),
    reason: required(L.reason),
    unitId: unitIdField,
    officerId: officerIdField,
    at: isoTime,
  }),
  BlacklistingRemoved: z.object({
    reason: z.enum(REMOVAL_REASONS),
    /** '' when the period ended (the scheduler). */
    officerId: officerIdField.or(z.literal('')),
    at: isoTime,
  }),
  /**
   * 案件信息公开: the owning unit's draft of a concluded case's publication, already redacted
   * (redactPersonalData): the enterprise as it is, the responsible person as a mask, cause and
   * penalty without personal data. `sourceAccess` is the cited entry's: the office approves only
   * what it may see.
   */
  PublicationDrafted: z.object({
    publicationId: publicationIdField,
    fileId: creditFileIdField,
    entryId: required(200),
    entryKind: z.enum(PUBLISHABLE_ENTRY_KINDS),
    enterpriseName: text(L.name),
    creditCode: creditCodeOrEmpty,
    responsiblePerson: text(L.personName),
    cause: required(P.cause),
    penalty: required(P.penalty),
    sourceAccess: z.array(recordAccessSchema).min(1).max(5),
    ownerUnitId: unitIdField,
    officerId: officerIdField,
    at: isoTime,
  }),
  PublicationApproved: z.object({ note: text(L.reason), unitId: unitIdField, officerId: officerIdField, at: isoTime }),
  PublicationWithdrawn: z.object({ reason: required(P.reason), unitId: unitIdField, officerId: officerIdField, at: isoTime }),
} as const;

export type CreditEventType = keyof typeof creditEventSchemas;
export type CreditEventData<T extends CreditEventType> = z.infer<(typeof creditEventSchemas)[T]>;
export type CreditEvent = { [T in CreditEventType]: { type: T; data: CreditEventData<T> } }[CreditEventType];

/** Every credit event type at schema version 1. */
export const creditEvents = new EventRegistry().register(
  ...Object.entries(creditEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

export const creditEvent = <T extends CreditEventType>(type: T, data: CreditEventData<T>): CreditEvent => ({ type, data }) as CreditEvent;

export const isCreditEvent = <T extends CreditEventType>(event: EventEnvelope, type: T): event is EventEnvelope<T, CreditEventData<T>> =>
  event.type === type;
