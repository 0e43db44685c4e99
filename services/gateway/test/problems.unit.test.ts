import { describe, expect, it } from '@jest/globals';
import {
  ConcurrencyError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  PreconditionFailedError,
  UnavailableError,
  ValidationError,
} from '@liaison/platform';
import { z } from 'zod';
import { AuthenticationFailure } from '../src/auth/authenticator';
import { HttpProblem, problemFor } from '../src/http/problems';

describe('problemFor: one mapping from errors to RFC 9457 problems', () => {
  it.each([
    [ValidationError.of([{ path: 'title', message: 'must not be empty' }]), 400],
    [new AuthenticationFailure('token expired', 'invalid_token'), 401],
    [new ForbiddenError('no'), 403],
    [new NotFoundError('lead', 'lead-1'), 404],
    [new ConcurrencyError('lead-1', 2, 3), 409],
    [new InvalidTransitionError('cannot accept before share', 'posted'), 409],
    [new PreconditionFailedError('lead-1', 2, 3), 412],
    [new UnavailableError('leads down'), 503],
    [new HttpProblem(404, 'not-found', 'Not found', 'no route'), 404],
    [new Error('boom with secrets'), 500],
  ])('%p → %i', (error, status) => {
    const problem = problemFor(error, '/api/v1/leads/x');
    expect(problem.status).toBe(status);
    expect(problem.type).toMatch(/^https:\/\//);
    expect(problem.title).toBeTruthy();
    expect(problem.instance).toBe('/api/v1/leads/x');
  });

  it('names each offending field of a validation error', () => {
    const problem = problemFor(
      ValidationError.of([
        { path: 'grading.information', message: 'too big' },
        { path: 'category', message: 'invalid' },
      ]),
    );
    expect(problem.issues).toEqual([
      { path: 'grading.information', message: 'too big' },
      { path: 'category', message: 'invalid' },
    ]);
  });

  it('turns a ZodError into issues', () => {
    const result = z.strictObject({ reason: z.string().min(1) }).safeParse({ reason: '', extra: 1 });
    const problem = problemFor(result.error);
    expect(problem.status).toBe(400);
    expect((problem.issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual(['(root)', 'reason']);
  });

  it('carries the current status of an invalid transition', () => {
    expect(problemFor(new InvalidTransitionError('accept before share', 'posted')).currentStatus).toBe('posted');
  });

  it('masks unexpected errors', () => {
    expect(problemFor(new Error('mongodb://user:pw@host')).detail).toBe('unexpected error');
  });

  it('maps a malformed JSON body to 400', () => {
    const problem = problemFor(Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400 }));
    expect(problem.status).toBe(400);
    expect(problem.issues).toEqual([{ path: '(body)', message: 'malformed JSON' }]);
  });
});
