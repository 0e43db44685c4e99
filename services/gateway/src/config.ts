import { gatewayConfigSchema } from '@liaison/platform';
import { z } from 'zod';

/**
 * The gateway's environment: the platform's gateway schema plus authentication.
 * AUTH_MODE=dev (the default locally) lets the gateway issue HS256 tokens for seeded officers;
 * AUTH_MODE=oidc (production) only verifies tokens of an external issuer against its JWKS.
 */
export const gatewayEnvSchema = gatewayConfigSchema
  .extend({
    AUTH_MODE: z.enum(['dev', 'oidc']).default('dev'),
    /** dev: the HMAC secret (≥ 32 chars). Unset: a random secret per process. */
    AUTH_DEV_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** dev: iss/aud of issued tokens; oidc: the issuer and audience that tokens must carry. */
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).default('liaison'),
    /** oidc: where the issuer publishes its signing keys. */
    AUTH_JWKS_URL: z.url().optional(),
    /** oidc: the claim that holds the officer id of the directory. */
    AUTH_OFFICER_CLAIM: z.string().min(1).default('sub'),
    /** dev: lifetime of issued tokens. */
    AUTH_TOKEN_TTL_SECONDS: z
      .string()
      .regex(/^\d+$/, 'expected seconds')
      .transform(Number)
      .pipe(z.number().int().min(30).max(86_400))
      .default(900),
    /** Requests one officer may make per window on the authenticated API; beyond: 429 with Retry-After. */
    GATEWAY_OFFICER_RATE_LIMIT: z
      .string()
      .regex(/^\d+$/, 'expected a number of requests')
      .transform(Number)
      .pipe(z.number().int().min(1))
      .default(1_200),
    GATEWAY_OFFICER_RATE_WINDOW_MS: z
      .string()
      .regex(/^\d+$/, 'expected milliseconds')
      .transform(Number)
      .pipe(z.number().int().min(1_000))
      .default(60_000),
    /** Largest request head in bytes (beyond: 431) and JSON body (beyond: 413); request-limits.ts. */
    GATEWAY_MAX_HEADER_BYTES: z
      .string()
      .regex(/^\d+$/, 'expected bytes')
      .transform(Number)
      .pipe(z.number().int().min(4_096))
      .default(16_384),
    GATEWAY_MAX_JSON_BODY: z
      .string()
      .regex(/^\d+(b|kb|mb)$/, 'expected e.g. 256kb')
      .default('256kb'),
    /** An answer not sent within this gets 503 with Retry-After (streams exempt); a client not done sending within the receive timeout gets 408. */
    GATEWAY_REQUEST_TIMEOUT_MS: z.string().regex(/^\d+$/, 'expected milliseconds').transform(Number).default(30_000),
    GATEWAY_RECEIVE_TIMEOUT_MS: z.string().regex(/^\d+$/, 'expected milliseconds').transform(Number).default(60_000),
    /** Deadline of each gRPC call to the services. */
    GRPC_DEADLINE_MS: z.string().regex(/^\d+$/, 'expected milliseconds').transform(Number).default(5_000),
  })
  .superRefine((env, ctx) => {
    if (env.AUTH_MODE !== 'oidc') return;
    if (!env.AUTH_ISSUER) ctx.addIssue({ code: 'custom', path: ['AUTH_ISSUER'], message: 'is required when AUTH_MODE=oidc' });
    if (!env.AUTH_JWKS_URL) ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'is required when AUTH_MODE=oidc' });
  });

export type GatewayEnv = z.output<typeof gatewayEnvSchema>;

export const DEV_ISSUER = 'liaison-gateway-dev';
