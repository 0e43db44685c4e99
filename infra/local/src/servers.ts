// Start/stop/wait for the local Kafka broker and MongoDB-API server.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  infraDir,
  renderKafkaLog4j,
  renderKafkaServerProperties,
} from "./config";
import { kafkaListTopics, mongoPing } from "./health";
import {
  InfraError,
  isOurProcess,
  progress,
  readTail,
  runSync,
  sleep,
  spawnDetached,
  terminate,
} from "./proc";
import type { KafkaDist, MongoDist } from "./provision";
import type { KafkaState, MongoState } from "./state";

export const HOST = "127.0.0.1";
export const KAFKA_STOP_GRACE_MS = 30_000;
export const MONGO_STOP_GRACE_MS = 10_000;

export function defaultTimeoutMs(): number {
  const v = Number(process.env.LIAISON_INFRA_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : 120_000;
}

export const kafkaBrokers = (
  k: Pick<KafkaState, "host" | "port">,
): string[] => [`${k.host}:${k.port}`];
export const mongoUri = (m: Pick<MongoState, "host" | "port">): string =>
  `mongodb://${m.host}:${m.port}/`;

/** Process marker for pid-reuse checks: the config file path is unique per checkout. */
export const kafkaAlive = (k: KafkaState): boolean =>
  isOurProcess(k.pid, k.configFile);
export const mongoAlive = (m: MongoState): boolean =>
  isOurProcess(m.pid, m.dataDir);

/** Kafka cluster ids are 16 random bytes, base64url without padding, not starting with '-'. */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString("base64url");
    if (!id.startsWith("-")) return id;
  }
}

function readClusterId(dataDir: string): string | undefined {
  try {
    return /^cluster\.id=(.+)$/m
      .exec(fs.readFileSync(path.join(dataDir, "meta.properties"), "utf8"))?.[1]
      ?.trim();
  } catch {
    return undefined;
  }
}

/** Write config files and format storage (first time only). Does not start the broker. */
export function prepareKafka(
  dist: KafkaDist,
  port: number,
  controllerPort: number,
): KafkaState {
  const base = path.join(infraDir(), "kafka");
  const dataDir = path.join(base, "data");
  const configFile = path.join(base, "server.properties");
  const log4jFile = path.join(base, "log4j.properties");
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(
    configFile,
    renderKafkaServerProperties({ host: HOST, port, controllerPort, dataDir }),
  );
  fs.writeFileSync(log4jFile, renderKafkaLog4j());
  let clusterId = readClusterId(dataDir);
  if (!clusterId) {
    clusterId = newClusterId();
    progress(
      `formatting Kafka KRaft storage (cluster ${clusterId}) in ${dataDir}`,
    );
    runSync(dist.java, [
      "-Xmx256m",
      `-Dlog4j.configuration=file:${log4jFile}`,
      "-cp",
      dist.classpath,
      "kafka.tools.StorageTool",
      "format",
      "-t",
      clusterId,
      "-c",
      configFile,
      "--ignore-formatted",
    ]);
  }
  return {
    pid: null,
    host: HOST,
    port,
    controllerPort,
    dataDir,
    logFile: path.join(base, "kafka.log"),
    startedAt: null,
    version: dist.version,
    configFile,
    log4jFile,
    java: dist.java,
    classpath: dist.classpath,
    clusterId,
  };
}

/** Spawn the broker for a prepared state (same ports/data dir every time) and wait until ready. */
export async function launchKafka(
  k: KafkaState,
  timeoutMs = defaultTimeoutMs(),
): Promise<KafkaState> {
  progress(
    `starting Kafka ${k.version} on ${k.host}:${k.port} (controller ${k.controllerPort}); log ${k.logFile}`,
  );
  const heap = process.env.LIAISON_KAFKA_HEAP ?? "512m";
  const pid = spawnDetached(
    k.java,
    [
      `-Xmx${heap}`,
      "-Xms128m",
      "-XX:+UseG1GC",
      "-XX:MaxGCPauseMillis=20",
      "-Djava.awt.headless=true",
      `-Dlog4j.configuration=file:${k.log4jFile}`,
      `-Dkafka.logs.dir=${path.dirname(k.logFile)}`,
      "-cp",
      k.classpath,
      "kafka.Kafka",
      k.configFile,
    ],
    { logFile: k.logFile, cwd: path.dirname(k.configFile) },
  );
  const started = { ...k, pid, startedAt: new Date().toISOString() };
  await waitKafka(started, timeoutMs);
  return started;
}

