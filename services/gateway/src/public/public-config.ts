import { z } from 'zod';

const count = (fallback: number) => z.string().regex(/^\d+$/, 'a number').transform(Number).pipe(z.number().int().min(1)).default(fallback);

/**
 * The public report endpoint's abuse controls (ADR 0028): per client address at most
 * PUBLIC_REPORTS_PER_WINDOW submissions and PUBLIC_STATUS_PER_WINDOW status look-ups per
 * PUBLIC_RATE_WINDOW_MS (express-rate-limit, in memory per gateway instance), and an ALTCHA
 * proof-of-work of up to PUBLIC_POW_MAX_NUMBER hashes signed with PUBLIC_POW_HMAC_KEY (a random
 * key per process when unset: challenges then do not survive a restart, which only means a
 * reporter fetches a new one). TRUST_PROXY: Express's `trust proxy` (hops or addresses) when the
 * gateway runs behind a reverse proxy, so the limit applies to the client, not to the proxy.
 */
export const publicEnvSchema = z.object({
  PUBLIC_REPORTS_PER_WINDOW: count(5),
  PUBLIC_STATUS_PER_WINDOW: count(60),
  /** Files attached to reports (ADR 0034; each report takes a few, within its window). */
  PUBLIC_ATTACHMENTS_PER_WINDOW: count(20),
  /** The published cases (page, JSON, feeds; ADR 0031): read by feed readers, so a higher limit. */
  PUBLIC_FEED_PER_WINDOW: count(600),
  PUBLIC_RATE_WINDOW_MS: count(3_600_000),
  PUBLIC_POW_MAX_NUMBER: count(100_000),
  PUBLIC_POW_HMAC_KEY: z.string().min(32).optional(),
  TRUST_PROXY: z.string().optional(),
});
export type PublicEnv = z.output<typeof publicEnvSchema>;
