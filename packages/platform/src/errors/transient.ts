import { ConcurrencyError, UnavailableError } from './domain-errors';

// The driver's (and mongoose's) names for "the server is unreachable, overloaded or too slow".
const TRANSIENT_MONGO =
  /^Mongo(?:ose)?(Network|NetworkTimeout|ServerSelection|PoolCleared|WaitQueueTimeout|OperationTimeout|Timeout)Error$/;
// Labels the MongoDB driver and server put on errors that a retry can cure.
const TRANSIENT_MONGO_LABELS = ['RetryableWriteError', 'TransientTransactionError', 'ResetPool', 'PoolRequestedRetry'];
// gRPC UNAVAILABLE, DEADLINE_EXCEEDED and RESOURCE_EXHAUSTED: the called service is down, slow or shedding load.
const TRANSIENT_GRPC_CODES = new Set([14, 4, 8]);

const hasLabel = (error: Error): boolean => {
  const labels = (error as { errorLabels?: unknown }).errorLabels;
  const has = (error as { hasErrorLabel?: (label: string) => boolean }).hasErrorLabel;
  if (typeof has === 'function') return TRANSIENT_MONGO_LABELS.some((label) => has.call(error, label));
  return Array.isArray(labels) && TRANSIENT_MONGO_LABELS.some((label) => labels.includes(label));
};

/** A raw @grpc/grpc-js ServiceError (numeric code plus metadata), as opposed to a MongoServerError's numeric code. */
const isTransientGrpc = (error: Error): boolean => {
  const { code, metadata } = error as { code?: unknown; metadata?: { getMap?: unknown } };
  return typeof code === 'number' && typeof metadata?.getMap === 'function' && TRANSIENT_GRPC_CODES.has(code);
};

function isTransientDriverError(error: Error): boolean {
  if (TRANSIENT_MONGO.test(error.name) || hasLabel(error)) return true;
  return error.name.startsWith('KafkaJS') && (error as { retriable?: boolean }).retriable === true;
}

/**
 * Driver errors that mean "the database or broker is unreachable or overloaded right now", as
 * opposed to a bug: callers should see 503 / UNAVAILABLE and may retry, not 500.
 */
export function asUnavailable(error: unknown): UnavailableError | null {
  if (!(error instanceof Error)) return null;
  if (!isTransientDriverError(error)) return null;
  const unavailable = new UnavailableError(`a backing service is unavailable (${error.name}); retry later`);
  unavailable.cause = error;
  return unavailable;
}

/**
 * Whether retrying the same work later can succeed without anyone changing code or data: the
 * database, the broker or a called service is down, slow or overloaded (UnavailableError and the
 * driver errors above, gRPC UNAVAILABLE / DEADLINE_EXCEEDED / RESOURCE_EXHAUSTED), or another
 * writer won a race (ConcurrencyError). Follows `cause` chains, since adapters wrap driver errors.
 * Consumers retry such failures for as long as it takes instead of dead-lettering them.
 */
export function isTransient(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    if (current instanceof UnavailableError || current instanceof ConcurrencyError) return true;
    if (isTransientDriverError(current) || isTransientGrpc(current)) return true;
    current = current.cause;
  }
  return false;
}
