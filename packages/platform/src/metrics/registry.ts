import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The one metrics registry of a process (ADR 0025). Metrics are defined once, here and in the
 * files beside it, at module level: a process that runs two services (an integration test)
 * shares them, and Prometheus tells processes apart by its `job` and `instance` labels.
 */
export const metricsRegistry = new Registry();

// Process and Node.js runtime metrics (CPU, memory, event-loop lag, GC) under their usual names.
collectDefaultMetrics({ register: metricsRegistry });

/** Every name this file family defines, for the dashboard/alert check (deploy/observability). */
export const LIAISON_METRIC_PREFIX = 'liaison_';

type Labels<L extends string> = L[];

export const counter = <L extends string>(name: string, help: string, labelNames: Labels<L>) =>
  new Counter<L>({ name, help, labelNames, registers: [metricsRegistry] });

export const histogram = <L extends string>(name: string, help: string, labelNames: Labels<L>, buckets?: number[]) =>
  new Histogram<L>({ name, help, labelNames, registers: [metricsRegistry], ...(buckets ? { buckets } : {}) });

export const gauge = <L extends string>(
  name: string,
  help: string,
  labelNames: Labels<L>,
  collect?: (this: Gauge<L>) => Promise<void> | void,
) => new Gauge<L>({ name, help, labelNames, registers: [metricsRegistry], ...(collect ? { collect } : {}) });

/** Request durations: 1 ms to 30 s (a slow report or a gRPC deadline). */
export const DURATION_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Names of the metrics this codebase defines (not the runtime defaults). */
export async function liaisonMetricNames(): Promise<string[]> {
  return (await metricsRegistry.getMetricsAsJSON()).map((metric) => metric.name).filter((name) => name.startsWith(LIAISON_METRIC_PREFIX));
}
