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
});
export type MeetingsConfig = z.output<typeof meetingsConfigSchema>;
