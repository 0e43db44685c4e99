import { createLogger, loadConfig } from '@liaison/platform';
import { type LeadsService, startLeadsService } from '../src/app';
import { leadsConfigSchema } from '../src/config';

/**
 * A leads service of its own for one integration test file, on the shared infrastructure: its
 * own database (`leads_<name>_<run>`) and topic namespace (`test-<name>-<run>`), any gRPC port.
 */
export function startLeadsUnderTest(name: string, run: string, env: Record<string, string> = {}): Promise<LeadsService> {
  const config = loadConfig(leadsConfigSchema, {
    ...process.env,
    SERVICE_NAME: `leads_${name}_${run}`,
    KAFKA_TOPIC_NAMESPACE: `test-${name}-${run}`,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startLeadsService(config, createLogger(`leads-${name}-test`, { level: 'silent' }));
}

/** Drops the test's database and stops the service (after the test closed its clients). */
export async function stopLeadsUnderTest(service: LeadsService | undefined): Promise<void> {
  await service?.connection.dropDatabase().catch(() => undefined);
  await service?.stop();
}
