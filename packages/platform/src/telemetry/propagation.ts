import { context, ROOT_CONTEXT, trace, type Context, type TextMapGetter, type TextMapSetter } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * Header bags as transports hand them to us: Kafka (kafkajs `IHeaders`: Buffer, string or an
 * array of them) and gRPC (`Metadata.getMap()`: string or Buffer).
 */
export type HeaderValue = string | Buffer | (string | Buffer)[] | undefined;
export type HeaderBag = Record<string, HeaderValue>;

// Used directly rather than through the global API, so traceparent propagation (and the
// traceparent stamped on every event envelope) works even in a process that never started the
// SDK, e.g. a unit test or a CLI. startTelemetry registers the same propagator globally too.
const w3c = new W3CTraceContextPropagator();

const headerGetter: TextMapGetter<HeaderBag> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const raw = carrier[key] ?? carrier[key.toLowerCase()];
    const first = Array.isArray(raw) ? raw[0] : raw;
    return first === undefined ? undefined : first.toString();
  },
};

const headerSetter: TextMapSetter<Record<string, string | Buffer>> = {
  set: (carrier, key, value) => {
    carrier[key] = value;
  },
};

/** Writes `traceparent` (and `tracestate`) of `ctx` into `headers`; returns the same object. */
export function injectIntoHeaders<H extends Record<string, string | Buffer>>(headers: H, ctx: Context = context.active()): H {
  w3c.inject(ctx, headers, headerSetter);
  return headers;
}

/** The context a Kafka message or gRPC call carries, parented on `base` (the active one). */
export function extractFromHeaders(headers: HeaderBag, base: Context = context.active()): Context {
  return w3c.extract(base, headers, headerGetter);
}

/** The active span's W3C `traceparent`, or null when no valid span is active. */
export function injectTraceparent(ctx: Context = context.active()): string | null {
  const carrier: Record<string, string> = {};
  w3c.inject(ctx, carrier, headerSetter);
  return carrier.traceparent ?? null;
}

/** A context whose remote parent is `traceparent` (e.g. from a stored event), or the root. */
export function contextFromTraceparent(traceparent: string | null | undefined, base: Context = ROOT_CONTEXT): Context {
  if (!traceparent) return base;
  return w3c.extract(base, { traceparent }, headerGetter);
}

/** The trace id in a context, if any: handy for tests and for error responses. */
export function traceIdOf(ctx: Context = context.active()): string | null {
  const spanContext = trace.getSpanContext(ctx);
  return spanContext ? spanContext.traceId : null;
}
