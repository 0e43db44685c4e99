import { createLogger, loadConfig } from '@liaison/platform';
import { type IntakeService, startIntakeService } from '../src/app';
import { intakeConfigSchema } from '../src/config';

/**
 * An intake service of its own for one integration test file, on the shared infrastructure: its
 * own database (`intake_<name>_<run>`) and topic namespace (`test-<name>-<run>`), any gRPC port.
 */
export function startIntakeUnderTest(name: string, run: string, env: Record<string, string> = {}): Promise<IntakeService> {
  const config = loadConfig(intakeConfigSchema, {
    ...process.env,
    SERVICE_NAME: `intake_${name}_${run}`,
    KAFKA_TOPIC_NAMESPACE: `test-${name}-${run}`,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startIntakeService(config, createLogger(`intake-${name}-test`, { level: 'silent' }));
}

export async function stopIntakeUnderTest(service: IntakeService | undefined): Promise<void> {
  await service?.connection.dropDatabase().catch(() => undefined);
  await service?.stop();
}
