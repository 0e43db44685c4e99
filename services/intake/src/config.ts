import { grpcServiceConfigSchema } from '@liaison/platform';
import { z } from 'zod';

/**
 * The intake service's environment (GRPC_PORT defaults to 50057). It posts converted reports as
 * leads (LEADS_GRPC_ADDRESS); INTAKE_ROUTING_FILE overrides seeds/intake-routing.json.
 */
export const intakeConfigSchema = grpcServiceConfigSchema('intake').extend({
  LEADS_GRPC_ADDRESS: z
    .string()
    .regex(/^[^\s:]+:\d+$/, 'expected host:port')
    .default('127.0.0.1:50051'),
  INTAKE_ROUTING_FILE: z.string().min(1).optional(),
});
export type IntakeConfig = z.output<typeof intakeConfigSchema>;
