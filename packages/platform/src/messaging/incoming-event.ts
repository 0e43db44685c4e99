import { type EventEnvelope, eventEnvelopeSchema, type EventRegistry, zodIssues } from '@liaison/contracts';
import type { KafkaMessage } from 'kafkajs';
import { ValidationError } from '../errors';
import type { DeadLetterReason } from './dead-letter';

export function parseEnvelope(message: KafkaMessage): EventEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(message.value?.toString() ?? '');
  } catch (error) {
    throw ValidationError.field('value', `not JSON: ${(error as Error).message}`);
  }
  const parsed = eventEnvelopeSchema.safeParse(json);
  if (!parsed.success) throw ValidationError.of(zodIssues(parsed.error), 'event envelope');
  return parsed.data as EventEnvelope;
}

/**
 * Brings an event to the current shape of its type with the producer's registry and checks it
 * against that shape, as the producer's own store did at append. The handler gets the checked
 * data, so a consumer never casts another context's payload on faith.
 */
export function checkWithRegistry(event: EventEnvelope, registry: EventRegistry): EventEnvelope {
  if (!registry.has(event.type)) {
    throw ValidationError.field('type', `unknown event type "${event.type}" (the producer's registry has ${registry.types().join(', ')})`);
  }
  let upcast: EventEnvelope;
  try {
    upcast = registry.upcast(event);
  } catch (error) {
    throw ValidationError.field('schemaVersion', `cannot upcast ${event.type} v${event.schemaVersion}: ${(error as Error).message}`);
  }
  const checked = registry.validate(upcast.type, upcast.data);
  if (!checked.ok) throw ValidationError.of(checked.issues, `${event.type} v${upcast.schemaVersion}`);
  // A newer version is a breaking change this consumer's contracts do not know yet: park it, replay after upgrading.
  if (upcast.schemaVersion > checked.schemaVersion) {
    throw ValidationError.field(
      'schemaVersion',
      `${event.type} v${upcast.schemaVersion} is newer than the registry's v${checked.schemaVersion}`,
    );
  }
  return { ...upcast, data: checked.data };
}

export type IncomingEvent =
  | { ok: true; event: EventEnvelope }
  | { ok: false; reason: Extract<DeadLetterReason, 'malformed' | 'invalid'>; error: ValidationError };

/** Parses a consumed message and, when the topic's producer registry is known, upcasts and validates it. */
export function readIncomingEvent(message: KafkaMessage, registry: EventRegistry | undefined): IncomingEvent {
  let event: EventEnvelope;
  try {
    event = parseEnvelope(message);
  } catch (error) {
    return { ok: false, reason: 'malformed', error: error as ValidationError };
  }
  if (!registry) return { ok: true, event };
  try {
    return { ok: true, event: checkWithRegistry(event, registry) };
  } catch (error) {
    return { ok: false, reason: 'invalid', error: error as ValidationError };
  }
}
