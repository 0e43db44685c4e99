// Process, file and lock helpers shared by the Kafka and FerretDB launchers.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tailLines } from './config';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Progress lines go to stderr so stdout stays machine-readable (e.g. `up` export lines). */
export function progress(msg: string): void {
  if (process.env.LIAISON_INFRA_QUIET === '1') return;
  process.stderr.write(`[infra] ${msg}\n`);
}

export class InfraError extends Error {
  override name = 'InfraError';
}

/** Alive and not a zombie (a killed child of a still-running Node process can linger as Z). */
export function isAlive(pid: number | undefined | null): boolean {
  if (!pid || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return process.platform !== 'linux';
  }
}

/** Command line of a pid ('' if unknown): guards against pid reuse. */
export function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** Alive and its command line contains `marker` (when /proc is readable). */
export function isOurProcess(pid: number | undefined | null, marker: string): boolean {
  if (!pid || !isAlive(pid)) return false;
  const cl = cmdline(pid);
  return cl === '' || cl.includes(marker);
}

/** Start a long-running server detached from this process; stdout+stderr appended to logFile. */
export function spawnDetached(cmd: string, args: string[], opts: { logFile: string; cwd: string; env?: NodeJS.ProcessEnv }): number {
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const fd = fs.openSync(opts.logFile, 'a');
  fs.writeSync(fd, `\n===== ${new Date().toISOString()} starting: ${cmd} ${args.join(' ')}\n`);
  try {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      detached: true,
      stdio: ['ignore', fd, fd],
    });
    child.on('error', () => undefined);
    child.unref();
    if (child.pid === undefined) throw new InfraError(`could not start ${cmd}`);
    return child.pid;
  } finally {
    fs.closeSync(fd);
  }
}

/** `signal` (default SIGTERM), wait up to graceMs, then SIGKILL. Resolves when the process is gone. */
export async function terminate(
  pid: number,
  graceMs: number,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<'not-running' | 'terminated' | 'killed'> {
  if (!isAlive(pid)) return 'not-running';
  try {
    process.kill(pid, signal);
  } catch {
    return 'not-running';
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'terminated';
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  return 'killed';
}

/** Absolute path of an executable on PATH, or undefined. */
export function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      /* keep looking */
    }
  }
  return undefined;
}

/** Run a short command synchronously and return combined output (throws InfraError on failure). */
export function runSync(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): string {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error) throw new InfraError(`${cmd} ${args.join(' ')} failed: ${r.error.message}`);
  if (r.status !== 0) throw new InfraError(`${cmd} ${args.join(' ')} exited with ${r.status}:\n${tailLines(out, 40)}`);
  return out;
}

/** Run a long command asynchronously, output to a log file; on failure the error includes the log tail. */
export function runLogged(cmd: string, args: string[], opts: { cwd: string; logFile: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const fd = fs.openSync(opts.logFile, 'w');
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', fd, fd],
    });
    child.once('error', (e) => {
      fs.closeSync(fd);
      reject(new InfraError(`${cmd} failed to start: ${e.message}`));
    });
    child.once('exit', (code, signal) => {
      fs.closeSync(fd);
      if (code === 0) resolve();
      else
        reject(
          new InfraError(
            `${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); log ${opts.logFile}:\n${readTail(opts.logFile, 40)}`,
          ),
        );
    });
  });
}

/** Last n lines of a file ('' if missing). Reads at most the last 256 KiB. */
export function readTail(file: string, n = 40): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const len = Math.min(size, 256 * 1024);
      const buf = Buffer.alloc(len);
      fs.readSync(fd, buf, 0, len, size - len);
      return tailLines(buf.toString('utf8'), n);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** Write atomically (tmp + rename). */
export function writeFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/**
 * Cross-process mutex via an exclusive lock file holding the owner pid. A lock whose owner is dead
 * is taken over. Re-entrant within one process.
 */
const heldLocks = new Map<string, number>();
export async function withLock<T>(lockFile: string, what: string, fn: () => Promise<T>, timeoutMs = 15 * 60_000): Promise<T> {
  const held = heldLocks.get(lockFile) ?? 0;
  if (held > 0) {
    heldLocks.set(lockFile, held + 1);
    try {
      return await fn();
    } finally {
      heldLocks.set(lockFile, (heldLocks.get(lockFile) ?? 1) - 1);
    }
  }
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(lockFile, 'utf8').trim() || '0');
      if (owner === process.pid || !isAlive(owner)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (!announced) {
        progress(`waiting for pid ${owner} (${what} lock ${lockFile})…`);
        announced = true;
      }
      if (Date.now() > deadline) throw new InfraError(`timed out waiting for ${what} lock held by pid ${owner} (${lockFile})`);
      await sleep(250);
    }
  }
  heldLocks.set(lockFile, 1);
  try {
    return await fn();
  } finally {
    heldLocks.delete(lockFile);
    fs.rmSync(lockFile, { force: true });
  }
}
