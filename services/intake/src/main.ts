import { createLogger, loadConfig, runUntilSignalled, startTelemetry } from '@liaison/platform';
import { startIntakeService } from './app';
import { intakeConfigSchema } from './config';

// The composition root: config, telemetry and logging first, then the service.
const config = loadConfig(intakeConfigSchema);
const telemetry = startTelemetry({ serviceName: config.SERVICE_NAME, serviceVersion: config.SERVICE_VERSION });
const logger = createLogger(config.SERVICE_NAME, { level: config.LOG_LEVEL, version: config.SERVICE_VERSION });

runUntilSignalled(logger, async () => {
  const service = await startIntakeService(config, logger);
  return {
    stop: async () => {
      await service.stop();
      await telemetry.shutdown();
    },
  };
});
