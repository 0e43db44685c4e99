import { dlqTopic, type FieldIssue } from '@liaison/contracts';
import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';
import { ValidationError } from '../errors';

/**
 * Why a message was parked. Only poison goes to a DLQ: unreachable infrastructure is retried.
 * - `malformed`: not JSON, or not an event envelope;
 * - `invalid`: the producer's registry refuses it (unknown type, data off its schema, no upcaster);
 * - `rejected`: the handler refused it as invalid input (ValidationError), so a retry cannot help;
 * - `handler-failed`: the handler kept failing with a non-transient error `maxAttempts` times.
 */
export type DeadLetterReason = 'malformed' | 'invalid' | 'rejected' | 'handler-failed';

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  reason: DeadLetterReason;
  error: unknown;
  attempts: number;
  groupId: string;
}

/** Header names a dead letter carries besides the original message's own headers. */
export const DLQ_HEADERS = {
  reason: 'dlq-reason',
  error: 'dlq-error',
  errorName: 'dlq-error-name',
  issues: 'dlq-issues',
  sourceTopic: 'dlq-source-topic',
  sourcePartition: 'dlq-source-partition',
  sourceOffset: 'dlq-source-offset',
  consumerGroup: 'dlq-consumer-group',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;

/** The field issues of a validation failure, so whoever inspects the DLQ sees which fields are wrong. */
const issuesOf = (error: unknown): FieldIssue[] | undefined => (error instanceof ValidationError ? error.issues : undefined);

export function deadLetterHeaders(letter: DeadLetter): Record<string, string> {
  const error = letter.error instanceof Error ? letter.error : new Error(String(letter.error));
  const headers: Record<string, string> = {
    [DLQ_HEADERS.reason]: letter.reason,
    [DLQ_HEADERS.error]: error.message.slice(0, 2_000),
    [DLQ_HEADERS.errorName]: error.name,
    [DLQ_HEADERS.sourceTopic]: letter.topic,
    [DLQ_HEADERS.sourcePartition]: String(letter.partition),
    [DLQ_HEADERS.sourceOffset]: letter.message.offset,
    [DLQ_HEADERS.consumerGroup]: letter.groupId,
    [DLQ_HEADERS.attempts]: String(letter.attempts),
    [DLQ_HEADERS.failedAt]: new Date().toISOString(),
  };
  const issues = issuesOf(letter.error);
  if (issues) headers[DLQ_HEADERS.issues] = JSON.stringify(issues).slice(0, 8_000);
  return headers;
}

/** The original headers without an earlier dead-lettering's, so a replayed message that fails again says why anew. */
export function withoutDeadLetterHeaders(headers: IHeaders | undefined): IHeaders {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !name.startsWith('dlq-')));
}

/**
 * Sends a poison message to `<topic>.dlq` unchanged (same key, value and headers) plus headers
 * that say where it came from and why it failed, so it can be inspected and replayed.
 */
export async function sendToDeadLetter(producer: Producer, letter: DeadLetter): Promise<void> {
  await producer.send({
    topic: dlqTopic(letter.topic),
    acks: -1,
    messages: [
      {
        key: letter.message.key,
        value: letter.message.value,
        headers: { ...withoutDeadLetterHeaders(letter.message.headers), ...deadLetterHeaders(letter) },
      },
    ],
  });
}
