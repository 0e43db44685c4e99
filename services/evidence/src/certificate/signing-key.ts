import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_KEYS_DIR, devIdentityKey } from '@liaison/platform';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';

/**
 * The key recognition certificates are signed with (Ed25519, JWS alg EdDSA). In production it
 * is EVIDENCE_CERTIFICATE_KEY_FILE (PKCS#8 PEM, kept like the service-identity keys); in dev,
 * without a file, a key generated on first use under `.liaison/keys/evidence-certificate/`
 * (gitignored, shared by every local process, the platform's dev-key mechanism), refused when
 * NODE_ENV=production. Its public half is published as a JWKS (GetCertificateKeys), `kid` the
 * RFC 7638 thumbprint, so a unit verifies a certificate offline.
 */
export interface CertificateKey {
  privateKey: KeyObject;
  kid: string;
  publicJwk: JWK;
}

export const DEV_CERTIFICATE_KEY_DIR = join(DEV_KEYS_DIR, 'evidence-certificate');

export async function loadCertificateKey(options: { file?: string | undefined; production: boolean }): Promise<CertificateKey> {
  if (!options.file && options.production)
    throw new Error('EVIDENCE_CERTIFICATE_KEY_FILE is required when NODE_ENV=production (the dev certificate key is refused)');
  const privateKey = options.file ? createPrivateKey(readFileSync(options.file, 'utf8')) : devIdentityKey(DEV_CERTIFICATE_KEY_DIR);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the certificate key must be an Ed25519 private key (PKCS#8 PEM)');
  const jwk = await exportJWK(createPublicKey(privateKey));
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, kid, publicJwk: { ...jwk, kid, alg: 'EdDSA', use: 'sig' } };
}

/** The JWKS document of the certificate keys (one today; a rotated-out key would stay listed beside the new one). */
export const jwksOf = (keys: CertificateKey[]): { keys: JWK[] } => ({ keys: keys.map((k) => k.publicJwk) });
