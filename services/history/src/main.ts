import { createLogger, loadConfig, runUntilSignalled, startTelemetry } from '@liaison/platform';
import { startHistoryService } from './app';
import { historyConfigSchema } from './config';

// The composition root: config, telemetry and logging first, then the service.
const config = loadConfig(historyConfigSchema);
const telemetry = startTelemetry({ serviceName: config.SERVICE_NAME, serviceVersion: config.SERVICE_VERSION });
const logger = createLogger(config.SERVICE_NAME, { level: config.LOG_LEVEL, version: config.SERVICE_VERSION });

runUntilSignalled(logger, async () => {
  const service = await startHistoryService(config, logger);
  return {
    stop: async () => {
      await service.stop();
      await telemetry.shutdown();
    },
  };
});