export async function waitKafka(
  k: KafkaState,
  timeoutMs: number,
): Promise<void> {
  const t0 = Date.now();
  let lastErr = "";
  while (Date.now() - t0 < timeoutMs) {
    if (!kafkaAlive(k)) {
      throw new InfraError(
        `Kafka (pid ${k.pid}) exited during startup. Last lines of ${k.logFile}:\n${readTail(k.logFile, 40)}`,
      );
    }
    try {
      await kafkaListTopics(kafkaBrokers(k));
      progress(
        `Kafka ready on ${kafkaBrokers(k).join(",")} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
      return;
    } catch (e) {
      lastErr = (e as Error).message;
    }
    await sleep(250);
  }
  throw new InfraError(
    `Kafka not ready on ${k.host}:${k.port} after ${timeoutMs} ms (last error: ${lastErr}). Last lines of ${k.logFile}:\n${readTail(k.logFile, 40)}`,
  );
}

export async function stopKafkaProcess(k: KafkaState): Promise<void> {
  if (k.pid && kafkaAlive(k)) {
    progress(`stopping Kafka (pid ${k.pid})…`);
    const how = await terminate(k.pid, KAFKA_STOP_GRACE_MS);
    if (how === "killed")
      progress(
        `Kafka did not stop within ${KAFKA_STOP_GRACE_MS / 1000} s: killed`,
      );
  }
}

export function prepareMongo(dist: MongoDist, port: number): MongoState {
  const base = path.join(
    infraDir(),
    dist.kind === "mongod" ? "mongod" : "ferretdb",
  );
  const dataDir = path.join(base, "data");
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    pid: null,
    host: HOST,
    port,
    dataDir,
    logFile: path.join(base, `${dist.kind}.log`),
    startedAt: null,
    kind: dist.kind,
    binary: dist.binary,
    description: dist.description,
  };
}

export async function launchMongo(
  m: MongoState,
  timeoutMs = defaultTimeoutMs(),
): Promise<MongoState> {
  progress(
    `starting ${m.description} on ${m.host}:${m.port}; log ${m.logFile}`,
  );
  const args =
    m.kind === "mongod"
      ? [
          "--dbpath",
          m.dataDir,
          "--bind_ip",
          m.host,
          "--port",
          String(m.port),
          "--quiet",
        ]
      : [
          "-listen-addr",
          `${m.host}:${m.port}`,
          "-sqlite-dir",
          m.dataDir,
          "-log-level",
          process.env.LIAISON_FERRETDB_LOG_LEVEL ?? "error",
        ];
  const pid = spawnDetached(m.binary, args, {
    logFile: m.logFile,
    cwd: path.dirname(m.dataDir),
  });
  const started = { ...m, pid, startedAt: new Date().toISOString() };
  await waitMongo(started, timeoutMs);
  return started;
}

export async function waitMongo(
  m: MongoState,
  timeoutMs: number,
): Promise<void> {
  const t0 = Date.now();
  let lastErr = "";
  while (Date.now() - t0 < timeoutMs) {
    if (!mongoAlive(m)) {
      throw new InfraError(
        `${m.description} (pid ${m.pid}) exited during startup. Last lines of ${m.logFile}:\n${readTail(m.logFile, 40)}`,
      );
    }
    try {
      await mongoPing(mongoUri(m), 2000);
      progress(
        `${m.description} ready on ${mongoUri(m)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
      return;
    } catch (e) {
      lastErr = (e as Error).message;
    }
    await sleep(200);
  }
  throw new InfraError(
    `${m.description} not answering ping on ${mongoUri(m)} after ${timeoutMs} ms (last error: ${lastErr}). Last lines of ${m.logFile}:\n${readTail(m.logFile, 40)}`,
  );
}

export async function stopMongoProcess(m: MongoState): Promise<void> {
  if (m.pid && mongoAlive(m)) {
    progress(`stopping ${m.description} (pid ${m.pid})…`);
    const how = await terminate(m.pid, MONGO_STOP_GRACE_MS);
    if (how === "killed")
      progress(
        `${m.description} did not stop within ${MONGO_STOP_GRACE_MS / 1000} s: killed`,
      );
  }
}
