import { trace, isSpanContextValid } from '@opentelemetry/api';

/**
 * `traceId`/`spanId` of the span active in the current async context, or nothing. Used as the
 * pino mixin, so it runs per log line and follows the request through AsyncLocalStorage.
 */
export function activeTraceFields(): { traceId?: string; spanId?: string } {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}
