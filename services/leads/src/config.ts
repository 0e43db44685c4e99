import { grpcServiceConfigSchema } from '@liaison/platform';
import { z } from 'zod';
import { STATUTORY_LIMITS, type TimeLimits } from './domain/model';

const positive = (unit: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, `a number of ${unit}`)
    .transform(Number)
    .pipe(z.number().positive())
    .optional();

/**
 * The leads service's environment. Each time limit is set in its statutory unit
 * (`LEADS_ACK_LIMIT_HOURS`, `LEADS_TRANSFER_DECISION_LIMIT_DAYS`, …) or, for tests and drills,
 * in seconds (`LEADS_ACK_LIMIT_SECONDS`, …), which wins when both are set.
 */
export const leadsConfigSchema = grpcServiceConfigSchema('leads').extend({
  LEADS_ACK_LIMIT_HOURS: positive('hours'),
  LEADS_ACK_LIMIT_SECONDS: positive('seconds'),
  LEADS_TRANSFER_DECISION_LIMIT_DAYS: positive('days'),
  LEADS_TRANSFER_DECISION_LIMIT_SECONDS: positive('seconds'),
  LEADS_HAND_OVER_LIMIT_HOURS: positive('hours'),
  LEADS_HAND_OVER_LIMIT_SECONDS: positive('seconds'),
  LEADS_POLICE_DECISION_LIMIT_DAYS: positive('days'),
  LEADS_POLICE_DECISION_LIMIT_SECONDS: positive('seconds'),
  LEADS_RECONSIDERATION_REQUEST_LIMIT_DAYS: positive('days'),
  LEADS_RECONSIDERATION_REQUEST_LIMIT_SECONDS: positive('seconds'),
  LEADS_RECONSIDERATION_ANSWER_LIMIT_DAYS: positive('days'),
  LEADS_RECONSIDERATION_ANSWER_LIMIT_SECONDS: positive('seconds'),
  /** How often the overdue scheduler polls lead_deadlines. */
  LEADS_SCHEDULER_INTERVAL_MS: z.string().regex(/^\d+$/, 'milliseconds').transform(Number).pipe(z.number().int().min(50)).default(5_000),
  /** Set to `false` to run an instance without the scheduler (another instance holds the lease anyway). */
  LEADS_SCHEDULER_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type LeadsConfig = z.output<typeof leadsConfigSchema>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const pick = (seconds: number | undefined, other: number | undefined, unitMs: number, fallback: number) =>
  seconds !== undefined ? seconds * 1000 : other !== undefined ? other * unitMs : fallback;

export function timeLimits(c: LeadsConfig): TimeLimits {
  const s = STATUTORY_LIMITS;
  return {
    acknowledgeMs: pick(c.LEADS_ACK_LIMIT_SECONDS, c.LEADS_ACK_LIMIT_HOURS, HOUR, s.acknowledgeMs),
    transferDecisionMs: pick(c.LEADS_TRANSFER_DECISION_LIMIT_SECONDS, c.LEADS_TRANSFER_DECISION_LIMIT_DAYS, DAY, s.transferDecisionMs),
    handOverMs: pick(c.LEADS_HAND_OVER_LIMIT_SECONDS, c.LEADS_HAND_OVER_LIMIT_HOURS, HOUR, s.handOverMs),
    policeDecisionMs: pick(c.LEADS_POLICE_DECISION_LIMIT_SECONDS, c.LEADS_POLICE_DECISION_LIMIT_DAYS, DAY, s.policeDecisionMs),
    reconsiderationRequestMs: pick(
      c.LEADS_RECONSIDERATION_REQUEST_LIMIT_SECONDS,
      c.LEADS_RECONSIDERATION_REQUEST_LIMIT_DAYS,
      DAY,
      s.reconsiderationRequestMs,
    ),
    reconsiderationAnswerMs: pick(
      c.LEADS_RECONSIDERATION_ANSWER_LIMIT_SECONDS,
      c.LEADS_RECONSIDERATION_ANSWER_LIMIT_DAYS,
      DAY,
      s.reconsiderationAnswerMs,
    ),
  };
}
