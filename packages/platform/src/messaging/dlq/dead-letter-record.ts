import type { FieldIssue } from '@liaison/contracts';
import type { IHeaders, KafkaMessage } from 'kafkajs';
import { DLQ_HEADERS } from '../dead-letter';
import { headerString } from '../headers';

/** One message of a `<topic>.dlq`, with the headers the consumer added read back into fields. */
export interface DeadLetterRecord {
  dlqTopic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  /** Every header as text, the original message's and the `dlq-*` ones. */
  headers: Record<string, string>;
  reason: string;
  error: string;
  issues: FieldIssue[];
  sourceTopic: string;
  sourcePartition: number | null;
  sourceOffset: string | null;
  consumerGroup: string;
  attempts: number | null;
  failedAt: string | null;
  eventType: string | null;
  eventId: string | null;
  /** Set when this dead letter came from a message that was itself a replay. */
  replayOf: string | null;
}

export function headersAsText(headers: IHeaders | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const name of Object.keys(headers ?? {})) {
    const value = headerString(headers, name);
    if (value !== undefined) text[name] = value;
  }
  return text;
}

function parseIssues(text: string | undefined): FieldIssue[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as FieldIssue[]) : [];
  } catch {
    return [];
  }
}

const numberOrNull = (text: string | undefined): number | null =>
  text === undefined || text === '' || Number.isNaN(Number(text)) ? null : Number(text);

export function toDeadLetterRecord(dlqTopic: string, partition: number, message: KafkaMessage): DeadLetterRecord {
  const headers = headersAsText(message.headers);
  return {
    dlqTopic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? null,
    value: message.value?.toString() ?? null,
    headers,
    reason: headers[DLQ_HEADERS.reason] ?? 'unknown',
    error: headers[DLQ_HEADERS.error] ?? '',
    issues: parseIssues(headers[DLQ_HEADERS.issues]),
    sourceTopic: headers[DLQ_HEADERS.sourceTopic] ?? dlqTopic.replace(/\.dlq$/, ''),
    sourcePartition: numberOrNull(headers[DLQ_HEADERS.sourcePartition]),
    sourceOffset: headers[DLQ_HEADERS.sourceOffset] ?? null,
    consumerGroup: headers[DLQ_HEADERS.consumerGroup] ?? '',
    attempts: numberOrNull(headers[DLQ_HEADERS.attempts]),
    failedAt: headers[DLQ_HEADERS.failedAt] ?? null,
    eventType: headers['liaison-event-type'] ?? null,
    eventId: headers['liaison-event-id'] ?? null,
    replayOf: headers[REPLAY_HEADERS.replayOf] ?? null,
  };
}

/** Headers a replayed message carries on its source topic (besides its own). */
export const REPLAY_HEADERS = {
  /** `<dlq topic>:<partition>:<offset>` of the dead letter it replays. */
  replayOf: 'liaison-replay-of',
  replayedAt: 'liaison-replayed-at',
  /** Why it had been parked (the dead letter's `dlq-reason`). */
  replayedReason: 'liaison-replayed-reason',
  /** Only this consumer group handles the replay; the others skip it (they had processed the original). */
  replayFor: 'liaison-replay-for',
} as const;
