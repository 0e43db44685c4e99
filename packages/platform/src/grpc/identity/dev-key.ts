import { createPrivateKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROTO_ROOT } from '@liaison/contracts';

/** `<repo>/.liaison/keys`: gitignored, next to the local infrastructure's state. */
export const DEV_KEYS_DIR = join(PROTO_ROOT, '..', '.liaison', 'keys');
export const DEV_KEY_FILE = 'service-identity-dev.pem';

const loaded = new Map<string, KeyObject>();

/**
 * The dev service-identity key (Ed25519, PKCS#8 PEM), generated on first use and then shared by
 * every local process (npm start, the e2e system, each jest worker): they all sign with it and
 * trust its public half, so dev needs no configuration. Concurrent first uses are safe: each
 * writes its own temporary file and hard-links it into place; the loser reads the winner's key.
 */
export function devIdentityKey(dir: string = DEV_KEYS_DIR): KeyObject {
  const file = join(dir, DEV_KEY_FILE);
  const known = loaded.get(file);
  if (known) return known;
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temporary = join(dir, `.${DEV_KEY_FILE}.${process.pid}.${randomUUID()}`);
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    try {
      linkSync(temporary, file);
    } catch (linkError) {
      if ((linkError as NodeJS.ErrnoException).code !== 'EEXIST') throw linkError;
    } finally {
      unlinkSync(temporary);
    }
    pem = readFileSync(file, 'utf8');
  }
  const key = createPrivateKey(pem);
  loaded.set(file, key);
  return key;
}
