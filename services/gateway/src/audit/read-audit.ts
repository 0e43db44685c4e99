import { randomUUID } from 'node:crypto';
import {
  type Actor,
  AUDIT_TOPIC_CONTEXT,
  auditStreamId,
  type EventEnvelope,
  type ReadKind,
  RECORD_ID,
  type RecordViewed,
} from '@liaison/contracts';
import type { Logger } from '@liaison/platform';
import type { Producer } from 'kafkajs';

/** Records reads of records (ADR 0023); `record` never waits for the broker and never fails the read. */
export interface ReadAudit {
  record(actor: Actor, recordIds: readonly string[], what: ReadKind, purpose: string, correlationId: string): void;
  /** Publishes what is buffered (on shutdown, and in tests). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export interface KafkaReadAuditOptions {
  producer: Producer;
  topic: string;
  logger: Logger;
  /** Publish when this many views are buffered… */
  maxBatch?: number;
  /** …or this long after the first one was. */
  lingerMs?: number;
}

/**
 * The read audit over Kafka: views are buffered and published in batches to the audit topic
 * (`liaison.audit.events.v1`), keyed by the record, so a read costs a push onto an array. A
 * failed publish keeps the batch and is retried with the next one; the buffer is bounded
 * (oldest views dropped, logged as an error) so a broker outage cannot exhaust the gateway.
 */
export class KafkaReadAudit implements ReadAudit {
  private buffer: EventEnvelope[] = [];
  private timer: NodeJS.Timeout | null = null;
  private sending: Promise<void> = Promise.resolve();
  private static readonly MAX_BUFFER = 100_000;

  constructor(private readonly options: KafkaReadAuditOptions) {}

  record(actor: Actor, recordIds: readonly string[], what: ReadKind, purpose: string, correlationId: string): void {
    const now = new Date().toISOString();
    for (const recordId of new Set(recordIds)) {
      if (!RECORD_ID.test(recordId)) continue;
      const data: RecordViewed = {
        recordId,
        what,
        purpose: purpose.slice(0, 500),
        officerId: actor.officerId,
        unitId: actor.unitId,
        viewedAt: now,
      };
      this.buffer.push({
        eventId: randomUUID(),
        type: 'RecordViewed',
        schemaVersion: 1,
        streamId: auditStreamId(recordId),
        version: 1,
        occurredAt: now,
        recordedAt: now,
        actor,
        correlationId,
        causationId: null,
        traceparent: null,
        data: data as unknown as Record<string, unknown>,
      });
    }
    if (this.buffer.length > KafkaReadAudit.MAX_BUFFER) {
      const dropped = this.buffer.splice(0, this.buffer.length - KafkaReadAudit.MAX_BUFFER);
      this.options.logger.error({ dropped: dropped.length }, 'read audit buffer full: oldest views dropped');
    }
    if (this.buffer.length >= (this.options.maxBatch ?? 200)) void this.flush();
    else if (!this.timer) this.timer = setTimeout(() => void this.flush(), this.options.lingerMs ?? 250);
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.sending = this.sending.then(async () => {
      const batch = this.buffer;
      if (batch.length === 0) return;
      this.buffer = [];
      try {
        await this.options.producer.send({
          topic: this.options.topic,
          acks: -1,
          messages: batch.map((event) => ({ key: event.streamId, value: JSON.stringify(event) })),
        });
      } catch (error) {
        this.options.logger.warn({ err: error, views: batch.length }, 'read audit publish failed: kept for the next batch');
        this.buffer = [...batch, ...this.buffer];
        if (!this.timer) this.timer = setTimeout(() => void this.flush(), 1_000);
      }
    });
    return this.sending;
  }

  async stop(): Promise<void> {
    await this.flush();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.options.producer.disconnect();
  }
}

export const auditTopicContext = AUDIT_TOPIC_CONTEXT;
