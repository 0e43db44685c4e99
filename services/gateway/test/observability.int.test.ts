import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadDirectory } from '@liaison/contracts';
import { createLogger, loadConfig, type MetricsServer, startMetricsServer, startTelemetry, type Telemetry } from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import { type ExportResult, ExportResultCode } from '@opentelemetry/core';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import express from 'express';
import type { Producer } from 'kafkajs';
import { type LeadsService, startLeadsService } from '../../leads/src/app';
import { leadsConfigSchema } from '../../leads/src/config';
import { type MetricFamily, parseExposition } from '../../../packages/platform/test/support/prometheus-exposition';
import { createGatewayApp } from '../src/app';
import { createDevAuthenticator } from '../src/auth/authenticator';
import { inMemoryOfficers } from '../src/directory/officer-lookup';
import { createGrpcLeadsPort } from '../src/leads/grpc-leads';
import type { LeadsPort } from '../src/leads/leads-port';
import { createGrpcOperationsPort } from '../src/operations/grpc-operations';
import type { OperationsPort } from '../src/operations/operations-port';
import { FakeOperationsServer } from './fake-operations-server';

/**
 * Observability of a real request (ADR 0025): the gateway app and a real leads service (Kafka,
 * FerretDB) in this process, exporting spans over OTLP/HTTP to a receiver in the test, their logs
 * captured, their /metrics read and parsed by the Prometheus project's parser (expfmt).
 */

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: Array<{ key: string; value: { stringValue?: string; intValue?: number | string } }>;
}
// OTLP's SpanKind: 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer.
const KIND = { server: 2, client: 3, producer: 4, consumer: 5 } as const;

/**
 * The SDK's OTLP/HTTP exporter loads its HTTP transport with a dynamic import(), which jest's
 * module sandbox refuses: in this process spans go out as the same OTLP JSON (the SDK's own
 * serializer) over fetch. The real exporter is checked in a process of its own below.
 */
class OtlpJsonExporter implements SpanExporter {
  constructor(private readonly url: string) {}
  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JsonTraceSerializer.serializeRequest(spans),
    }).then(
      (response) => done({ code: response.ok ? ExportResultCode.SUCCESS : ExportResultCode.FAILED }),
      (error: unknown) => done({ code: ExportResultCode.FAILED, error: error as Error }),
    );
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

const received: OtlpSpan[] = [];
const logLines: Array<Record<string, unknown>> = [];
const destination = { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) };

const run = randomUUID().slice(0, 8);
const directory = loadDirectory();
const operationsFake = new FakeOperationsServer();
const auth = createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 300 });
const LI = 'officer-jinshui-msb-li';

let receiver: Server;
let otlpUrl: string;
let telemetry: Telemetry;
let leadsService: LeadsService;
let leads: LeadsPort;
let operations: OperationsPort;
let gateway: Server;
let gatewayMetrics: MetricsServer;
let base: string;
let token: string;
let producer: Producer;

const listen = async (server: Server): Promise<string> => {
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  const otlp = express();
  otlp.post('/v1/traces', express.json({ limit: '20mb' }), (req, res) => {
    const body = req.body as { resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: OtlpSpan[] }> }> };
    for (const resource of body.resourceSpans ?? []) for (const scope of resource.scopeSpans ?? []) received.push(...(scope.spans ?? []));
    res.json({});
  });
  receiver = otlp.listen(0, '127.0.0.1');
  otlpUrl = await listen(receiver);
  telemetry = startTelemetry({
    serviceName: 'observability-test',
    exporter: new OtlpJsonExporter(`${otlpUrl}/v1/traces`),
    processing: 'simple',
  });

  const config = loadConfig(leadsConfigSchema, {
    ...process.env,
    SERVICE_NAME: `leads_obs_${run}`,
    SERVICE_IDENTITY_ISSUER: 'leads',
    KAFKA_TOPIC_NAMESPACE: `test-obs-${run}`,
    GRPC_PORT: '0',
    // A lead nobody acknowledges breaches its limit within the test: a deadline breach to count.
    LEADS_ACK_LIMIT_SECONDS: '1',
    LEADS_SCHEDULER_INTERVAL_MS: '300',
  });
  leadsService = await startLeadsService(config, createLogger('leads', { level: 'info', destination }));
  leads = createGrpcLeadsPort(`127.0.0.1:${leadsService.grpcPort}`, { deadlineMs: 10_000 });
  operations = createGrpcOperationsPort(`127.0.0.1:${await operationsFake.start()}`, { deadlineMs: 5_000 });
  const gatewayLogger = createLogger('gateway', { level: 'info', destination });
  const app = createGatewayApp({
    config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
    logger: gatewayLogger,
    leads,
    operations,
    directory,
    auth,
  });
  gateway = app.listen(0, '127.0.0.1');
  base = await listen(gateway);
  gatewayMetrics = await startMetricsServer({ port: 0, host: '127.0.0.1', logger: gatewayLogger });
  token = (await auth.issue!(LI))!.accessToken;
  producer = leadsService.kafka.producer();
  await producer.connect();
}, 180_000);

