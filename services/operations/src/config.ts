import { grpcServiceConfigSchema } from '@liaison/platform';
import { z } from 'zod';
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
 * OPERATIONS_RESPONSE_LIMIT_HOURS (normal, default 72) or OPERATIONS_EMERGENCY_RESPONSE_SECONDS
 * (emergency, default 7200); OPERATIONS_RESPONSE_LIMIT_SECONDS overrides the normal limit in
 * tests and drills.
 */
export const operationsConfigSchema = grpcServiceConfigSchema('operations').extend({
  LEADS_GRPC_ADDRESS: z
    .string()
    .regex(/^[^\s:]+:\d+$/, 'expected host:port')
    .default('127.0.0.1:50051'),
  OPERATIONS_RESPONSE_LIMIT_HOURS: positive('hours'),
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

export function responseLimits(c: OperationsConfig): ResponseLimits {
  return {
    normalMs:
      c.OPERATIONS_RESPONSE_LIMIT_SECONDS !== undefined
        ? c.OPERATIONS_RESPONSE_LIMIT_SECONDS * 1000
        : c.OPERATIONS_RESPONSE_LIMIT_HOURS !== undefined
          ? c.OPERATIONS_RESPONSE_LIMIT_HOURS * 3_600_000
          : DEFAULT_RESPONSE_LIMITS.normalMs,
    emergencyMs:
      c.OPERATIONS_EMERGENCY_RESPONSE_SECONDS !== undefined
        ? c.OPERATIONS_EMERGENCY_RESPONSE_SECONDS * 1000
        : DEFAULT_RESPONSE_LIMITS.emergencyMs,
  };
}
