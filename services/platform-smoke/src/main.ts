import { createLogger, grpcServiceConfigSchema, loadConfig, runUntilSignalled, startTelemetry } from '@liaison/platform';
import { z } from 'zod';
import { startSmokeService } from './app';

// The composition root: config, telemetry and logging first, then the service.
const config = loadConfig(
  grpcServiceConfigSchema('history').extend({
    SERVICE_NAME: z.string().default('platform-smoke'),
    GRPC_PORT: z.string().regex(/^\d+$/).transform(Number).default(50059),
  }),
);
const telemetry = startTelemetry({ serviceName: config.SERVICE_NAME, serviceVersion: config.SERVICE_VERSION });
const logger = createLogger(config.SERVICE_NAME, { level: config.LOG_LEVEL, version: config.SERVICE_VERSION });

runUntilSignalled(logger, async () => {
  const service = await startSmokeService(config, logger);
  return {
    stop: async () => {
      await service.stop();
      await telemetry.shutdown();
    },
  };
});
