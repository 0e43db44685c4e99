import { grpcServiceConfigSchema } from '@liaison/platform';
import { z } from 'zod';

/**
 * The credit service's environment (GRPC_PORT defaults to 50056). The period scheduler polls the
 * blacklistings in force every CREDIT_SCHEDULER_INTERVAL_MS (default 60 s) on the instance that
 * holds its lease; CREDIT_SCHEDULER_ENABLED=false runs an instance without it.
 */
export const creditConfigSchema = grpcServiceConfigSchema('credit').extend({
  CREDIT_SCHEDULER_INTERVAL_MS: z.string().regex(/^\d+$/, 'milliseconds').transform(Number).pipe(z.number().int().min(50)).default(60_000),
  CREDIT_SCHEDULER_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type CreditConfig = z.output<typeof creditConfigSchema>;
