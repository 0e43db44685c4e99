import { evidenceCommandSchemas as C, SHA256_HEX } from '@liaison/contracts';
import { z } from 'zod';
import { exactlyOneOf } from '../http/common-schemas';
import { collector, oneLinkedRecord, registrationFields } from './schemas';

const register = C.RegisterEvidence.shape;

/**
 * The `metadata` part of a multipart upload: the registration fields of the JSON registration
 * (schemas.ts, from the evidence contract) plus what a client may say of its file. The media
 * type a client declares is not trusted: the evidence service records the type it sniffs from
 * the bytes and refuses types not allowed (415).
 */
export const uploadMetadataBody = z
  .strictObject({
    ...registrationFields,
    sha256: z
      .string()
      .trim()
      .toLowerCase()
      .regex(SHA256_HEX, 'expected a hex SHA-256 (64 characters)')
      .optional()
      .describe('The SHA-256 the client computed; the upload is refused (422) when the bytes hash otherwise'),
    fileName: register.fileName.trim().optional().describe('Absent: the file name of the content part'),
    mediaType: register.mediaType.trim().optional().describe('Informative only: the type is sniffed from the bytes'),
  })
  .refine(oneLinkedRecord, { message: 'name exactly one of leadId, operationId (the lead or operation the item belongs to)' })
  // oneLinkedRecord and the collector's unit, for the document (as the JSON registration's).
  .meta({ id: 'UploadEvidenceMetadata', oneOf: exactlyOneOf(['leadId', 'operationId']), ...collector });
export type UploadMetadata = z.output<typeof uploadMetadataBody>;

/** The multipart body as the OpenAPI document describes it: these two parts and no other (readUploadParts refuses any other). */
export const uploadEvidenceBody = z
  .strictObject({
    metadata: uploadMetadataBody.describe('JSON, the first part'),
    content: z.string().meta({ format: 'binary' }).describe('The file, the second part'),
  })
  .meta({ id: 'UploadEvidenceBody' });
