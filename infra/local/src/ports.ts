import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as net from 'node:net';

/** Ask the OS for a free TCP port on `host` (bind to port 0, read it, close). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen({ host, port: 0, exclusive: true }, () => {
      const addr = srv.address();
      if (addr === null || typeof addr === 'string') {
        srv.close();
        reject(new Error('could not determine a free port'));
        return;
      }
      const { port } = addr;
      srv.close(() => resolve(port));
    });
  });
}

/** `count` distinct free ports. */
export async function freePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const ports = new Set<number>();
  for (let attempts = 0; ports.size < count; attempts++) {
    if (attempts > count * 20) throw new Error(`could not find ${count} free ports on ${host}`);
    ports.add(await freePort(host));
  }
  return [...ports];
}

/** Is something accepting TCP connections on host:port? */
export function isPortOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (ok: boolean): void => {
      sock.removeAllListeners();
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

/** Is the port free to bind on host? */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen({ host, port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/**
 * Ports the OS never hands out on its own, for servers that bind seconds after their port is
 * chosen (a system's services start in waves). A port from `freePort` lies in the ephemeral
 * range, so between the choice and the bind any outgoing connection of this machine, or a
 * parallel test's `freePort`, may take it (CI saw `EADDRINUSE` that way). These come from
 * below that range, and each jest worker has its own slice, so parallel test files never pick
 * the same port; a port still in use (a system that has not stopped yet) is skipped.
 */
export async function freeStablePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const [ephemeralStart] = ephemeralRange();
  const slices = Math.floor((ephemeralStart - STABLE_RANGE_START) / STABLE_SLICE);
  if (slices < 1) return freePorts(count, host); // an unusual ephemeral range: fall back
  // LIAISON_PORT_SLICE shifts the slices, so two jest runs on one machine (two developers'
  // checkouts, or helpers in one tree) do not pick from the same ports.
  const slice = (Number(process.env.JEST_WORKER_ID ?? 0) + Number(process.env.LIAISON_PORT_SLICE ?? 0)) % slices;
  const start = STABLE_RANGE_START + slice * STABLE_SLICE;
  if (stableCursor < 0) stableCursor = randomInt(STABLE_SLICE);
  const ports: number[] = [];
  for (let tried = 0; ports.length < count; tried++) {
    if (tried >= STABLE_SLICE) throw new Error(`could not find ${count} free ports in ${start}–${start + STABLE_SLICE - 1}`);
    const port = start + (stableCursor++ % STABLE_SLICE);
    if (await isPortFree(port, host)) ports.push(port);
  }
  return ports;
}

const STABLE_RANGE_START = 20_000;
const STABLE_SLICE = 500;
// Within a process, each call continues where the last one ended: a system that just stopped
// may still hold its ports for a moment, and the next one should not need them.
let stableCursor = -1;

/** The OS's ephemeral port range (Linux), or its usual default where it cannot be read. */
export function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low !== undefined && high !== undefined && Number.isInteger(low) && Number.isInteger(high)) return [low, high];
  } catch {
    // not Linux: IANA's dynamic range
  }
  return [49_152, 65_535];
}
