// Where the private PostgreSQL cluster keeps its data and socket when it runs as another OS user.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Root of the cluster directories placed outside the checkout (override: LIAISON_PG_DATA_ROOT).
 * /var/tmp rather than /tmp: it survives a reboot, like the data of `.liaison/` does.
 */
export function externalPostgresRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.LIAISON_PG_DATA_ROOT ?? '/var/tmp/liaison-postgres');
}

/** `<root>/<uid>-<12 hex of the infra dir's path>`: one per checkout (and LIAISON_INFRA_DIR) and user. */
export function externalPostgresHome(base: string, uid: number, env: NodeJS.ProcessEnv = process.env): string {
  const digest = createHash('sha256').update(path.resolve(base)).digest('hex').slice(0, 12);
  return path.join(externalPostgresRoot(env), `${uid}-${digest}`);
}

/** The file in `<infra>/postgres/` that records a cluster home outside the checkout. */
export const locationFile = (base: string): string => path.join(base, 'data-location');

export function recordedPostgresHome(base: string): string | undefined {
  try {
    const home = fs.readFileSync(locationFile(base), 'utf8').trim();
    return home || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where `data/` and `run/` of the cluster go. PostgreSQL refuses to run as root, so as root it
 * runs as the `postgres` user, which must be able to reach its data directory: a checkout in
 * /root (0700) or in a `mktemp -d` folder is out of its reach. Then the cluster lives in
 * externalPostgresHome() instead, recorded in `<infra>/postgres/data-location` (so status,
 * restarts and `down --purge` find it); logs and the state file stay in the checkout.
 * A choice once recorded, or a cluster already in the checkout, is kept.
 */
export function choosePostgresHome(opts: {
  base: string;
  uid: number;
  /** True if the OS user running PostgreSQL can traverse `dir` (and so every parent of it). */
  reachable: (dir: string) => boolean;
  env?: NodeJS.ProcessEnv;
}): string {
  const recorded = recordedPostgresHome(opts.base);
  if (recorded) return recorded;
  if (opts.uid !== 0) return opts.base;
  if (fs.existsSync(path.join(opts.base, 'data', 'PG_VERSION'))) return opts.base;
  if (opts.reachable(path.dirname(opts.base))) return opts.base;
  const home = externalPostgresHome(opts.base, opts.uid, opts.env);
  // Nothing in the checkout points at it, so it belonged to a checkout deleted from this same
  // path: a fresh clone starts from empty databases, as it would with the data in the checkout.
  fs.rmSync(home, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(home), { recursive: true, mode: 0o711 });
  fs.chmodSync(path.dirname(home), 0o711);
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  fs.mkdirSync(opts.base, { recursive: true });
  fs.writeFileSync(locationFile(opts.base), `${home}\n`);
  return home;
}

/** Deletes a cluster home recorded outside the checkout (purge), and the record. */
export function purgeExternalPostgresHome(base: string): string | undefined {
  const home = recordedPostgresHome(base);
  if (!home) return undefined;
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(locationFile(base), { force: true });
  return home;
}
