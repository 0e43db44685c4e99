import { nameBasedUuid } from '@liaison/platform';

/**
 * The lead id is the stream id, `lead-<uuid>`. PostLead derives the uuid from its command id,
 * so a retried PostLead lands on the same stream and gets the first result back.
 */
export const leadIdForPost = (commandId: string): string => `lead-${nameBasedUuid('liaison.leads.PostLead', commandId)}`;

export { LEAD_ID } from '@liaison/contracts';

/** Onward-sharing requests are named after the command that made them. */
export const onwardRequestId = (commandId: string): string =>
  `osr-${nameBasedUuid('liaison.leads.RequestOnwardSharing', commandId).slice(0, 18)}`;

/** The scheduler's command id for one breach: the same breach always gets the same id. */
export const overdueCommandId = (leadId: string, kind: string, unitId: string, dueAt: string, taskId?: string): string =>
  `overdue:${leadId}:${kind}:${unitId}:${dueAt}${taskId ? `:${taskId}` : ''}`;

/** The reaction's command id for flagging the earlier lead of a possible-duplicate pair. */
export const duplicateCommandId = (earlierLeadId: string, laterLeadId: string): string =>
  `possible-duplicate:${earlierLeadId}:${laterLeadId}`;

/** The operation-outcomes reaction's command id: one per triggering operations event and linked lead. */
export const operationOutcomeCommandId = (eventId: string, leadId: string): string => `op-outcome:${eventId}:${leadId}`;

/** Court-use consent requests are named after the command that made them (ADR 0014). */
export const courtUseRequestId = (commandId: string): string =>
  `cur-${nameBasedUuid('liaison.leads.RequestCourtUseConsent', commandId).slice(0, 18)}`;
