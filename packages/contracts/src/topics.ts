export const CONTEXTS = ['leads', 'operations', 'evidence', 'meetings', 'history', 'platform', 'registry', 'credit', 'intake'] as const;
export type Context = (typeof CONTEXTS)[number];

/**
 * `liaison.<context>.events.v1`; the key of every message is the stream id. A namespace
 * (`liaison.<namespace>.<context>.events.v1`) lets several deployments — staging beside
 * production, or each test run — share one Kafka cluster without reading each other's events.
 */
export const eventsTopic = (context: string, namespace?: string): string =>
  namespace ? `liaison.${namespace}.${context}.events.v1` : `liaison.${context}.events.v1`;

/** Poison messages of a topic go to `<topic>.dlq` with the error in headers. */
export const dlqTopic = (topic: string): string => `${topic}.dlq`;
