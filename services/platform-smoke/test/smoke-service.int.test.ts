import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@liaison/contracts';
import {
  createGrpcClient,
  createLogger,
  type GrpcClient,
  grpcServiceConfigSchema,
  loadConfig,
  NotFoundError,
  type ServiceHost,
  startTelemetry,
  type Telemetry,
  UnauthenticatedError,
  ValidationError,
} from '@liaison/platform';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { smokeServiceDefinition } from '../src/api/grpc';
import { startSmokeService } from '../src/app';
import { until } from '@liaison/platform/testing';

type Methods = {
  RecordHeartbeat: {
    request: { requestId: string; source: string; note: string };
    response: { streamId: string; version: number; duplicate: boolean };
  };
  GetHeartbeats: { request: { source: string }; response: { streamId: string; projectedVersion: number; count: number; lastNote: string } };
};

const officer: Actor = { officerId: 'officer-erqi-1', unitId: 'unit-erqi-msb', roles: ['liaison_officer'] };
const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
let service: ServiceHost;
let client: GrpcClient<Methods>;

beforeAll(async () => {
  telemetry = startTelemetry({ serviceName: 'platform-smoke-test', exporter, processing: 'simple' });
  const config = loadConfig(grpcServiceConfigSchema('history'), {
    ...process.env,
    SERVICE_NAME: `smoke_${randomUUID().slice(0, 8)}`,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
  });
  service = await startSmokeService(config, createLogger('platform-smoke-test', { level: 'silent' }));
  client = createGrpcClient<Methods>(smokeServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 10_000 });
});
afterAll(async () => {
  client?.close();
  await service?.connection.dropDatabase().catch(() => undefined);
  await service?.stop();
  await telemetry?.shutdown();
});

/** Polls until the projection shows it (a missing document is retried too). */
const eventually = <T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000) => until(probe, accept, { timeoutMs });

describe('platform smoke service: gRPC → event store → outbox → Kafka → projection', () => {
  it('projects a recorded heartbeat and continues the caller trace into the Kafka consumer', async () => {
    const source = `district-${randomUUID().slice(0, 6)}`;
    const first = await client.call('RecordHeartbeat', { requestId: randomUUID(), source, note: 'morning check' }, { actor: officer });
    expect(first).toMatchObject({ version: 1, duplicate: false });
    const view = await eventually(
      () => client.call('GetHeartbeats', { source }, { actor: officer }),
      (v) => v.count === 1,
    );
    expect(view).toMatchObject({ streamId: `heartbeat-${source}`, projectedVersion: 1, lastNote: 'morning check' });

    const spans = exporter.getFinishedSpans();
    const clientSpan = spans.find((s) => s.kind === SpanKind.CLIENT && s.name.endsWith('/RecordHeartbeat'))!;
    const consumerSpan = spans.find((s) => s.kind === SpanKind.CONSUMER && s.spanContext().traceId === clientSpan.spanContext().traceId);
    expect(consumerSpan).toBeDefined();
  });

  it('answers a retried request id with the first result', async () => {
    const source = `county-${randomUUID().slice(0, 6)}`;
    const requestId = randomUUID();
    await client.call('RecordHeartbeat', { requestId, source, note: 'once' }, { actor: officer });
    const retried = await client.call('RecordHeartbeat', { requestId, source, note: 'once' }, { actor: officer });
    expect(retried).toMatchObject({ version: 1, duplicate: true });
    await client.call('RecordHeartbeat', { requestId: randomUUID(), source, note: 'twice' }, { actor: officer });
    const view = await eventually(
      () => client.call('GetHeartbeats', { source }, { actor: officer }),
      (v) => v.count === 2,
    );
    expect(view.lastNote).toBe('twice');
  });

  it('rejects bad input with the field named, and calls without identity', async () => {
    await expect(
      client.call('RecordHeartbeat', { requestId: randomUUID(), source: 'Not Valid!', note: '' }, { actor: officer }),
    ).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'source', message: expect.stringContaining('lower-case') }],
    });
    await expect(client.call('RecordHeartbeat', { requestId: '', source: 'x', note: '' }, { actor: officer })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(client.call('RecordHeartbeat', { requestId: randomUUID(), source: 'x', note: '' })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    await expect(client.call('GetHeartbeats', { source: 'never-seen' }, { actor: officer })).rejects.toBeInstanceOf(NotFoundError);
  });
});
