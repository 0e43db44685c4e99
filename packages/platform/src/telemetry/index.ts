export { startTelemetry, type Telemetry, type TelemetryOptions } from './start-telemetry';
export {
  injectTraceparent,
  contextFromTraceparent,
  injectIntoHeaders,
  extractFromHeaders,
  traceIdOf,
  type HeaderBag,
  type HeaderValue,
} from './propagation';
export { withSpan, tracer, TRACER_NAME } from './with-span';
