import { createLogger, loadConfig } from '@liaison/platform';
import { type MeetingsService, startMeetingsService } from '../src/app';
import { meetingsConfigSchema } from '../src/config';

/**
 * A meetings service of its own for one integration test file, on the shared infrastructure: its
 * own database (`meetings_<name>_<run>`) and topic namespace (`test-<name>-<run>`), any gRPC port.
 */
export function startMeetingsUnderTest(name: string, run: string, env: Record<string, string> = {}): Promise<MeetingsService> {
  const config = loadConfig(meetingsConfigSchema, {
    ...process.env,
    SERVICE_NAME: `meetings_${name}_${run}`,
    KAFKA_TOPIC_NAMESPACE: `test-${name}-${run}`,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startMeetingsService(config, createLogger(`meetings-${name}-test`, { level: 'silent' }));
}

/** Drops the test's database and stops the service (after the test closed its clients). */
export async function stopMeetingsUnderTest(service: MeetingsService | undefined): Promise<void> {
  await service?.connection.dropDatabase().catch(() => undefined);
  await service?.stop();
}
