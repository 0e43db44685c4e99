import type { Logger } from 'pino';

export interface LogContext {
  correlationId: string;
  /** Extra bindings, e.g. `{ rpc: 'liaison.v1.LeadsService/GetLead' }` or `{ topic, partition }`. */
  [binding: string]: unknown;
}

/**
 * A child logger for one request or one consumed message. The correlation id is bound here;
 * trace and span ids come from the root logger's mixin, so they are whatever span is active
 * at the moment of each log call (the handler's span, or a nested one).
 */
export function contextLogger(logger: Logger, context: LogContext): Logger {
  return logger.child(context);
}
