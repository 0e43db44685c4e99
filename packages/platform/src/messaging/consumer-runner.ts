import { type EventEnvelope, eventEnvelopeSchema, type EventRegistry, zodIssues } from '@liaison/contracts';
import { SpanKind } from '@opentelemetry/api';
import { type Consumer, type Kafka, type KafkaMessage, Partitioners, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { ValidationError } from '../errors';
import { contextLogger } from '../logging';
import { extractFromHeaders, withSpan } from '../telemetry';
import { sendToDeadLetter } from './dead-letter';

export interface ConsumedEvent {
  event: EventEnvelope;
  topic: string;
  partition: number;
  offset: string;
  logger: Logger;
}

export type EventHandler = (consumed: ConsumedEvent) => Promise<void>;

export interface ConsumerRunnerOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  handler: EventHandler;
  logger: Logger;
  /** Upcasts events of older schema versions before the handler sees them. */
  registry?: EventRegistry;
  /** Attempts per message before it goes to the DLQ. */
  maxAttempts?: number;
  retryDelayMs?: number;
  fromBeginning?: boolean;
  partitionsConsumedConcurrently?: number;
  /** How soon the group notices a dead member (broker minimum is 6 s). */
  sessionTimeoutMs?: number;
}

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
 * A consumer group that hands each event to `handler` at least once. Handlers must be
 * idempotent. A message that cannot be parsed goes to the DLQ at once; one whose handler keeps
 * failing goes there after `maxAttempts` tries with backoff; either way the group moves on.
 */
export class ConsumerRunner {
  private consumer: Consumer | null = null;
  private dlqProducer: Producer | null = null;

  constructor(private readonly options: ConsumerRunnerOptions) {}

  async start(): Promise<void> {
    const { kafka, groupId, topics, fromBeginning = true, partitionsConsumedConcurrently = 3, sessionTimeoutMs = 15_000 } = this.options;
    this.dlqProducer = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
    await this.dlqProducer.connect();
    this.consumer = kafka.consumer({ groupId, sessionTimeout: sessionTimeoutMs, heartbeatInterval: Math.min(1_000, sessionTimeoutMs / 3), retry: { retries: 10 } });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning });
    await this.consumer.run({
      partitionsConsumedConcurrently,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        await this.handle(topic, partition, message, heartbeat);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.dlqProducer?.disconnect();
    this.consumer = null;
    this.dlqProducer = null;
  }

  private async handle(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const { handler, groupId, maxAttempts = 5, retryDelayMs = 200, registry } = this.options;
    const baseLogger = this.options.logger.child({ topic, partition, offset: message.offset, groupId });
    let event: EventEnvelope;
    try {
      event = parseEnvelope(message);
      if (registry) event = registry.upcast(event);
    } catch (error) {
      baseLogger.error({ err: error }, 'malformed message sent to DLQ');
      await sendToDeadLetter(this.dlqProducer!, { topic, partition, message, reason: 'malformed', error, attempts: 1, groupId });
      return;
    }
    const logger = contextLogger(baseLogger, { correlationId: event.correlationId, eventId: event.eventId, eventType: event.type });
    const parent = extractFromHeaders(message.headers ?? {});
    for (let attempt = 1; ; attempt += 1) {
      try {
        await withSpan(
          `${topic} process`,
          SpanKind.CONSUMER,
          { 'messaging.system': 'kafka', 'messaging.destination.name': topic, 'messaging.consumer.group.name': groupId, 'liaison.event.type': event.type },
          () => handler({ event, topic, partition, offset: message.offset, logger }),
          parent,
        );
        return;
      } catch (error) {
        if (attempt >= maxAttempts) {
          logger.error({ err: error, attempts: attempt }, 'handler keeps failing: message sent to DLQ');
          await sendToDeadLetter(this.dlqProducer!, { topic, partition, message, reason: 'handler-failed', error, attempts: attempt, groupId });
          return;
        }
        logger.warn({ err: error, attempt }, 'handler failed, retrying');
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
        await heartbeat();
      }
    }
  }
}
