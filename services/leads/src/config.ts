import { grpcServiceConfigSchema } from '@liaison/platform';
import { z } from 'zod';
import { holidayCalendarEnv, type PeriodLimit } from '@liaison/contracts';
import { STATUTORY_LIMITS, type TimeLimits } from './domain/model';

const positive = (unit: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, `a number of ${unit}`)
    .transform(Number)
    .pipe(z.number().positive())
    .optional();
/** Periods in days count whole days (ADR 0013). */
const wholeDays = z.string().regex(/^\d+$/, 'a whole number of days').transform(Number).pipe(z.number().int().positive()).optional();

/**
 * The leads service's environment. Each time limit is set in its statutory unit — days, counted
 * by the rules for periods over the holiday calendar (`LEADS_TRANSFER_DECISION_LIMIT_DAYS`, …), or
 * hours, counted as hours (`LEADS_ACK_LIMIT_HOURS`, `LEADS_HAND_OVER_LIMIT_HOURS`) — or, for tests
 * and drills, in seconds (`LEADS_ACK_LIMIT_SECONDS`, …), which wins when both are set.
 * `LIAISON_HOLIDAY_CALENDAR` names the calendar file (default `seeds/holidays/cn.json`), loaded
 * and validated at start-up.
 */
export const leadsConfigSchema = grpcServiceConfigSchema('leads').extend({
  LIAISON_HOLIDAY_CALENDAR: holidayCalendarEnv,
  LEADS_ACK_LIMIT_HOURS: positive('hours'),
  LEADS_ACK_LIMIT_SECONDS: positive('seconds'),
  LEADS_TRANSFER_DECISION_LIMIT_DAYS: wholeDays,
  LEADS_TRANSFER_DECISION_LIMIT_SECONDS: positive('seconds'),
  LEADS_HAND_OVER_LIMIT_HOURS: positive('hours'),
  LEADS_HAND_OVER_LIMIT_SECONDS: positive('seconds'),
  LEADS_POLICE_DECISION_LIMIT_DAYS: wholeDays,
  LEADS_POLICE_DECISION_LIMIT_SECONDS: positive('seconds'),
  LEADS_RECONSIDERATION_REQUEST_LIMIT_DAYS: wholeDays,
  LEADS_RECONSIDERATION_REQUEST_LIMIT_SECONDS: positive('seconds'),
  LEADS_RECONSIDERATION_ANSWER_LIMIT_DAYS: wholeDays,
  LEADS_RECONSIDERATION_ANSWER_LIMIT_SECONDS: positive('seconds'),
  // After a police refusal (ADR 0014).
  LEADS_SUPERVISION_REQUEST_LIMIT_DAYS: wholeDays,
  LEADS_SUPERVISION_REQUEST_LIMIT_SECONDS: positive('seconds'),
  LEADS_SUPERVISION_ANSWER_LIMIT_DAYS: wholeDays,
  LEADS_SUPERVISION_ANSWER_LIMIT_SECONDS: positive('seconds'),
  LEADS_POLICE_REASONS_LIMIT_DAYS: wholeDays,
  LEADS_POLICE_REASONS_LIMIT_SECONDS: positive('seconds'),
  LEADS_POLICE_OPENING_LIMIT_DAYS: wholeDays,
  LEADS_POLICE_OPENING_LIMIT_SECONDS: positive('seconds'),
  /** How often the overdue scheduler polls lead_deadlines. */
  LEADS_SCHEDULER_INTERVAL_MS: z.string().regex(/^\d+$/, 'milliseconds').transform(Number).pipe(z.number().int().min(50)).default(5_000),
  /** Set to `false` to run an instance without the scheduler (another instance holds the lease anyway). */
  LEADS_SCHEDULER_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type LeadsConfig = z.output<typeof leadsConfigSchema>;

/** Seconds (drills) over the statutory unit over the statutory default. */
const pick = (seconds: number | undefined, value: number | undefined, unit: 'days' | 'hours', fallback: PeriodLimit): PeriodLimit =>
  seconds !== undefined ? { seconds } : value !== undefined ? ({ [unit]: value } as PeriodLimit) : fallback;

export function timeLimits(c: LeadsConfig): TimeLimits {
  const s = STATUTORY_LIMITS;
  return {
    acknowledge: pick(c.LEADS_ACK_LIMIT_SECONDS, c.LEADS_ACK_LIMIT_HOURS, 'hours', s.acknowledge),
    transferDecision: pick(c.LEADS_TRANSFER_DECISION_LIMIT_SECONDS, c.LEADS_TRANSFER_DECISION_LIMIT_DAYS, 'days', s.transferDecision),
    handOver: pick(c.LEADS_HAND_OVER_LIMIT_SECONDS, c.LEADS_HAND_OVER_LIMIT_HOURS, 'hours', s.handOver),
    policeDecision: pick(c.LEADS_POLICE_DECISION_LIMIT_SECONDS, c.LEADS_POLICE_DECISION_LIMIT_DAYS, 'days', s.policeDecision),
    reconsiderationRequest: pick(
      c.LEADS_RECONSIDERATION_REQUEST_LIMIT_SECONDS,
      c.LEADS_RECONSIDERATION_REQUEST_LIMIT_DAYS,
      'days',
      s.reconsiderationRequest,
    ),
    reconsiderationAnswer: pick(
      c.LEADS_RECONSIDERATION_ANSWER_LIMIT_SECONDS,
      c.LEADS_RECONSIDERATION_ANSWER_LIMIT_DAYS,
      'days',
      s.reconsiderationAnswer,
    ),
    supervisionRequest: pick(
      c.LEADS_SUPERVISION_REQUEST_LIMIT_SECONDS,
      c.LEADS_SUPERVISION_REQUEST_LIMIT_DAYS,
      'days',
      s.supervisionRequest,
    ),
    supervisionAnswer: pick(c.LEADS_SUPERVISION_ANSWER_LIMIT_SECONDS, c.LEADS_SUPERVISION_ANSWER_LIMIT_DAYS, 'days', s.supervisionAnswer),
    policeReasons: pick(c.LEADS_POLICE_REASONS_LIMIT_SECONDS, c.LEADS_POLICE_REASONS_LIMIT_DAYS, 'days', s.policeReasons),
    policeOpening: pick(c.LEADS_POLICE_OPENING_LIMIT_SECONDS, c.LEADS_POLICE_OPENING_LIMIT_DAYS, 'days', s.policeOpening),
  };
}
