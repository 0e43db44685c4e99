import { grpcServiceConfigSchema, grpcTargetVar } from '@liaison/platform';
import { z } from 'zod';
import { DEFAULT_CERTIFICATE_FONT } from './certificate/pdf';
import { contentEnvSchema } from './content/policy';

/**
 * The evidence service's environment (GRPC_PORT defaults to 50053). It asks the leads and
 * operations services who takes part in a record (LEADS_GRPC_ADDRESS, OPERATIONS_GRPC_ADDRESS).
 * Certificates are signed with EVIDENCE_CERTIFICATE_KEY_FILE (Ed25519 PKCS#8 PEM; required with
 * NODE_ENV=production, else a dev key under .liaison/keys/evidence-certificate/ is generated on
 * first use) and printed with the CJK font EVIDENCE_CERTIFICATE_FONT (default the Debian package
 * fonts-wqy-microhei's file; without it the PDF writes non-Latin text as code points).
 */
export const evidenceConfigSchema = grpcServiceConfigSchema('evidence').extend({
  LEADS_GRPC_ADDRESS: grpcTargetVar('127.0.0.1:50051'),
  OPERATIONS_GRPC_ADDRESS: grpcTargetVar('127.0.0.1:50052'),
  EVIDENCE_CERTIFICATE_KEY_FILE: z.string().min(1).optional(),
  EVIDENCE_CERTIFICATE_FONT: z.string().min(1).default(DEFAULT_CERTIFICATE_FONT),
  NODE_ENV: z.string().optional(),
  // Uploaded content: size limit, media types, GridFS or a directory (content/policy.ts, ADR 0019).
  ...contentEnvSchema.shape,
});
export type EvidenceConfig = z.output<typeof evidenceConfigSchema>;
