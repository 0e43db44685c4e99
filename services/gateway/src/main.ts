import { AUDIT_TOPIC_CONTEXT, eventsTopic } from '@liaison/contracts';
import {
  createKafka,
  createLogger,
  ensureTopics,
  DEFAULT_PORTS,
  grpcSecurityFromConfig,
  LiveDirectory,
  loadConfig,
  resolveMetricsPort,
  runUntilSignalled,
  startMetricsServer,
  startTelemetry,
  followRegistry,
} from '@liaison/platform';
import type { AddressInfo } from 'node:net';
import { createGatewayApp } from './app';
import { createGatewayServer } from './http/request-limits';
import { createAuthenticator } from './auth/authenticator';
import { gatewayEnvSchema } from './config';
import { consoleEnvSchema } from './console/console-config';
import { LiveFeed } from './live/live-feed';
import { inMemoryOfficers } from './directory/officer-lookup';
import { createGrpcIntegrityPort } from './integrity/integrity-port';
import { createGrpcProjectionsPort } from './projections/projections-port';
import { createGrpcEvidenceContentPort } from './evidence/content-port';
import { evidenceContentRouter } from './evidence/content-routes';
import { createGrpcEvidencePort } from './evidence/grpc-evidence';
import { createGrpcLeadsPort } from './leads/grpc-leads';
import { createGrpcMeetingsPort } from './meetings/meetings-port';
import { createGrpcCreditPort } from './credit/credit-port';
import { createGrpcIntakePort } from './intake/intake-port';
import { publicEnvSchema } from './public/public-config';
import { createGrpcOperationsPort } from './operations/grpc-operations';
import { createGrpcRegistryPort } from './registry/registry-port';
import { createGrpcHistoryPort } from './history/history-port';
import { KafkaReadAudit } from './audit/read-audit';

// The composition root: config, telemetry and logging first, then the seeds, the app, the port.
const config = loadConfig(gatewayEnvSchema);
const consoleEnv = loadConfig(consoleEnvSchema);
const telemetry = startTelemetry({ serviceName: config.SERVICE_NAME, serviceVersion: config.SERVICE_VERSION });
const logger = createLogger(config.SERVICE_NAME, { level: config.LOG_LEVEL, version: config.SERVICE_VERSION });

