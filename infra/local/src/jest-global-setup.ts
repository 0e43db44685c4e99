// Jest globalSetup for the integration and e2e projects: start or reuse infra/local and export
// KAFKA_BROKERS / MONGODB_URI so test workers (child processes) inherit them.
import { join } from 'node:path';
import { SERVICE_MANIFEST } from '@liaison/contracts';
import { describeEndpoints, ensureInfra } from './index';
import { bundleServices, runBundleDir, SERVICE_BUNDLES_ENV } from './service-bundles';

/** Set in the jest main process when this setup started the servers; read by the teardown. */
export const STARTED_MARKER = 'LIAISON_INFRA_STARTED_BY_JEST';
/** "1" when the servers come from infra/local (started or reused): tests may stop/start the broker. */
export const LOCAL_MARKER = 'LIAISON_INFRA_LOCAL';
/** Pid of the jest process whose setup already exported the endpoints (second project: no-op). */
const SETUP_MARKER = 'LIAISON_INFRA_SETUP_PID';

export default async function globalSetup(): Promise<void> {
  // Both projects may run this in one jest process: the second call sees the exported env (or the
  // state file) and reuses the servers instead of starting anything.
  if (process.env[SETUP_MARKER] === String(process.pid) && process.env.KAFKA_BROKERS && process.env.MONGODB_URI) return;
  // Tests trade durability for speed (fsync & co. off); servers already running keep theirs.
  const e = await ensureInfra({ owner: `jest:${process.pid}`, durability: 'throwaway' });
  if (e.kafkaVersion !== 'external') process.env[LOCAL_MARKER] = '1';
  else delete process.env[LOCAL_MARKER];
  if (e.startedHere) process.env[STARTED_MARKER] = String(process.pid);
  process.env.KAFKA_BROKERS = e.kafkaBrokers.join(',');
  process.env.MONGODB_URI = e.mongodbUri;
  // Every test system creates its own topics, hundreds in one run, on one broker: 2 partitions
  // each rather than a deployment's 8 (enough for a rebalance between two replicas) keeps the
  // broker's controller from falling behind (heartbeats timed out at ~12,000 partitions).
  process.env.KAFKA_TOPIC_PARTITIONS ??= '2';
  // The e2e systems run the services from bundles built once here (service-bundles.ts);
  // LIAISON_RUN_FROM_SOURCE=1 runs them through tsx instead.
  if (process.env.LIAISON_RUN_FROM_SOURCE !== '1') {
    const root = join(__dirname, '..', '..', '..');
    process.env[SERVICE_BUNDLES_ENV] = await bundleServices(root, SERVICE_MANIFEST, runBundleDir(root, `jest-${process.pid}`));
  }
  process.env[SETUP_MARKER] = String(process.pid);
  const how = e.startedHere ? 'started for this run' : e.kafkaVersion === 'external' ? 'from KAFKA_BROKERS/MONGODB_URI' : 'reused';
  process.stderr.write(
    `\n[infra] tests run against Apache Kafka ${e.kafkaVersion} and ${e.mongoServer} (${how}): ${describeEndpoints(e)}\n`,
  );
}
