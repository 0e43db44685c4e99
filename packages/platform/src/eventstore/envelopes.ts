import { randomUUID } from 'node:crypto';
import { actorSchema, type DomainEvent, type EventEnvelope, type EventRegistry, type FieldIssue, zodIssues } from '@liaison/contracts';
import { ValidationError } from '../errors';
import type { AppendContext } from './event-store';

/**
 * Validates the events of a command and wraps them in envelopes numbered from
 * `expectedVersion + 1`. Shared by every store implementation so they stamp alike.
 */
export function envelopeEvents(
  registry: EventRegistry,
  streamId: string,
  expectedVersion: number,
  events: DomainEvent[],
  context: AppendContext,
  now: Date,
): EventEnvelope[] {
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
    throw ValidationError.field('expectedVersion', 'must be a non-negative integer');
  }
  if (events.length === 0) throw ValidationError.field('events', 'a commit needs at least one event');
  if (!context.commandId) throw ValidationError.field('commandId', 'required');
  const actor = actorSchema.safeParse(context.actor);
  if (!actor.success) throw ValidationError.of(zodIssues(actor.error, 'actor'), 'actor');

  const issues: FieldIssue[] = [];
  const recordedAt = now.toISOString();
  const envelopes = events.map((event, index): EventEnvelope => {
    const checked = registry.validate(event.type, event.data);
    if (!checked.ok) {
      issues.push(...checked.issues.map((issue) => ({ path: `events[${index}](${event.type}).${issue.path}`, message: issue.message })));
    }
    return {
      eventId: randomUUID(),
      type: event.type,
      schemaVersion: checked.ok ? checked.schemaVersion : 0,
      streamId,
      version: expectedVersion + index + 1,
      occurredAt: event.occurredAt ?? recordedAt,
      recordedAt,
      actor: actor.data,
      correlationId: context.correlationId,
      causationId: context.causationId ?? null,
      traceparent: context.traceparent ?? null,
      data: checked.ok ? checked.data : event.data,
    };
  });
  if (issues.length > 0) throw ValidationError.of(issues, 'event');
  return envelopes;
}
