import { randomUUID } from 'node:crypto';
import { ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import * as grpc from '@grpc/grpc-js';
import { UnauthenticatedError } from '../errors';
import { extractFromHeaders, injectIntoHeaders } from '../telemetry';

/**
 * Metadata keys of the internal gRPC API. The caller's identity travels only as a signed token
 * (`authorization: Bearer <jwt>`, see identity/identity-token.ts): services verify it and never
 * trust identity asserted in plain headers.
 */
export const METADATA = {
  authorization: 'authorization',
  correlationId: 'x-correlation-id',
  /** The gateway's digest of the HTTP request behind a command (Idempotency-Key binding). */
  requestDigest: 'x-liaison-request-digest',
  // Trailers that carry error details back to the client.
  errorCode: 'x-liaison-error-code',
  errorDetails: 'x-liaison-error-details',
  issues: 'x-liaison-issues',
  currentStatus: 'x-liaison-current-status',
} as const;

/** Identity headers of the old, unverified scheme: named in the error when a caller still sends them. */
export const LEGACY_IDENTITY_HEADERS = ['x-liaison-officer-id', 'x-liaison-unit-id', 'x-liaison-roles'] as const;

export const metadataString = (metadata: grpc.Metadata, key: string): string | undefined => {
  const value = metadata.get(key)[0];
  return value === undefined ? undefined : value.toString();
};

/** Sets a metadata value unless it is empty (grpc-js rejects nothing, but empty adds noise). */
const setIf = (metadata: grpc.Metadata, key: string, value: string | undefined): void => {
  if (value) metadata.set(key, value);
};

/**
 * The bearer token of a call: `null` when none was sent, UnauthenticatedError when the
 * authorization value is not `Bearer <token>`.
 */
export function readBearerToken(metadata: grpc.Metadata): string | null {
  const value = metadataString(metadata, METADATA.authorization);
  if (value === undefined) return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(value);
  if (!match) throw new UnauthenticatedError('expected "authorization: Bearer <token>" in metadata');
  return match[1]!;
}

export const writeBearerToken = (metadata: grpc.Metadata, token: string): void => metadata.set(METADATA.authorization, `Bearer ${token}`);

/** True when the call carries any of the old plain identity headers. */
export const hasLegacyIdentity = (metadata: grpc.Metadata): boolean => LEGACY_IDENTITY_HEADERS.some((key) => metadata.get(key).length > 0);

export const readCorrelationId = (metadata: grpc.Metadata): string => metadataString(metadata, METADATA.correlationId) ?? randomUUID();

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
