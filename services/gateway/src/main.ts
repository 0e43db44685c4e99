import { loadDirectory } from '@liaison/contracts';
import {
  connectMongo,
  createLogger,
  grpcSecurityFromConfig,
  loadConfig,
  runUntilSignalled,
  startTelemetry,
  startWithRetry,
} from '@liaison/platform';
import type { AddressInfo } from 'node:net';
import { createGatewayApp } from './app';
import { createAuthenticator } from './auth/authenticator';
import { gatewayEnvSchema } from './config';
import { GATEWAY_DATABASE, mongoOfficers, seedDirectory } from './directory/seed';
import { createGrpcLeadsPort } from './leads/grpc-leads';
import { createGrpcOperationsPort } from './operations/grpc-operations';

// The composition root: config, telemetry and logging first, then the seeds, the app, the port.
const config = loadConfig(gatewayEnvSchema);
const telemetry = startTelemetry({ serviceName: config.SERVICE_NAME, serviceVersion: config.SERVICE_VERSION });
const logger = createLogger(config.SERVICE_NAME, { level: config.LOG_LEVEL, version: config.SERVICE_VERSION });

runUntilSignalled(logger, async () => {
  // The key that signs the caller's identity for the services, and TLS to them.
  const security = grpcSecurityFromConfig(config);
  const directory = loadDirectory();
  // The database may come up after the gateway: retry transient failures (logged with the reason).
  const connection = await startWithRetry(logger, 'connect to MongoDB', () =>
    connectMongo(config.MONGODB_URI, GATEWAY_DATABASE, { maxPoolSize: 5 }),
  );
  await startWithRetry(logger, 'seed the directory', () => seedDirectory(connection, directory, logger));
  const auth = createAuthenticator(config, mongoOfficers(connection));
  const leads = createGrpcLeadsPort(config.LEADS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  const operations = createGrpcOperationsPort(config.OPERATIONS_GRPC_ADDRESS, { deadlineMs: config.GRPC_DEADLINE_MS, security });
  const app = createGatewayApp({ config, logger, leads, operations, directory, auth });

  const server = app.listen(config.HTTP_PORT, config.HTTP_HOST);
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
      await connection.close();
      await telemetry.shutdown();
      logger.info('service stopped');
    },
  };
});
