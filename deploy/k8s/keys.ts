/**
 * Service identity keys for Kubernetes (ADR 0009): one Ed25519 signing key per service of the
 * service manifest and one JWKS with every service's public key, written where the production
 * overlay's secretGenerator reads them (deploy/k8s/overlays/production/identity/secrets/, ignored
 * by git). Never commit them; keep them in your secret store.
 *
 *   npm run k8s:keys                      # create what is missing (idempotent)
 *   npm run k8s:keys -- --rotate leads    # new key for leads; its old public key stays trusted
 *   npm run k8s:keys -- --rotate all
 *   npm run k8s:keys -- --prune           # after the rollout: trust only the current keys
 *   npm run k8s:keys -- --dir <folder>    # somewhere else
 */
import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVICE_MANIFEST } from '@liaison/contracts';
import { EXTRA_KEY_FILES } from './generate';

export const DEFAULT_KEYS_DIR = path.join(__dirname, 'overlays', 'production', 'identity', 'secrets');

type PublicJwk = JsonWebKey & { kid: string; alg: 'EdDSA'; use: 'sig' };

export interface KeyOptions {
  dir?: string;
  /** Service names to give a new key (`all`: every service). */
  rotate?: string[];
  /** Drop public keys that are no service's current key. */
  prune?: boolean;
  now?: Date;
}

const kidFile = (dir: string, service: string) => path.join(dir, `${service}.kid`);
const keyFile = (dir: string, service: string) => path.join(dir, `${service}.key.pem`);

function readJwks(dir: string): PublicJwk[] {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, 'jwks.json'), 'utf8')) as { keys: PublicJwk[] }).keys;
  } catch {
    return [];
  }
}

/** Creates missing keys, rotates the named ones; returns what changed. */
export function ensureIdentityKeys(options: KeyOptions = {}): { created: string[]; rotated: string[]; pruned: string[] } {
  const dir = options.dir ?? DEFAULT_KEYS_DIR;
  const now = options.now ?? new Date();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const rotate = new Set(options.rotate?.includes('all') ? SERVICE_MANIFEST.map((service) => service.name) : (options.rotate ?? []));
  const unknown = [...rotate].filter((name) => !SERVICE_MANIFEST.some((service) => service.name === name));
  if (unknown.length > 0) throw new Error(`not in the service manifest: ${unknown.join(', ')}`);
  let jwks = readJwks(dir);
  const created: string[] = [];
  const rotated: string[] = [];
  for (const { name } of SERVICE_MANIFEST) {
    const exists = fs.existsSync(keyFile(dir, name)) && fs.existsSync(kidFile(dir, name));
    if (exists && !rotate.has(name)) continue;
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    // The kid names service and moment, so a rotated key is told apart from its predecessor.
    const kid = `${name}-${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}`;
    fs.writeFileSync(keyFile(dir, name), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    fs.writeFileSync(kidFile(dir, name), kid, { mode: 0o600 });
    jwks = [
      ...jwks.filter((key) => key.kid !== kid),
      { ...(publicKey.export({ format: 'jwk' }) as JsonWebKey), kid, alg: 'EdDSA', use: 'sig' },
    ];
    (exists ? rotated : created).push(name);
  }
  // Other keys (e.g. the evidence certificate key): Ed25519 PKCS#8, created once, rotated with their service.
  for (const [service, files] of Object.entries(EXTRA_KEY_FILES))
    for (const file of Object.values(files)) {
      if (fs.existsSync(path.join(dir, file)) && !rotate.has(service)) continue;
      const { privateKey } = generateKeyPairSync('ed25519');
      fs.writeFileSync(path.join(dir, file), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    }
  // docker-compose.yml reads each service's key id from `<service>.env` (env_file).
  for (const { name } of SERVICE_MANIFEST)
    fs.writeFileSync(path.join(dir, `${name}.env`), `SERVICE_IDENTITY_KEY_ID=${fs.readFileSync(kidFile(dir, name), 'utf8').trim()}\n`, {
      mode: 0o600,
    });
  const current = new Set(SERVICE_MANIFEST.map(({ name }) => fs.readFileSync(kidFile(dir, name), 'utf8').trim()));
  const pruned = options.prune ? jwks.filter((key) => !current.has(key.kid)).map((key) => key.kid) : [];
  if (options.prune) jwks = jwks.filter((key) => current.has(key.kid));
  fs.writeFileSync(path.join(dir, 'jwks.json'), `${JSON.stringify({ keys: jwks }, null, 2)}\n`, { mode: 0o600 });
  return { created, rotated, pruned };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const valueOf = (flag: string) => {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const rotate = valueOf('--rotate');
  const dir = valueOf('--dir');
  const result = ensureIdentityKeys({
    ...(dir ? { dir: path.resolve(dir) } : {}),
    ...(rotate ? { rotate: rotate.split(',') } : {}),
    prune: args.includes('--prune'),
  });
  process.stdout.write(
    `identity keys in ${dir ?? DEFAULT_KEYS_DIR}: created ${result.created.join(', ') || 'none'}; rotated ${result.rotated.join(', ') || 'none'}; pruned ${result.pruned.join(', ') || 'none'}\n`,
  );
}