runUntilSignalled(logger, async () => {
  // The key that signs the caller's identity for the services, and TLS to them.
  const security = grpcSecurityFromConfig(config);
  // The registry is the authority on officers' units, roles, clearance and whether they are
  // active: the directory starts from the seed file and follows the registry's topic (ADR 0016),
  // so a deactivated officer's next request gets 401. Kafka may come up after the gateway: retry.
  const directory = new LiveDirectory();
  const kafka = createKafka({ clientId: config.SERVICE_NAME, brokers: config.KAFKA_BROKERS, logger });
  const following = await followRegistry(
    directory,
    kafka,
    eventsTopic('registry', config.KAFKA_TOPIC_NAMESPACE),
    logger,
    config.SERVICE_NAME,
  );
  const auth = createAuthenticator(config, inMemoryOfficers(directory));
  // Changes each connected console may see, read from the leads topic (ADR 0026); Kafka answered above.
  const live = new LiveFeed();
  await live.start({ kafka, leadsTopic: eventsTopic('leads', config.KAFKA_TOPIC_NAMESPACE), logger, service: config.SERVICE_NAME });
  const leads = createGrpcLeadsPort(config.LEADS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  const operations = createGrpcOperationsPort(config.OPERATIONS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  const registry = createGrpcRegistryPort(config.REGISTRY_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  // Each service verifies its own streams (IntegrityService beside its main service, ADR 0017).
  const integrity = {
    leads: createGrpcIntegrityPort(config.LEADS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security }),
    operations: createGrpcIntegrityPort(config.OPERATIONS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security }),
    evidence: createGrpcIntegrityPort(config.EVIDENCE_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security }),
  };
  const evidence = createGrpcEvidencePort(config.EVIDENCE_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  // Uploads and downloads stream (their deadlines grow with the bytes: content-routes.ts).
  const evidenceContentPort = createGrpcEvidenceContentPort(config.EVIDENCE_GRPC_ADDRESS, { security });
  const evidenceContent = evidenceContentRouter({ content: evidenceContentPort, directory });
  const meetings = createGrpcMeetingsPort(config.MEETINGS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  const history = createGrpcHistoryPort(config.HISTORY_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  // Read-model rebuilds (ADR 0029), served by each service beside its main service.
  const projections = {
    leads: createGrpcProjectionsPort(config.LEADS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security }),
    operations: createGrpcProjectionsPort(config.OPERATIONS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security }),
    meetings: createGrpcProjectionsPort(config.MEETINGS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security }),
    evidence: createGrpcProjectionsPort(config.EVIDENCE_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security }),
  };
  // The read audit's own topic (ADR 0023), published in batches.
  const auditTopic = eventsTopic(AUDIT_TOPIC_CONTEXT, config.KAFKA_TOPIC_NAMESPACE);
  await ensureTopics(kafka, [auditTopic], config.KAFKA_TOPIC_PARTITIONS);
  const auditProducer = kafka.producer();
  await auditProducer.connect();
  const audit = new KafkaReadAudit({ producer: auditProducer, topic: auditTopic, logger: logger.child({ component: 'read-audit' }) });
  const credit = createGrpcCreditPort(config.CREDIT_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  const intake = createGrpcIntakePort(config.INTAKE_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  const app = createGatewayApp({
    config,
    logger,
    leads,
    operations,
    registry,
    integrity,
    evidence,
    evidenceContent,
    meetings,
    history,
    projections,
    audit,
    credit,
    intake,
    publicEnv: loadConfig(publicEnvSchema),
    directory,
    auth,
    live,
    officerRateLimit: { limit: config.GATEWAY_OFFICER_RATE_LIMIT, windowMs: config.GATEWAY_OFFICER_RATE_WINDOW_MS },
    limits: { maxJsonBody: config.GATEWAY_MAX_JSON_BODY, requestTimeoutMs: config.GATEWAY_REQUEST_TIMEOUT_MS },
    console: {
      distDir: consoleEnv.CONSOLE_DIST_DIR,
      authMode: config.AUTH_MODE,
      ...(config.AUTH_MODE === 'oidc' && config.AUTH_ISSUER
        ? {
            oidc: {
              issuer: config.AUTH_ISSUER,
              clientId: consoleEnv.CONSOLE_OIDC_CLIENT_ID,
              scope: consoleEnv.CONSOLE_OIDC_SCOPE,
              audience: config.AUTH_AUDIENCE,
            },
          }
        : {}),
    },
  });

  // Prometheus scrapes a port of its own, not the public one (ADR 0025).
  const metrics = await startMetricsServer({
    port: resolveMetricsPort(config.METRICS_PORT, config.HTTP_PORT, DEFAULT_PORTS.gateway),
    host: config.METRICS_HOST ?? config.HTTP_HOST,
    logger,
  });
  const server = createGatewayServer(app, {
    maxHeaderBytes: config.GATEWAY_MAX_HEADER_BYTES,
    maxJsonBody: config.GATEWAY_MAX_JSON_BODY,
    requestTimeoutMs: config.GATEWAY_REQUEST_TIMEOUT_MS,
    receiveTimeoutMs: config.GATEWAY_RECEIVE_TIMEOUT_MS,
  }).listen(config.HTTP_PORT, config.HTTP_HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HTTP_HOST}:${port}`;
  logger.info(
    { url, authMode: config.AUTH_MODE, leads: config.LEADS_GRPC_ADDRESS, operations: config.OPERATIONS_GRPC_ADDRESS, ...security.describe },
    'service started',
  );
  if (config.AUTH_MODE === 'dev') {
    logger.info(
      { example: `curl -X POST ${url}/api/v1/auth/token -H 'content-type: application/json' -d '{"officerId":"officer-jinshui-msb-li"}'` },
      'dev tokens: POST /api/v1/auth/token {officerId}',
    );
  }

  return {
    stop: async () => {
      logger.info('service stopping');
      await new Promise<void>((resolve) => server.close(() => resolve()));
      leads.close();
      operations.close();
      registry.close();
      meetings.close();
      history.close();
      await audit.stop();
      credit.close();
      intake.close();
      integrity.leads.close();
      integrity.operations.close();
      integrity.evidence.close();
      projections.leads.close();
      projections.operations.close();
      projections.meetings.close();
      projections.evidence.close();
      evidence.close();
      evidenceContentPort.close();
      await live.stop();
      await following.stop();
      await metrics.stop();
      await telemetry.shutdown();
      logger.info('service stopped');
    },
  };
});
