import { z } from 'zod';
import { isoTime, officerIdField, unitIdField } from '../fields';
import { EventRegistry } from '../registry';
import { RECORD_ID } from './records';

/**
 * The read audit (issue 11, ADR 0023): the gateway records each read of a record's detail, its
 * history, an export and each report drill-down as a `RecordViewed` event on its own topic
 * (`liaison.audit.events.v1`), published in batches so reads stay fast; the history service
 * projects them so a record's owner and the Supervision Bureau see who viewed it.
 */
export const AUDIT_TOPIC_CONTEXT = 'audit';

export const READ_KINDS = ['detail', 'timeline', 'as_of', 'query', 'export', 'report_drill_down'] as const;
export type ReadKind = (typeof READ_KINDS)[number];

/** A purpose the reader may give (X-Purpose header or `purpose` query parameter). */
export const PURPOSE_MAX = 500;

export const auditEventSchemas = {
  RecordViewed: z.object({
    recordId: z.string().regex(RECORD_ID, 'expected lead-, operation-, evidence- or meeting-<uuid>'),
    what: z.enum(READ_KINDS),
    purpose: z.string().max(PURPOSE_MAX),
    officerId: officerIdField,
    unitId: unitIdField,
    viewedAt: isoTime,
  }),
};
export type RecordViewed = z.infer<typeof auditEventSchemas.RecordViewed>;

export const auditEvents = new EventRegistry().register(
  ...Object.entries(auditEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

/** The audit stream of a record: every view of it is one event of `audit-<record id>` (version 1: views are not a decision stream). */
export const auditStreamId = (recordId: string): string => `audit-${recordId}`;
