/**
 * A relay or a projection consumer in its own process, so a test can SIGKILL it mid-stream.
 * Usage: tsx worker.ts relay|consumer  (config from env: MONGODB_URI, DB_NAME, KAFKA_BROKERS, TOPIC, GROUP, PREFIX)
 */
import { ConsumerRunner, MongoEventStore, MongoLease, MongoProjection, OutboxRelay, connectMongo, createKafka } from '../../src';
import { testLogger } from './infra';
import { tallyProjection, type Tally } from './tally-projection';
import { testRegistry } from './test-events';

async function main(role: string): Promise<void> {
  const env = (name: string) => process.env[name] ?? (() => { throw new Error(`${name} missing`); })();
  const logger = testLogger().child({ worker: role, pid: process.pid });
  const connection = await connectMongo(env('MONGODB_URI'), env('DB_NAME'));
  const kafka = createKafka({ clientId: `worker-${role}`, brokers: env('KAFKA_BROKERS').split(','), logger });
  const store = new MongoEventStore(connection, testRegistry());
  if (role === 'relay') {
    const lease = new MongoLease(connection, 'outbox', `relay-${process.pid}`, 3_000);
    new OutboxRelay({ outbox: store, kafka, topic: env('TOPIC'), logger, lease, idleMs: 50 }).start();
  } else {
    const projection = new MongoProjection<Tally>(connection, tallyProjection(env('PREFIX')), store);
    await new ConsumerRunner({
      kafka, groupId: env('GROUP'), topics: [env('TOPIC')], logger, sessionTimeoutMs: 6_000,
      handler: async ({ event }) => void (await projection.apply(event)),
    }).start();
  }
  process.send?.('ready');
}

main(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`worker failed: ${String(error)}\n`);
  process.exit(1);
});
