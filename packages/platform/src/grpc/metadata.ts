import { randomUUID } from 'node:crypto';
import { ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import * as grpc from '@grpc/grpc-js';
import { actorSchema, zodIssues, type Actor } from '@liaison/contracts';
import { UnauthenticatedError } from '../errors';
import { extractFromHeaders, injectIntoHeaders } from '../telemetry';

/**
 * Metadata keys of the internal gRPC API. Identity is asserted by the gateway, which has
 * verified the caller's token; services trust it because only the gateway and other services
 * reach them (internal network). It is still validated, so a bad caller fails loudly.
 */
export const METADATA = {
  officerId: 'x-liaison-officer-id',
  unitId: 'x-liaison-unit-id',
  roles: 'x-liaison-roles',
  correlationId: 'x-correlation-id',
  // Trailers that carry error details back to the client.
  errorCode: 'x-liaison-error-code',
  errorDetails: 'x-liaison-error-details',
  issues: 'x-liaison-issues',
  currentStatus: 'x-liaison-current-status',
} as const;

export const metadataString = (metadata: grpc.Metadata, key: string): string | undefined => {
  const value = metadata.get(key)[0];
  return value === undefined ? undefined : value.toString();
};

/** Sets a metadata value unless it is empty (grpc-js rejects nothing, but empty adds noise). */
const setIf = (metadata: grpc.Metadata, key: string, value: string | undefined): void => {
  if (value) metadata.set(key, value);
};

/**
 * Caller identity from metadata: `null` when none was sent at all, the actor when it is
 * complete and valid, UnauthenticatedError when it is partial or malformed.
 */
export function readActor(metadata: grpc.Metadata): Actor | null {
  const officerId = metadataString(metadata, METADATA.officerId);
  const unitId = metadataString(metadata, METADATA.unitId);
  const roles = metadataString(metadata, METADATA.roles);
  if (officerId === undefined && unitId === undefined && roles === undefined) return null;

  const parsed = actorSchema.safeParse({
    officerId,
    unitId,
    roles: (roles ?? '').split(',').map((role) => role.trim()).filter(Boolean),
  });
  if (!parsed.success) {
    const problems = zodIssues(parsed.error).map((issue) => `${issue.path}: ${issue.message}`);
    throw new UnauthenticatedError(`invalid caller identity in metadata (${problems.join('; ')})`);
  }
  return parsed.data;
}

export function writeActor(metadata: grpc.Metadata, actor: Actor): void {
  metadata.set(METADATA.officerId, actor.officerId);
  metadata.set(METADATA.unitId, actor.unitId);
  metadata.set(METADATA.roles, actor.roles.join(','));
}

export const readCorrelationId = (metadata: grpc.Metadata): string =>
  metadataString(metadata, METADATA.correlationId) ?? randomUUID();

export const writeCorrelationId = (metadata: grpc.Metadata, correlationId: string): void =>
  setIf(metadata, METADATA.correlationId, correlationId);

/** Puts the W3C trace context of `ctx` (default: active) into gRPC metadata. */
export function injectIntoMetadata(metadata: grpc.Metadata, ctx?: Context): grpc.Metadata {
  const headers = injectIntoHeaders<Record<string, string>>({}, ctx);
  for (const [key, value] of Object.entries(headers)) metadata.set(key, value);
  return metadata;
}

/** The remote parent carried by gRPC metadata; a root context when there is none. */
export function extractFromMetadata(metadata: grpc.Metadata, base: Context = ROOT_CONTEXT): Context {
  return extractFromHeaders(metadata.getMap(), base);
}

/**
 * JSON for an ASCII-only metadata value: grpc-js refuses non-ASCII in text metadata, and issue
 * messages may well be Chinese. `\uXXXX` escapes keep it valid JSON that parses back unchanged.
 */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
