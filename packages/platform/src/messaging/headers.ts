import type { EventEnvelope } from '@liaison/contracts';
import type { IHeaders } from 'kafkajs';

/** Envelope metadata copied into Kafka headers, so brokers' tools and DLQ readers see it without parsing. */
export function envelopeHeaders(event: EventEnvelope): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'liaison-event-id': event.eventId,
    'liaison-event-type': event.type,
    'liaison-schema-version': String(event.schemaVersion),
    'liaison-stream-id': event.streamId,
    'liaison-version': String(event.version),
    'liaison-correlation-id': event.correlationId,
  };
  if (event.causationId) headers['liaison-causation-id'] = event.causationId;
  // The trace of the command that produced the event, so consumers continue that trace.
  if (event.traceparent) headers.traceparent = event.traceparent;
  return headers;
}

export function headerString(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
