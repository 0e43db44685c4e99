/**
 * A relay or a projection consumer in its own process, so a test can SIGKILL it mid-stream.
 * Usage: tsx worker.ts relay|consumer|writer  (config from env: MONGODB_URI, DB_NAME, KAFKA_BROKERS, TOPIC, GROUP, PREFIX, STREAMS)
 */
import { ConsumerRunner, MongoEventStore, MongoLease, MongoProjection, OutboxRelay, connectMongo, createKafka } from '../../src';
import { testLogger } from './infra';
import { tallyProjection, type Tally } from './tally-projection';
import { context, counted, testRegistry } from './test-events';

async function main(role: string): Promise<void> {
  const env = (name: string) =>
    process.env[name] ??
    (() => {
      throw new Error(`${name} missing`);
    })();
  const logger = testLogger().child({ worker: role, pid: process.pid });
  const connection = await connectMongo(env('MONGODB_URI'), env('DB_NAME'));
  const kafka = createKafka({ clientId: `worker-${role}`, brokers: env('KAFKA_BROKERS').split(','), logger });
  const store = new MongoEventStore(connection, testRegistry());
  if (role === 'relay' || role === 'writer') {
    const lease = new MongoLease(connection, 'outbox', `relay-${process.pid}`, 3_000);
    new OutboxRelay({ outbox: store, kafka, topic: env('TOPIC'), logger, lease, idleMs: 50 }).start();
  }
  if (role === 'writer') {
    // Appends round after round to its streams, its relay publishing each commit as it is
    // acknowledged (the fast path), and tells the parent about every acknowledged commit.
    const streams = Array.from({ length: Number(env('STREAMS')) }, (_, i) => `${env('PREFIX')}${String(i).padStart(3, '0')}`);
    process.send?.('ready');
    for (let round = 1; ; round += 1) {
      for (const id of streams) {
        await store.append(id, round - 1, [counted(round, id)], context());
        process.send?.({ acknowledged: id, version: round });
      }
    }
  } else if (role === 'consumer') {
    const projection = new MongoProjection<Tally>(connection, tallyProjection(env('PREFIX')), store);
    await new ConsumerRunner({
      kafka,
      groupId: env('GROUP'),
      topics: [env('TOPIC')],
      logger,
      sessionTimeoutMs: 6_000,
      handler: async ({ event }) => void (await projection.apply(event)),
    }).start();
  }
  process.send?.('ready');
}

main(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`worker failed: ${String(error)}\n`);
  process.exit(1);
});
