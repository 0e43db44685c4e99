import { UnavailableError } from './domain-errors';

const TRANSIENT_MONGO = /^Mongo(Network|NetworkTimeout|ServerSelection|PoolCleared|WaitQueueTimeout|OperationTimeout|Timeout)Error$/;

/**
 * Driver errors that mean "the database or broker is unreachable or overloaded right now", as
 * opposed to a bug: callers should see 503 / UNAVAILABLE and may retry, not 500.
 */
export function asUnavailable(error: unknown): UnavailableError | null {
  if (!(error instanceof Error)) return null;
  const retriableKafka = error.name.startsWith('KafkaJS') && (error as { retriable?: boolean }).retriable === true;
  if (!TRANSIENT_MONGO.test(error.name) && !retriableKafka) return null;
  const unavailable = new UnavailableError(`a backing service is unavailable (${error.name}); retry later`);
  unavailable.cause = error;
  return unavailable;
}
