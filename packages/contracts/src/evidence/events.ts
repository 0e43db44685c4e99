import { z } from 'zod';
import type { EventEnvelope } from '../envelope';
import { EventRegistry } from '../registry';
import {
  emptyOr,
  handlingSchema,
  isoTime,
  LEAD_ID,
  NAMED_OFFICERS_MAX,
  OPERATION_ID,
  officerIdField,
  text,
  unitIdField,
  UNITS_PER_COMMAND_MAX,
} from '../fields';
import { EVIDENCE_ID, EVIDENCE_KINDS, EVIDENCE_LIMITS as L, RECOGNITION_PURPOSES, RECOGNITION_REQUEST_ID, SHA256_HEX } from './reference';

/** The published events of the evidence context (topic `liaison.evidence.events.v1`), validated at append and on consumption. */

const required = (max: number) => z.string().min(1).max(max);
export const evidenceIdField = z.string().regex(EVIDENCE_ID, 'expected evidence-<uuid>');
export const recognitionRequestIdField = z.string().regex(RECOGNITION_REQUEST_ID, 'expected recognition-<id>');
export const sha256Field = z.string().regex(SHA256_HEX, 'expected a lower-case hex SHA-256');
const conditions = z.array(required(L.condition)).max(L.conditions);

export const evidenceEventSchemas = {
  /**
   * An item entered the record. `sha256` / `storageRef` are empty only for a physical sample
   * without file; exactly one of `leadId` / `operationId` names the record it belongs to.
   */
  EvidenceRegistered: z.object({
    evidenceId: evidenceIdField,
    kind: z.enum(EVIDENCE_KINDS),
    title: required(L.title),
    description: text(L.description),
    sha256: z.string().regex(emptyOr(SHA256_HEX)),
    size: z.number().int().min(0).max(L.sizeBytes),
    mediaType: text(L.mediaType),
    fileName: text(L.fileName),
    storageRef: text(L.storageRef),
    ownerUnitId: unitIdField,
    registeredByOfficerId: officerIdField,
    collectedByUnitId: unitIdField,
    collectedByOfficerId: officerIdField,
    collectedAt: isoTime,
    collectedPlace: text(L.place),
    collectionMethod: text(L.method),
    leadId: z.string().regex(emptyOr(LEAD_ID)),
    operationId: z.string().regex(emptyOr(OPERATION_ID)),
    handling: handlingSchema,
    registeredAt: isoTime,
  }),
  CustodyTransferred: z.object({
    fromUnitId: unitIdField,
    fromOfficerId: text(200),
    toUnitId: unitIdField,
    toOfficerId: text(200),
    reason: required(L.reason),
    at: isoTime,
    recordedByOfficerId: officerIdField,
  }),
  /** A report item (kind test_report, same linked record) was attached to this, the tested item. */
  TestReportAttached: z.object({ reportEvidenceId: evidenceIdField, note: text(L.note), officerId: officerIdField, at: isoTime }),
  RecognitionRequested: z.object({
    requestId: recognitionRequestIdField,
    purpose: z.enum(RECOGNITION_PURPOSES),
    targetUnitIds: z.array(unitIdField).min(1).max(UNITS_PER_COMMAND_MAX),
    /** RED items: officers of the target units who may then see it (at least one per unit). */
    namedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX),
    note: text(L.note),
    requestedByUnitId: unitIdField,
    requestedByOfficerId: officerIdField,
    at: isoTime,
  }),
  Recognised: z.object({
    requestId: recognitionRequestIdField,
    unitId: unitIdField,
    officerId: officerIdField,
    note: text(L.note),
    at: isoTime,
  }),
  RecognisedWithConditions: z.object({
    requestId: recognitionRequestIdField,
    unitId: unitIdField,
    officerId: officerIdField,
    conditions: conditions.min(1),
    note: text(L.note),
    at: isoTime,
  }),
  RecognitionRejected: z.object({
    requestId: recognitionRequestIdField,
    unitId: unitIdField,
    officerId: officerIdField,
    reason: required(L.reason),
    at: isoTime,
  }),
  /** A target unit withdrew its (conditional) recognition: a changed mind, since each unit answers once. */
  RecognitionRevoked: z.object({
    requestId: recognitionRequestIdField,
    unitId: unitIdField,
    officerId: officerIdField,
    reason: required(L.reason),
    at: isoTime,
  }),
  /** The originator consents to the court use of an item marked no_court_use_without_consent by these units. */
  CourtUseConsentRecorded: z.object({
    unitIds: z.array(unitIdField).min(1).max(UNITS_PER_COMMAND_MAX),
    officerId: officerIdField,
    note: text(L.note),
    at: isoTime,
  }),
  IntegrityVerified: z.object({ presentedSha256: sha256Field, unitId: unitIdField, officerId: officerIdField, at: isoTime }),
  /** The presented hash differs from the registered one: the item cannot be recognised until verified again. */
  IntegrityMismatchDetected: z.object({
    presentedSha256: sha256Field,
    expectedSha256: z.string().regex(emptyOr(SHA256_HEX)),
    unitId: unitIdField,
    officerId: officerIdField,
    at: isoTime,
  }),
} as const;

export type EvidenceEventType = keyof typeof evidenceEventSchemas;
export type EvidenceEventData<T extends EvidenceEventType> = z.infer<(typeof evidenceEventSchemas)[T]>;
export type EvidenceEvent = { [T in EvidenceEventType]: { type: T; data: EvidenceEventData<T> } }[EvidenceEventType];

/** Every evidence event type at schema version 1. */
export const evidenceEvents = new EventRegistry().register(
  ...Object.entries(evidenceEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

/** A typed evidence event, as a decider returns it. */
export const evidenceEvent = <T extends EvidenceEventType>(type: T, data: EvidenceEventData<T>): EvidenceEvent =>
  ({ type, data }) as EvidenceEvent;

/** Narrows a consumed envelope to one evidence event type (sound for events checked with the evidence registry). */
export const isEvidenceEvent = <T extends EvidenceEventType>(
  event: EventEnvelope,
  type: T,
): event is EventEnvelope<T, EvidenceEventData<T>> => event.type === type;
