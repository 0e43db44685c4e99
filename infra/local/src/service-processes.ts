// Runs the services of the service manifest as local processes: `npm start` and the e2e system.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { calleeAddresses, SERVICE_MANIFEST, type ServiceManifestEntry, startWaves } from '@liaison/contracts';
import { isPortFree, isPortOpen } from './ports';
import { bundleFile } from './service-bundles';
import { cmdline, sleep } from './proc';

export const SERVICE_STOP_GRACE_MS = 15_000;

export interface ServiceProcess {
  name: string;
  /** The script the process runs, relative to the root: the manifest's `main`, or its bundle. */
  main: string;
  port: number;
  process: ChildProcess;
  /** Last log lines (stdout and stderr), for failure messages. */
  logs: string[];
  /** SIGTERM to its process group, SIGKILL after the grace period; resolves once it has exited. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Repository root (cwd of the services; `main` is relative to it). */
  root: string;
  /** Environment shared by every service (KAFKA_BROKERS, MONGODB_URI, LOG_LEVEL, …). */
  env: NodeJS.ProcessEnv;
  /** The port each service listens on (GRPC_PORT, or HTTP_PORT for an HTTP service). */
  portOf(service: ServiceManifestEntry): number;
  /** Extra variables per service (e.g. SERVICE_NAME of a test run, short time limits). */
  envFor?(service: ServiceManifestEntry): Record<string, string>;
  /** Every log line as it comes (npm start prints them). */
  onLine?(service: string, line: string): void;
  /** Called when a process started here exits, with the exit code or signal. */
  onExit?(service: string, code: number | null, signal: string | null): void;
  /** A process appears (npm start records the pids to reclaim them after a crash). */
  onSpawn?(service: ServiceProcess): void;
  readyTimeoutMs?: number;
  manifest?: readonly ServiceManifestEntry[];
  /**
   * Run each service from its bundle in this folder (`bundleServices`) instead of from its
   * TypeScript source through tsx: the same code, started in a third of the CPU time.
   */
  bundleDir?: string;
}

export interface RunningServices {
  services: ServiceProcess[];
  /** Stops the services in reverse start order (callers before the services they call). */
  stop(): Promise<void>;
}

/** What a service needs to know of where it and its callees listen. */
export function serviceEnvironment(
  service: ServiceManifestEntry,
  portOf: (service: ServiceManifestEntry) => number,
  manifest: readonly ServiceManifestEntry[],
): Record<string, string> {
  const byName = new Map(manifest.map((entry) => [entry.name, entry]));
  const port = String(portOf(service));
  return {
    ...(service.grpcPort !== undefined ? { GRPC_PORT: port } : { HTTP_PORT: port }),
    ...calleeAddresses(service, (callee) => `127.0.0.1:${portOf(byName.get(callee)!)}`),
  };
}

/**
 * Starts every service of the manifest, wave by wave (`startWaves`), each in its own process group
 * (so a Ctrl-C of the terminal reaches only the launcher, which stops them in order, and stopping a
 * service stops whatever it spawned too), and resolves once all answer: a gRPC service when its
 * port accepts connections (the service host opens it last), an HTTP service when /readyz says
 * ready (the gateway's checks its backends). If one fails, the ones already started are stopped
 * and the error carries the failed service's last log lines.
 */
