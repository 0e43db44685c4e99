import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export interface TelemetryOptions {
  serviceName: string;
  serviceVersion?: string;
  /**
   * Where spans go. Default: OTLP over HTTP when `otlpEndpoint` (or the environment's
   * OTEL_EXPORTER_OTLP_ENDPOINT) is set, otherwise nowhere — spans are still created, so trace
   * ids still propagate and appear in logs.
   */
  exporter?: SpanExporter;
  otlpEndpoint?: string;
  /** `simple` exports each span as it ends (tests); `batch` (default) buffers for production. */
  processing?: 'batch' | 'simple';
}

export interface Telemetry {
  provider: NodeTracerProvider;
  /** Flushes pending spans, then unregisters the globals so telemetry can be started again. */
  shutdown(): Promise<void>;
}

/**
 * Call first thing in `main.ts`. Registers globally: the tracer provider, the W3C trace-context
 * propagator and (NodeTracerProvider's default) the AsyncLocalStorage context manager, which is
 * what makes the active span follow a request across awaits.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  const endpoint = options.otlpEndpoint ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const exporter = options.exporter ?? (endpoint ? new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }) : undefined);

  const spanProcessors: SpanProcessor[] = [];
  if (exporter) {
    spanProcessors.push(options.processing === 'simple' ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter));
  }

  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': options.serviceName,
      'service.version': options.serviceVersion ?? process.env.SERVICE_VERSION ?? '0.0.0-dev',
    }),
    spanProcessors,
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });

  return {
    provider,
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}
