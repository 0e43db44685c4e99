import { z } from 'zod';
import '../http/common-schemas';

/** The answer of GET …/{id}/integrity: IntegrityService.VerifyStream's StreamVerification (ADR 0017). */
export const brokenLinkSchema = z.object({
  version: z.number().int().describe('Version of the first event of the commit where the chain breaks'),
  commitId: z.string(),
  expectedHash: z.string().describe('hash-mismatch: the hash of the stored events; otherwise what its prevHash should be'),
  storedHash: z.string().describe('What the commit stores (hash, resp. prevHash); empty when it has none'),
  reason: z.enum(['hash-mismatch', 'prev-hash-mismatch', 'version-gap']),
  detail: z.string(),
});

export const streamVerificationSchema = z.object({
  streamId: z.string(),
  commits: z.number().int(),
  headVersion: z.number().int(),
  head: z.string().describe('SHA-256 (hex) of the last commit as stored; vouched for only when intact'),
  intact: z.boolean(),
  firstBrokenLink: brokenLinkSchema.nullable().describe('The first commit whose link does not recompute; null when intact'),
  legacyCommits: z.number().int().describe('Commits written before chaining: unprotected until a chained commit follows them'),
  algorithm: z.string().describe('sha256/rfc8785'),
});
