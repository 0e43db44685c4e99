import { createLogger, loadConfig } from '@liaison/platform';
import { type CreditService, startCreditService } from '../src/app';
import { creditConfigSchema } from '../src/config';

/**
 * A credit service of its own for one integration test file, on the shared infrastructure: its
 * own database (`credit_<name>_<run>`) and topic namespace (`test-<name>-<run>`), any gRPC port.
 */
export function startCreditUnderTest(
  name: string,
  run: string,
  env: Record<string, string> = {},
  options: { clock?: () => Date } = {},
): Promise<CreditService> {
  const config = loadConfig(creditConfigSchema, {
    ...process.env,
    SERVICE_NAME: `credit_${name}_${run}`,
    KAFKA_TOPIC_NAMESPACE: `test-${name}-${run}`,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startCreditService(config, createLogger(`credit-${name}-test`, { level: 'silent' }), options);
}

export async function stopCreditUnderTest(service: CreditService | undefined): Promise<void> {
  await service?.connection.dropDatabase().catch(() => undefined);
  await service?.stop();
}
