import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Writable } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import type { Actor } from '@liaison/contracts';
import {
  ConcurrencyError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  PreconditionFailedError,
  UnauthenticatedError,
  UnavailableError,
  ValidationError,
} from '../src/errors';
import { createLogger } from '../src/logging';
import { startTelemetry, type Telemetry } from '../src/telemetry';
import {
  createGrpcClient,
  createGrpcServer,
  createIdentitySigner,
  defaultDevSigner,
  devIdentityKey,
  fromGrpcError,
  GrpcCallError,
  loadServiceDefinition,
  type GrpcClient,
  type GrpcServer,
} from '../src/grpc';

const ECHO_PROTO = join(__dirname, 'fixtures', 'protos', 'echo.proto');
const SERVICE = 'liaison.test.v1.EchoService';

interface EchoReply {
  text: string;
  actor: Actor | null;
  correlationId: string;
  traceparent: string;
  hasDeadline: boolean;
}
type EchoMethods = {
  Echo: { request: { text: string }; response: EchoReply };
  Fail: { request: { kind: string }; response: Record<string, never> };
  Slow: { request: { delayMs: number }; response: EchoReply };
  Ping: { request: Record<string, never>; response: EchoReply };
};

const officer: Actor = { officerId: 'officer-7', unitId: 'unit-jinshui-msb', roles: ['liaison_officer', 'coordinator'] };

const failures: Record<string, () => Error> = {
  validation: () =>
    ValidationError.of([
      { path: 'grading.reliability', message: 'expected one of A|B|C|X' },
      { path: 'title', message: '标题不能为空' },
    ]),
  not_found: () => new NotFoundError('lead', 'lead-42'),
  forbidden: () => new ForbiddenError('unit unit-x may not read lead-42'),
  concurrency: () => new ConcurrencyError('lead-42', 3, 4),
  precondition_failed: () => new PreconditionFailedError('lead-42', 2, 5),
  invalid_transition: () => new InvalidTransitionError('cannot accept a lead that was not shared', 'draft'),
  unavailable: () => new UnavailableError('event store unreachable'),
  bug: () => new TypeError('cannot read properties of undefined (secret internals)'),
};

let telemetry: Telemetry;
const exporter = new InMemorySpanExporter();
let server: GrpcServer;
let client: GrpcClient<EchoMethods>;
let address: string;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  telemetry = startTelemetry({ serviceName: 'grpc-test', exporter, processing: 'simple' });
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger('grpc-test', { level: 'debug', destination });
  const echoService = loadServiceDefinition(ECHO_PROTO, SERVICE);

  const reply = (
    text: string,
    ctx: { actor: Actor | null; correlationId: string; traceparent: string | null; deadline: Date | null },
  ): EchoReply => ({
    text,
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    traceparent: ctx.traceparent ?? '',
    hasDeadline: ctx.deadline !== null,
  });

  server = createGrpcServer({
    logger,
    healthName: 'echo',
    services: [
      {
        definition: echoService,
        implementation: {
          Echo: (request: { text: string }, ctx) => {
            ctx.logger.info('echoing');
            return reply(request.text, ctx);
          },
          Fail: (request: { kind: string }) => {
            throw (failures[request.kind] ?? failures.bug!)();
          },
          Slow: async (request: { delayMs: number }, ctx) => {
            // Stops when the caller gives up, as a real handler doing slow I/O should.
            await delay(request.delayMs, undefined, { signal: ctx.signal }).catch(() => undefined);
            return reply('late', ctx);
          },
        },
        publicImplementation: { Ping: (_request: unknown, ctx) => reply('pong', ctx) },
      },
    ],
  });
  const port = await server.start(0);
  address = `127.0.0.1:${port}`;
  client = createGrpcClient<EchoMethods>(echoService, address, { deadlineMs: 2_000 });
});

afterAll(async () => {
  client?.close();
  await server?.shutdown(2_000);
  await telemetry?.shutdown();
});

beforeEach(() => exporter.reset());

/** Echo with hand-made metadata, as grpcurl or any other process could send it. */
const rawEcho = (metadata: grpc.Metadata) =>
  new Promise<EchoReply>((resolve, reject) => {
    const method = loadServiceDefinition(ECHO_PROTO, SERVICE).definition.Echo!;
    client.raw.makeUnaryRequest(
      method.path,
      method.requestSerialize,
      method.responseDeserialize,
      { text: 'raw' },
      metadata,
      { deadline: Date.now() + 2_000 },
      (error, reply) => (error ? reject(fromGrpcError(error, method.path)) : resolve(reply as EchoReply)),
    );
  });

const failWith = (kind: string) => client.call('Fail', { kind }, { actor: officer, correlationId: `corr-${kind}` });

