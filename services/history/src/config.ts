import { grpcServiceConfigSchema } from '@liaison/platform';
import type { z } from 'zod';

/** The history service's environment (GRPC_PORT defaults to 50055); nothing of its own yet. */
export const historyConfigSchema = grpcServiceConfigSchema('history');
export type HistoryConfig = z.output<typeof historyConfigSchema>;