export async function startServices(options: LaunchOptions): Promise<RunningServices> {
  const manifest = options.manifest ?? SERVICE_MANIFEST;
  const waves = startWaves(manifest);
  const started: ServiceProcess[] = [];
  // Callers stop before the services they call: the waves in reverse, each wave at once.
  const stop = async () => {
    for (const wave of [...waves].reverse())
      await Promise.all(started.filter((service) => wave.some((entry) => entry.name === service.name)).map((service) => service.stop()));
  };
  try {
    for (const wave of waves) {
      const launched: Array<[ServiceProcess, ServiceManifestEntry]> = [];
      for (const entry of wave) {
        // Else a port held by another process would pass for this service being ready.
        const port = options.portOf(entry);
        if (!(await isPortFree(port)))
          throw new Error(`${entry.name} cannot start: port ${port} on 127.0.0.1 is already in use${holderOf(port)}`);
        const env = {
          ...options.env,
          ...serviceEnvironment(entry, options.portOf, manifest),
          ...options.envFor?.(entry),
        };
        const service = launch(entry, options, env);
        started.push(service);
        options.onSpawn?.(service);
        launched.push([service, entry]);
      }
      await Promise.all(launched.map(([service, entry]) => waitReady(service, entry, options.readyTimeoutMs ?? 90_000, started)));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { services: started, stop };
}

const STOP_WITH_LAUNCHER = pathToFileURL(path.join(__dirname, 'stop-with-launcher.mjs')).href;

function launch(entry: ServiceManifestEntry, options: LaunchOptions, env: NodeJS.ProcessEnv): ServiceProcess {
  // `node --import tsx` rather than the tsx CLI: the CLI relays signals and SIGKILLs a child
  // that does not acknowledge one within 30 ms (a busy machine), cutting a graceful stop short.
  // stdin is a pipe only this process writes to: when this process dies, however abruptly,
  // the service sees it close and stops itself (stop-with-launcher.mjs).
  const script = options.bundleDir ? bundleFile(options.bundleDir, entry) : path.join(options.root, entry.main);
  const runner = options.bundleDir ? ['--enable-source-maps'] : ['--import', 'tsx'];
  const child = spawn(process.execPath, ['--import', STOP_WITH_LAUNCHER, ...runner, script], {
    cwd: options.root,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const logs: string[] = [];
  const keep = (line: string) => {
    logs.push(line);
    if (logs.length > 400) logs.shift();
    options.onLine?.(entry.name, line);
  };
  createInterface({ input: child.stdout! }).on('line', keep);
  createInterface({ input: child.stderr! }).on('line', keep);
  child.once('exit', (code, signal) => options.onExit?.(entry.name, code, signal));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = Number(env.GRPC_PORT ?? env.HTTP_PORT);
  return {
    name: entry.name,
    main: path.relative(options.root, script),
    port,
    process: child,
    logs,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), SERVICE_STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
      // Whatever it spawned (esbuild's service) goes with it.
      signalGroup(child, 'SIGKILL');
    },
  };
}

/** Signals the whole process group of a detached child; silently nothing if it is gone. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

async function waitReady(
  service: ServiceProcess,
  entry: ServiceManifestEntry,
  timeoutMs: number,
  started: ServiceProcess[],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const child = service.process;
  const ready =
    entry.grpcPort !== undefined
      ? // An open port alone may belong to a process that grabbed it first (this one then fails to
        // bind): ready when the port is open and, where `ss` can tell, held by this very process.
        async () => (await isPortOpen(service.port)) && [undefined, child.pid].includes(portHolderPid(service.port))
      : () =>
          fetch(`http://127.0.0.1:${service.port}/readyz`).then(
            (response) => response.ok,
            () => false,
          );
  for (;;) {
    // A service started earlier that died meanwhile fails the start at once (not after the timeout).
    for (const other of started) {
      if (other === service) continue;
      if (other.process.exitCode !== null || other.process.signalCode !== null)
        throw failure(
          other,
          `${other.name} exited with ${other.process.exitCode ?? other.process.signalCode} while ${service.name} was starting`,
        );
    }
    if (child.exitCode !== null || child.signalCode !== null)
      throw failure(service, `${service.name} exited with ${child.exitCode ?? child.signalCode} before it was ready`);
    if (await ready()) return;
    if (Date.now() > deadline) throw failure(service, `${service.name} was not ready within ${timeoutMs} ms`);
    await sleep(150);
  }
}

/** The pid listening on a loopback port, when `ss` can tell. */
function portHolderPid(port: number): number | undefined {
  const r = spawnSync('ss', ['-Hltnp', `sport = :${port}`], {
    encoding: 'utf8',
    timeout: 5000,
  });
  const pid = /pid=(\d+)/.exec(r.stdout ?? '')?.[1];
  return pid ? Number(pid) : undefined;
}

/** " by pid 123 (node …)" when `ss` can tell, else "". */
function holderOf(port: number): string {
  const pid = portHolderPid(port);
  return pid ? ` by pid ${pid} (${cmdline(pid).slice(0, 120)})` : '';
}

function failure(service: ServiceProcess, message: string): Error {
  return new Error(`${message}\n--- last log lines of ${service.name} ---\n${service.logs.slice(-30).join('\n')}`);
}
