import pino, { type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { activeTraceFields } from './trace-fields';

export type { Logger } from 'pino';
export type LogLevel = LevelWithSilent;

export interface LoggerOptions {
  /** Usually `config.LOG_LEVEL`; defaults to `info`. */
  level?: LogLevel;
  /** The deployed build, so a log line can be matched to the code that wrote it. */
  version?: string;
  /** Where JSON lines go; stdout unless a test wants to capture them. */
  destination?: DestinationStream;
}

/**
 * The one root logger of a process: JSON lines with `service` and `version` on every line, and
 * the trace/span id of whatever OTel span is active when the line is written (via the mixin), so
 * logs and traces can be joined without every call site passing ids around.
 */
export function createLogger(service: string, options: LoggerOptions = {}): Logger {
  const pinoOptions: pino.LoggerOptions = {
    level: options.level ?? 'info',
    base: { service, version: options.version ?? process.env.SERVICE_VERSION ?? '0.0.0-dev' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Level names instead of numbers: easier to read and to filter in any log store.
    formatters: { level: (label) => ({ level: label }) },
    mixin: activeTraceFields,
    // Identity tokens must never end up in logs, even when someone logs a whole request.
    redact: { paths: ['authorization', '*.authorization', '*.headers.authorization', '*.token', '*.password'], censor: '[redacted]' },
  };
  return options.destination ? pino(pinoOptions, options.destination) : pino(pinoOptions);
}
