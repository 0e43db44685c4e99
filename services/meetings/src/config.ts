import { grpcServiceConfigSchema } from '@liaison/platform';
import { z } from 'zod';

/**
 * The meetings service's environment (GRPC_PORT defaults to 50054). The overdue scheduler polls
 * meeting_action_items every MEETINGS_SCHEDULER_INTERVAL_MS (default 5 s) on the instance that
 * holds its lease; MEETINGS_SCHEDULER_ENABLED=false runs an instance without it.
 */
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
});
export type MeetingsConfig = z.output<typeof meetingsConfigSchema>;
