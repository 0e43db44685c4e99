export { createLogger, type Logger, type LoggerOptions, type LogLevel } from './logger';
export { contextLogger, type LogContext } from './context-logger';
export { activeTraceFields } from './trace-fields';
