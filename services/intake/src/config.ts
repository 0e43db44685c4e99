import { grpcServiceConfigSchema, grpcTargetVar } from '@liaison/platform';
import { z } from 'zod';
import { attachmentEnvSchema } from './attachments/settings';

/**
 * The intake service's environment (GRPC_PORT defaults to 50057). It posts converted reports as
 * leads (LEADS_GRPC_ADDRESS); INTAKE_ROUTING_FILE overrides seeds/intake-routing.json.
 */
export const intakeConfigSchema = grpcServiceConfigSchema('intake').extend({
  LEADS_GRPC_ADDRESS: grpcTargetVar('127.0.0.1:50051'),
  INTAKE_ROUTING_FILE: z.string().min(1).optional(),
  // Files attached to public reports (ADR 0034): limits and store.
  ...attachmentEnvSchema.shape,
});
export type IntakeConfig = z.output<typeof intakeConfigSchema>;
