export { metricsRegistry, liaisonMetricNames, LIAISON_METRIC_PREFIX } from './registry';
export { observeHttpRequest, observeGrpcCall } from './request-metrics';
export {
  trackOutboxRelay,
  observePublished,
  observeConsumed,
  observeDeadLetter,
  observeBreach,
  type OutboxRelayState,
} from './pipeline-metrics';
export { trackConsumerGroup, groupLag, type TrackedGroup, type PartitionLag } from './consumer-lag';
export { startMetricsServer, resolveMetricsPort, type MetricsServer } from './metrics-server';
