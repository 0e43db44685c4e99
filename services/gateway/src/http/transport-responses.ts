/**
 * Answers any route can give for reasons of transport and load rather than of its resource
 * (request-limits.ts, officer-rate-limit.ts, problems.ts): added to every operation of the
 * OpenAPI document after it is generated, so no route can leave one out and a client (or
 * Schemathesis, scripts/api-fuzz.sh) meets no undocumented status.
 */

interface ResponseObject {
  description: string;
  content?: Record<string, unknown>;
  headers?: Record<string, unknown>;
}
interface Operation {
  requestBody?: unknown;
  parameters?: { name?: string; in?: string }[];
  security?: unknown[];
  responses?: Record<string, ResponseObject>;
}
interface Document {
  security?: unknown[];
  paths?: Record<string, Record<string, unknown>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const retryAfter = { 'Retry-After': { schema: { type: 'string' }, description: 'Seconds to wait before retrying' } };

export function withTransportResponses<D extends object>(generated: D): D {
  const document = generated as Document;
  // The problem+json content exactly as the generator wrote it for the routes' own errors.
  const located = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.map((method) => item[method] as Operation | undefined)
      .filter((operation) => operation !== undefined)
      .map((operation) => ({ path, operation })),
  );
  const operations = located.map(({ operation }) => operation);
  const problemContent = operations
    .flatMap((operation) => Object.values(operation.responses ?? {}))
    .find((response) => response.content?.['application/problem+json'])?.content;
  if (!problemContent) return generated;
  const problem = (description: string, headers?: Record<string, unknown>): ResponseObject => ({
    description,
    content: problemContent,
    ...(headers ? { headers } : {}),
  });
  const always: Record<string, ResponseObject> = {
    408: problem('The client did not send its whole request within the receive timeout'),
    431: problem('The request head (headers) is larger than the gateway accepts (GATEWAY_MAX_HEADER_BYTES)'),
    503: problem('A backend service is unavailable, or no answer within the request deadline (GATEWAY_REQUEST_TIMEOUT_MS)', retryAfter),
  };
  const withBody: Record<string, ResponseObject> = {
    400: problem('Malformed JSON, or a field that fails validation (`issues`)'),
    413: problem('The request body is larger than the gateway accepts (GATEWAY_MAX_JSON_BODY)'),
    415: problem('The request body is not of a media type this operation accepts'),
  };
  const signedIn: Record<string, ResponseObject> = {
    401: problem('Missing, invalid or expired bearer token (`WWW-Authenticate: Bearer`)'),
    429: problem('More requests of this officer than the per-officer rate limit allows (`Retry-After`, `RateLimit`)', retryAfter),
  };
  // An id in the path may name nothing, or something the caller may not know exists.
  const identified = { 404: problem('No such record, or one whose existence must not be disclosed') };
  // A command's Idempotency-Key is bound to its request (idempotency.ts): the service refuses it with any other.
  const keyed = { 422: problem('Idempotency-Key already used for a different request (method, path or body)') };
  const takesKey = (operation: Operation) =>
    (operation.parameters ?? []).some((parameter) => parameter.in === 'header' && parameter.name?.toLowerCase() === 'idempotency-key');
  for (const { path, operation } of located) {
    const security = operation.security ?? document.security ?? [];
    const extra = {
      ...always,
      ...(path.includes('{') ? identified : {}),
      ...(takesKey(operation) ? keyed : {}),
      ...(operation.requestBody ? withBody : {}),
      ...(security.length > 0 ? signedIn : {}),
    };
    // A route's own, more specific description wins.
    operation.responses = { ...extra, ...operation.responses };
  }
  return generated;
}
