// Jaeger (v2, the OpenTelemetry-collector-based binary) for looking at traces on this machine:
// built once with Go from the committed module infra/local/jaeger into the cache, like FerretDB,
// and started by `LIAISON_JAEGER=1 npm start` (ADR 0025). In-memory storage: traces are for
// looking at while the system runs, not for keeping. The Go module carries no UI assets (Jaeger
// UI is a separate JavaScript project that no registry here serves), so the page at the UI port
// is Jaeger's placeholder; the query API under it (`/api/services`, `/api/traces?service=…`)
// answers with the traces.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheRoot } from './config';
import { isPortFree, isPortOpen, freeStablePorts } from './ports';
import { InfraError, isOurProcess, progress, readTail, runLogged, runSync, sleep, spawnDetached, terminate, which, withLock } from './proc';

/** The Go module version of github.com/jaegertracing/jaeger (its `cmd/jaeger` is Jaeger v2). */
export const JAEGER_MODULE_VERSION = 'v1.76.0';
export const JAEGER_MODULE_DIR = path.resolve(__dirname, '..', 'jaeger');

export interface JaegerPorts {
  /** OTLP over HTTP: services export here (OTEL_EXPORTER_OTLP_ENDPOINT). */
  otlpHttp: number;
  otlpGrpc: number;
  /** The UI and its HTTP query API (`/api/traces`). */
  ui: number;
  queryGrpc: number;
}

/** Jaeger's usual ports, so a newcomer's bookmarks work; others when those are taken. */
export const JAEGER_DEFAULT_PORTS: JaegerPorts = { otlpHttp: 4318, otlpGrpc: 4317, ui: 16686, queryGrpc: 16685 };

export interface RunningJaeger {
  pid: number;
  ports: JaegerPorts;
  /** For OTEL_EXPORTER_OTLP_ENDPOINT. */
  otlpEndpoint: string;
  uiUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of ['go.mod', 'go.sum']) h.update(f).update(fs.readFileSync(path.join(JAEGER_MODULE_DIR, f)));
  return h.digest('hex').slice(0, 12);
}

/** `<cache>/jaeger-<version>-<hash>/jaeger`, built on first use (several minutes the first time). */
export async function provisionJaeger(): Promise<string> {
  const dir = path.join(cacheRoot(), `jaeger-${JAEGER_MODULE_VERSION}-${sourceHash()}`);
  const binary = path.join(dir, 'jaeger');
  if (fs.existsSync(binary)) return binary;
  return withLock(path.join(cacheRoot(), `jaeger-${JAEGER_MODULE_VERSION}.lock`), 'Jaeger build', async () => {
    if (fs.existsSync(binary)) return binary;
    const go = which('go');
    if (!go) throw new InfraError(`\`go\` not found on PATH: it is needed once to build Jaeger (${JAEGER_MODULE_VERSION}).`);
    fs.mkdirSync(dir, { recursive: true });
    progress(
      `building Jaeger (module ${JAEGER_MODULE_VERSION}) with ${runSync(go, ['version']).trim()}; the first time takes several minutes…`,
    );
    const t0 = Date.now();
    const tmp = `${binary}.${process.pid}.tmp`;
    // A `tool` of the committed module, not `go install …@version`: Jaeger's own go.mod has
    // replace directives, which `go install` refuses.
    await runLogged(
      go,
      ['build', '-trimpath', '-mod=readonly', '-buildvcs=false', '-o', tmp, 'github.com/jaegertracing/jaeger/cmd/jaeger'],
      {
        cwd: JAEGER_MODULE_DIR,
        logFile: path.join(dir, 'go-build.log'),
        env: { ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' },
      },
    );
    fs.renameSync(tmp, binary);
    progress(`Jaeger built: ${binary} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return binary;
  });
}

/** The collector configuration: OTLP in, memory store, query API and UI; no self-metrics port. */
export function jaegerConfig(ports: JaegerPorts, host = '127.0.0.1'): string {
  return `# Written by infra/local/src/jaeger.ts for this run.
service:
  extensions: [jaeger_storage, jaeger_query]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [jaeger_storage_exporter]
  telemetry:
    metrics:
      level: none
    traces:
      level: none
    logs:
      level: warn
receivers:
  otlp:
    protocols:
      grpc:
        endpoint: ${host}:${ports.otlpGrpc}
      http:
        endpoint: ${host}:${ports.otlpHttp}
processors:
  batch:
extensions:
  jaeger_storage:
    backends:
      memstore:
        memory:
          max_traces: 100000
  jaeger_query:
    storage:
      traces: memstore
    grpc:
      endpoint: ${host}:${ports.queryGrpc}
    http:
      endpoint: ${host}:${ports.ui}
exporters:
  jaeger_storage_exporter:
    trace_storage: memstore
`;
}

/** Jaeger's usual ports when all are free, otherwise four stable free ones. */
async function choosePorts(): Promise<JaegerPorts> {
  const usual = Object.values(JAEGER_DEFAULT_PORTS);
  if ((await Promise.all(usual.map((port) => isPortFree(port)))).every(Boolean)) return JAEGER_DEFAULT_PORTS;
  const [otlpHttp, otlpGrpc, ui, queryGrpc] = await freeStablePorts(4);
  return { otlpHttp: otlpHttp!, otlpGrpc: otlpGrpc!, ui: ui!, queryGrpc: queryGrpc! };
}

/** Starts Jaeger with its files in `dir` (config, log) and waits until the UI answers. */
export async function startJaeger(options: { dir: string; ports?: JaegerPorts; timeoutMs?: number }): Promise<RunningJaeger> {
  const binary = await provisionJaeger();
  const ports = options.ports ?? (await choosePorts());
  fs.mkdirSync(options.dir, { recursive: true });
  const configFile = path.join(options.dir, 'jaeger.yaml');
  const logFile = path.join(options.dir, 'jaeger.log');
  fs.writeFileSync(configFile, jaegerConfig(ports));
  const pid = spawnDetached(binary, ['--config', configFile], { logFile, cwd: options.dir });
  const stop = async (): Promise<void> => {
    if (isOurProcess(pid, binary)) await terminate(pid, 10_000);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!(await isPortOpen(ports.ui)) || !(await isPortOpen(ports.otlpHttp))) {
    if (!isOurProcess(pid, binary)) throw new InfraError(`Jaeger exited at start-up; its log ${logFile} ends:\n${readTail(logFile)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new InfraError(`Jaeger did not open ports ${ports.ui}/${ports.otlpHttp} in time; log: ${logFile}`);
    }
    await sleep(200);
  }
  return { pid, ports, otlpEndpoint: `http://127.0.0.1:${ports.otlpHttp}`, uiUrl: `http://127.0.0.1:${ports.ui}`, logFile, stop };
}
