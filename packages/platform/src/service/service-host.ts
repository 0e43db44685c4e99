import { hostname } from 'node:os';
import { dlqTopic, type EventRegistry, eventsTopic, SERVICE_MANIFEST } from '@liaison/contracts';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { GrpcServiceConfig } from '../config';
import type { Following, LiveDirectory } from '../directory';
import { MongoEventStore } from '../eventstore';
import { resolveMetricsPort, startMetricsServer } from '../metrics';
import { createGrpcServer, grpcSecurityFromConfig, type ServiceRegistration } from '../grpc';
import type { Logger } from '../logging';
import { ConsumerRunner, createKafka, type BatchHandler, type EventHandler, ensureTopics } from '../messaging';
import { compareAndSetSafety, connectMongo, type Lease, MongoLease } from '../mongo';
import { OutboxRelay } from '../outbox';
import type { MongoProjection } from '../projections';
import { AdmissionGate, admitting } from './admission';
import { startWithRetry } from './start-with-retry';

export interface ServiceDependencies {
  config: GrpcServiceConfig;
  /** The events topic of a context in this deployment's namespace; reactions subscribe with it. */
  topicOf(context: string): string;
  logger: Logger;
  connection: Connection;
  store: MongoEventStore;
  kafka: Kafka;
}

export interface Reaction {
  /** Consumer group suffix, e.g. `lead-outcomes`; the group is `<service>.<name>`. */
  name: string;
  topics: string[];
  /**
   * The producer's registry of `topics` (`registryOf(context)` from @liaison/contracts): another
   * context's events are validated and upcast with their own contract. Absent: the service's own.
   */
  registry?: EventRegistry;
  handler: EventHandler;
  /** Optional fast path: each fetched batch at once, `handler` per event if it fails (ConsumerRunnerOptions.batchHandler). */
  batchHandler?: BatchHandler;
  /** Larger fetches for a reaction that writes whole batches at once (ConsumerRunnerOptions.maxBytesPerPartition). */
  maxBytesPerPartition?: number;
}

/**
 * What a projection consumer needs of a read model, whatever its document type. With
 * `applyBatch` (MongoProjection has it) the consumer hands it each fetched batch at once.
 */
export type Projection = Pick<MongoProjection<never>, 'apply' | 'name'> & Partial<Pick<MongoProjection<never>, 'applyBatch'>>;

/** The domain half of a service, built once the shared infrastructure is connected. */
export interface ServiceParts {
  projections?: Projection[];
  reactions?: Reaction[];
  grpc: ServiceRegistration[];
}

export interface ServiceHostOptions {
  config: GrpcServiceConfig;
  logger: Logger;
  /** The bounded context: its topic is `liaison.<context>.events.v1`. */
  context: string;
  registry: EventRegistry;
  build(deps: ServiceDependencies): ServiceParts;
  /**
   * Runs once everything is wired and consuming, before the gRPC port opens (e.g. seeding the
   * registry): a caller that finds the port open finds this done.
   */
  beforeServing?(deps: ServiceDependencies): Promise<void>;
  /**
   * gRPC calls handled at once before new ones are refused with UNAVAILABLE (→ 503 with
   * Retry-After at the gateway) rather than queued past their deadline (ADR 0006).
   */
  maxInFlightCalls?: number;
}

export const DEFAULT_MAX_IN_FLIGHT_CALLS = 128;

export interface ServiceHost extends ServiceDependencies {
  grpcPort: number;
  /** Where `GET /metrics` answers (ADR 0025). */
  metricsPort: number;
  /**
   * A lease held by this service instance (a scheduler's, say): replicas can all run it, only
   * the holder works. Each call is a holder of its own, so two instances in one process (tests) compete too.
   */
  lease(name: string): Lease;
  /** Keeps `directory` current from the registry's topic (ADR 0016), retried while Kafka is not up yet. */
  followRegistry(directory: LiveDirectory): Promise<Following>;
  stop(): Promise<void>;
}

/**
 * The mechanics every event-sourced service shares, wired once: its own database and event
 * store, the outbox relay (fed in process by every commit; behind a lease, so replicas can run), a consumer group that feeds the
 * service's projections from its own topic, its reactions, and the gRPC server with health.
 * A service's main.ts supplies only its domain: registry, projections, reactions, handlers.
 */
