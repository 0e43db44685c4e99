import { describe, expect, it } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import { z } from 'zod';
import { InvalidTransitionError, NotFoundError, PreconditionFailedError, UnauthenticatedError, ValidationError } from '../src/errors';
import { asciiJson, fromGrpcError, GrpcCallError, readBearerToken, toGrpcStatus, writeBearerToken } from '../src/grpc';

/** What the client sees for a status the server sent. */
const asServiceError = (status: grpc.StatusObject): grpc.ServiceError =>
  Object.assign(new Error(status.details), { code: status.code, details: status.details, metadata: status.metadata });

describe('gRPC error mapping', () => {
  it('round-trips a ValidationError with non-ASCII messages through ASCII-only trailers', () => {
    const original = ValidationError.of([{ path: 'title', message: '标题不能为空' }]);
    const status = toGrpcStatus(original, 'corr-1');
    expect(status.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(status.metadata.get('x-liaison-issues')[0]).toMatch(/^[ -~]*$/);
    const back = fromGrpcError(asServiceError(status), '/svc/M');
    expect(back).toBeInstanceOf(ValidationError);
    expect((back as ValidationError).issues).toEqual(original.issues);
  });

  it('turns an escaped ZodError into INVALID_ARGUMENT with field paths', () => {
    const parsed = z.object({ page: z.object({ pageSize: z.number().max(100) }) }).safeParse({ page: { pageSize: 500 } });
    const status = toGrpcStatus(parsed.error, 'corr-2');
    expect(status.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(JSON.parse(String(status.metadata.get('x-liaison-issues')[0]))).toEqual([
      { path: 'page.pageSize', message: expect.any(String) },
    ]);
  });

  it('hides the message of unexpected errors behind the correlation id', () => {
    const status = toGrpcStatus(new Error('password=hunter2'), 'corr-3');
    expect(status).toMatchObject({ code: grpc.status.INTERNAL, details: 'internal error (correlation id corr-3)' });
  });

  it('falls back to the status code alone when the server sent no error-code trailer', () => {
    const bare = (code: grpc.status, metadata = new grpc.Metadata()) => asServiceError({ code, details: 'nope', metadata });
    expect(fromGrpcError(bare(grpc.status.NOT_FOUND), '/s/M')).toBeInstanceOf(NotFoundError);
    expect(fromGrpcError(bare(grpc.status.FAILED_PRECONDITION), '/s/M')).toBeInstanceOf(PreconditionFailedError);
    const withStatus = new grpc.Metadata();
    withStatus.set('x-liaison-current-status', 'closed');
    const transition = fromGrpcError(bare(grpc.status.FAILED_PRECONDITION, withStatus), '/s/M');
    expect(transition).toBeInstanceOf(InvalidTransitionError);
    expect((transition as InvalidTransitionError).currentStatus).toBe('closed');
    const unimplemented = fromGrpcError(bare(grpc.status.UNIMPLEMENTED), '/s/M');
    expect(unimplemented).toBeInstanceOf(GrpcCallError);
    expect(unimplemented.message).toBe('/s/M failed with UNIMPLEMENTED: nope');
  });

  it('escapes only what needs escaping', () => {
    expect(JSON.parse(asciiJson({ a: 'ü证', b: 1 }))).toEqual({ a: 'ü证', b: 1 });
  });
});

describe('identity metadata', () => {
  it('carries a bearer token, and tells absent from malformed', () => {
    const metadata = new grpc.Metadata();
    expect(readBearerToken(metadata)).toBeNull();
    writeBearerToken(metadata, 'a.b.c');
    expect(readBearerToken(metadata)).toBe('a.b.c');

    const malformed = new grpc.Metadata();
    malformed.set('authorization', 'Basic dXNlcg==');
    expect(() => readBearerToken(malformed)).toThrow(UnauthenticatedError);
  });
});

describe('transient driver errors', () => {
  it('become UNAVAILABLE (retry later), not INTERNAL', () => {
    const timeout = Object.assign(new Error('Timed out while checking out a connection from connection pool'), {
      name: 'MongoWaitQueueTimeoutError',
    });
    expect(toGrpcStatus(timeout, 'corr-1').code).toBe(14);
    const kafka = Object.assign(new Error('Connection timeout'), { name: 'KafkaJSConnectionError', retriable: true });
    expect(toGrpcStatus(kafka, 'corr-1').code).toBe(14);
    expect(toGrpcStatus(new TypeError('bug'), 'corr-1').code).toBe(13);
  });
});
