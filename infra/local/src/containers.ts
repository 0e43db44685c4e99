// LIAISON_INFRA=containers: the same servers via testcontainers where a Docker engine exists.
// Not exercised on machines without Docker (CI here); loaded only through dynamic import.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { KAFKA_VERSION } from './config';
import type { InfraEndpoints } from './index';
import { InfraError, progress } from './proc';
import { type InfraState, readState, writeState } from './state';

const run = promisify(execFile);

/** Confluent Platform 7.9.x ships Apache Kafka 3.9.x; @testcontainers/kafka 11 drives cp-kafka images. */
export const KAFKA_IMAGE = process.env.LIAISON_KAFKA_IMAGE ?? 'confluentinc/cp-kafka:7.9.1';
export const MONGO_IMAGE = process.env.LIAISON_MONGO_IMAGE ?? 'mongo:7.0';

const brokersOf = (s: InfraState): string[] => [`${s.kafka.host}:${s.kafka.port}`];
const uriOf = (s: InfraState): string => `mongodb://${s.mongo.host}:${s.mongo.port}/?directConnection=true`;

async function containerRunning(id: string | undefined): Promise<boolean> {
  if (!id) return false;
  try {
    const { stdout } = await run('docker', ['inspect', '-f', '{{.State.Running}}', id]);
    return stdout.trim() === 'true';
  } catch {
    return false;
  }
}

export async function ensureContainers(owner: string): Promise<InfraEndpoints> {
  const prev = readState();
  if (prev?.mode === 'containers' && (await containerRunning(prev.kafka.containerId)) && (await containerRunning(prev.mongo.containerId))) {
    return {
      kafkaBrokers: brokersOf(prev),
      mongodbUri: uriOf(prev),
      kafkaVersion: prev.kafka.version,
      mongoServer: prev.mongo.description,
      startedHere: false,
    };
  }
  if (prev?.mode === 'local')
    throw new InfraError('local servers are recorded in the state file; run `npm run infra:down` before LIAISON_INFRA=containers');
  const [{ KafkaContainer }, { MongoDBContainer }] = await Promise.all([
    import('@testcontainers/kafka'),
    import('@testcontainers/mongodb'),
  ]);
  progress(`starting ${KAFKA_IMAGE} and ${MONGO_IMAGE} with testcontainers…`);
  // The Ryuk reaper removes the containers when this process exits; use docker-compose.yml for long-lived runs.
  const [kafka, mongo] = await Promise.all([
    new KafkaContainer(KAFKA_IMAGE).withKraft().start(),
    new MongoDBContainer(MONGO_IMAGE).start(),
  ]);
  const now = new Date().toISOString();
  const state: InfraState = {
    schema: 1,
    mode: 'containers',
    owner,
    kafka: {
      pid: null,
      host: kafka.getHost(),
      port: kafka.getMappedPort(9093),
      dataDir: '(container)',
      logFile: `docker logs ${kafka.getId()}`,
      startedAt: now,
      version: KAFKA_VERSION,
      controllerPort: 0,
      configFile: '',
      log4jFile: '',
      java: '',
      classpath: '',
      clusterId: '',
      containerId: kafka.getId(),
    },
    mongo: {
      pid: null,
      host: mongo.getHost(),
      port: mongo.getMappedPort(27017),
      dataDir: '(container)',
      logFile: `docker logs ${mongo.getId()}`,
      startedAt: now,
      kind: 'container',
      binary: MONGO_IMAGE,
      description: `MongoDB (${MONGO_IMAGE}, container)`,
      containerId: mongo.getId(),
    },
  };
  writeState(state);
  return {
    kafkaBrokers: brokersOf(state),
    mongodbUri: uriOf(state),
    kafkaVersion: KAFKA_VERSION,
    mongoServer: state.mongo.description,
    startedHere: true,
  };
}

/** Kafka outage simulation that keeps the mapped port: `docker pause` / `docker unpause`. */
export async function pauseKafka(s: InfraState): Promise<void> {
  if (!s.kafka.containerId) throw new InfraError('no Kafka container id in the state file');
  await run('docker', ['pause', s.kafka.containerId]);
}

export async function unpauseKafka(s: InfraState): Promise<void> {
  if (!s.kafka.containerId) throw new InfraError('no Kafka container id in the state file');
  await run('docker', ['unpause', s.kafka.containerId]).catch(() => undefined);
  writeState(s);
}

export async function removeContainers(s: InfraState): Promise<void> {
  const ids = [s.kafka.containerId, s.mongo.containerId].filter((x): x is string => Boolean(x));
  if (ids.length) await run('docker', ['rm', '-f', '-v', ...ids]).catch(() => undefined);
}