export async function startServiceHost(options: ServiceHostOptions): Promise<ServiceHost> {
  const { config, logger, context, registry } = options;
  const topicOf = (name: string) => eventsTopic(name, config.KAFKA_TOPIC_NAMESPACE);
  const topic = topicOf(context);
  // Identity keys and TLS first: a misconfigured deployment fails before it connects anything.
  const security = grpcSecurityFromConfig(config);
  // The metrics port before any outgoing connection: the manifest's ports (51051…) lie in Linux's
  // ephemeral range, and a Kafka or MongoDB connection opened first may take one as its local port
  // (an `npm start` failed so: meetings' 51054 EADDRINUSE).
  const metrics = await startMetricsServer({
    port: resolveMetricsPort(config.METRICS_PORT, config.GRPC_PORT, manifestGrpcPort(config.SERVICE_IDENTITY_ISSUER ?? context)),
    host: config.METRICS_HOST ?? config.GRPC_HOST,
    logger,
  });
  // The database and broker may come up after the service (a reboot, npm start): retry transient failures.
  const connection = await startWithRetry(logger, 'connect to MongoDB', () => connectMongo(config.MONGODB_URI, config.SERVICE_NAME));
  // Projections, derived rows and leases rely on `_v` compare-and-set (ADR 0008).
  if ((await compareAndSetSafety(connection.db!)) === 'unguarded') {
    logger.error(
      'FerretDB without the monotonic-_v guard: racing projection and lease writes can be lost; run infra/local/postgres/ferretdb-monotonic-version.sql on its PostgreSQL database (ADR 0008)',
    );
  }
  const store = new MongoEventStore(connection, registry);
  await startWithRetry(logger, 'create the event store indexes', () => store.init());
  const kafka = createKafka({ clientId: config.SERVICE_NAME, brokers: config.KAFKA_BROKERS, logger });
  await startWithRetry(logger, 'create Kafka topics', () => ensureTopics(kafka, [topic, dlqTopic(topic)], config.KAFKA_TOPIC_PARTITIONS));
  const deps: ServiceDependencies = { config, topicOf, logger, connection, store, kafka };

  const instance = `${hostname()}:${process.pid}`;
  // The relay takes each commit this process acknowledges straight from the store (ADR 0006); its
  // sweep, once a second, only finds what another instance or a crash left behind.
  const relay = new OutboxRelay({
    outbox: store,
    kafka,
    topic,
    logger: logger.child({ component: 'outbox-relay' }),
    lease: new MongoLease(connection, `outbox:${topic}`, instance),
    idleMs: 1_000,
  });
  const parts = options.build(deps);
  // A reaction may read another context's topic before its owner ever ran: create it as the owner would.
  const consumedTopics = [...new Set((parts.reactions ?? []).flatMap((reaction) => reaction.topics))].filter((t) => t !== topic);
  if (consumedTopics.length > 0) {
    await startWithRetry(logger, 'create consumed Kafka topics', () => ensureTopics(kafka, consumedTopics, config.KAFKA_TOPIC_PARTITIONS));
  }
  const projections = parts.projections ?? [];
  const consumers: ConsumerRunner[] = [];
  if (projections.length > 0) {
    consumers.push(
      new ConsumerRunner({
        kafka,
        groupId: `${config.SERVICE_NAME}.projections`,
        topics: [topic],
        registry,
        logger: logger.child({ component: 'projections' }),
        handler: async ({ event }) => {
          for (const projection of projections) await projection.apply(event);
        },
        // One read and one write per document per batch instead of per event (ADR 0006).
        batchHandler: async (batch) => {
          const events = batch.map(({ event }) => event);
          for (const projection of projections) {
            if (projection.applyBatch) await projection.applyBatch(events);
            else for (const event of events) await projection.apply(event);
          }
        },
      }),
    );
  }
  for (const reaction of parts.reactions ?? []) {
    consumers.push(
      new ConsumerRunner({
        kafka,
        groupId: `${config.SERVICE_NAME}.${reaction.name}`,
        topics: reaction.topics,
        registry: reaction.registry ?? registry,
        handler: reaction.handler,
        ...(reaction.batchHandler ? { batchHandler: reaction.batchHandler } : {}),
        ...(reaction.maxBytesPerPartition ? { maxBytesPerPartition: reaction.maxBytesPerPartition } : {}),
        logger: logger.child({ component: reaction.name }),
      }),
    );
  }

  const gate = new AdmissionGate(options.maxInFlightCalls ?? DEFAULT_MAX_IN_FLIGHT_CALLS);
  const services = parts.grpc.map((registration) => admitting(registration, gate));
  const grpc = createGrpcServer({ logger, services, identity: security.verifier, credentials: security.serverCredentials });
  relay.start();
  // A topic created a moment ago may not be known to every broker yet ("does not host this topic-partition").
  await Promise.all(
    consumers.map((consumer, i) => startWithRetry(logger, `start consumer ${i + 1} of ${consumers.length}`, () => consumer.start())),
  );
  await options.beforeServing?.(deps);
  const grpcPort = await grpc.start(config.GRPC_PORT, config.GRPC_HOST);
  logger.info({ grpcPort, topic, database: config.SERVICE_NAME, ...security.describe }, 'service started');

  return {
    ...deps,
    grpcPort,
    metricsPort: metrics.port,
    lease: (name) => new MongoLease(connection, name, `${instance}:${Math.random().toString(36).slice(2, 8)}`),
    followRegistry: (directory) => followRegistry(directory, kafka, topicOf('registry'), logger, config.SERVICE_NAME),
    stop: async () => {
      logger.info('service stopping');
      await grpc.shutdown();
      await Promise.all(consumers.map((consumer) => consumer.stop()));
      await relay.stop();
      await metrics.stop();
      await connection.close();
      logger.info('service stopped');
    },
  };
}

/** The manifest's gRPC port of a service (its identity name), if it has one. */
function manifestGrpcPort(name: string): number | undefined {
  const entry = SERVICE_MANIFEST.find((service) => service.name === name);
  return entry && 'grpcPort' in entry ? entry.grpcPort : undefined;
}

/** `directory.follow` of the registry's topic, retried until Kafka answers (services and the gateway alike). */
export function followRegistry(directory: LiveDirectory, kafka: Kafka, topic: string, logger: Logger, service: string): Promise<Following> {
  return startWithRetry(logger, 'follow the registry', () =>
    directory.follow({ kafka, topic, logger: logger.child({ component: 'live-directory' }), service }),
  );
}

/** Runs a service until SIGTERM/SIGINT, then stops it gracefully; a start-up failure exits 1. */
export function runUntilSignalled(logger: Logger, start: () => Promise<{ stop(): Promise<void> }>): void {
  start()
    .then((service) => {
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'shutdown requested');
        service.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'unclean shutdown');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    })
    .catch((error: unknown) => {
      logger.fatal({ err: error }, 'service failed to start');
      process.exit(1);
    });
}
