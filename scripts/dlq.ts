/**
 * `npm run dlq -- list | show | replay …`: the DLQ command (logic in packages/platform/src/messaging/dlq).
 * Brokers: --brokers, else KAFKA_BROKERS, else the local infrastructure `npm start` / `npm run infra:up` runs.
 */
import { infraStatus } from '@liaison/infra-local';
import { createKafka, createLogger, dlqCommand } from '@liaison/platform';
import { CommanderError } from 'commander';

async function defaultBrokers(): Promise<string[]> {
  const fromEnv =
    process.env.KAFKA_BROKERS?.split(',')
      .map((b) => b.trim())
      .filter(Boolean) ?? [];
  if (fromEnv.length > 0) return fromEnv;
  const status = await infraStatus();
  if (status.kafka?.running) return status.kafka.endpoint.split(',');
  throw new Error('no Kafka to talk to: pass --brokers, set KAFKA_BROKERS, or start the local infrastructure (npm run infra:up)');
}

const program = dlqCommand({
  kafka: async (brokers) =>
    createKafka({ clientId: 'liaison-dlq', brokers: brokers ?? (await defaultBrokers()), logger: createLogger('dlq', { level: 'error' }) }),
  out: (line) => process.stdout.write(`${line}\n`),
});

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (error: unknown) => {
    // Commander has already printed its own usage errors (and --help output, which exits 0).
    if (error instanceof CommanderError) process.exit(error.exitCode);
    process.stderr.write(`dlq: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
