import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import {
  contextFromTraceparent,
  extractFromHeaders,
  injectIntoHeaders,
  injectTraceparent,
  startTelemetry,
  withSpan,
  type Telemetry,
} from '../src/telemetry';
import { extractFromMetadata, injectIntoMetadata } from '../src/grpc';

const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
beforeAll(() => {
  telemetry = startTelemetry({ serviceName: 'telemetry-test', exporter, processing: 'simple' });
});
afterAll(() => telemetry.shutdown());
beforeEach(() => exporter.reset());

describe('trace context propagation', () => {
  it('has no traceparent outside a span', () => {
    expect(injectTraceparent()).toBeNull();
    expect(injectIntoHeaders({})).toEqual({});
  });

  it('carries the trace through Kafka-style headers (Buffer values, as kafkajs delivers them)', async () => {
    let producerTraceId = '';
    let producerSpanId = '';
    const headers: Record<string, string | Buffer> = { 'x-event-type': 'LeadPosted' };
    await withSpan('publish', SpanKind.PRODUCER, {}, (span) => {
      producerTraceId = span.spanContext().traceId;
      producerSpanId = span.spanContext().spanId;
      injectIntoHeaders(headers);
    });
    expect(headers.traceparent).toBe(`00-${producerTraceId}-${producerSpanId}-01`);

    // What a consumer receives: every header value a Buffer.
    const received = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, Buffer.from(value)]));
    await withSpan('consume', SpanKind.CONSUMER, {}, () => undefined, extractFromHeaders(received));

    const consume = exporter.getFinishedSpans().find((span) => span.name === 'consume');
    expect(consume?.spanContext().traceId).toBe(producerTraceId);
    expect(consume?.parentSpanContext?.spanId).toBe(producerSpanId);
  });

  it('accepts array header values (kafkajs IHeaders allows them)', () => {
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const ctx = extractFromHeaders({ traceparent: [Buffer.from(traceparent)] });
    expect(trace.getSpanContext(ctx)?.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
  });

  it('carries the trace through gRPC metadata', async () => {
    const metadata = new grpc.Metadata();
    let clientTraceId = '';
    await withSpan('call', SpanKind.CLIENT, {}, (span) => {
      clientTraceId = span.spanContext().traceId;
      injectIntoMetadata(metadata);
    });
    expect(metadata.get('traceparent')[0]).toMatch(new RegExp(`^00-${clientTraceId}-[0-9a-f]{16}-01$`));
    await withSpan('serve', SpanKind.SERVER, {}, () => undefined, extractFromMetadata(metadata));
    expect(
      exporter
        .getFinishedSpans()
        .find((span) => span.name === 'serve')
        ?.spanContext().traceId,
    ).toBe(clientTraceId);
  });

  it('round-trips a stored traceparent (event envelope) into a parent context', async () => {
    const stored = await withSpan('append', SpanKind.INTERNAL, {}, () => injectTraceparent());
    expect(stored).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const parent = contextFromTraceparent(stored);
    expect(injectTraceparent(parent)).toBe(stored);
    expect(contextFromTraceparent(null)).toBe(context.active());
  });
});

describe('withSpan', () => {
  it('records the exception and ERROR status, rethrows the same error, ends the span', async () => {
    const boom = new Error('boom');
    await expect(withSpan('fails', SpanKind.INTERNAL, { 'liaison.test': 'yes' }, () => Promise.reject(boom))).rejects.toBe(boom);
    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe('fails');
    expect(span?.attributes['liaison.test']).toBe('yes');
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'boom' });
    expect(span?.events.map((event) => event.name)).toContain('exception');
  });

  it('makes the span active for nested spans and returns the value', async () => {
    const value = await withSpan('outer', SpanKind.INTERNAL, {}, () => withSpan('inner', SpanKind.INTERNAL, {}, async () => 42));
    expect(value).toBe(42);
    const spans = exporter.getFinishedSpans();
    const outer = spans.find((span) => span.name === 'outer');
    const inner = spans.find((span) => span.name === 'inner');
    expect(inner?.parentSpanContext?.spanId).toBe(outer?.spanContext().spanId);
  });
});
