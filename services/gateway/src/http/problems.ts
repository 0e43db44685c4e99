import { zodIssues } from '@liaison/contracts';
import { PROBLEM_TYPE_BASE, toProblem, ValidationError, type Problem } from '@liaison/platform';
import type { ErrorRequestHandler, Response } from 'express';
import { z } from 'zod';
import { AuthenticationFailure } from '../auth/authenticator';

export const PROBLEM_JSON = 'application/problem+json';

/** An HTTP-only outcome that has no typed domain error (404 route, 415, 401 from auth…). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

interface BodyParserError {
  type: string;
  status: number;
  message: string;
}
const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as BodyParserError).type === 'string' &&
  typeof (error as BodyParserError).status === 'number';

/**
 * The one mapping from anything a handler can throw to an RFC 9457 problem: typed errors (local
 * or from gRPC) through the platform's `toProblem`, zod errors as validation issues, auth
 * failures as 401, body-parser failures as 400/413/415; anything else is a masked 500.
 */
export function problemFor(error: unknown, instance?: string): Problem {
  if (error instanceof z.ZodError) return toProblem(ValidationError.of(zodIssues(error), 'request'), instance);
  if (error instanceof AuthenticationFailure) {
    return {
      type: `${PROBLEM_TYPE_BASE}unauthenticated`,
      title: 'Authentication required',
      status: 401,
      detail: error.message,
      ...(instance ? { instance } : {}),
    };
  }
  if (error instanceof HttpProblem) {
    return {
      type: `${PROBLEM_TYPE_BASE}${error.slug}`,
      title: error.title,
      status: error.status,
      detail: error.message,
      ...(instance ? { instance } : {}),
      ...error.extensions,
    };
  }
  if (isBodyParserError(error) && error.status >= 400 && error.status < 500) {
    if (error.type === 'entity.parse.failed') {
      return toProblem(ValidationError.of([{ path: '(body)', message: 'malformed JSON' }], 'request body'), instance);
    }
    return {
      type: `${PROBLEM_TYPE_BASE}${error.type.replace(/\W+/g, '-')}`,
      title: 'Unacceptable request body',
      status: error.status,
      detail: error.message,
      ...(instance ? { instance } : {}),
    };
  }
  return toProblem(error, instance);
}

export function sendProblem(res: Response, problem: Problem, error?: unknown): void {
  if (problem.status === 401) {
    const bearerError = error instanceof AuthenticationFailure ? error.bearerError : 'invalid_token';
    const description = problem.detail.replace(/["\\]/g, '');
    res.setHeader(
      'WWW-Authenticate',
      bearerError ? `Bearer realm="liaison", error="${bearerError}", error_description="${description}"` : 'Bearer realm="liaison"',
    );
  }
  // Overload or a backend outage: tell clients when to come back instead of hammering (issue 7).
  if (problem.status === 503) res.setHeader('Retry-After', '1');
  res.status(problem.status).type(PROBLEM_JSON).send(JSON.stringify(problem));
}

/** Express error middleware: the last one in the chain. */
export const problemErrorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const problem = problemFor(error, req.originalUrl);
  res.locals.error = error;
  if (res.headersSent) return;
  sendProblem(res, problem, error);
};
