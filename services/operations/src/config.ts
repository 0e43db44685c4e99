import { grpcServiceConfigSchema, grpcTargetVar } from '@liaison/platform';
import { z } from 'zod';
import { holidayCalendarEnv, type PeriodLimit } from '@liaison/contracts';
import { DEFAULT_RESPONSE_LIMITS, type ResponseLimits } from './domain/model';

const positive = (unit: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, `a number of ${unit}`)
    .transform(Number)
    .pipe(z.number().positive())
    .optional();

/**
 * The operations service's environment (GRPC_PORT defaults to 50052). Invited units answer within
 * OPERATIONS_RESPONSE_LIMIT_HOURS (normal, default 72 hours) or, for emergencies,
 * OPERATIONS_EMERGENCY_RESPONSE_HOURS (default 2 hours): limits in hours stay hours (ADR 0013).
 * OPERATIONS_RESPONSE_LIMIT_SECONDS and OPERATIONS_EMERGENCY_RESPONSE_SECONDS override them in
 * tests and drills. LIAISON_HOLIDAY_CALENDAR names the holiday calendar (default
 * seeds/holidays/cn.json), loaded and validated at start-up.
 */
export const operationsConfigSchema = grpcServiceConfigSchema('operations').extend({
  LEADS_GRPC_ADDRESS: grpcTargetVar('127.0.0.1:50051'),
  LIAISON_HOLIDAY_CALENDAR: holidayCalendarEnv,
  OPERATIONS_RESPONSE_LIMIT_HOURS: positive('hours'),
  OPERATIONS_EMERGENCY_RESPONSE_HOURS: positive('hours'),
  OPERATIONS_RESPONSE_LIMIT_SECONDS: positive('seconds'),
  OPERATIONS_EMERGENCY_RESPONSE_SECONDS: positive('seconds'),
  /** Places of two operations closer than this (metres) conflict. */
  DECONFLICTION_RADIUS_METERS: z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'a number of metres')
    .transform(Number)
    .pipe(z.number().positive().max(50_000))
    .default(300),
  /** How often the overdue scheduler polls operation_memberships. */
  OPERATIONS_SCHEDULER_INTERVAL_MS: z
    .string()
    .regex(/^\d+$/, 'milliseconds')
    .transform(Number)
    .pipe(z.number().int().min(50))
    .default(5_000),
  /** Set to `false` to run an instance without the scheduler (another instance holds the lease anyway). */
  OPERATIONS_SCHEDULER_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type OperationsConfig = z.output<typeof operationsConfigSchema>;

/** Seconds (drills) over hours over the default. */
const pick = (seconds: number | undefined, hours: number | undefined, fallback: PeriodLimit): PeriodLimit =>
  seconds !== undefined ? { seconds } : hours !== undefined ? { hours } : fallback;

export function responseLimits(c: OperationsConfig): ResponseLimits {
  return {
    normal: pick(c.OPERATIONS_RESPONSE_LIMIT_SECONDS, c.OPERATIONS_RESPONSE_LIMIT_HOURS, DEFAULT_RESPONSE_LIMITS.normal),
    emergency: pick(c.OPERATIONS_EMERGENCY_RESPONSE_SECONDS, c.OPERATIONS_EMERGENCY_RESPONSE_HOURS, DEFAULT_RESPONSE_LIMITS.emergency),
  };
}
