import { holidayCalendarEnv } from '@liaison/contracts';
import { grpcServiceConfigSchema } from '@liaison/platform';
import { z } from 'zod';

/**
 * The meetings service's environment (GRPC_PORT defaults to 50054). The overdue scheduler polls
 * meeting_action_items every MEETINGS_SCHEDULER_INTERVAL_MS (default 5 s) on the instance that
 * holds its lease; MEETINGS_SCHEDULER_ENABLED=false runs an instance without it.
 */
const rate = (fallback: number) =>
  z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a rate 0..1')
    .transform(Number)
    .default(fallback);

export const meetingsConfigSchema = grpcServiceConfigSchema('meetings').extend({
  MEETINGS_SCHEDULER_INTERVAL_MS: z.string().regex(/^\d+$/, 'milliseconds').transform(Number).pipe(z.number().int().min(50)).default(5_000),
  MEETINGS_SCHEDULER_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Assessment (ADR 0021): a unit whose on-time rate falls below this (0..1) is a problem area. */
  MEETINGS_ASSESSMENT_MIN_ON_TIME_RATE: z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a rate 0..1')
    .transform(Number)
    .default(0.9),
  /** …and so is one with at least this many unexplained breaches in the period. */
  MEETINGS_ASSESSMENT_MAX_UNEXPLAINED_BREACHES: z
    .string()
    .regex(/^\d+$/, 'a count')
    .transform(Number)
    .pipe(z.number().int().min(1))
    .default(3),
  /** Time-limit compliance (ADR 0021): a unit below any of these rates (0..1) in the month is a problem area. */
  MEETINGS_ASSESSMENT_MIN_ACKNOWLEDGED_RATE: rate(0.9),
  MEETINGS_ASSESSMENT_MIN_TRANSFER_RATE: rate(0.9),
  MEETINGS_ASSESSMENT_MIN_POLICE_RATE: rate(0.9),
  /** How long a problem area has to rectify, counted by the rules for periods (dueBy, ADR 0013). */
  MEETINGS_RECTIFICATION_LIMIT_DAYS: z.string().regex(/^\d+$/, 'whole days').transform(Number).pipe(z.number().int().min(1)).default(30),
  /** Drills and tests only: the limit in seconds (wins over the days). */
  MEETINGS_RECTIFICATION_LIMIT_SECONDS: z.string().regex(/^\d+$/, 'seconds').transform(Number).pipe(z.number().int().min(1)).optional(),
  LIAISON_HOLIDAY_CALENDAR: holidayCalendarEnv,
});
export type MeetingsConfig = z.output<typeof meetingsConfigSchema>;
