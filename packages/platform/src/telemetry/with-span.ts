import { context, trace, SpanStatusCode, type Attributes, type Context, type Link, type Span, type SpanKind } from '@opentelemetry/api';

/** All platform spans come from one named tracer, so they are easy to tell from library spans. */
export const TRACER_NAME = '@liaison/platform';
export const tracer = () => trace.getTracer(TRACER_NAME);

/**
 * Runs `fn` inside a new span (a child of `parentContext`, or of the active context) and ends
 * it. A thrown error is recorded on the span with ERROR status and then rethrown unchanged, so
 * callers keep their error handling and the trace still shows what failed.
 */
export async function withSpan<T>(
  name: string,
  kind: SpanKind,
  attributes: Attributes,
  fn: (span: Span) => T | Promise<T>,
  parentContext?: Context,
  /** Other traces the work belongs to (a batch of messages from many requests). */
  links?: Link[],
): Promise<T> {
  const parent = parentContext ?? context.active();
  const span = tracer().startSpan(name, { kind, attributes, ...(links && links.length > 0 ? { links } : {}) }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (error) {
    const exception = error instanceof Error ? error : new Error(String(error));
    span.recordException(exception);
    span.setStatus({ code: SpanStatusCode.ERROR, message: exception.message });
    throw error;
  } finally {
    span.end();
  }
}
