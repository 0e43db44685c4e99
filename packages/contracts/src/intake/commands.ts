import { z } from 'zod';
import { text } from '../fields';
import { INTAKE_LIMITS as L, REWARD_BASES } from './reference';

/**
 * The commands of the intake context (besides the stream id, actor and time the application
 * stamps). SubmitReport comes from the public endpoint (no account): its actor is the service's
 * public actor; the application routes it and adds the receipt digest before deciding.
 */
export const intakeCommandSchemas = {
  SubmitReport: z.object({
    category: z.string(),
    what: text(L.what),
    where: z.object({ jurisdiction: z.string(), address: text(L.address) }),
    hasContact: z.boolean(),
    receiptDigest: z.string(),
    routedToUnitId: z.string(),
    screeningOfficerIds: z.array(z.string()),
    screeningDays: z.number().int().min(1).max(90),
  }),
  RejectReport: z.object({ reason: text(L.reason) }),
  MergeReport: z.object({ intoReportId: z.string() }),
  /** The lead id is that of the lead the application posted from the report (leads' PostLead, with the officer's identity). */
  ConvertReport: z.object({ leadId: z.string() }),
  // Internal: the leads topic.
  ConcludeReport: z.object({ leadId: z.string(), outcome: z.string() }),
  // Internal: the leads topic (a penalty or a criminal case on the lead).
  ProposeReward: z.object({ leadId: z.string(), basis: z.enum(REWARD_BASES), sourceEventId: z.string() }),
  ApproveReward: z.object({ amountYuan: z.number().int().min(1).max(L.rewardYuanMax), note: text(L.reason) }),
  DeclineReward: z.object({ reason: text(L.reason) }),
  RecordRewardPayment: z.object({ amountYuan: z.number().int().min(1).max(L.rewardYuanMax), reference: text(L.paymentReference) }),
  /** Public (the gateway relays it with the receipt code): the stored file and the limits it was judged by (ADR 0034). */
  AttachToReport: z.object({
    attachmentId: z.string(),
    mediaType: z.string(),
    size: z.number().int().min(1),
    sha256: z.string(),
    storageRef: z.string(),
    maxAttachments: z.number().int().min(1),
    windowMinutes: z.number().int().min(1),
  }),
} as const;
export type IntakeCommandType = keyof typeof intakeCommandSchemas;