afterAll(async () => {
  await producer?.disconnect();
  await new Promise<void>((resolve) => (gateway ? gateway.close(() => resolve()) : resolve()));
  await gatewayMetrics?.stop();
  leads?.close();
  operations?.close();
  await operationsFake.stop();
  await leadsService?.connection.dropDatabase().catch(() => undefined);
  await leadsService?.stop();
  await telemetry?.shutdown();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

const lead = () => ({
  title: 'Counterfeit Moutai liquor sold through a wholesale warehouse',
  category: 'counterfeit_food',
  subject: { enterpriseName: 'Zhengzhou Jinyuan Trading Co., Ltd.' },
  location: { jurisdiction: 'jinshui', address: '18 Huayuan Road, Jinshui District' },
  summary: 'Bottles with forged anti-counterfeit labels, about 300 cases in stock.',
  priority: 'high',
  grading: { sourceReliability: 'B', information: 2 },
  handling: { code: 'AMBER' },
});

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes?.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue !== undefined ? String(value.intValue) : undefined);
};

/** The trace of one POST /api/v1/leads, started by a caller whose traceparent the gateway continues. */
const traceId = hex(16);
const callerSpanId = hex(8);
const correlationId = `obs-${run}`;
let posted: Response;
let leadId: string;

describe('one trace from HTTP through gRPC, the outbox and Kafka to every consumer', () => {
  it('POST /api/v1/leads with a caller traceparent: 201', async () => {
    posted = await fetch(`${base}/api/v1/leads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${callerSpanId}-01`,
        'x-correlation-id': correlationId,
      },
      body: JSON.stringify(lead()),
    });
    expect(posted.status).toBe(201);
    leadId = ((await posted.json()) as { leadId: string }).leadId;
  });

  it('gateway SERVER → gRPC CLIENT → leads gRPC SERVER → Kafka PRODUCER → a CONSUMER span per consumer group', async () => {
    const topic = leadsService.topicOf('leads');
    const groups = [`leads_obs_${run}.projections`, `leads_obs_${run}.possible-duplicates`];
    // Waits for the consumer spans of both groups of the leads topic.
    const spans = await until(
      async () => received.filter((span) => span.traceId === traceId),
      (found) =>
        groups.every((group) =>
          found.some((span) => span.kind === KIND.consumer && attribute(span, 'messaging.consumer.group.name') === group),
        ),
    );
    const one = (predicate: (span: OtlpSpan) => boolean, what: string): OtlpSpan => {
      const matching = spans.filter(predicate);
      expect({ what, count: matching.length }).toEqual({ what, count: 1 });
      return matching[0]!;
    };
    const http = one((span) => span.kind === KIND.server && span.name === 'POST /api/v1/leads/', 'gateway HTTP span');
    expect(http.parentSpanId).toBe(callerSpanId);
    expect(attribute(http, 'http.response.status_code')).toBe('201');
    const client = one((span) => span.kind === KIND.client && span.name === 'liaison.v1.LeadsService/PostLead', 'gRPC client span');
    expect(client.parentSpanId).toBe(http.spanId);
    const server = one((span) => span.kind === KIND.server && span.name === 'liaison.v1.LeadsService/PostLead', 'leads gRPC server span');
    expect(server.parentSpanId).toBe(client.spanId);
    expect(attribute(server, 'liaison.correlation_id')).toBe(correlationId);
    const publish = one((span) => span.kind === KIND.producer && span.name === `${topic} publish`, 'Kafka producer span');
    expect(publish.parentSpanId).toBe(server.spanId);
    expect(attribute(publish, 'liaison.event.type')).toBe('LeadPosted');
    for (const group of groups) {
      const consume = one(
        (span) => span.kind === KIND.consumer && attribute(span, 'messaging.consumer.group.name') === group,
        `consumer span of ${group}`,
      );
      expect(consume.name).toBe(`${topic} process`);
      expect(consume.parentSpanId).toBe(publish.spanId);
    }
  });

  it('log lines of the gateway request and of the rpc carry the trace id and the correlation id', async () => {
    const ofTrace = await until(
      async () => logLines.filter((line) => line.traceId === traceId),
      (lines) => lines.some((line) => line.msg === 'request completed') && lines.some((line) => line.msg === 'rpc completed'),
    );
    const request = ofTrace.find((line) => line.msg === 'request completed')!;
    expect(request).toMatchObject({ service: 'gateway', correlationId, route: '/api/v1/leads/', status: 201 });
    const rpc = ofTrace.find((line) => line.msg === 'rpc completed')!;
    expect(rpc).toMatchObject({ service: 'leads', correlationId, rpc: '/liaison.v1.LeadsService/PostLead', grpcCode: 'OK' });
    // Every line that names this correlation id was written inside the trace (none lost its span).
    const ofCorrelation = logLines.filter((line) => line.correlationId === correlationId);
    expect(ofCorrelation.length).toBeGreaterThanOrEqual(2);
    expect(ofCorrelation.filter((line) => line.traceId !== traceId)).toEqual([]);
  });
});

