import { describe, expect, it } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import { KafkaJSConnectionError, KafkaJSNonRetriableError, type KafkaMessage } from 'kafkajs';
import { MongoNetworkError, MongoNetworkTimeoutError, MongoServerError, MongoServerSelectionError } from 'mongodb';
import { z } from 'zod';
import {
  ConcurrencyError,
  InvalidTransitionError,
  NotFoundError,
  UnavailableError,
  ValidationError,
  classifyFailure,
  readIncomingEvent,
} from '../src';
import { envelope } from './support/raw-events';
import { testRegistry } from './support/test-events';

const grpcError = (code: grpc.status) =>
  Object.assign(new Error(`${code} ${grpc.status[code]}`), { code, details: '', metadata: new grpc.Metadata() });
const message = (value: string): KafkaMessage =>
  ({
    key: null,
    value: Buffer.from(value),
    headers: {},
    offset: '0',
    timestamp: '0',
    attributes: 0,
  }) satisfies KafkaMessage;

describe('what a consumer does with a handler failure', () => {
  it.each([
    ['a MongoDB network error', new MongoNetworkError('connect ECONNREFUSED')],
    ['a MongoDB network timeout', new MongoNetworkTimeoutError('timed out')],
    [
      'no MongoDB server to select',
      new MongoServerSelectionError('Server selection timed out after 30000 ms', { servers: new Map() } as never),
    ],
    ['a retriable KafkaJS error', new KafkaJSConnectionError('Connection error')],
    ['UnavailableError (a service said 503 / UNAVAILABLE)', new UnavailableError('leads down')],
    ['a lost race (ConcurrencyError)', new ConcurrencyError('lead-1', 3, 4)],
    ['gRPC UNAVAILABLE from a called service', grpcError(grpc.status.UNAVAILABLE)],
    ['gRPC DEADLINE_EXCEEDED from a called service', grpcError(grpc.status.DEADLINE_EXCEEDED)],
    ['a driver error wrapped as the cause of another', new Error('projection update failed', { cause: new MongoNetworkError('reset') })],
  ])('retries %s for as long as it takes', (_what, error) => {
    expect(classifyFailure(error)).toBe('transient');
  });

  it.each([
    ['a ValidationError', ValidationError.field('data.title', 'required')],
    ['a ZodError', z.object({ a: z.string() }).safeParse({}).error!],
  ])('dead-letters %s at once', (_what, error) => {
    expect(classifyFailure(error)).toBe('rejected');
  });

  it.each([
    ['a domain refusal', new InvalidTransitionError('cannot accept a closed lead', 'closed')],
    ['a missing record', new NotFoundError('lead', 'lead-1')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    [
      'a MongoDB server error whose numeric code is not a gRPC status',
      Object.assign(new MongoServerError({ message: 'type mismatch', code: 14 })),
    ],
    ['a non-retriable KafkaJS error', new KafkaJSNonRetriableError('bad request')],
    ['gRPC INVALID_ARGUMENT', grpcError(grpc.status.INVALID_ARGUMENT)],
  ])('retries %s a few times, then dead-letters it', (_what, error) => {
    expect(classifyFailure(error)).toBe('failed');
  });
});

describe('reading a consumed message with the producer registry', () => {
  const registry = testRegistry();

  it('refuses what is not JSON or not an envelope as malformed', () => {
    expect(readIncomingEvent(message('not json'), registry)).toMatchObject({ ok: false, reason: 'malformed' });
    const half = readIncomingEvent(message(JSON.stringify({ type: 'ThingCounted' })), registry);
    expect(half).toMatchObject({ ok: false, reason: 'malformed' });
    if (!half.ok) expect(half.error.issues.map((issue) => issue.path)).toContain('eventId');
  });

  it('refuses an unknown type, data off the schema and a newer version as invalid, naming the fields', () => {
    const unknown = readIncomingEvent(message(JSON.stringify(envelope('ThingMelted', {}))), registry);
    expect(unknown).toMatchObject({ ok: false, reason: 'invalid' });
    if (!unknown.ok) expect(unknown.error.issues[0]).toMatchObject({ path: 'type' });

    const off = readIncomingEvent(message(JSON.stringify(envelope('ThingCounted', { name: '', count: -1 }))), registry);
    expect(off).toMatchObject({ ok: false, reason: 'invalid' });
    if (!off.ok) expect(off.error.issues.map((issue) => issue.path).sort()).toEqual(['data.count', 'data.name']);

    const newer = readIncomingEvent(
      message(JSON.stringify(envelope('ThingCounted', { name: 'x', count: 1 }, { schemaVersion: 2 }))),
      registry,
    );
    expect(newer).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('upcasts an older version and hands over the checked data', () => {
    const old = readIncomingEvent(message(JSON.stringify(envelope('ThingRenamed', { title: 'old name' }))), registry);
    expect(old).toMatchObject({ ok: true, event: { schemaVersion: 2, data: { name: 'old name', tags: [] } } });
  });

  it('passes events through unchecked when the topic has no registry', () => {
    expect(readIncomingEvent(message(JSON.stringify(envelope('ThingMelted', { any: 1 }))), undefined)).toMatchObject({ ok: true });
  });
});
