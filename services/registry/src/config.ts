import { grpcServiceConfigSchema } from '@liaison/platform';
import type { z } from 'zod';

/** The registry service's environment: the platform's gRPC service schema (LIAISON_DIRECTORY names the seed file). */
export const registryConfigSchema = grpcServiceConfigSchema('registry');
export type RegistryConfig = z.output<typeof registryConfigSchema>;
