export const CONTEXTS = ['leads', 'operations', 'evidence', 'meetings', 'history', 'platform'] as const;
export type Context = (typeof CONTEXTS)[number];

/** `liaison.<context>.events.v1`; the key of every message is the stream id. */
export const eventsTopic = (context: string): string => `liaison.${context}.events.v1`;

/** Poison messages of a topic go to `<topic>.dlq` with the error in headers. */
export const dlqTopic = (topic: string): string => `${topic}.dlq`;
