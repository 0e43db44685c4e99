import { isLiaisonError, type ErrorCode } from './domain-errors';

/** RFC 9457 problem details, served as application/problem+json. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
}

const HTTP: Record<ErrorCode, { status: number; title: string }> = {
  validation: { status: 400, title: 'Invalid request' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_found: { status: 404, title: 'Not found' },
  concurrency: { status: 409, title: 'Concurrent modification' },
  invalid_transition: { status: 409, title: 'Not allowed in the current status' },
  precondition_failed: { status: 412, title: 'Precondition failed' },
  idempotency_conflict: { status: 422, title: 'Idempotency-Key reused' },
  unavailable: { status: 503, title: 'Service unavailable' },
  content_too_large: { status: 413, title: 'Content too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  digest_mismatch: { status: 422, title: 'Digest does not match the content' },
};

export const PROBLEM_TYPE_BASE = 'https://liaison.example/problems/';

export function toProblem(error: unknown, instance?: string): Problem {
  if (!isLiaisonError(error)) {
    return { type: `${PROBLEM_TYPE_BASE}internal`, title: 'Internal error', status: 500, detail: 'unexpected error', instance };
  }
  const { status, title } = HTTP[error.code];
  return {
    type: `${PROBLEM_TYPE_BASE}${error.code.replace(/_/g, '-')}`,
    title,
    status,
    detail: error.message,
    ...(instance ? { instance } : {}),
    ...error.details,
  };
}

export const httpStatusOf = (code: ErrorCode): number => HTTP[code].status;
