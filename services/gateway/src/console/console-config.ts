import { z } from 'zod';
import { join } from 'node:path';

/** The built console (apps/console/build.ts writes it; ADR 0026). */
export const CONSOLE_DIST_DEFAULT = join(__dirname, '..', '..', '..', '..', 'apps', 'console', 'dist', 'public');

/** The console's part of the gateway's environment (read beside gatewayEnvSchema in main.ts). */
export const consoleEnvSchema = z.object({
  /** Where the built console is; unset: the workspace's apps/console/dist/public. */
  CONSOLE_DIST_DIR: z.string().min(1).default(CONSOLE_DIST_DEFAULT),
  /** oidc: the console's client id at the identity provider (a public client: PKCE, no secret). */
  CONSOLE_OIDC_CLIENT_ID: z.string().min(1).default('liaison-console'),
  CONSOLE_OIDC_SCOPE: z.string().min(1).default('openid profile'),
});

export type ConsoleEnv = z.output<typeof consoleEnvSchema>;