describe('gRPC helpers on loopback', () => {
  it('propagates identity, correlation id and a deadline to the handler', async () => {
    const answer = await client.call('Echo', { text: 'hello' }, { actor: officer, correlationId: 'corr-identity' });
    expect(answer).toMatchObject({ text: 'hello', actor: officer, correlationId: 'corr-identity', hasDeadline: true });
    // Every log line in the handler carries the correlation id and the server span's ids.
    const line = logLines.find((entry) => entry.msg === 'echoing' && entry.correlationId === 'corr-identity');
    expect(line).toMatchObject({ officerId: officer.officerId, unitId: officer.unitId, rpc: `/${SERVICE}/Echo` });
    expect(answer.traceparent).toContain(line?.traceId as string);
  });

  it('rejects a call without identity with UNAUTHENTICATED', async () => {
    const error = await client.call('Echo', { text: 'anonymous' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as Error).message).toMatch(/caller identity missing/);
  });

  it('rejects malformed identity with UNAUTHENTICATED', async () => {
    const bad = { ...officer, roles: ['superuser'] } as unknown as Actor;
    await expect(client.call('Echo', { text: 'x' }, { actor: bad })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('ignores plain x-liaison identity headers: without a signed token the call is UNAUTHENTICATED', async () => {
    const headers = new grpc.Metadata();
    headers.set('x-liaison-officer-id', officer.officerId);
    headers.set('x-liaison-unit-id', officer.unitId);
    headers.set('x-liaison-roles', officer.roles.join(','));
    const error = await rawEcho(headers).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as Error).message).toMatch(/x-liaison-officer-id .* are not accepted/);
  });

  it('trusts the actor of a valid token, and only for the service it names', async () => {
    const forEcho = new grpc.Metadata();
    forEcho.set('authorization', `Bearer ${await defaultDevSigner().tokenFor(officer, SERVICE)}`);
    await expect(rawEcho(forEcho)).resolves.toMatchObject({ actor: officer });

    const forLeads = new grpc.Metadata();
    forLeads.set('authorization', `Bearer ${await defaultDevSigner().tokenFor(officer, 'liaison.v1.LeadsService')}`);
    await expect(rawEcho(forLeads)).rejects.toThrow(/claim "aud" invalid/);
  });

  it('refuses tokens of an untrusted issuer', async () => {
    const stranger = createIdentitySigner({ issuer: 'grpcurl-user', privateKey: devIdentityKey() });
    const strangerClient = createGrpcClient<EchoMethods>(loadServiceDefinition(ECHO_PROTO, SERVICE), address, {
      deadlineMs: 2_000,
      identity: stranger,
    });
    try {
      await expect(strangerClient.call('Echo', { text: 'x' }, { actor: officer })).rejects.toThrow(/claim "iss" invalid/);
    } finally {
      strangerClient.close();
    }
  });

  it('lets public methods through without identity', async () => {
    const answer = await client.call('Ping', {});
    expect(answer.text).toBe('pong');
    expect(answer.actor).toBeNull();
    expect(answer.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('maps ValidationError to INVALID_ARGUMENT and back, with the same issues (non-ASCII intact)', async () => {
    const error = await failWith('validation').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    const expected = failures.validation!() as ValidationError;
    expect((error as ValidationError).issues).toEqual(expected.issues);
    expect((error as ValidationError).message).toBe(expected.message);
  });

  it.each([
    ['not_found', NotFoundError, grpc.status.NOT_FOUND],
    ['forbidden', ForbiddenError, grpc.status.PERMISSION_DENIED],
    ['concurrency', ConcurrencyError, grpc.status.ABORTED],
    ['precondition_failed', PreconditionFailedError, grpc.status.FAILED_PRECONDITION],
    ['invalid_transition', InvalidTransitionError, grpc.status.FAILED_PRECONDITION],
    ['unavailable', UnavailableError, grpc.status.UNAVAILABLE],
  ] as const)('maps %s to the status code and back to the same error class', async (kind, errorClass, code) => {
    const error = await failWith(kind).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errorClass);
    const original = failures[kind]!() as Error & { details: Record<string, unknown> };
    expect((error as Error).message).toBe(original.message);
    if (kind !== 'unavailable') expect((error as { details: unknown }).details).toEqual(original.details);
    const serverSpan = exporter.getFinishedSpans().find((span) => span.kind === SpanKind.SERVER);
    expect(serverSpan?.attributes['rpc.grpc.status_code']).toBe(code);
  });

  it('carries the current status of an invalid transition in its own field', async () => {
    const error = (await failWith('invalid_transition').catch((caught: unknown) => caught)) as InvalidTransitionError;
    expect(error.currentStatus).toBe('draft');
    const concurrency = (await failWith('concurrency').catch((caught: unknown) => caught)) as ConcurrencyError;
    expect([concurrency.streamId, concurrency.expectedVersion, concurrency.actualVersion]).toEqual(['lead-42', 3, 4]);
  });

  it('turns unexpected errors into INTERNAL with a generic message and logs the stack', async () => {
    const error = await failWith('bug').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GrpcCallError);
    expect((error as GrpcCallError).grpcCode).toBe(grpc.status.INTERNAL);
    expect((error as Error).message).not.toContain('secret internals');
    expect((error as Error).message).toContain('corr-bug');
    const logged = logLines.find((entry) => entry.correlationId === 'corr-bug' && entry.level === 'error');
    expect((logged?.err as { stack?: string } | undefined)?.stack).toContain('secret internals');
  });

  it('surfaces an exceeded deadline as an error', async () => {
    const started = Date.now();
    const error = await client.call('Slow', { delayMs: 1_000 }, { actor: officer, deadlineMs: 100 }).catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(900);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as UnavailableError).details).toMatchObject({ grpcStatus: 'DEADLINE_EXCEEDED' });
  });

  it('aborts the handler signal when the caller gives up, and logs the call as cancelled', async () => {
    await expect(
      client.call('Slow', { delayMs: 5_000 }, { actor: officer, correlationId: 'corr-cancel', deadlineMs: 50 }),
    ).rejects.toBeInstanceOf(UnavailableError);
    await delay(50);
    expect(logLines.find((entry) => entry.correlationId === 'corr-cancel')).toMatchObject({
      grpcCode: 'CANCELLED',
      msg: 'rpc cancelled by the caller',
    });
  });

  it('honours an inherited absolute deadline when it is earlier', async () => {
    const deadline = new Date(Date.now() + 100);
    await expect(client.call('Slow', { delayMs: 1_000 }, { actor: officer, deadline, deadlineMs: 5_000 })).rejects.toBeInstanceOf(
      UnavailableError,
    );
  });

  it('answers grpc.health.v1 Check with SERVING', async () => {
    const health = grpc.loadPackageDefinition(protoLoader.loadSync(healthProtoPath, { enums: String })) as unknown as {
      grpc: { health: { v1: { Health: grpc.ServiceClientConstructor } } };
    };
    const healthClient = new health.grpc.health.v1.Health(address, grpc.credentials.createInsecure());
    const check = (service: string) =>
      new Promise<{ status: string }>((resolve, reject) =>
        healthClient.Check!(
          { service },
          { deadline: Date.now() + 2_000 },
          (error: grpc.ServiceError | null, response: { status: string }) => (error ? reject(error) : resolve(response)),
        ),
      );
    try {
      await expect(check('')).resolves.toEqual({ status: 'SERVING' });
      await expect(check(SERVICE)).resolves.toEqual({ status: 'SERVING' });
      await expect(check('echo')).resolves.toEqual({ status: 'SERVING' });
    } finally {
      healthClient.close();
    }
  });

  it('lists the service through server reflection', async () => {
    const reflectionProto = require.resolve('@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto');
    const reflection = grpc.loadPackageDefinition(protoLoader.loadSync(reflectionProto)) as unknown as {
      grpc: { reflection: { v1: { ServerReflection: grpc.ServiceClientConstructor } } };
    };
    const reflectionClient = new reflection.grpc.reflection.v1.ServerReflection(address, grpc.credentials.createInsecure());
    try {
      const services = await new Promise<string[]>((resolve, reject) => {
        const stream = reflectionClient.ServerReflectionInfo!({ deadline: Date.now() + 2_000 }) as grpc.ClientDuplexStream<
          unknown,
          { listServicesResponse?: { service: { name: string }[] } }
        >;
        stream.on('data', (message) => {
          resolve((message.listServicesResponse?.service ?? []).map((service: { name: string }) => service.name));
          stream.end();
        });
        stream.on('error', reject);
        stream.write({ listServices: '' });
      });
      expect(services).toEqual(expect.arrayContaining([SERVICE, 'grpc.health.v1.Health']));
    } finally {
      reflectionClient.close();
    }
  });

  it('puts client and server spans in one trace, the server span a child of the client span', async () => {
    await client.call('Echo', { text: 'traced' }, { actor: officer });
    const spans = exporter.getFinishedSpans();
    const clientSpan = spans.find((span) => span.kind === SpanKind.CLIENT && span.name === `${SERVICE}/Echo`);
    const serverSpan = spans.find((span) => span.kind === SpanKind.SERVER && span.name === `${SERVICE}/Echo`);
    expect(clientSpan).toBeDefined();
    expect(serverSpan?.spanContext().traceId).toBe(clientSpan?.spanContext().traceId);
    expect(serverSpan?.parentSpanContext?.spanId).toBe(clientSpan?.spanContext().spanId);
    expect(serverSpan?.attributes).toMatchObject({
      'rpc.system': 'grpc',
      'rpc.service': SERVICE,
      'rpc.method': 'Echo',
      'liaison.officer_id': 'officer-7',
    });
  });

  it('refuses to start with a proto method that has no handler', () => {
    const definition = loadServiceDefinition(ECHO_PROTO, SERVICE);
    expect(() =>
      createGrpcServer({
        logger: createLogger('x', { level: 'silent' }),
        services: [{ definition, implementation: { Echo: () => ({}) } }],
      }),
    ).toThrow(/no handler for rpc Fail/);
    expect(() => loadServiceDefinition(ECHO_PROTO, 'liaison.test.v1.Nope')).toThrow(/defines: liaison.test.v1.EchoService/);
  });
});
