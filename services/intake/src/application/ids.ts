import { nameBasedUuid } from '@liaison/platform';

export { REPORT_ID } from '@liaison/contracts';

/** The report id is the stream id, derived from the submission's command id. */
export const reportIdFor = (commandId: string): string => `report-${nameBasedUuid('liaison.intake.SubmitReport', commandId)}`;

/** The command id of the PostLead a conversion sends to leads: one lead per report, however often it is retried. */
export const convertLeadCommandId = (reportId: string): string => `intake-convert:${reportId}`;

/** The leads-topic reaction's command id: one conclusion per closing event. */
export const concludeCommandId = (closingEventId: string): string => `intake-conclude:${closingEventId}`;

/** The reward proposal's command id: one per penalty or police decision (and the decider allows one reward per report). */
export const rewardCommandId = (sourceEventId: string): string => `intake-reward:${sourceEventId}`;

/** The command id recording an attachment: one per attachment id (itself derived from the report and the upload's id). */
export const attachCommandId = (attachmentId: string): string => `intake-attach:${attachmentId}`;