it('startTelemetry with OTEL_EXPORTER_OTLP_ENDPOINT exports over OTLP/HTTP from a service process', async () => {
  const script = [
    // The telemetry module alone: loading the whole platform would only slow the process start.
    "const { startTelemetry, withSpan } = require('./packages/platform/src/telemetry');",
    "const telemetry = startTelemetry({ serviceName: 'otlp-export-check' });",
    "withSpan('otlp export check', 1, {}, () => undefined).then(() => telemetry.shutdown());",
  ].join('\n');
  const child = spawn(process.execPath, ['--import', 'tsx', '--eval', script], {
    cwd: join(__dirname, '..', '..', '..'),
    env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl },
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(0);
  const span = received.find((candidate) => candidate.name === 'otlp export check');
  expect(span?.kind).toBe(KIND.server);
}, 60_000);

describe('/metrics of the gateway and the leads service, parsed by the Prometheus parser', () => {
  const scrape = async (port: number): Promise<MetricFamily[]> => {
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    return parseExposition(await response.text());
  };
  const family = (families: MetricFamily[], name: string) => {
    const found = families.find((f) => f.name === name);
    if (!found) throw new Error(`no metric family ${name} in ${families.map((f) => f.name).join(', ')}`);
    return found;
  };
  const hasSample = (families: MetricFamily[], name: string, labels: Record<string, string>) =>
    family(families, name).samples.some((sample) => Object.entries(labels).every(([key, value]) => sample.labels[key] === value));

  it('after traffic: HTTP and gRPC rate, errors and duration by route and method, with the status', async () => {
    // An error of each kind: a 404 the gateway answers from a NOT_FOUND of the service.
    const missing = await fetch(`${base}/api/v1/leads/lead-${randomUUID()}`, { headers: { authorization: `Bearer ${token}` } });
    expect(missing.status).toBe(404);
    const families = await scrape(gatewayMetrics.port);
    expect(family(families, 'liaison_http_requests_total').type).toBe('COUNTER');
    expect(family(families, 'liaison_http_request_duration_seconds').type).toBe('HISTOGRAM');
    expect(hasSample(families, 'liaison_http_requests_total', { method: 'POST', route: '/api/v1/leads', status: '201' })).toBe(true);
    expect(hasSample(families, 'liaison_http_requests_total', { method: 'GET', route: '/api/v1/leads/:id', status: '404' })).toBe(true);
    // Route templates only: no record id ever becomes a label value.
    const values = family(families, 'liaison_http_requests_total').samples.flatMap((sample) => Object.values(sample.labels));
    expect(values.filter((value) => value.includes('lead-'))).toEqual([]);
    expect(family(families, 'liaison_grpc_server_handling_seconds').type).toBe('HISTOGRAM');
    const rpc = { grpc_service: 'liaison.v1.LeadsService' };
    expect(hasSample(families, 'liaison_grpc_server_handled_total', { ...rpc, grpc_method: 'PostLead', grpc_code: 'OK' })).toBe(true);
    expect(hasSample(families, 'liaison_grpc_server_handled_total', { ...rpc, grpc_method: 'GetLead', grpc_code: 'NOT_FOUND' })).toBe(true);
    expect(families.some((f) => f.name === 'process_cpu_seconds_total')).toBe(true);
  });

  it('the outbox backlog and relay lag, consumer lag per group and partition, DLQ counts and deadline breaches by kind', async () => {
    const topic = leadsService.topicOf('leads');
    const group = `leads_obs_${run}.projections`;
    // Shared with Erqi and not acknowledged within the 1 s limit: an `acknowledge` breach.
    const shared = await fetch(`${base}/api/v1/leads/${leadId}/share`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ unitIds: ['msb-erqi'], message: 'please check the warehouse' }),
    });
    expect(shared.status).toBe(200);
    // Poison for both consumer groups of the leads topic: each dead-letters it as malformed.
    const poisonTrace = hex(16);
    const poison = { key: 'poison', value: 'not an event', headers: { traceparent: `00-${poisonTrace}-${hex(8)}-01` } };
    await producer.send({ topic, messages: [poison], acks: -1 });
    // Waits for a dead letter and a breach to be counted.
    const families = await until(
      () => scrape(leadsService.metricsPort),
      (found) =>
        found.some((f) => f.name === 'liaison_dlq_messages_total') &&
        hasSample(found, 'liaison_dlq_messages_total', { group, topic, reason: 'malformed' }) &&
        found.some((f) => f.name === 'liaison_deadline_breaches_total' && f.samples.some((s) => s.labels.kind === 'acknowledge')),
      { intervalMs: 500 },
    );
    expect(family(families, 'liaison_outbox_backlog_commits').type).toBe('GAUGE');
    expect(hasSample(families, 'liaison_outbox_backlog_commits', { topic })).toBe(true);
    expect(hasSample(families, 'liaison_outbox_oldest_unpublished_age_seconds', { topic })).toBe(true);
    expect(family(families, 'liaison_outbox_relay_lag_seconds').type).toBe('HISTOGRAM');
    expect(hasSample(families, 'liaison_outbox_relay_lag_seconds', { topic })).toBe(true);
    expect(hasSample(families, 'liaison_outbox_published_events_total', { topic })).toBe(true);
    expect(hasSample(families, 'liaison_consumer_events_total', { group, topic })).toBe(true);
    const lag = family(families, 'liaison_consumer_lag_messages');
    expect(lag.type).toBe('GAUGE');
    // Every partition of the topic, for each group of this service.
    const partitions = lag.samples.filter((sample) => sample.labels.group === group && sample.labels.topic === topic);
    expect(partitions.length).toBeGreaterThan(0);
    expect(partitions.every((sample) => /^\d+$/.test(sample.labels.partition ?? ''))).toBe(true);
    expect(family(families, 'liaison_deadline_breaches_total').type).toBe('COUNTER');
    // The dead letter's log line carries the trace id of the message it is about.
    expect(logLines.filter((line) => line.msg === 'poison message sent to DLQ' && line.traceId === poisonTrace)).toEqual(
      expect.arrayContaining([expect.objectContaining({ service: 'leads', groupId: group, topic })]),
    );
  });

  it('answers only GET /metrics', async () => {
    expect((await fetch(`http://127.0.0.1:${leadsService.metricsPort}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${leadsService.metricsPort}/metrics`, { method: 'POST' })).status).toBe(404);
  });
});
