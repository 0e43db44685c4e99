import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpProblem } from './problems';
import { contextOf } from './request-context';

export interface OfficerRateLimit {
  /** Requests one officer may make per window, across every authenticated route. */
  limit: number;
  windowMs: number;
}

/** Far beyond any person at a console (20 requests a second for a minute), well below a runaway script. */
export const DEFAULT_OFFICER_RATE_LIMIT: OfficerRateLimit = { limit: 1_200, windowMs: 60_000 };

/**
 * Per-officer rate limit, after authentication (issue 13): a script or a stuck client of one
 * officer cannot take the gateway from everyone else. Beyond the limit: 429 problem+json with
 * Retry-After and the RateLimit headers, before any service is called. Counted in memory per
 * gateway instance (with N gateways an officer gets up to N × limit; a shared store is the
 * production option, docs/adr/0024-deployment.md).
 */
export function officerRateLimit({ limit, windowMs }: OfficerRateLimit): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // The verified officer, never the address: officers of one bureau share a NAT.
    keyGenerator: (_req, res) => `officer:${contextOf(res).actor!.officerId}`,
    handler: (_req, _res, _next, options) => {
      throw new HttpProblem(
        429,
        'too-many-requests',
        'Too many requests',
        `at most ${options.limit} requests per ${windowMs / 1000} s for one officer; retry after the Retry-After seconds`,
      );
    },
  });
}
