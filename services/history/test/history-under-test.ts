import { createLogger, loadConfig } from '@liaison/platform';
import { type HistoryService, startHistoryService } from '../src/app';
import { historyConfigSchema } from '../src/config';

/**
 * A history service of its own for one integration test file, on the shared infrastructure: its
 * own database (`history_<name>_<run>`) and topic namespace (`test-<name>-<run>`), any gRPC port.
 */
export function startHistoryUnderTest(name: string, run: string, env: Record<string, string> = {}): Promise<HistoryService> {
  const config = loadConfig(historyConfigSchema, {
    ...process.env,
    SERVICE_NAME: `history_${name}_${run}`,
    KAFKA_TOPIC_NAMESPACE: `test-${name}-${run}`,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startHistoryService(config, createLogger(`history-${name}-test`, { level: 'silent' }));
}

/** Drops the test's database and stops the service (after the test closed its clients). */
export async function stopHistoryUnderTest(service: HistoryService | undefined): Promise<void> {
  await service?.connection.dropDatabase().catch(() => undefined);
  await service?.stop();
}
